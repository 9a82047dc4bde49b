"""A counted group sent to jail in a sentence that rules on others by name stands for the rest
of the accused (``Courts._rest_sent``): "granted police three days' remand of X, while the two
workers were sent to the judicial lock-up", "placed X on a two-day remand, while the three
workers were sent to jail", "placed SI X on remand and sent the two ASIs to jail". Only where
as many are left as the group counts, and only accused people. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, ruled_in_last_sentence


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Police in Multan arrested a factory owner, Arif Butt, and two workers, Imran "
            "Saleem and Naeem Akbar, over the boiler blast. A duty magistrate granted the "
            "police three days' physical remand of Butt, while the two workers were sent to "
            "the judicial lock-up.",
            {"Imran Saleem", "Naeem Akbar"},
        ),
        (
            "Police arrested a contractor, Abdul Mannan, and three workers, Jahid Hasan, Rubel "
            "Mia and Shamim Ahmed, over the collapse of the footbridge. On Monday, a Khulna "
            "court placed Mannan on a two-day remand, while the three workers were sent to jail.",
            {"Jahid Hasan", "Rubel Mia", "Shamim Ahmed"},
        ),
        (
            "Police arrested Sub-Inspector Kamrul Islam and two assistant sub-inspectors, Mizan "
            "Ali and Habib Khan, over the extortion of a trader. The court placed SI Kamrul on a "
            "three-day remand and sent the two ASIs to jail.",
            {"Mizan Ali", "Habib Khan"},
        ),
    ],
)
def test_a_counted_group_sent_to_jail_is_the_rest_of_the_accused(
    nlp: Language, text: str, rest: set[str]
) -> None:
    assert rest <= ruled_in_last_sentence(nlp, text, "remanded")


def test_a_count_the_rest_does_not_fit_ties_no_one(nlp: Language) -> None:
    # three left besides Butt, "the two workers" counts two: no guess at which two
    text = (
        "Police arrested Arif Butt, Imran Saleem, Naeem Akbar and Kamran Ali over the boiler "
        "blast. A duty magistrate granted the police three days' physical remand of Butt, "
        "while the two workers were sent to the judicial lock-up."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Arif Butt"}


def test_victims_are_never_the_rest(nlp: Language) -> None:
    # the two guards wounded are victims: the group sent to hospital is no remand, and the
    # victims are never made accused
    text = (
        "Police arrested Arif Butt over the shooting of two guards, Imran Saleem and Naeem "
        "Akbar, at a bank. A duty magistrate granted the police three days' physical remand "
        "of Butt, while the two guards were sent to hospital."
    )
    found = claims_of(nlp, text)
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert accused == {"Arif Butt"}


def test_a_convict_group_sent_to_jail_is_no_remand(nlp: Language) -> None:
    # a trial's end: "sent to jail" after a verdict is no remand of the rest
    text = (
        "A sessions court convicted Arif Butt, Imran Saleem and Naeem Akbar of the robbery of "
        "a bank. The judge sentenced Butt to ten years, while the two others were sent to jail "
        "for five years."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


@pytest.mark.xfail(
    strict=True,
    reason="a group remanded told without a count ('the workers "
    "were sent to jail') is not read as the rest: out98 reads only counted groups",
)
def test_an_uncounted_group_is_not_read_yet(nlp: Language) -> None:
    text = (
        "Police arrested a contractor, Abdul Mannan, and three workers, Jahid Hasan, Rubel "
        "Mia and Shamim Ahmed, over the collapse of the footbridge. On Monday, a Khulna "
        "court placed Mannan on a two-day remand, while the workers were sent to jail."
    )
    assert {"Jahid Hasan", "Rubel Mia", "Shamim Ahmed"} <= ruled_in_last_sentence(
        nlp, text, "remanded"
    )
