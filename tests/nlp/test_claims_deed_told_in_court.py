"""set90's construction: a deed an accused tells a court he did - "X told the court that he had
sent the emails", "he told the magistrate that he had taken the phones" - is his admission
before that court, a judicial confession (``claims.deed_told_in_court``, asked by
``ToldCustodians``). Invented sentences and names in the words of reports from several
countries; the near misses are the accused answering the charge (a state, a passive, a
negation, "only", a lawful deal or belief, a stretch of time, a statement signed), what he saw
another do, what the police did, and a witness or a lawyer telling the court."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def settings(nlp: Language, text: str, name: str) -> set[str | None]:
    """The settings of the confessions of ``name``, or of its surname alone (the reader keeps a
    surname as written; the resolver joins it to the full name later)."""
    names = {name, name.split()[-1]}
    return {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        and any(p.name in names and p.role == "accused" for p in c.participants)
    }


_POKHARA = "Police in Pokhara arrested Ram Prasad Gurung, 41, a bank clerk, over forged papers. "
_MULTAN = "Police in Multan arrested Asif Javed, 33, a cylinder filler, over the oxygen deaths. "
_KISUMU = "Police in Kisumu charged Samuel Otieno, 28, a shop assistant, with theft of phones. "
_LIEGE = "Prosecutors in Liege charged Kevin Maes, 24, an apprentice, with arms trafficking. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_POKHARA + "Gurung told the court that he had sent the confirmation emails at the "
         "request of a broker.", "Ram Prasad Gurung"),
        (_POKHARA + "At the hearing he told the court that he had sent the replies himself and "
         "deleted the letters from the register.", "Ram Prasad Gurung"),
        # a description tells the teller
        (_MULTAN + "The filler told the court that he had painted the old cylinders himself.",
         "Asif Javed"),
        # a magistrate named as the audience
        (_MULTAN + "According to the prosecution, Javed told Judicial Magistrate Sana Ullah "
         "under Section 164 that he had refilled the cylinders.", "Asif Javed"),
        (_KISUMU + "Otieno told the magistrate that he had taken the phones from the shop "
         "because he needed money.", "Samuel Otieno"),
        (_LIEGE + "At the opening of the trial Maes told the court that he had drilled out the "
         "barrel plugs on his employer's orders.", "Kevin Maes"),
        (_LIEGE + "Maes told the judge he had fitted new firing pins to the rifles.",
         "Kevin Maes"),
    ],
)  # fmt: skip
def test_a_deed_told_to_the_court_is_a_judicial_confession(
    nlp: Language, text: str, name: str
) -> None:
    assert settings(nlp, text, name) == {"judicial"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state, a passive, a negation: the charge answered
        (_KISUMU + "Otieno told the court that he had been at his mother's house that night.",
         "Samuel Otieno"),
        (_KISUMU + "Otieno told the court that he was slapped at the police station.",
         "Samuel Otieno"),
        (_KISUMU + "Otieno told the court he had never entered the shop.", "Samuel Otieno"),
        (_KISUMU + "Otieno told the court that he had only swept the floor of the shop.",
         "Samuel Otieno"),
        # a lawful deal, a belief that the thing was lawful
        (_MULTAN + "Javed told the court that he had bought the cylinders from a licensed "
         "dealer.", "Asif Javed"),
        (_MULTAN + "Javed told the court that he had refilled the cylinders and had believed "
         "they were safe.", "Asif Javed"),
        # a stretch of time, no thing acted on
        (_KISUMU + "Otieno told the court that he had spent two nights in the cells.",
         "Samuel Otieno"),
        # what he saw another do; what the police did
        (_KISUMU + "Otieno told the court that he had seen the manager open the safe.",
         "Samuel Otieno"),
        (_KISUMU + "Otieno told the court that the police had written the statement.",
         "Samuel Otieno"),
        # the statement again, told as signed
        (_KISUMU + "At the trial Otieno withdrew his statement, telling the court that he "
         "signed it after two days without sleep.", "Samuel Otieno"),
        # a witness, a lawyer
        (_POKHARA + "A bank officer, Hari Sharma, told the court that he had checked the "
         "guarantees.", "Hari Sharma"),
        (_POKHARA + "Gurung's lawyer told the court that he had sent the emails.",
         "Ram Prasad Gurung"),
    ],
)  # fmt: skip
def test_an_answer_or_another_s_word_is_no_confession(nlp: Language, text: str, name: str) -> None:
    # other readers may read a confession taken back here; none is made before the court
    assert "judicial" not in settings(nlp, text, name)


@pytest.mark.xfail(
    strict=True,
    reason="a passive with its own infinitive ('had been paid to bring ...') is not read as "
    "the teller's deed: 'paid' is another's doing, the bringing not asked of the rule",
)
def test_a_paid_deed_told_to_the_court(nlp: Language) -> None:
    text = _POKHARA + "Gurung told the court he had been paid to forge the guarantees."
    assert settings(nlp, text, "Ram Prasad Gurung") == {"judicial"}
