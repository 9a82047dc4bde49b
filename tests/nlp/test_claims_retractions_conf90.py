"""Statements the accused's side says were signed or taken as no statement of his should be,
read since conf90, on invented sentences: a statement he signed "without being told what it
contained" (as "without reading it"), told with "a" by the signer or of "his client" ("she
said she signed a statement typed by the police without being told what it contained",
"his client had signed papers placed before him at the station without being told what they
were": the "without" hung on the participle that describes the papers); a passive relative on
the statement that tells it coerced, whatever verb the statement is the object of ("his
client does not recognise the statement, which was taken at eleven at night and without his
lawyer"); and a statement written or typed without a lawyer present. Each is both the
confession and its taking back. Near misses: a witness's or a prosecutor's signing, a
contract signed unread, a signing "without delay", a relative that tells no coercion or
hangs on another noun, and the police's own word that the statement was taken lawfully."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ASANTE = "Police arrested Efua Asante over the payroll fraud. "
_WEBER = "Police arrested Marc Weber over the invoice fraud. "
_PILLAI = "Police arrested Meena Pillai over the loan-app harassment. "
_MENSAH = "Police arrested Kodjo Mensah over the sale of the plot. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # signed unread: "without being told what it contained", by the signer herself
        (
            _PILLAI + "In an application before the trial court, Pillai has said she signed a "
            "statement typed by the police without being told what it contained.",
            "Meena Pillai",
        ),
        (
            _ASANTE + "Asante told the court she signed the statement without being told what "
            "was in it.",
            "Efua Asante",
        ),
        # told by counsel of "his client"; the "without" on the papers' participle
        (
            _WEBER + "His lawyer said his client had signed papers placed before him at the "
            "police station without being told what they were.",
            "Marc Weber",
        ),
        (
            _ASANTE + "Her counsel said her client signed a statement at the station without "
            "being told what it said.",
            "Efua Asante",
        ),
        # a passive relative on the statement says it was coerced
        (
            _MENSAH + 'His lawyer, Maître Edem Afolabi, said his client "does not recognise" '
            'the statement, which was taken "at eleven at night and without his lawyer".',
            "Kodjo Mensah",
        ),
        (
            _WEBER + "Weber's lawyer said his client rejects the statement, which was extracted "
            "under torture.",
            "Marc Weber",
        ),
        (
            _WEBER + "Weber's lawyer said his client does not recognise the statement, which "
            "was taken at night without his lawyer.",
            "Marc Weber",
        ),
        # written or typed without a lawyer present
        (
            _ASANTE + "Her lawyer said her statement was typed without a lawyer present.",
            "Efua Asante",
        ),
    ],
)
def test_statement_signed_or_taken_as_none_should_be(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}
    assert accused_of("confession", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's signing, or one the prosecutor tells
        _ASANTE + "A witness, Kofi Boateng, told the court he signed a statement typed by the "
        "police without being told what it contained.",
        _ASANTE + "The prosecutor said she signed a statement typed by the police without "
        "being told what it contained.",
        # not a statement; not unread
        _ASANTE + "Asante said she signed a contract typed by the bank without being told what "
        "it contained.",
        _ASANTE + "Asante said she signed a statement without delay.",
        _ASANTE + "Her lawyer said the statement was written without delay.",
        # a relative that tells no coercion, or hangs on another noun
        _WEBER + "Weber's lawyer said his client does not recognise the statement, which was "
        "recorded on May 9.",
        _WEBER + "Weber's lawyer said the car, which was taken without a key, was his client's.",
        # the police say it was taken lawfully
        _WEBER + "Police said the statement, which was taken in the presence of a lawyer, was "
        "lawful.",
    ],
)
def test_near_misses_take_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
