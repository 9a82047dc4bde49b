"""The accused's own refusal to say sorry for "something I did not do", den82: a thing the
speaker will not apologise, say sorry or pay for, whose relative clause he says he did not
do, is disowned however the act that refuses is told - its own "not" ("I will not apologise
for ...") refuses the act, not the deed; the "for" may hang on the act's infinitive ("I am not
going to say sorry for ..."). ``ClearingActs._for_what_was_not_done`` read only an
unnegated act ("I am being punished for something I did not do"). Invented sentences and
names, in several countries' words; paraphrases that must read and near misses that must
not (a thing he did, a thing another did not do, a speaker who is not the accused's side)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CARDIFF = "Police charged Gareth Lloyd, 38, a roofer, with defrauding pensioners in Cardiff. "
_LAHORE = "Police arrested Zubair Hussain, 41, a patwari, for forging land records in Lahore. "
_POKHARA = "Police arrested Dil Bahadur Gurung, a bus owner, after a crash near Pokhara. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _CARDIFF + 'Lloyd told the court: "I will not apologise for something I did not do."',
            "Gareth Lloyd",
        ),
        (
            _CARDIFF + '"I am not going to say sorry for something I did not do," Lloyd said.',
            "Gareth Lloyd",
        ),
        (
            _LAHORE + '"I will not pay a rupee for a crime I did not commit," Hussain told '
            "reporters outside the court.",
            "Zubair Hussain",
        ),
        (
            _POKHARA + '"I will never ask forgiveness for an accident I did not cause," Gurung '
            "said.",
            "Dil Bahadur Gurung",
        ),
        (
            _LAHORE + "Hussain said he would not apologise for something he had not done.",
            "Zubair Hussain",
        ),
    ],
)
def test_refusing_to_say_sorry_for_what_he_did_not_do_is_denied(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the thing is his own, its clause not negated: no disowning
        _CARDIFF + '"I will not apologise for something I did," Lloyd said.',
        # the clause's doer is another: the refusal disowns nothing of his
        _CARDIFF + '"I will not say sorry for something my brother did not do," Lloyd said.',
        # a "not" of the relative clause that is no deed of the speaker's
        _LAHORE + '"I will not pay for a lawyer the court did not appoint," Hussain said.',
    ],
)
def test_no_denial_where_the_thing_is_not_his_undone_deed(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the prosecutor and the victim's mother speak for no accused
        _CARDIFF + '"We will not apologise for a prosecution we did not bring lightly," the '
        "prosecutor, Ann Morris, said.",
        _POKHARA + '"I will not forgive anyone for something my son did not do," said the '
        "mother of a passenger who died.",
    ],
)
def test_no_denial_for_the_accused_from_another_side(nlp: Language, text: str) -> None:
    assert "Dil Bahadur Gurung" not in accused_of("denial", nlp, text)
    assert "Gareth Lloyd" not in accused_of("denial", nlp, text)
