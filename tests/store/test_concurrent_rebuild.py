"""Two ingests into one database at once: the ledger ends up built from every stored document.

Each ingest stores its documents, then rebuilds the ledger from everything stored. If the
rebuild read the documents outside its write transaction, a second process could commit a
document between that read and the swap, and the first, slower rebuild would then store a
ledger without it (both runs exiting 0). Real processes, both backends; the first one's
rebuild is slowed down between its read and its write to open that window wide.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from corroborate.ledger.build import build_ledger
from corroborate.ledger.store import analysed_documents
from corroborate.store import open_store

# One writer: store a document naming one person, then rebuild the ledger. With a "slow"
# argument the rebuild announces (a file) that it has read the documents and waits 3 s before
# building; otherwise the writer waits for that announcement before it starts.
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from corroborate.ledger import store as ledger_store
    from corroborate.records import Document, Mention
    from corroborate.store import open_store

    url, doc_id, name, signal, role = sys.argv[1:]
    signal = Path(signal)
    real = ledger_store.analysed_documents

    def slow_read(store):
        documents = real(store)
        signal.touch()
        time.sleep(3)
        return documents

    if role == "slow":
        ledger_store.analysed_documents = slow_read
    else:
        while not signal.exists():
            time.sleep(0.01)
    text = name + " was arrested on Monday."
    mention = Mention(0, len(name), name, "person", name, "PERSON")
    with open_store(url) as store:
        store.put_document(Document(id=doc_id, text=text), [], [mention])
        ledger_store.rebuild(store)
    """
)


def test_concurrent_ingests_leave_the_ledger_of_everything_stored(url: str, tmp_path: Path) -> None:
    with open_store(url):  # created and migrated before either writer starts
        pass
    signal = tmp_path / "read-done"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, doc_id, name, str(signal), role],
            stderr=subprocess.PIPE,
            text=True,
        )
        for doc_id, name, role in (("a", "Ann Baker", "slow"), ("b", "Bram Cole", "fast"))
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    with open_store(url) as store:
        stored = store.ledger()
        assert {s.document.id for s in store.documents()} == {"a", "b"}
        assert stored == build_ledger(analysed_documents(store))
    assert {"Ann Baker", "Bram Cole"} <= {entity.name for entity in stored.entities}
