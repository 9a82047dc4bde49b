"""A coerced confession or its retraction told by "counsel for X" / "the lawyer for X" is X's:
the side a lawyer speaks for is the client named after "for" as well as the one a clause of
acting for names ("Advocate Z, representing X", ``Answers._side_of``). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


@pytest.mark.parametrize(
    ("text", "client"),
    [
        (
            "Counsel for Aftab Alam told the high court that his client had retracted the"
            " confession recorded by the police, saying it had been obtained by coercion.",
            "Aftab Alam",
        ),
        (
            "The lawyer for Bilal Anwar told the court that his client had retracted the"
            " confession recorded by the police, saying it had been extracted under torture.",
            "Bilal Anwar",
        ),
        (
            "Counsel for Shoaib Rana told the court that the statement had been extracted"
            " under torture.",
            "Shoaib Rana",
        ),
    ],
)
def test_a_retraction_told_by_counsel_for_the_client(nlp: Language, text: str, client: str) -> None:
    found = claims_of(nlp, text)
    by_kind = {c.kind: {p.name for p in c.participants} for c in found}
    assert by_kind.get("retraction") == {client}
    assert by_kind.get("confession") == {client}


@pytest.mark.parametrize(
    ("text", "client"),
    [
        (  # the lawyer introduced as the client's, speaking later by name
            "Police charged Owino Barasa with the murder in May. Barasa's advocate, Mercy"
            " Achieng, spoke after the hearing. Achieng said the statement had been extracted"
            " under torture.",
            "Owino Barasa",
        ),
        (  # a paper the lawyer files says it
            "Police charged Kamal Haider with the kidnapping in March. His counsel, Advocate"
            " Rafiq Memon, later filed an application stating that the statement was the"
            " product of 19 days of torture.",
            "Kamal Haider",
        ),
        (  # the statement signed after torture
            "Police charged Owino Barasa with the murder in May. Barasa's advocate, Mercy"
            " Achieng, told the court that her client had been tortured for three days"
            " before signing the statement.",
            "Owino Barasa",
        ),
    ],
)
def test_a_retraction_told_by_the_clients_lawyer(nlp: Language, text: str, client: str) -> None:
    found = claims_of(nlp, text)
    by_kind = {c.kind: {p.name for p in c.participants} for c in found}
    assert by_kind.get("retraction") == {client}
    assert by_kind.get("confession") == {client}


def test_his_client_is_the_client_of_the_lawyer_the_sentence_names(nlp: Language) -> None:
    text = (
        "Police charged Arif Chandio with the robbery in March. Chandio recorded a"
        " confessional statement before a judicial magistrate in February. On Tuesday"
        " Chandio's counsel, Mehtab Ali Lund, filed an application stating that his client"
        " had resiled from that statement."
    )
    retracted = {p.name for c in claims_of(nlp, text) if c.kind == "retraction"
                 for p in c.participants}  # fmt: skip
    assert retracted == {"Arif Chandio"}


@pytest.mark.parametrize(
    "lawyer",
    ["Defence counsel Anil Kumar said", "Anil Kumar, the defence lawyer, said"],
)
def test_a_lawyer_speaks_for_the_one_he_says_will_appeal(nlp: Language, lawyer: str) -> None:
    # the lawyer is named with no client; the one accused his clause tells of is the client
    # (the acquitted neighbour, followed last, is not)
    text = (
        "PATNA: A court on Monday convicted Suresh Prasad Singh of the murder of a trader but "
        "acquitted his neighbour Ramesh Yadav. Public prosecutor Vivek Rai said the state "
        f'would appeal. {lawyer} Singh would challenge his conviction. "My client has '
        'maintained his innocence from day one," he said.'
    )
    denied = {
        p.name for c in claims_of(nlp, text) if c.kind == "denial"
        for p in c.participants if p.role == "accused"
    }  # fmt: skip
    assert denied == {"Suresh Prasad Singh"}
