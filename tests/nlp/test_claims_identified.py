"""Who a noun or pronoun is, by an identifying verb's "as" phrase
(``nlp/claims/identified.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.identified import identified_as

_VERBS = legal().identifying_verbs


def _identified(nlp: Language, text: str, noun: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    found = identified_as(token, _VERBS)
    return None if found is None else found.text


def test_a_participle_on_the_noun_names_it(nlp: Language) -> None:
    text = "The suspect, identified as Tobias Wekesa, was arrested in Kitale."
    assert _identified(nlp, text, "suspect") == "Wekesa"


def test_the_object_of_an_identifying_verb_is_the_name_after_as(nlp: Language) -> None:
    assert _identified(nlp, "Police identified them as Naveed Gujjar.", "them") == "Gujjar"


def test_a_passive_subject_is_the_name_after_as(nlp: Language) -> None:
    assert _identified(nlp, "She has been identified as Kusum Lata.", "She") == "Lata"


def test_a_participle_of_naming_gives_its_object_predicate(nlp: Language) -> None:
    assert _identified(nlp, "A man named Faisal Qureshi was arrested.", "man") == "Qureshi"


def test_no_identifying_verb_names_no_one(nlp: Language) -> None:
    assert _identified(nlp, "The suspect was arrested as he fled to Kitale.", "suspect") is None
    assert _identified(nlp, "The suspect was described as tall.", "suspect") is None
