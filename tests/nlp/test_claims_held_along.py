"""``held_along`` and ``charged_clause``: a remand or bail shared by "along with" (never the
court's companion), and a subject charged by its own relative clause (branch rem37)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.charged_clause import charged_by_own_clause
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.held_along import joined_to_the_ruled, shares_the_step


def _named(text: str, name: str) -> Named:
    start = text.index(name)
    return Named(name, start, start + len(name))


def test_a_companion_between_the_court_and_its_verb_is_the_courts(nlp: Language) -> None:
    text = "Judge Rukhsana Malik, alongside Judge Tahir Nawaz, remanded Asif Warraich."
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "remanded")
    draft = Draft("ruling", verb, "remanded")
    draft.add([_named(text, "Rukhsana Malik")], "court")
    draft.add([_named(text, "Asif Warraich")], "accused")
    assert shares_the_step(draft, verb)
    assert joined_to_the_ruled(draft, verb, [_named(text, "Tahir Nawaz")]) == []


def test_one_joined_after_the_verb_shares_the_remand(nlp: Language) -> None:
    text = "Imran Warraich is in the district jail on judicial remand along with Rehan Gill."
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "is")
    draft = Draft("ruling", verb, "remanded")
    draft.add([_named(text, "Imran Warraich")], "accused")
    joined = [_named(text, "Rehan Gill")]
    assert shares_the_step(draft, verb)
    assert joined_to_the_ruled(draft, verb, joined) == joined


def test_a_conviction_or_an_empty_draft_is_no_step_shared(nlp: Language) -> None:
    doc = nlp("Judge Rukhsana Malik convicted Asif Warraich.")
    verb = next(t for t in doc if t.lower_ == "convicted")
    assert not shares_the_step(Draft("ruling", verb, "convicted"), verb)
    assert not shares_the_step(Draft("ruling", verb, "remanded"), verb)  # no one held


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Nazir Warraich, who is nominated in the FIR for abetment, obtained bail.", ["Warraich"]),
        ("Nazir Warraich, who runs a flour mill, obtained a copy of the FIR.", []),
    ],
)
def test_charged_by_own_clause(nlp: Language, text: str, charged: list[str]) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "obtained")
    assert [t.text for t in charged_by_own_clause(verb, legal())] == charged
