"""lfd34's construction of a confession: the accused's own first-person words that he knew
his deed was wrong ("'I knew it was wrong and I did it anyway,' she said", ``known_wrong_told``),
which name no crime, so no reader of the deed takes them. Near misses: the knowing negated or
its wrong negated, a wrong that is another's act ("it was wrong to arrest her", "what the owner
did was wrong"), another's words about the accused, a speaker the report accuses of nothing;
and strict xfails for lf34's classes no other open set held (not built)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_LEDE = "Prosecutors in Valencia charged Lucia Ferrer Ortega, 41, with invoice fraud. "
_NAME = "Lucia Ferrer Ortega"


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (_LEDE + '"I knew it was wrong and I did it anyway," Ferrer told the court.', "judicial"),
        (_LEDE + '"I knew it was wrong. I did what the owner said because I needed the job," '
         "Ferrer told the judges.", "judicial"),
        (_LEDE + "At the trial she told the judges that she had signed the invoices. "
         '"I knew it was wrong and I did it anyway," she said.', "judicial"),
        (_LEDE + '"Yes, Your Honour. I did it because I was told to, and I knew it was wrong," '
         "Ferrer said.", None),
        (_LEDE + '"I knew that this was illegal," Ferrer told reporters outside the court.',
         "public"),
    ],
)  # fmt: skip
def test_knew_it_wrong_confesses(nlp: Language, text: str, setting: str | None) -> None:
    assert accused_of("confession", nlp, text) == {_NAME}
    if setting is not None:
        assert settings(nlp, text, _NAME) == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # the knowing denied: no wrong owned (read as a denial elsewhere)
        _LEDE + '"I did not know it was wrong," Ferrer told the court.',
        # the wrong denied
        _LEDE + '"I knew it was not wrong," Ferrer told the court.',
        # the pronoun stands for an infinitive: another's act judged
        _LEDE + '"I knew it was wrong to arrest her," Ferrer told the court.',
        # another's deed called wrong
        _LEDE + '"I knew what the owner did was wrong," Ferrer told the court.',
        # another's words about her, not her own
        _LEDE + "Ferrer's lawyer said she knew it was wrong.",
        # a speaker the report accuses of nothing: a witness owns nothing of the fraud
        _LEDE + '"I knew it was wrong and I said so," the bookkeeper Ana Ruiz told the court.',
        # another's words retold inside hers
        _LEDE + "\"The owner told me, 'I knew it was wrong,' and laughed,\" Ferrer said.",
    ],
)
def test_knew_it_wrong_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_bare_did_it_told_the_court(nlp: Language) -> None:
    # a deed of his own told to the court (set90, ``claims.deed_told_in_court``)
    text = _LEDE + '"I did it because my business was failing," Ferrer told the court.'
    assert accused_of("confession", nlp, text) == {_NAME}


@pytest.mark.xfail(
    strict=True,
    reason="lf34-only class: a kin's denial by an intransitive verb that names no crime "
    "('would never steal': 'steal' is kept out of the crime words) - not built",
)
def test_kin_would_never_steal(nlp: Language) -> None:
    text = (
        "Police arrested Tomas Varga for the theft. His mother said her son "
        '"would never steal" and had been pressured by his creditors.'
    )
    assert accused_of("denial", nlp, text) == {"Tomas Varga"}


# built in den100: a bare "did not know" (``no_part._knew_nothing_of_it``)
def test_said_from_the_first_day_did_not_know(nlp: Language) -> None:
    text = (
        "Police arrested Tomas Varga for the theft. Varga told reporters after the verdict: "
        '"I said from the first day that I did not know."'
    )
    assert accused_of("denial", nlp, text) == {"Tomas Varga"}


@pytest.mark.xfail(
    strict=True,
    reason="lf34-only class: counsel's 'the statement ... was not his client's' (not_his_words "
    "reads 'not his', not a possessive noun for the client) - not built",
)
def test_statement_not_his_clients(nlp: Language) -> None:
    text = (
        "Police arrested Abdul Karim Mia in the theft case. His lawyer said the statement in "
        "which his client allegedly admitted taking the money was not his client's."
    )
    assert accused_of("retraction", nlp, text) == {"Abdul Karim Mia"}
