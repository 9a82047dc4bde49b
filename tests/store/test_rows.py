"""store/rows.py: a mention or a claim read back from its row is the one put, whatever its JSON."""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Claim, DescribedParty, Mention, Participant
from corroborate.store.rows import (
    claim_from_row,
    claim_row,
    dumps,
    loads,
    mention_from_row,
    mention_row,
)


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


def test_a_mention_s_description_noun_reads_back_and_old_rows_have_none() -> None:
    described = Mention(0, 13, "Ada Okonkwo", "person", "Ada Okonkwo", "PERSON",
                        description="courier")  # fmt: skip
    assert mention_from_row(mention_row("doc-3", 0, described)) == ("doc-3", described)
    # a row stored before the field: no key in its JSON
    old = ("doc-3", 1, 0, 3, "Ola", "person", "Ola", "PERSON", dumps({"alias": None}))
    assert mention_from_row(old)[1].description is None


def test_a_claim_s_untied_descriptions_read_back_and_old_rows_have_none() -> None:
    party = Participant("Ada Okonkwo", "accused", 30, 41)
    claim = Claim("ruling", 0, 60, (4, 12), (party,), outcome="sentenced",
                  described=(DescribedParty("courier", 17, 24),))  # fmt: skip
    assert claim_from_row(claim_row("doc-4", 0, claim)) == ("doc-4", claim)
    alone = Claim("retraction", 0, 40, (12, 20), (), described=(DescribedParty("courier", 4, 11),))
    assert claim_from_row(claim_row("doc-4", 1, alone)) == ("doc-4", alone)
    # a claim with none writes no key, as the rows stored before the field
    row = claim_row("doc-4", 2, replace(claim, described=()))
    assert "described" not in loads(row[-1])
    assert claim_from_row(row)[1].described == ()
