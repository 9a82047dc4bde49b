"""Whom a "he" or "his" that opens its sentence continues (``Pronouns._subject_just_before``):
the one the sentence before was about where its speaker is an unnamed plural or body that
only vouches for what "he" did ("Court sources said he admitted ...";
``sentence_before._reported_pronoun``) - not a named speaker or one person, who may be the focus;
and, where that sentence's subject is a thing, the one accused among the people it names
("a statement X made to Sergeant Y ..., in which he said he hit Z. His attorney ...";
``Pronouns._one_accused_among``) - never the others, and no one where two are accused.
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

# two accused: the first ruled on last, the second turned to by a sentence of his own
_BEFORE = (
    "The High Court confirmed the bail of Tobias Mwenda, the school's bursar. "
    "In Kisumu, Daudi Otieno recorded a confessional statement before a magistrate on Monday. "
)


@pytest.mark.parametrize(
    "vouched",
    [
        "Court sources said he admitted striking the boy with a stick.",
        "Villagers said he walked to the chief's house with folded hands.",
        "Officials said he had wept throughout the hearing.",
    ],
)
def test_he_after_an_unnamed_speakers_he_continues_that_one(nlp: Language, vouched: str) -> None:
    text = _BEFORE + vouched + " He was then sent to Kodiaga prison on judicial remand."
    assert accused_of("ruling", nlp, text) == {"Tobias Mwenda", "Daudi Otieno"}
    remanded = accused_of("ruling", nlp, text, outcome="remanded")
    assert remanded == {"Daudi Otieno"}


@pytest.mark.parametrize(
    "vouched",
    [
        # the reported pronoun's sex is not the one of the pronoun after
        "Court sources said she had been present when the boy was struck.",
        # no pronoun reported: the speaker vouches for no one's deed
        "Court sources said the boy had been struck with a stick.",
        "Court sources said his brother had struck the boy with a stick.",
        # one person speaking: "he" may be his word of himself
        "The prosecutor said he would oppose bail for the teacher.",
    ],
)
def test_an_unnamed_speaker_with_no_he_reported_continues_no_one(
    nlp: Language, vouched: str
) -> None:
    # near misses: the pronoun stays with the one ruled on last, as before
    text = _BEFORE + vouched + " He was then sent to Kodiaga prison on judicial remand."
    assert accused_of("ruling", nlp, text, outcome="remanded") == {"Tobias Mwenda"}


# Two accused, the second followed last; then a sentence whose subject is a thing and which
# names the first among people the report does not accuse.
_TRIAL = (
    "The trial of Musa Dlamini and Peter Sithole is set for March. "
    "Dlamini has been in custody since May. Sithole remains out on bail. "
)
_ONE_AMONG_OTHERS = (
    "The state intends to use a statement Dlamini made to Sergeant Thabo Nkosi after his "
    "arrest, in which he said he hit Ayanda Zulu with a pipe. "
)


def test_his_after_a_thing_subject_is_the_one_accused_it_names(nlp: Language) -> None:
    """ "The state will use a statement X made to Sergeant Y ..., in which he said he hit Z.
    His attorney said the statement would be challenged": of the people the sentence names,
    X alone is accused - the officer and the one hit are not "his" owner, nor is the
    accused the report followed before."""
    text = (
        _TRIAL
        + _ONE_AMONG_OTHERS
        + "His attorney, Nomsa Khumalo, said the statement would be challenged."
    )
    assert accused_of("retraction", nlp, text) == {"Musa Dlamini"}
    text = _TRIAL + _ONE_AMONG_OTHERS + "He was later remanded in custody."
    assert accused_of("ruling", nlp, text, outcome="remanded") == {"Musa Dlamini"}


@pytest.mark.parametrize(
    "between",
    [
        # two accused named: no one of them is the focus
        "The state intends to use a statement Dlamini and Sithole made to Sergeant Thabo "
        "Nkosi after their arrest.",
        # no accused named: the officer and the witness are never "he"
        "The state intends to call Sergeant Thabo Nkosi and Ayanda Zulu as witnesses.",
    ],
)
def test_a_thing_subject_naming_no_one_accused_alone_leaves_the_one_followed(
    nlp: Language, between: str
) -> None:
    text = _TRIAL + between + " He was later remanded in custody."
    assert accused_of("ruling", nlp, text, outcome="remanded") == {"Peter Sithole"}


def test_a_person_subject_is_no_thing_to_take_the_accused_from(nlp: Language) -> None:
    # near miss: "X's elder brother, Y, said ...": the subject is a person (a kin noun with
    # a name apposed), who is the "he" of the quotation after - not X, the accused he names.
    # (This reads right with or without the guard in `_subject_just_before`; the guard was
    # set by an open set's figure, lf9 - see docs/claims.md, pron43.)
    text = _TRIAL + (
        "Dlamini's elder brother, Themba Dlamini, said his brother was a taxi driver "
        '"who never carried a knife". "The police need a culprit. My brother never met that '
        'man," he said outside the court.'
    )
    claims = [c for c in claims_of(nlp, text) if c.kind == "denial"]
    assert {p.name for c in claims for p in c.participants if p.role == "accused"} == {
        "Musa Dlamini"
    }
    assert len(claims) == 2  # the quotation's denial too: "my brother" is Dlamini
