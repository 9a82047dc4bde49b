"""The grammar lfa21 added: a person named in full and told as NO kin of another of that
surname ("the director, X Aldan, who is not related to the laborer", "Y Obi (no relation)",
"Z Thapa, no relation to the accused", "unrelated to") is set apart from the bare surname
as a relative's introduction is, so the bare surname in the next sentence stays the
accused's (``mentions.no_relation``); a release on bail told as a noun a court's verb takes
("approved X's release on bail", ``claims.release_nouns``); bail a court did not grant, a
remand ("did not grant bail to X", "X was not granted bail": ``BailForgone._not_granted``).
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions.no_relation import told_unrelated
from tests.nlp.test_claims import claims_of, outcomes, roles

_CHARGED = (
    "Prosecutors on Monday charged Rosa Quitugua Leon Guerrero, a clerk, and Tomas Peredo "
    "Salas, 41, a warehouse hand, with stealing tyres from the port authority.\n\n"
)

_TOLD_APART = [
    # the official's relative clause
    "The port's operations manager, Vicente Salas, who is not related to the warehouse "
    "hand, noticed the missing stock in May.",
    # a bracketed "no relation"
    "Operations manager Vicente Salas (no relation) noticed the missing stock in May.",
    # an apposed "no relation to", another order
    "Noticing the missing stock in May was Vicente Salas, no relation to the accused.",
    # "unrelated"
    "The missing stock was noticed by the manager, Vicente Salas, who is unrelated to the "
    "defendant.",
]


@pytest.mark.parametrize("told", _TOLD_APART)
def test_a_bare_surname_after_one_told_as_no_kin_is_the_accused(nlp: Language, told: str) -> None:
    text = _CHARGED + told + " The judge released Salas on his own recognizance."
    found = claims_of(nlp, text)
    assert "bail" in outcomes(found, "Tomas Peredo Salas")
    assert "accused" not in roles(found).get("Vicente Salas", set())


@pytest.mark.parametrize(
    "text",
    [
        "The director, Ignacio Aldan, who is not related to the laborer, flagged it.",
        "Inspector Peter Obi (no relation) flagged it.",
        "Ward chairman Ram Thapa, no relation to the accused, filed the complaint.",
        "The auditor, Karen Doyle, who is no relation of the defendant, gave evidence.",
    ],
)
def test_told_unrelated_reads_the_negated_kinship(nlp: Language, text: str) -> None:
    doc = nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people and all(told_unrelated(doc, e.start_char, e.end_char) for e in people)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: kinship told, not denied; a negation that is not of kinship
        "Meera Patel, who is related to the accused, was questioned.",
        "The clerk, Mohan Lal Sharma, a relative of the accused, told police.",
        "The director, Ignacio Aldan, who did not know the laborer, flagged it.",
    ],
)
def test_kinship_told_or_another_negation_is_no_telling_apart(nlp: Language, text: str) -> None:
    doc = nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people and not any(told_unrelated(doc, e.start_char, e.end_char) for e in people)


_INDICTED = (
    "Prosecutors in Kumamoto indicted Hideo Sakamoto, 52, a crane operator, and Emiko Tanabe, "
    "47, the site manager, over the collapse. "
)


@pytest.mark.parametrize(
    "told",
    [
        "On Friday the district court approved Sakamoto's release on bail of 3 million yen.",
        "The judge ordered the release of Sakamoto on his own recognizance.",
        "The magistrate granted the release of Sakamoto on bail on Monday.",
        "The court allowed Sakamoto's release on bail pending trial.",
    ],
)
def test_a_release_on_bail_told_as_a_noun_is_bail(nlp: Language, told: str) -> None:
    found = claims_of(nlp, _INDICTED + told)
    assert "bail" in outcomes(found, "Hideo Sakamoto")
    assert "bail" not in outcomes(found, "Emiko Tanabe")


@pytest.mark.parametrize(
    "told",
    [
        # near misses: a release asked for, not granted; a release not on bail
        "Sakamoto's lawyer sought his release on bail.",
        "The court ordered Sakamoto's release.",
    ],
)
def test_a_release_asked_for_or_not_on_bail_is_no_bail(nlp: Language, told: str) -> None:
    assert "bail" not in outcomes(claims_of(nlp, _INDICTED + told), "Hideo Sakamoto")


@pytest.mark.parametrize(
    "told",
    [
        "The court did not grant bail to Tanabe, who remains in detention.",
        "Tanabe was not granted bail.",
        "The magistrate did not grant bail to Tanabe on Friday.",
    ],
)
def test_bail_a_court_did_not_grant_is_a_remand(nlp: Language, told: str) -> None:
    found = claims_of(nlp, _INDICTED + told)
    assert "remanded" in outcomes(found, "Emiko Tanabe")
    assert "bail" not in outcomes(found, "Emiko Tanabe")


@pytest.mark.parametrize(
    "told",
    [
        # near misses: what a court could do; a grant refused by no court
        "The court could not grant bail to Tanabe until the hearing.",
        "Her lawyer said Tanabe did not accept bail.",
    ],
)
def test_bail_not_granted_by_no_court_or_only_possible_is_no_remand(
    nlp: Language, told: str
) -> None:
    assert "remanded" not in outcomes(claims_of(nlp, _INDICTED + told), "Emiko Tanabe")
