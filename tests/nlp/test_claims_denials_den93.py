"""Counsel who acts for an accused told by a description (den93): "Advocate Z, acting for the
driver, said his client denied the charges". "act" joins the lexicon's verbs of acting for
someone (``representing_verbs``), and the parser's habit of giving the lawyer's name to the
set-off participle as its subject ("Z" the subject of "acting", "said" left with none) is
undone in one place (``claims.participle_subject``): the verb of saying speaks by that name,
and the aside says whom it acts for (``Counsel._acting_for``).

Invented sentences and names, in Pakistani, Bangladeshi and wire styles; near misses that
must not read: counsel acting for the complainant, a role noun two accused hold, a police
officer acting on a tip-off, and the established readings ("appearing for", "Counsel for the
owner", "the driver's family") kept."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_FACTORY = (
    "Police arrested Imran Qadir, the owner of the factory, and Sajid Baig, a driver, over the "
    "deaths of four workers. "
)
_COLD_STORE = (
    "BANDAR: Police arrested Rizal Osman, 51, the director of a cold store, over forged halal "
    "certificates on Monday. "
)
_RANGPUR = (
    "RANGPUR: Police arrested Abul Kashem, 45, the manager of a rice mill, over the theft of "
    "government rice on Tuesday. "
)
_TWO_DRIVERS = (
    "Police arrested Imran Qadir, a driver, and Sajid Baig, a driver, over the deaths of four "
    "workers. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _FACTORY + "Advocate Nadia Rauf, acting for the driver, said his client denied the "
            "charges.",
            {"Sajid Baig"},
        ),
        (
            _FACTORY + "Advocate Nadia Rauf, acting for the driver, told the court that his "
            "client was innocent.",
            {"Sajid Baig"},
        ),
        (
            _FACTORY + "Advocate Nadia Rauf, acting for the owner, told the court his client "
            "denied the charges.",
            {"Imran Qadir"},
        ),
        (
            _RANGPUR + "Lawyer Mahbubur Rahman, acting for the manager, said his client had been "
            "framed by rivals.",
            {"Abul Kashem"},
        ),
        (
            _COLD_STORE + "Defence counsel Peter Tan, acting for the director, said his client "
            "was innocent.",
            {"Rizal Osman"},
        ),
    ],
)
def test_counsel_acting_for_a_described_accused(
    nlp: Language, text: str, cleared: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        # established readings kept
        (_FACTORY + "Counsel for the owner said his client was innocent.", {"Imran Qadir"}),
        (
            _FACTORY + "Advocate Nadia Rauf, appearing for the driver, said his client was "
            "innocent.",
            {"Sajid Baig"},
        ),
        (_FACTORY + "The driver's family said he was innocent.", {"Sajid Baig"}),
        (_FACTORY + "The owner's son said his father was innocent.", {"Imran Qadir"}),
    ],
)
def test_counsel_and_kin_for_a_description_kept(
    nlp: Language, text: str, cleared: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # the complainant's lawyer speaks for no one accused
        _FACTORY + "Advocate Nadia Rauf, acting for the complainant, said the owner was lying.",
        _FACTORY + "Advocate Nadia Rauf, acting for the complainant, told the court that the "
        "driver had been drinking.",
        # a role noun two accused hold ties neither
        _TWO_DRIVERS + "Advocate Nadia Rauf, acting for the driver, said his client denied the "
        "charges.",
        # a victim's family speaks for no one accused
        _FACTORY + "The victim's family said the owner was guilty.",
    ],
)
def test_acting_for_no_accused_clears_no_one(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


def test_police_acting_on_a_tip_off_deny_nothing(nlp: Language) -> None:
    # guard: the participle's subject is the police, who answer for no accused
    text = (
        _RANGPUR + "Police, acting on a tip-off, said the manager had hidden 40 sacks in his house."
    )
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="a kin's 'had nothing to do with' a thing that is no crime noun ('the leak') is "
    "not read as denial (a cue, not this party tie); not built",
)
def test_kin_of_a_described_owner_nothing_to_do_with_the_leak(nlp: Language) -> None:
    text = (
        "Police arrested Imran Qadir, the factory owner, over the deaths of four workers. "
        "The owner's brother said he had nothing to do with the leak."
    )
    assert accused_of("denial", nlp, text) == {"Imran Qadir"}
