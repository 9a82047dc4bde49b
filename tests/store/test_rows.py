"""store/rows.py: a mention read back from its row is the mention put, whatever its JSON."""

from __future__ import annotations

from corroborate.records import Mention
from corroborate.store.rows import dumps, mention_from_row, mention_row


def test_a_mention_reads_back_as_put_with_and_without_extra_fields() -> None:
    plain = Mention(4, 15, "Ada Okonkwo", "person", "Ada Okonkwo", "PERSON")
    declared = Mention(
        20, 54, "Harbour Pilots Union (HPU)", "organization", "Harbour Pilots Union",
        "ORG", alias="HPU", alias_kind="acronym",
    )  # fmt: skip
    affiliated = Mention(
        60, 71, "Ben Achebe", "person", "Ben Achebe", "PERSON",
        organization="HPU", role="treasurer", title_organization="HPU",
    )  # fmt: skip
    for i, mention in enumerate([plain, declared, affiliated, plain]):
        assert mention_from_row(mention_row("doc-1", i, mention)) == ("doc-1", mention)


def test_the_json_column_keeps_what_mention_from_json_keeps() -> None:
    # A row written by a version whose Mention had a field this one lacks, and lacking one
    # this version has: the unknown field is dropped, the missing one is None.
    row = ("doc-2", 0, 0, 3, "Ola", "person", "Ola", "PERSON",
           dumps({"alias": "O", "retired_field": 1}))  # fmt: skip
    _, mention = mention_from_row(row)
    expected = Mention.from_json({"start": 0, "end": 3, "text": "Ola", "type": "person",
                                  "name": "Ola", "label": "PERSON", "alias": "O"})  # fmt: skip
    assert mention == expected
    assert mention.alias == "O" and mention.organization is None
