"""Probes of an appeal court's lede that names the one whose verdict it keeps or undoes by
what he is - "set aside the conviction of a cook", "overturned the conviction of a hospital
storekeeper, acquitting him" - and names him later ("The cook, X"): the "of" phrase of the
verdict is where the one stands (``LedeIndefinite._verdict_kept_or_undone``), and the
pronoun object of the conjunct or participle that follows is that one
(``ParallelObjects._first_object_described``), or no one where the report never names him
(``object_described_untold``) - never the accused the sentence named before. Invented
sentences in Pakistani, Romanian and wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _ruled(nlp: Language, text: str, outcome: str) -> set[str]:
    """Everyone any ruling of ``outcome`` in ``text`` makes its accused."""
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "ruling" and c.outcome == outcome
        for p in c.participants
        if p.role == "accused"
    }


_BENCH = (
    "A division bench of the High Court on Tuesday upheld the life sentence of Nadeem "
    "Akhtar for the murder of rickshaw driver Karim Bakhsh last year, but set aside the "
    "conviction of a cook"
)
_APPEAL = (
    "The Court of Appeal on Tuesday upheld a six-year prison sentence for Dorin Vasile, whose "
    "company sold fake medicines to state clinics, and overturned the conviction of a "
    "hospital storekeeper"
)


@pytest.mark.parametrize(
    ("text", "outcome", "member"),
    [
        (
            # (the sentence after names the one kept, whom the overturn is never on)
            _BENCH + ". Akhtar, a landlord's watchman, fired the shot. The cook, Sajid "
            "Mehmood, had been convicted of abetting the murder.",
            "overturned",
            "Sajid Mehmood",
        ),
        (
            _BENCH + " and acquitted him. The cook, Sajid Mehmood, had been convicted of "
            "abetting the murder.",
            "acquitted",
            "Sajid Mehmood",
        ),
        (
            _APPEAL + ", acquitting him. The storekeeper, Marius Ionescu, had been sentenced "
            "to three years in May by the district court.",
            "acquitted",
            "Marius Ionescu",
        ),
    ],
)
def test_verdict_of_a_described_one_named_later(
    nlp: Language, text: str, outcome: str, member: str
) -> None:
    ruled = _ruled(nlp, text, outcome)
    assert member in ruled
    assert not ruled & {"Nadeem Akhtar", "Dorin Vasile"}


def test_the_one_kept_is_not_the_one_freed(nlp: Language) -> None:
    # the upheld one named before in the sentence is never "him" of "acquitting him"
    text = (
        _APPEAL + ", acquitting him. The storekeeper, Marius Ionescu, had been sentenced to "
        "three years in May by the district court."
    )
    assert "Dorin Vasile" not in _ruled(nlp, text, "acquitted")
    assert "Dorin Vasile" in _ruled(nlp, text, "upheld")


def test_an_unnamed_one_freed_is_no_one(nlp: Language) -> None:
    # the storekeeper is never named: "him" is no one, not the upheld Vasile
    text = _APPEAL + ", acquitting him. Vasile's lawyer said he would appeal."
    assert _ruled(nlp, text, "acquitted") == set()


@pytest.mark.parametrize(
    "text",
    [
        # named: the conjunct's object pronoun is the name, as always
        "The court convicted Tariq Mahmood of the murder of a shopkeeper and sentenced him "
        "to life.",
        # a sentence kept, not undone, of a victim's kin is no verdict of anyone's
        "Police arrested Tariq Mahmood over the murder of a shopkeeper. The magistrate "
        "recorded the statement of a cook and sent him home.",
    ],
)
def test_near_misses_unchanged(nlp: Language, text: str) -> None:
    assert _ruled(nlp, text, "overturned") == set()
    assert _ruled(nlp, text, "acquitted") == set()


def test_a_thing_ordered_is_no_one_described(nlp: Language) -> None:
    # the first verb's object is a thing ("to pay compensation"), not whose verdict it is:
    # "him" is the one ordered, as before
    text = (
        "Police arrested Muhammad Arshad over a van fire that killed three children. "
        "Additional Sessions Judge Tahira Bano ordered Muhammad Arshad to pay compensation "
        "to the heirs of each of the three children and sentenced him to five years' "
        "rigorous imprisonment."
    )
    assert _ruled(nlp, text, "sentenced") == {"Muhammad Arshad"}


@pytest.mark.xfail(
    strict=True,
    reason="a counted description ('a second guard' ... 'The second guard, X') beside 'The "
    "guard, Y': two later ones of the noun, and the ordinal is not matched; the overturn "
    "falls to the next sentence's subject; unbuilt",
)
def test_a_second_one_set_apart(nlp: Language) -> None:
    text = (
        "A division bench of the High Court on Tuesday upheld the life sentence of a "
        "landlord's guard for the murder of rickshaw driver Karim Bakhsh, but set aside the "
        "conviction of a second guard. The guard, Nadeem Akhtar, fired the shot. The second "
        "guard, Sajid Mehmood, had been convicted of abetting the murder."
    )
    assert _ruled(nlp, text, "overturned") == {"Sajid Mehmood"}


@pytest.mark.xfail(
    strict=True,
    reason="an overturn of one never named falls to the next sentence's subject ('Vasile's "
    "lawyer said ...': Vasile) by the ruling reader's name-after fallback; unbuilt",
)
def test_an_unnamed_one_overturned_is_no_one(nlp: Language) -> None:
    text = _APPEAL + ". Vasile's lawyer said he would appeal."
    assert "Dorin Vasile" not in _ruled(nlp, text, "overturned")
