"""A confession the accused's side takes back before a court, telling where the police had it
made - "dictated to him at the CIA centre", "signed at the district police office", "was never
made before any magistrate and was written out by the police" - was made in custody: the
places where the police hold and question someone are custodial (``kinds.json`` custodial),
and a negated verb's phrases say where the confession was not made
(``TakenBackSettings._setting_taken_back``). The court that hears the taking back is never its
setting. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.kinds import setting_in
from tests.nlp.test_claims import claims_of

_ARRESTED = "Police arrested Shahbaz Gill over the killing of a money changer in Sargodha. "


def _settings(nlp: Language, text: str, kind: str = "confession") -> set[str | None]:
    return {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == kind
        and any(p.name == "Shahbaz Gill" and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    "told",
    [
        "At the hearing, Shahbaz Gill told the court that his confession had been dictated to "
        "him at the CIA centre.",
        "In his statement before the court, Shahbaz Gill denied the charge, saying he had signed "
        "his confession at the district police office without reading it.",
        "Shahbaz Gill told the court that the confession was never made before any magistrate "
        "and was written out by the police in the SHO's room.",
        "Shahbaz Gill said in court that his so-called confession was not made before a "
        "magistrate and was typed by the police.",
    ],
)
def test_a_confession_told_made_where_the_police_hold_is_custodial(
    nlp: Language, told: str
) -> None:
    assert _settings(nlp, _ARRESTED + told) == {"custodial"}


def test_the_taking_back_is_still_before_the_court(nlp: Language) -> None:
    text = _ARRESTED + (
        "Shahbaz Gill told the court that his confession had been dictated to him at the CIA "
        "centre."
    )
    assert _settings(nlp, text, "retraction") == {"judicial"}


def test_a_statement_before_the_magistrate_stays_judicial(nlp: Language) -> None:
    # near miss: the statement's own phrase names the magistrate; the police wrote it out
    text = _ARRESTED + (
        "Shahbaz Gill told the court that his confessional statement before the magistrate had "
        "been prepared by the investigating officer."
    )
    assert _settings(nlp, text) == {"judicial"}


def test_a_confession_before_a_magistrate_after_arrest_is_judicial(nlp: Language) -> None:
    # near miss: a police arrest before it leaves a magistrate's confession judicial
    text = _ARRESTED + "Shahbaz Gill later confessed before a judicial magistrate."
    assert _settings(nlp, text) == {"judicial"}


@pytest.mark.parametrize(
    "phrase",
    ["Justice Thanalakshmi heard the appeal", "the CIA said in Washington",
     "at the Office of the Police Commissioner", "written by the thana"],
)  # fmt: skip
def test_no_police_place_is_read_in_other_words(phrase: str) -> None:
    # guards: a name, a foreign agency, a police office by its title, the police as a
    # statement's writers (a magistrate may have recorded it: lf9)
    assert setting_in(phrase) is None
