"""The act of a confession or accusation is read from the words its cue governs, not from a
crime word elsewhere in the sentence (``nlp.claims.governed``); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def acts(nlp: Language, text: str, kind: str, name: str) -> set[str | None]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return {
        c.act
        for c in found
        if c.kind == kind and any(p.name == name and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the magistrate: the rifle is evidence, no act confessed
        "A court in Lakeview on Monday sentenced Farid Osei to life in prison for the murder of "
        "a shopkeeper. The court relied on Osei's confession before a judicial magistrate, which "
        "it said had been recorded voluntarily and was corroborated by a forensic report "
        "matching a rifle seized from him.",
        # a relative clause on the confession itself: what is said of it, not what it confesses
        "Farid Osei was sentenced for the murder of a shopkeeper. The judge relied on his "
        "confession, which was backed by a rifle recovered from his house.",
    ],
)
def test_a_relative_clause_beside_the_confession_names_no_act(nlp: Language, text: str) -> None:
    assert acts(nlp, text, "confession", "Farid Osei") == {None}
    assert acts(nlp, text, "ruling", "Farid Osei") == {"killing"}


# What the cue governs names the act, not another clause of the sentence: (what it shows,
# sentence, kind of claim, its accused, the act it must have).
_GOVERNED = [
    ("the confessed object wins over a clause of circumstance",
     "After he was caught with a rifle at a checkpoint, Farid Osei confessed to the murder of "
     "a shopkeeper.", "confession", "Farid Osei", "killing"),
    ("an accusation takes its own object, not the accusers' clause",
     "The officers, who had seized a rifle from the house, accused Farid Osei of the murder of "
     "a shopkeeper.", "accusation", "Farid Osei", "killing"),
    # the pistol is what he carried, the bombing what he is accused of
    ("a relative clause on the accused is said of the accused",
     "Police accused Omar Lind, who was carrying a pistol, of the bombing of a market.",
     "accusation", "Omar Lind", "explosives"),
    # "that" a complementizer: the clause is the confession's content, whatever its label
    ("a complement clause is what was confessed",
     "Omar Lind made a confession that he had stabbed the guard.",
     "confession", "Omar Lind", "assault"),
    ("a relative clause on the deed confessed is kept",
     "Farid Osei confessed to the attack in which two guards were shot dead.",
     "confession", "Farid Osei", "killing"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "accused", "act"),
    [pytest.param(*row, id=shows) for shows, *row in _GOVERNED],
)
def test_the_act_is_what_the_cue_governs(
    nlp: Language, text: str, kind: str, accused: str, act: str
) -> None:
    assert acts(nlp, text, kind, accused) == {act}


def test_a_relative_clause_on_the_accused_still_names_the_act(nlp: Language) -> None:
    # the cue ("retracted his confession") governs no act; the accused's own clause does
    text = "Farid Osei, whom the police accused of 12 killings, on Friday retracted his confession."
    assert acts(nlp, text, "confession", "Farid Osei") == {"killing"}
    assert acts(nlp, text, "retraction", "Farid Osei") == {"killing"}


def test_an_accusation_by_a_noun_keeps_the_act_of_a_relative_clause(nlp: Language) -> None:
    # "gunmen" governs no act; the attack's relative clause (hung on the market by the
    # parser) tells it - only a confession's asides are left out
    text = (
        "Two men were sentenced for helping Harbour Front gunmen in a 2015 attack on the "
        "market that killed 12 people."
    )
    assert acts(nlp, text, "accusation", "Harbour Front") == {"killing"}
