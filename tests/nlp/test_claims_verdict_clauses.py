"""The readings out91 added: court steps as civil-law and appeal reports outside South Asia
tell them.

- a decision an appeal court keeps or sets aside, named by whom it went against or by the
  clause that says it found him guilty ("confirmed the first-instance ruling against X",
  "confirmed the January ruling of the district court that X, 45, was guilty of fraud"):
  upheld or overturned (``verdict_clauses.decided_against``);
- a sentence set aside or kept, named by the relative clause that gave it, where the parse
  makes the recipient the clause's object ("overturned the eight-month sentence the district
  court had given X, 53, for benefit crime": ``verdict_clauses.given_in_clause``);
- a warrant one is placed under ("X was placed under a committal warrant", "both officers
  were placed under a provisional arrest warrant"): the francophone order that sends a
  suspect to prison pending trial, a remand (``court_supervision.placed_under``).

Invented sentences and names in Maghreb, Gulf, Scandinavian, Latin American, West African
and Central African wire styles; near misses that must not fire; strict xfails for what is
not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Samir Haddad, a grain trader, in March over the hoarding of flour.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a decision confirmed, named by whom it went against
        "The criminal chamber confirmed the first-instance ruling of May against Samir "
        "Haddad, 50, including a fine of 80,000 dinars.",
        "The Court of Appeal upheld the decision against Haddad on Sunday.",
        "The appeals chamber on Monday affirmed the trial court's ruling against Samir Haddad.",
        # named by the clause that says it found him guilty
        "The Svea Court of Appeal confirmed the March ruling of the district court that Samir "
        "Haddad, 45, was guilty of gross fraud.",
        "The Court of Appeal upheld the lower court's ruling that Haddad was guilty of fraud.",
    ],
)
def test_a_decision_kept_against_someone_is_upheld(nlp: Language, text: str) -> None:
    assert "Samir Haddad" in accused_of("ruling", nlp, LEDE + text, "upheld")


@pytest.mark.parametrize(
    "text",
    [
        "The Court of Cassation overturned the ruling against Samir Haddad.",
        "The appeal court quashed the decision against Haddad and ordered a retrial.",
        # a sentence named by the clause that gave it, the age apposed to the recipient
        "The appeals court overturned the eight-month sentence the district court had given "
        "Samir Haddad, 53, for benefit fraud.",
    ],
)
def test_a_decision_set_aside_for_someone_is_overturned(nlp: Language, text: str) -> None:
    assert "Samir Haddad" in accused_of("ruling", nlp, LEDE + text, "overturned")


@pytest.mark.parametrize(
    "text",
    [
        # a ruling that finds no one guilty, or an acquittal
        "The Court of Appeal upheld the ruling that the search of the warehouse was lawful.",
        "The Court of Appeal upheld the lower court's ruling that Haddad was not guilty.",
        # an order, not a verdict
        "The court upheld the deportation order against Samir Haddad.",
        "The appeal court confirmed the order against Haddad freezing his accounts.",
        # told by a party, or only asked for
        "The prosecutor confirmed the ruling against Samir Haddad.",
        "His lawyer asked the court to overturn the ruling against Haddad.",
        # a ruling given, not kept or set aside
        "The court delivered its ruling against Samir Haddad on Monday.",
    ],
)
def test_no_appeal_outcome_from_other_decisions(nlp: Language, text: str) -> None:
    found = accused_of("ruling", nlp, LEDE + text, "upheld")
    found |= accused_of("ruling", nlp, LEDE + text, "overturned")
    assert "Samir Haddad" not in found


def test_a_sentence_given_names_its_recipient_not_the_last_ruled_on(nlp: Language) -> None:
    text = (
        LEDE + "The Court of Appeal confirmed the ruling against Samir Haddad.\n\n"
        "The court overturned the suspended sentence the district court had given Omar "
        "Lindqvist, 61, for receiving stolen flour."
    )
    assert accused_of("ruling", nlp, text, "overturned") == {"Omar Lindqvist"}


WARRANT_LEDE = "Police arrested Kodjo Mensah and Ama Sossou on Monday over the sale of a plot.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Mensah was placed under a committal warrant at the civil prison on Tuesday.",
        "The investigating judge placed Mensah under a committal warrant.",
        "The prosecutor said Mensah had been placed under a provisional arrest warrant and "
        "was held at the military prison.",
        "Both men were placed under a committal warrant at the civil prison on Tuesday.",
        "Kodjo Mensah was put under a detention warrant by the investigating judge.",
    ],
)
def test_a_warrant_one_is_placed_under_is_a_remand(nlp: Language, text: str) -> None:
    assert "Kodjo Mensah" in accused_of("ruling", nlp, WARRANT_LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a warrant only issued or sought: one still at large may be its object
        "The court issued an arrest warrant for Mensah, who has fled to Benin.",
        "Prosecutors asked the judge to place Mensah under a committal warrant.",
        # a warrant for a thing; a warrant no one is placed under
        "Police placed the house under a search warrant before Mensah came home.",
        "The judge refused to place Mensah under a committal warrant and freed him.",
    ],
)
def test_no_remand_from_a_warrant_not_placed_on_someone(nlp: Language, text: str) -> None:
    assert "Kodjo Mensah" not in accused_of("ruling", nlp, WARRANT_LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # custody with no word making it the court's (police too place people in detention)
        "Mensah was charged with complicity by the investigating judge and placed in detention.",
        # Belgium's council chamber is a court the lexicon does not name (one open article)
        "The council chamber extended the pre-trial detention of Kodjo Mensah by three months.",
    ],
)
@pytest.mark.xfail(strict=True, reason="not built (out91): one open article each, or no court")
def test_not_built(nlp: Language, text: str) -> None:
    assert "Kodjo Mensah" in accused_of("ruling", nlp, WARRANT_LEDE + text, "remanded")
