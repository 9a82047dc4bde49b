"""Whom a source speaks for, read at ingest: "the party" and titles before a name."""

from __future__ import annotations

from corroborate.audit.speakers import speaker, title_organization, with_speakers, with_titles
from corroborate.records import Attribution, EntityType, Mention, Range


def _at(text: str, words: str, after: int = 0) -> Range:
    start = text.index(words, after)
    return start, start + len(words)


def _mention(text: str, words: str, type_: EntityType, after: int = 0) -> Mention:
    start, end = _at(text, words, after)
    return Mention(start, end, words, type_, words, "ORG" if type_ != "person" else "PERSON")


def _said_by(text: str, source: str, after: int = 0) -> Attribution:
    """``source`` "said" the rest of the sentence."""
    s, e = _at(text, source, after)
    cue = _at(text, "said", e)
    return Attribution([(s, e)], [cue], [(cue[1] + 1, text.index(".", cue[1]))], source_name=source)


TEXT = (
    "The Rangers raided offices of the Harbour League and the Tide Party on Monday."
    " The party said it was being singled out."
)
MENTIONS = [
    _mention(TEXT, "Rangers", "organization"),
    _mention(TEXT, "Harbour League", "organization"),
    _mention(TEXT, "Tide Party", "organization"),
]


def test_a_named_source_speaks_for_itself() -> None:
    named = _said_by("The Tide Party said the raids were unfair.", "The Tide Party")
    assert speaker(named, []) == "The Tide Party"


def test_the_party_stands_for_the_organisation_named_last_before_it() -> None:
    the_party = _said_by(TEXT, "The party")
    assert speaker(the_party, MENTIONS) == "Tide Party"
    # Not one named after it, whatever the order of the list.
    later = _mention(TEXT, "singled", "organization")
    assert speaker(the_party, [*MENTIONS, later]) == "Tide Party"


def test_an_agency_is_no_party() -> None:
    text = "Offices of the Tide Party were sealed by the Rangers. The party said it was unfair."
    mentions = [_mention(text, "Tide Party", "organization"),
                _mention(text, "Rangers", "organization")]  # fmt: skip
    assert speaker(_said_by(text, "The party"), mentions) == "Tide Party"
    assert speaker(_said_by(text, "The party"), mentions[1:]) is None


def test_the_party_with_no_organisation_before_it_stands_for_nobody() -> None:
    text = "The party said it was being singled out by Harbour League officials."
    after = [_mention(text, "Harbour League", "organization")]
    assert speaker(_said_by(text, "The party"), after) is None


def test_a_group_noun_alone_is_read_whatever_its_case() -> None:
    text = "Workers of the Tide Party were held. The group said it was victimised."
    mentions = [_mention(text, "Tide Party", "organization")]
    assert speaker(_said_by(text, "The group"), mentions) == "Tide Party"
    # A group noun inside a name is a name: the source is looked up as it is written.
    assert speaker(_said_by(text + " Tide Party said so.", "Tide Party", 40), mentions) == (
        "Tide Party"
    )


def test_no_source_name_no_speaker() -> None:
    unnamed = Attribution([(0, 3)], [(4, 8)], [(9, 20)])
    assert speaker(unnamed, MENTIONS) is None


def test_a_source_without_a_span_is_placed_at_its_cue() -> None:
    the_party = _said_by(TEXT, "The party")
    without = Attribution([], the_party.cue, the_party.content, source_name="the party")
    assert speaker(without, MENTIONS) == "Tide Party"


def test_with_speakers_marks_each_attribution() -> None:
    marked = with_speakers([_said_by(TEXT, "The party")], MENTIONS)
    assert [a.speaker for a in marked] == ["Tide Party"]


def test_a_title_before_a_name_writes_its_organisation() -> None:
    text = "PRP information secretary Omar Vane and UHF spokesman Lina Dar said so. Ali Noor too."
    vane = _mention(text, "Omar Vane", "person")
    dar = _mention(text, "Lina Dar", "person")
    noor = _mention(text, "Ali Noor", "person")
    assert title_organization(text, vane) == "PRP"
    assert title_organization(text, dar) == "UHF"
    assert title_organization(text, noor) is None


def test_an_organisation_of_several_words_before_a_role() -> None:
    text = "Reporters heard Harbour League deputy spokesman Omar Vane deny it."
    assert title_organization(text, _mention(text, "Omar Vane", "person")) == "Harbour League"
    # A role with no organisation before it is no affiliation.
    text = "Reporters were told by the spokesman Omar Vane that it was false."
    assert title_organization(text, _mention(text, "Omar Vane", "person")) is None


def test_with_titles_marks_people_only() -> None:
    text = "PRP spokesman Omar Vane spoke at the PRP office."
    marked = with_titles(text, [_mention(text, "Omar Vane", "person"),
                                _mention(text, "PRP", "organization", 20)])  # fmt: skip
    assert [m.title_organization for m in marked] == ["PRP", None]
