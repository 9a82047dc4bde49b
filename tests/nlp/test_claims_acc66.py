"""The readings acc66 added: a criminal process told by where it has left someone
(``Aftermath``: "X is behind bars", "X is awaiting trial", "X is due for release", "X was
released under investigation"), an accusation with no outcome; and a counted term someone is
now serving ("The driver, X, is serving his five years": ``Punishments._served``), a sentence.
Invented sentences and names; each reading with paraphrases (another verb of staying, a
relative clause, an apposed description, a conjunct) and near misses that must not fire (a
victim's relative, a detective, a judge, an office's term, a hospital, a thing's "of")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

LEDE = "Police arrested cashier Ivo Brant over the theft of fuel from a depot.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomas Orla is behind bars.", "Tomas Orla"),
        # another verb of staying, an apposed description
        ("The guard, Tomas Orla, remains behind bars.", "Tomas Orla"),
        # a relative clause on the subject
        ("Tomas Orla, who is behind bars, did not comment.", "Tomas Orla"),
        ("Tomas Orla is awaiting trial.", "Tomas Orla"),
        # his own trial; the relative clause
        ("Marta Kessel, who is awaiting her trial, declined to speak.", "Marta Kessel"),
        # another step only an accused awaits
        ("The second guard, Pavel Dusek, is awaiting sentencing.", "Pavel Dusek"),
        ("The co-driver, Pavel Dusek, is due for release next year.", "Pavel Dusek"),
        (
            "A third man, Pavel Dusek, was interviewed under caution and released under "
            "investigation.",
            "Pavel Dusek",
        ),
        # an active verb: its object
        ("Detectives interviewed Marta Kessel under caution on Monday.", "Marta Kessel"),
        # a verb of being
        ("The depot manager, Marta Kessel, is also under investigation.", "Marta Kessel"),
    ],
)
def test_an_aftermath_accuses(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("accusation", nlp, LEDE + text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a victim's relative in a hospital, awaiting a trial anyone may await
        ("The victim's husband, Tomas Orla, remains in hospital.", "Tomas Orla"),
        ("The victim's mother, Ana Lima, is awaiting the trial.", "Ana Lima"),
        # released from a hospital, not a prison
        ("The guard, Tomas Orla, is due for release from hospital next week.", "Tomas Orla"),
        # a detective; a case awaiting trial names no one
        (
            "Inspector Tomas Orla, who is leading the investigation, said the case is "
            "awaiting trial.",
            "Tomas Orla",
        ),
        # a judge who put someone behind bars
        ("Judge Tomas Orla, who put him behind bars, retired in May.", "Tomas Orla"),
        # no longer there
        ("Tomas Orla is no longer behind bars.", "Tomas Orla"),
        # a thing under investigation, the person only in its "of" phrase
        ("The death of the guard, Tomas Orla, is under investigation.", "Tomas Orla"),
    ],
)
def test_no_aftermath(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, LEDE + text)).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        "The driver, Tomas Orla, is serving five years.",
        # his own term, a conjunct after another verb, a named prison with "at"
        "The driver, Tomas Orla, did not appeal and is serving his four years at Harlow "
        "Central Correctional Institution.",
        # a relative clause, months
        "Tomas Orla, who is serving eighteen months, was not in court.",
    ],
)
def test_a_term_being_served_is_a_sentence(nlp: Language, text: str) -> None:
    assert "Tomas Orla" in accused_of("ruling", nlp, LEDE + text, "sentenced")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor, Tomas Orla, is serving five years as mayor.", "Tomas Orla"),
        ("His brother, Tomas Orla, is serving five years in the army.", "Tomas Orla"),
        ("The councillor, Tomas Orla, is serving his second term.", "Tomas Orla"),
        # time served in an office, not in the progressive
        ("Tomas Orla served five years on the council.", "Tomas Orla"),
    ],
)
def test_no_term_served(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, LEDE + text)).get(name, set())
