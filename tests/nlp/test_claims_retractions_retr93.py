"""Retractions told by constructions read since retr93, on invented sentences: a passive of
taking back with no one named ("was later retracted", "had been disowned", "has since been
withdrawn") takes back the statement of the one its own clause of giving names ("the
confessional statement X recorded before a magistrate", "the confession made by X", "the
confession she was alleged to have made"), of the client of the one lawyer the sentence names
("his client's Section 164 statement"), or of the one person the report says confessed ("X
confessed to detectives. The confession was later retracted"). The retraction tells the
confession too, made where the statement says. A witness's statement, one withdrawn by the
prosecution, one not withdrawn, a paper that is no statement, a statement a police officer
recorded, "the confession" of two who confessed and "the statement" where a witness gave one
take nothing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, confession_settings

_MAHMOOD = "Police in Multan arrested Rashid Mahmood over the poisoning of a landowner. "
_GURUNG = "Police in Kathmandu arrested Sunita Gurung over the theft of jewellery. "
_HASAN = "Jahid Hasan was charged with an arson attack on a warehouse in Dhaka. "
_GIRAUD = "Police in Lyon charged Marc Giraud with fraud. "
_PAIR = "Police in Lyon charged Marc Giraud and Luc Perrin with fraud. "


@pytest.mark.parametrize(
    ("text", "who", "setting"),
    [
        # a contact relative of recording names the giver; before a magistrate: judicial
        (
            _MAHMOOD + "The confessional statement Mahmood recorded before a judicial "
            "magistrate was retracted at the trial.",
            "Rashid Mahmood",
            "judicial",
        ),
        # a relative with "that", a verb of disowning one's own words; to the IO: custodial
        (
            _MAHMOOD + "The statement that Mahmood gave to the investigating officer had been "
            "repudiated before the trial.",
            "Rashid Mahmood",
            "custodial",
        ),
        # a participle's "by" phrase; a woman, in police custody
        (
            _GURUNG + "The confession made by Gurung in police custody was later withdrawn.",
            "Sunita Gurung",
            "custodial",
        ),
        # the reporter's distance: the one alleged to have made it
        (
            _GURUNG + "The confession she was alleged to have made to the police has since been "
            "retracted.",
            "Sunita Gurung",
            "custodial",
        ),
        # counsel: his client's statement, the client of the one lawyer the sentence names
        (
            _HASAN + "His counsel, Advocate Salma Haque, told the court that his client's "
            "Section 164 statement had been retracted within a week.",
            "Jahid Hasan",
            "judicial",
        ),
        # a contact relative of making, disowned
        (
            _GIRAUD + "The statement Giraud made to detectives had been disowned before the "
            "trial began.",
            "Marc Giraud",
            "custodial",
        ),
    ],
)
def test_passive_taking_back_of_a_given_statement(
    nlp: Language, text: str, who: str, setting: str
) -> None:
    assert accused_of("retraction", nlp, text) == {who}
    assert setting in confession_settings(nlp, text, who)


def test_the_confession_of_the_one_confessor(nlp: Language) -> None:
    text = _GIRAUD + "Giraud confessed to detectives in March. The confession was later retracted."
    assert accused_of("retraction", nlp, text) == {"Marc Giraud"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's statement: a hostile witness, no confession
        _GIRAUD + "A neighbour, Paul Vidal, gave a statement to detectives. The statement "
        "Vidal gave to detectives was later retracted.",
        # withdrawn by the prosecution: not his taking back
        _GIRAUD + "The confession Giraud made to detectives was withdrawn by the prosecution.",
        # not withdrawn: standing
        _GIRAUD + "Giraud confessed to detectives in March. The confession has not been withdrawn.",
        _MAHMOOD + "The confessional statement Mahmood recorded before a judicial magistrate "
        "was not retracted.",
        # two confessed: whose "the confession" is stays a guess
        _PAIR + "Giraud and Perrin confessed to detectives in March. The confession was later "
        "retracted.",
        # a paper that is no statement
        _GIRAUD + "The bail application Giraud made in April was later withdrawn.",
        # a statement an officer recorded, of no one named
        _GIRAUD + "The statement the investigating officer recorded was later retracted.",
        # "the statement", where a witness gave one too: not the confessor's by default
        _GIRAUD + "Giraud confessed to detectives in March. A witness also gave a statement "
        "to the court. The statement was later retracted.",
    ],
)
def test_no_passive_taking_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="the parser reads the statement as the active subject of 'has since been formally "
    "retracted' (nsubj beside auxpass): not built in retr93",
)
def test_bare_statement_parsed_active(nlp: Language) -> None:
    text = (
        _GIRAUD + "Giraud confessed to detectives in March. The statement has since been "
        "formally retracted through an application to the court."
    )
    assert accused_of("retraction", nlp, text) == {"Marc Giraud"}


@pytest.mark.xfail(
    strict=True,
    reason="'it', the statement of the clause before, the subject of a passive conjunct of "
    "disowning (lf24 shape): not built in retr93",
)
def test_it_had_been_disowned(nlp: Language) -> None:
    text = (
        _GIRAUD + "The judge did not rely on the statement Giraud made to detectives, as it was "
        "not made before a magistrate and had been disowned."
    )
    assert accused_of("retraction", nlp, text) == {"Marc Giraud"}
