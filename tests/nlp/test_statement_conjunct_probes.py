"""Probes of out85's reading (invented sentences): a court's act the parser hung on what the
court said or found - "The court said the evidence was strong and ordered that he be held in
custody", "The court found X to be suspected of fraud and ordered him held in custody" - is
the court's (``statement_conjunct.telling_verb``, asked by ``Courts._done_by``), so the order
is a remand. The golden list holds what the reader must read; the near misses keep an act
done inside what was said, or ordered by one who is no court, as it was."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.claims.statement_conjunct import telling_verb
from tests.nlp.test_claims import claims_of, outcomes

_GOLDEN = [
    # the court said a thing's state, and ordered
    (
        "Police arrested Sunil Sah on Monday. The court said the evidence was strong and "
        "ordered that he be held in custody for the trial.",
        "Sunil Sah",
    ),
    (
        "The magistrate said the reasons given by the police were compelling and ordered that "
        "Amir Khan be held at the central police station until August 29.",
        "Amir Khan",
    ),
    (
        "The judge noted that the records showed no payment and ordered Bilal Javed held in "
        "custody.",
        "Bilal Javed",
    ),
    # the court found someone "to be" something, and ordered
    (
        "The Uppsala court found Lars Berg, 52, the owner of a cleaning firm, to be on probable "
        "cause suspected of tax fraud and ordered him held in custody.",
        "Lars Berg",
    ),
    # a neighbour the reader read before: the "to be" parsed as the verb's own
    (
        "A district court found Maria Lind to be on probable cause suspected of arson and "
        "ordered her held in custody.",
        "Maria Lind",
    ),
]

_NEAR_MISSES = [
    # an order by one who is no court is no remand, whatever was said before it
    "Inspector Tariq Rana said the evidence was strong and ordered that Amir Khan be held in "
    "the lockup.",
    # a request by a lawyer is no order
    "The lawyer said the evidence was weak and asked that Amir Khan be held in a hospital instead.",
]


@pytest.mark.parametrize(("text", "name"), _GOLDEN)
def test_a_courts_order_after_what_it_said_is_a_remand(nlp: Language, text: str, name: str) -> None:
    assert "remanded" in outcomes(claims_of(nlp, text), name)


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_an_order_by_no_court_is_no_remand(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, text), "Amir Khan") == set()


def _ordered(nlp: Language, text: str) -> tuple[Token, list[Token]]:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "ordered")
    head = verb.head
    doers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head, doers


def test_a_conjunct_of_a_things_state_is_the_sayers(nlp: Language) -> None:
    head, doers = _ordered(
        nlp, "The court said the evidence was strong and ordered that he be held in custody."
    )
    told = telling_verb(head, doers, lambda t: t.lower_ == "evidence")
    assert told is not None and told.lemma_ == "say"


def test_a_conjunct_of_a_persons_act_stays_inside(nlp: Language) -> None:
    head, doers = _ordered(
        nlp, "The judge said the officer had seized the pistol and ordered the guard out."
    )
    # the officer is no thing: what the officer did is said, and so is the order
    assert head.lemma_ != "say"
    assert telling_verb(head, doers, lambda t: False) is None
