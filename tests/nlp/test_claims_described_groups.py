"""People named together under a plural description and called by it later: "supervisors X
and Y ... the two supervisors were picked up ... a remand of both supervisors"
(``nlp/claims/described_groups.py``), on invented sentences; and where the plural stands for
no one: a count other than the group's size, a noun of another part of the case."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of

_FIR = (
    "An FIR was lodged against the factory manager Rafiq Butt, supervisors Imtiaz Khan and "
    'Salman Haider, and "three unknown men".'
)


def _groups(nlp: Language, text: str) -> dict[str, list[str] | None]:
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    reader.run()
    return reader.noun_groups


def test_a_plural_title_of_a_list_remembers_its_people(nlp: Language) -> None:
    assert _groups(nlp, _FIR) == {"supervisor": ["Imtiaz Khan", "Salman Haider"]}


def test_the_counted_plural_is_the_group(nlp: Language) -> None:
    text = f"{_FIR} The SHO said the two supervisors were picked up from the roof."
    assert accused_of("arrest", nlp, text) == {"Imtiaz Khan", "Salman Haider"}


def test_both_with_the_plural_is_the_group(nlp: Language) -> None:
    text = f"{_FIR} A magistrate granted a three-day physical remand of both supervisors."
    assert accused_of("ruling", nlp, text, "remanded") == {"Imtiaz Khan", "Salman Haider"}


def test_another_count_is_not_the_group(nlp: Language) -> None:
    text = f"{_FIR} The SHO said three supervisors were picked up."
    assert accused_of("arrest", nlp, text) == set()


def test_a_definite_plural_apposed_to_a_list_after_it(nlp: Language) -> None:
    text = (
        "The charge sheet names drivers Imtiaz Khan and Salman Haider and the transporter "
        "Rafiq Butt. The court later acquitted the drivers."
    )
    assert accused_of("ruling", nlp, text, "acquitted") == {"Imtiaz Khan", "Salman Haider"}
