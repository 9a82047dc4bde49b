"""conf88: a confession told only through the police making it known, in a bare relative
clause on its noun ("the confession the SSP announced after his arrest", "the admission the
police described to reporters", "the admission they later produced") is the accused's
custodial confession, whatever his side now says of it (``police_announced``). Whose it is:
the client of the one lawyer the sentence names, the one who says it, or the pronoun of the
clause's own phrase. With its guards: a negated verb, a bare statement (the police's own), a
speaker who is no accused, a "they" with no police before it. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import confession_settings

_HELD = "Police arrested Nadir Soomro in March. "
_NAME = "Nadir Soomro"


@pytest.mark.parametrize(
    "sentence",
    [
        # the client of the one lawyer the sentence names
        "His counsel told the court that the confession the police had announced was a work "
        "of fiction.",
        "His lawyer, Aftab Memon, told the court that the admission the SSP described to "
        'reporters "exists only on paper".',
        "His counsel had argued that the confession the District Police Officer announced at "
        "a press conference in May had never been made.",
        # the one who says it, his subject shared with a co-ordinated verb
        "Soomro said the confession the police announced was a lie.",
        "Soomro denied the charge and said the confession the police had announced after his "
        "arrest was a lie.",
        # "they" for the police the sentence named before; the clause co-ordinated with one
        # whose subject is the police
        "Soomro claimed that the police had beaten him and that the admission they later "
        'produced "was never spoken by me".',
        # no speaker of his: the pronoun of the clause's own phrase
        "The bench noted that the confession the SSP announced after his arrest was never "
        "recorded before a magistrate.",
    ],
)
def test_confession_the_police_made_known_is_custodial(nlp: Language, sentence: str) -> None:
    assert "custodial" in confession_settings(nlp, _HELD + sentence, _NAME)


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: nothing was announced
        "The judge said the confession the police had not announced was never recorded.",
        # a bare statement the police announce is as often their own
        "His counsel said the statement the police announced on Monday was misleading.",
        # a verb of another kind
        "The lawyer said the statement the police released on Monday was false.",
        # a speaker the report does not accuse
        "Karim Lodhi, a witness, said the confession the police announced was a lie.",
        # "they" with no police named before the noun
        'Soomro said that the admission they later produced "was never spoken by me".',
        # the pronoun of the main clause, not of the relative clause's phrase
        "The judge said the confession the police announced was his own idea.",
    ],
)
def test_no_confession_made_known_by_the_police(nlp: Language, sentence: str) -> None:
    assert "custodial" not in confession_settings(nlp, _HELD + sentence, _NAME)


@pytest.mark.xfail(
    strict=True,
    reason="a reduced relative with the police only in an owner of its phrase ('read out at the "
    "CPO's press conference'): the words' order gives no custodian subject, and 'CPO' is no "
    "custodial agent in the lexicon (not built: one open case, lf30)",
)
def test_confession_read_out_at_a_police_press_conference(nlp: Language) -> None:
    text = _HELD + (
        "His counsel told the court the confession read out at the CPO's press conference "
        'in February "was spoken with a gun at his head".'
    )
    assert "custodial" in confession_settings(nlp, text, _NAME)
