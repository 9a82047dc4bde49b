"""A group's contesting statements, found from stored records: marks, speakers, titles, facts."""

from __future__ import annotations

from dataclasses import replace

from corroborate.audit.contest import contesting_statements
from corroborate.audit.stored import stored_index
from corroborate.ledger.build import AnalysedDocument
from corroborate.records import (
    Affiliation,
    Attribution,
    AttributionFacts,
    Document,
    Entity,
    Ledger,
    Mention,
    Range,
)
from tests.text_reading import blanked

TEXT = (
    "Guards raided the offices of the Tide Party on Monday. Tide Party information secretary"
    " Omar Vane said the raids were discriminatory. The Guard called them lawful."
)
PARTY = Entity("e-party", "Tide Party", "organization")
VANE = Entity("e-vane", "Omar Vane", "person")
GROUPS = {PARTY.id}


def _at(words: str) -> Range:
    start = TEXT.index(words)
    return start, start + len(words)


def _sentence(words: str) -> Range:
    """The sentence of ``TEXT`` that holds ``words``, as ingest quotes it (``facts.quote``)."""
    start, end = _at(words)
    begin = TEXT.rfind(". ", 0, start)
    return (0 if begin < 0 else begin + 2), TEXT.index(".", end) + 1


COMPLAINT = Attribution(
    source=[_at("Omar Vane")],
    cue=[_at("said")],
    content=[_at("the raids were discriminatory")],
    source_name="Omar Vane",
    complaint=True,
    facts=AttributionFacts(quote=_sentence("Omar Vane said")),
    speaker="Omar Vane",
)
# The person's mention, with the organisation its title writes, as ingest stored it.
VANE_MENTION = Mention(*_at("Omar Vane"), "Omar Vane", "person", "Omar Vane", "PERSON",
                       title_organization="Tide Party")  # fmt: skip


def _document(attribution: Attribution, mentions: list[Mention], text: str = TEXT):
    return AnalysedDocument(Document("d1", text, published="2031-05-02"), [attribution], mentions)


def _found(documents: list[AnalysedDocument], *entities: Entity) -> dict[str, list[str]]:
    index = stored_index(Ledger(entities=list(entities or (PARTY, VANE))))
    found = contesting_statements(documents, index, GROUPS)
    return {group: [c.quote for c in contests] for group, contests in found.items()}


def test_a_spokesman_speaks_for_the_organisation_his_title_names() -> None:
    found = _found([_document(COMPLAINT, [VANE_MENTION])])
    assert found == {PARTY.id: ["Tide Party information secretary Omar Vane said the raids"
                                " were discriminatory."]}  # fmt: skip


def test_the_title_is_read_from_the_stored_mention_not_the_text() -> None:
    """Blank the text: the stored title still names the party, the quote is the blanked
    sentence at the stored offsets; without the stored title, nothing speaks for it."""
    blank = blanked(TEXT)
    [contest] = contesting_statements(
        [_document(COMPLAINT, [VANE_MENTION], blank)], stored_index(Ledger([PARTY, VANE])), GROUPS
    )[PARTY.id]
    assert (contest.start, contest.end) == _sentence("Omar Vane said")
    assert contest.quote == blank[contest.start : contest.end]
    untitled = replace(VANE_MENTION, title_organization=None)
    assert _found([_document(COMPLAINT, [untitled])]) == {}


def test_the_speaker_not_the_source_name_is_looked_up() -> None:
    """ "The party" was stored with the organisation it stands for: that is whom it speaks
    for; a source that stands for nobody contests nothing."""
    the_party = replace(COMPLAINT, source_name="The party", speaker="Tide Party")
    assert list(_found([_document(the_party, [])])) == [PARTY.id]
    nobody = replace(COMPLAINT, source_name="The party", speaker=None)
    assert _found([_document(nobody, [VANE_MENTION])]) == {}


def test_an_affiliation_of_the_ledger_speaks_for_the_group() -> None:
    member = Affiliation(PARTY.id, "Omar Vane", "spokesman", "2031-01-01", "d0")
    vane = replace(VANE, affiliations=[member])
    assert list(_found([_document(COMPLAINT, [])], PARTY, vane)) == [PARTY.id]


def test_only_marked_complaints_with_facts_contest() -> None:
    assert _found([_document(replace(COMPLAINT, complaint=False), [VANE_MENTION])]) == {}
    assert _found([_document(replace(COMPLAINT, facts=None), [VANE_MENTION])]) == {}
    assert _found([_document(replace(COMPLAINT, kind="confession"), [VANE_MENTION])]) == {}
