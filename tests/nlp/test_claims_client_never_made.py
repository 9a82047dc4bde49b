"""A lawyer's "his client never made any statement" takes the client's confession back, as the
accused's own "I never made the statement" does (``CoercedStatements._never_made``): the
client the lawyer speaks for, and a statement denied with "any" (none at all). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "Police arrested Omer Saleem in March for the murder of a traffic warden. "
    "Investigators said Saleem confessed to the killing during interrogation. "
)


def test_his_client_never_made_any_statement(nlp: Language) -> None:
    text = _ARRESTED + (
        "Saleem's counsel, Nadia Baig, said his client never made any statement to the police."
    )
    assert accused_of("retraction", nlp, text) == {"Omer Saleem"}


def test_the_prosecutor_says_a_witness_made_none(nlp: Language) -> None:
    # guard: the prosecution speaks, of a witness
    text = _ARRESTED + "The prosecutor said the witness never made any statement to the police."
    assert accused_of("retraction", nlp, text) == set()
