"""conf37's constructions of a confession, on invented sentences, with their guards: a
cautionary statement and one given under caution (``kinds.custodial``, ``caution_words``), a
"confession statement" (``cautioned.confession_compound``), a statement weighed as evidence
(``Settings._weighed_as_evidence``), a magistrate "who recorded his statement"
(``Settings._recorded_by_court``), the subjects the parser hung elsewhere
(``hung_subject.subject_hung_on_mark``, ``hung_subject.first_conjunct_hung``), and what the
police say an accused made (``claims/police_say_made.py``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.cautioned import confession_compound
from corroborate.nlp.claims.hung_subject import first_conjunct_hung, subject_hung_on_mark
from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        (
            "Police charged Sorie Conteh with theft. The prosecution tendered Conteh's "
            "cautionary statement, in which he admitted taking the generator.",
            "Sorie Conteh",
            "custodial",
        ),
        (
            "Police charged Sorie Conteh with theft. Police said Conteh had given a confession "
            "under caution.",
            "Sorie Conteh",
            "custodial",
        ),
        (
            "Police charged Sorie Conteh with theft. Conteh's confession statement was "
            "admitted in evidence.",
            "Sorie Conteh",
            "unknown",
        ),
        (
            "Police arrested Arif Hossain on Sunday. He was produced before Judicial Magistrate "
            "Rumana Haque, who recorded his statement under Section 164.",
            "Arif Hossain",
            "judicial",
        ),
        (
            "Police arrested Arif Hossain on Sunday. Hossain told the court that the admission "
            "police claimed he made during primary interrogation was false.",
            "Arif Hossain",
            "custodial",
        ),
        (
            "Police arrested Ram Lal in February over the killing. Ram Lal, better known as "
            "Lalu, had appeared before a judicial magistrate in March and, in a statement "
            "recorded under Section 164 of the Code of Criminal Procedure, said that he had "
            "shown the way to the shop.",
            "Ram Lal",
            "judicial",
        ),
    ],
)
def test_confessions_read_with_their_setting(
    nlp: Language, text: str, name: str, setting: str
) -> None:
    assert setting in {s or "unknown" for s in settings(nlp, text, name)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the magistrate who records the statement made no confession
        (
            "Police arrested Arif Hossain on Sunday. He was produced before Judicial Magistrate "
            "Rumana Haque, who recorded his statement under Section 164.",
            "Rumana Haque",
        ),
        # questioned under caution, he denied it
        (
            "Police charged Sorie Conteh with theft. He was interviewed under caution and "
            "denied the charge.",
            "Sorie Conteh",
        ),
        # a witness's statement the police tell of is no confession
        (
            "Police arrested Arif Hossain on Sunday. The court read the statement police said "
            "the guard Milon Das made at the station.",
            "Milon Das",
        ),
    ],
)
def test_no_confession_read(nlp: Language, text: str, name: str) -> None:
    assert not settings(nlp, text, name)


def test_a_confession_statement_is_a_compound_of_a_statement(nlp: Language) -> None:
    doc = nlp("Conteh's confession statement was admitted.")
    assert confession_compound(doc[3], legal())
    assert not confession_compound(doc[2], legal())  # "confession" itself, the compound


def test_a_subject_hung_on_after_is_the_clauses(nlp: Language) -> None:
    doc = nlp(
        "The sessions judge allowed the prosecution's application after constable Ram Lal, in "
        "a statement recorded before a magistrate under Section 183, described how the raids "
        "on the shop were planned."
    )
    described = next(t for t in doc if t.text == "described")
    found = subject_hung_on_mark(described)
    assert found is not None and found.text == "Lal"
    # a clause with a subject of its own keeps it
    own = nlp("The judge ruled after the hearing that Ram Lal described the raids.")
    assert subject_hung_on_mark(next(t for t in own if t.text == "described")) is None


def test_a_first_conjunct_made_the_clause_of_the_second(nlp: Language) -> None:
    doc = nlp(
        "Police arrested Ram Lal in February over the killing. Ram Lal, better known as Lalu, "
        "had appeared before a judicial magistrate in March and, in a statement recorded under "
        "Section 164 of the Code of Criminal Procedure, said that he had shown the way to the "
        "shop."
    )
    said = next(t for t in doc if t.text == "said")
    first = first_conjunct_hung(said)
    assert first is not None and first.text == "appeared"
    # a real clause of what was said ("that ...") is no conjunct
    real = nlp("The officer said that Ram Lal had appeared and confessed.")
    assert first_conjunct_hung(next(t for t in real if t.text == "said")) is None
