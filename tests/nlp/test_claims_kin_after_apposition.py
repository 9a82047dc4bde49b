"""A list of two broken by the first one's apposition ("the bail of X, head of the seminary,
and his son Y"): the kin noun the parser hung on the verb continues the list
(``nlp/claims/kin_after_apposition.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.kin_after_apposition import hung_on_the_verb
from tests.nlp.test_claims import accused_of

TEXT = (
    "A bench confirmed the bail of Maulana Abdul Wahid, head of the Gul Mohra seminary, "
    "and his son Naeemullah against surety bonds of Rs100,000 each."
)


def test_the_son_after_the_apposition_is_bailed_too(nlp: Language) -> None:
    assert accused_of("ruling", nlp, TEXT, "bail") == {"Abdul Wahid", "Naeemullah"}


def test_the_noun_hung_on_the_verb_is_found(nlp: Language) -> None:
    doc = nlp(TEXT)
    name = next(t for t in doc if t.text == "Wahid")
    assert [t.text for t in hung_on_the_verb(name)] == ["son"]


def test_a_counsel_after_the_apposition_is_no_accused(nlp: Language) -> None:
    text = TEXT.replace("his son Naeemullah", "his counsel Imran Qadir")
    assert accused_of("ruling", nlp, text, "bail") == {"Abdul Wahid"}


def test_no_comma_and_after_the_name_lists_no_one(nlp: Language) -> None:
    doc = nlp("The court granted bail to Abdul Wahid on Monday.")
    name = next(t for t in doc if t.text == "Wahid")
    assert hung_on_the_verb(name) == []
