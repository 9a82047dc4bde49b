"""A confession owned by "his client" in a sentence that names one lawyer for someone is that
client's ("X's attorney told the court that his client's confession to the magistrate had
been extracted"), not the name nearest the noun (``Counsel._clients_own``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of

_TEXT = (
    "KLERKSDORP - Three men accused of robbing a cash van appeared in court on Monday. Bail was "
    "refused for Sizwe Ntuli, and Lwazi Mabena did not apply for bail. Mabena's attorney, "
    "Pieter du Plessis, told the court that his client's confession to the Orkney magistrate "
    "had been extracted after detectives beat him."
)


def test_his_clients_confession_is_the_client_of_the_named_lawyer(nlp: Language) -> None:
    claims = claims_of(nlp, _TEXT)
    for kind in ("confession", "retraction"):
        owners = {p.name for c in claims if c.kind == kind for p in c.participants}
        assert owners == {"Lwazi Mabena"}, kind
