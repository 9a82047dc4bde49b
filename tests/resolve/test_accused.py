"""Whom a report reads as accused by a strong role (``resolve.accused``), on invented claims:
the party a court rules on, the police charge or arrest, one of a list of the accused, or
one written with an accused noun - never one only a victim, a witness or a lone accusation
names."""

from __future__ import annotations

from corroborate.records import Claim, ClaimKind, Mention, Participant, ParticipantRole
from corroborate.resolve.accused import read_as_accused, strongly_accused
from corroborate.resolve.nodes import DocumentMentions


def _claim(kind: ClaimKind, *parties: tuple[str, ParticipantRole], outcome: str | None = None,
           members: str | None = None) -> Claim:  # fmt: skip
    return Claim(kind, 0, 100, (0, 1),
                 tuple(Participant(name, role, 0, len(name), members) for name, role in parties),
                 outcome=outcome)  # fmt: skip


def test_a_court_or_the_police_acting_on_a_party_by_name_accuse_it() -> None:
    assert strongly_accused([_claim("ruling", ("Qadeer", "accused"), outcome="acquitted")]) == {
        "Qadeer"
    }
    assert strongly_accused([_claim("charge", ("Qadeer", "accused"), outcome="charged")]) == {
        "Qadeer"
    }
    assert strongly_accused([_claim("arrest", ("Qadeer", "accused"), outcome="arrested")]) == {
        "Qadeer"
    }


def test_a_ruling_with_no_outcome_a_lone_accusation_a_crime_or_a_denial_does_not() -> None:
    weak = [
        _claim("ruling", ("Qadeer", "accused")),
        _claim("accusation", ("Qadeer", "accused")),  # "after accusing him of theft"
        _claim("crime", ("Qadeer", "accused")),
        _claim("denial", ("Qadeer", "accused")),
        _claim("confession", ("Qadeer", "accused")),
    ]
    assert strongly_accused(weak) == set()


def test_one_of_a_list_of_the_accused_is_accused() -> None:
    listed = _claim("accusation", ("Qadeer", "accused"), ("Lina Sarwar", "accused"))
    assert strongly_accused([listed]) == {"Qadeer", "Lina Sarwar"}


def test_a_party_any_claim_reads_as_a_victim_is_not() -> None:
    claims = [
        _claim("ruling", ("Qadeer", "accused"), ("Pervaiz", "accused"), outcome="convicted"),
        _claim("crime", ("Pervaiz", "victim")),
    ]
    assert strongly_accused(claims) == {"Qadeer"}


def test_an_organisations_members_are_not_a_person() -> None:
    claim = _claim("arrest", ("Harbour Union", "accused"), outcome="arrested", members="workers")
    assert strongly_accused([claim]) == set()


def _mention(text: str, name: str, start: int) -> Mention:
    return Mention(start, start + len(text), text, "person", name, "PERSON")


def test_the_report_reads_its_named_people_by_the_claims_and_by_accused_nouns() -> None:
    mentions = [
        _mention("Qadeer", "Qadeer", 0),
        _mention("Convict Tariq", "Tariq", 20),  # an accused noun before the name
        _mention("Wahid", "Wahid", 40),  # named in passing: a witness
        _mention("Pervaiz", "Pervaiz", 60),
    ]
    claims = (
        _claim("ruling", ("Qadeer", "accused"), ("Pervaiz", "accused"), outcome="sentenced"),
        _claim("role", ("Wahid", "witness")),
        _claim("crime", ("Pervaiz", "victim")),
    )
    doc = DocumentMentions("d", None, mentions, claims)
    assert read_as_accused(doc) == {("person", "Qadeer"), ("person", "Tariq")}
    # without its claims, a report reads only the accused nouns
    assert read_as_accused(DocumentMentions("d", None, mentions)) == {("person", "Tariq")}


def test_a_word_only_the_claim_reader_took_for_a_name_is_not_read_as_accused() -> None:
    # "Q: Were you arrested?" - the claim reader's own guess at a name, not the mention stage's
    guessed = Mention(0, 1, "Q", "person", "Q", "claim")
    claims = (_claim("arrest", ("Q", "accused"), outcome="arrested"),)
    assert read_as_accused(DocumentMentions("d", None, [guessed], claims)) == frozenset()
    named = Mention(0, 1, "Q", "person", "Q", "PERSON")
    assert read_as_accused(DocumentMentions("d", None, [named], claims)) == {("person", "Q")}
