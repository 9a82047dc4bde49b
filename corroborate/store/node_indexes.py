"""The migration that finds the index rows an update deletes by name from an index of the name,
not by reading the whole table (issue 15).

An update that moves names writes their rows of ``index_keys`` and ``index_words`` again
(``store.index.replace_index_part``: ``DELETE ... WHERE node IN (...)``). Both tables were
indexed by key and by word alone, so each such delete read every row of the table: at 500
court reports ``index_keys`` holds ~34,000 rows (~3,500 at 50) and its delete cost ~0.004 of
an addition's ~0.05 CPU-s (~0.0005 at 50), growing with the names stored whatever the
addition reaches - a term of the 50 -> 500 growth (docs/scale.md, scale86). An index of
each table's ``node`` makes the delete a search for the names it names. No row changes, so
no index needs rebuilding (as ``store.hash_indexes``).
"""

from __future__ import annotations

from corroborate.store.migration import Migration

__all__ = ["NODE_ROWS_INDEXED"]

# The version number may be renumbered when branches are merged: it is only this constant.
NODE_ROWS_INDEXED = Migration(
    20,
    "index rows deleted by name found by the name's index",
    (
        "CREATE INDEX index_keys_by_node ON index_keys (node)",
        "CREATE INDEX index_words_by_node ON index_words (node)",
    ),
)
