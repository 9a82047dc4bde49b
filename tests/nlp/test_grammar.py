"""``nlp.grammar``'s shared readings that the review of the twenty-eighth session gathered
there: ``to_infinitive`` (the test fourteen readers wrote out) and ``NOUN_SUBJECTS`` (the
noun-phrase subject labels, active and passive); and, from the thirtieth's (rev75),
``passive_agents`` (the nouns of a passive's "by" phrase) and ``DESCRIBING_CLAUSES`` (a
participle's or relative clause's label). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.grammar import (
    DESCRIBING_CLAUSES,
    NOUN_SUBJECTS,
    has_agent,
    passive_agents,
    subject_holder,
    subjects_through_conjuncts,
    to_infinitive,
)


def _token(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The magistrate refused to release Corvin Asher on bail.", "release"),
        ("Prosecutors asked the court to detain the ferry mechanic.", "detain"),
        ("The judge ordered Asher to be held for ten days.", "held"),
    ],
)
def test_an_infinitive_with_its_to(nlp: Language, text: str, word: str) -> None:
    assert to_infinitive(_token(nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The magistrate released Corvin Asher on bail.", "released"),
        ("Asher was sent to the district jail.", "sent"),  # "to" a preposition
        ("The court will detain the ferry mechanic.", "detain"),  # a bare verb, no "to"
    ],
)
def test_no_infinitive_with_its_to(nlp: Language, text: str, word: str) -> None:
    assert not to_infinitive(_token(nlp, text, word))


def test_noun_subjects_are_the_active_and_passive_noun_phrase_labels() -> None:
    assert NOUN_SUBJECTS == {"nsubj", "nsubjpass"}  # a clausal subject names no one


@pytest.mark.parametrize(
    ("text", "word", "agents"),
    [
        ("Tomas Brennick was accused of fraud by his business partner.", "accused", ["partner"]),
        ("The ferry mechanic was questioned by detectives and released.", "questioned",
         ["detectives"]),
        # an active verb, and a passive with no "by" phrase, have none
        ("Villagers accused the ferry mechanic of theft.", "accused", []),
        ("The ferry mechanic was arrested on Monday.", "arrested", []),
    ],
)  # fmt: skip
def test_the_agents_of_a_passive_are_its_by_phrase_nouns(
    nlp: Language, text: str, word: str, agents: list[str]
) -> None:
    assert [t.text for t in passive_agents(_token(nlp, text, word))] == agents


def test_describing_clauses_are_the_participle_and_relative_clause_labels(nlp: Language) -> None:
    """ "a mechanic accused of theft" (a participle), "a mechanic who was held" (a relative
    clause): the labels lay_blame, the_dead and among_victims each wrote out (rev75)."""
    assert frozenset({"acl", "relcl"}) == DESCRIBING_CLAUSES
    doc = nlp("A mechanic accused of theft met a guard who was held overnight.")
    assert {t.dep_ for t in doc if t.text in ("accused", "held")} <= DESCRIBING_CLAUSES


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("The lorry was stopped by customs officers near Tarnow.", "stopped", True),
        ("Ilse Varga was questioned by detectives for six hours.", "questioned", True),
        ("Ilse Varga was questioned for six hours.", "questioned", False),  # no doer named
        ("Detectives questioned Ilse Varga for six hours.", "questioned", False),  # active
    ],
)
def test_a_passive_names_its_doer_by_an_agent_phrase(
    nlp: Language, text: str, word: str, named: bool
) -> None:
    """``has_agent`` (mnd76): the test court_measures, sentence_drafts, passive_deed and
    attribution each wrote out."""
    assert has_agent(_token(nlp, text, word)) is named


def _parsed(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]
) -> Doc:
    """A parse written by hand, so that the test holds whatever the statistical parser does."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_conjunct_with_no_subject_has_the_first_verbs(nlp: Language) -> None:
    # (rev91: ``subject_holder`` moved here from ``claims.made_accused``; the one walk both
    # readings make) "Police raided the shop and seized the ledgers": "seized" is a
    # conjunct of "raided" with no subject of its own
    doc = _parsed(
        nlp,
        ["Police", "raided", "the", "shop", "and", "seized", "the", "ledgers"],
        [1, 1, 3, 1, 1, 1, 7, 5],
        ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj"],
        ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
    )
    seized = doc[5]
    assert subject_holder(seized, NOUN_SUBJECTS).i == 1
    assert [t.text for t in subjects_through_conjuncts(seized, NOUN_SUBJECTS)] == ["Police"]


def test_a_conjunct_of_no_verb_holds_its_own_subjects_and_has_none(nlp: Language) -> None:
    # "the raid and seized ...": a verb the parser joined to a noun - the holder is the
    # conjunct itself, and the subjects found through it none
    doc = _parsed(
        nlp,
        ["The", "raid", "and", "seized", "ledgers"],
        [1, 1, 1, 1, 3],
        ["det", "ROOT", "cc", "conj", "dobj"],
        ["DET", "NOUN", "CCONJ", "VERB", "NOUN"],
    )
    seized = doc[3]
    assert subject_holder(seized, NOUN_SUBJECTS).i == seized.i
    assert subjects_through_conjuncts(seized, NOUN_SUBJECTS) == []
