"""The grammar lfd38 added to denials: an alibi whose moment is a clause of the bare event the
report told ("when the incident happened", "when the firing took place", ``claims.alibis``:
the lexicon's ``event_nouns`` as a "when" clause's subject, as "on the day of the incident"
already was), and a later predicate of a relative clause on a copula's predicate noun ("he
was a trader who sold handsets and had no knowledge of any stolen phone",
``claims.relative_conjuncts``). Said only by the accused's side of one already accused.
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.relative_conjuncts import relative_predicates
from tests.nlp.test_claims import accused_of

_SHOOTING = "Police arrested Tariq Aziz over the shooting of a farmer on Sunday evening. "
_PHONES = "Police arrested phone dealer Omar Haddad over a haul of stolen handsets in his shop. "
_BEATING = "Police arrested miner Dev Persaud over the beating of a worker at the camp. "


@pytest.mark.parametrize(
    "said",
    [
        _SHOOTING + "His counsel said Tariq was at his shop in the bazaar when the firing "
        "took place.",
        _SHOOTING + "Tariq's wife insisted that her husband was at the flour mill in the "
        "village when the incident happened.",
        _SHOOTING + "His wife said Tariq was at home when the fight took place.",
        _SHOOTING + "His wife said Tariq had been cutting grass on the far side of the hill "
        "when the fight happened.",
        _SHOOTING + "Speaking to reporters, Tariq said he was in Quetta when the occurrence "
        "took place.",
        _BEATING + "His wife said he was in Georgetown when the beating took place.",
        _BEATING + "Persaud's wife told this newspaper by telephone that her husband was in "
        "Georgetown buying fuel for the dredge when the beating took place.",
    ],
)
def test_an_alibi_at_the_moment_of_the_event_told_denies(nlp: Language, said: str) -> None:
    accused = "Dev Persaud" if said.startswith(_BEATING) else "Tariq Aziz"
    assert accused_of("denial", nlp, said) == {accused}


@pytest.mark.parametrize(
    "said",
    [
        # the police or the victim's side placing someone: no answer of his side
        "Police said Tariq was at the shop when the firing took place.",
        "The victim's brother said he was at the flour mill when the incident happened.",
        # a moment of some other event: a gathering, an event someone owns, one not told
        "His counsel said Tariq was at home when the wedding took place.",
        "His counsel said Tariq was at home when his accident happened.",
        "His counsel said Tariq was at home when an incident happened at the school.",
        # a time that is not the crime's: where he was when police came
        "His wife said Tariq was at home when the police came.",
    ],
)
def test_no_alibi_from_the_wrong_mouth_or_moment(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _SHOOTING + said) == set()


@pytest.mark.parametrize(
    "said",
    [
        'His lawyer said his client was a licensed phone trader who sold handsets and had "no '
        'knowledge of any stolen phone".',
        "His wife said he was a retired dock worker who mended nets for neighbours and had "
        "never touched a stolen phone.",
        "His counsel argued that he was a worker who did what he was told and had no role in "
        "the shop's accounts.",
    ],
)
def test_a_later_predicate_of_the_relative_clause_clears(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _PHONES + said) == {"Omar Haddad"}


@pytest.mark.parametrize(
    "said",
    [
        # what clears is not said, or said by the police
        "His lawyer said Haddad was a trader who sold handsets and had a licence.",
        "Police said Haddad was a trader who sold handsets and had no licence.",
        "Police said Haddad was a trader who sold handsets and had no role in the theft.",
        # the predicate has a subject of its own: it tells of someone else
        "His lawyer said Haddad was a trader who sold handsets and his cousin had no role in "
        "the shop.",
    ],
)
def test_no_relative_predicate_clears_from_the_wrong_mouth(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _PHONES + said) == set()


def test_the_relative_predicates_are_the_clause_and_its_subjectless_conjuncts(
    nlp: Language,
) -> None:
    doc = nlp("He was a trader who sold phones and kept receipts.")
    rel = next(t for t in doc if t.dep_ == "relcl")
    assert [t.text for t in relative_predicates(rel)] == ["sold", "kept"]
    doc = nlp("He was a trader who sold phones and his cousin kept the shop.")
    rel = next(t for t in doc if t.dep_ == "relcl")
    assert [t.text for t in relative_predicates(rel)] == ["sold"]


@pytest.mark.xfail(
    strict=True,
    reason="not built (lf38 only): a predicate the parser joined to a clause inside the "
    'relative clause ("placed", whose subject is the husband) is left alone',
)
def test_a_predicate_joined_inside_a_nested_clause(nlp: Language) -> None:
    said = (
        "Her counsel argued that she was a homemaker who signed papers her husband placed "
        "before her and had no role in the shop's accounts."
    )
    text = "Police arrested Omar Haddad and his wife Lina Haddad over the stolen handsets. "
    assert accused_of("denial", nlp, text + said) == {"Lina Haddad"}
