"""The grammar lfd33 added to denials told with no word of denying, in the classes lf33 and
other open sets hold: an alibi told as a town the report names nowhere before ("he had been
in Hyderabad", "her husband was in Sylhet for treatment": ``claims.town_alibis``, asked by
``alibis.places_at_home``), and the accusation told as the accused's enemies' doing with the
enemies for subject ("My political rivals are behind this", "My opponents are using this to
finish me", "My father's enemies have written my name": ``claims.rivals_behind``, asked by
``made_up.accusation_made_up``). Said only by the accused's side of one already accused.
Invented sentences and names, in Pakistani, Bangladeshi, Indian and wire styles; the probe
lists are the classes' golden lists, with strict xfails for the shapes not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = "SAHIWAL: Police arrested landowner Rana Akbar Ali over the killing of a tenant. "
_CHITTAGONG = (
    "CHITTAGONG: Police are looking for councillor Abdul Karim Chowdhury over the attack "
    "on the market. "
)
_WIRE = "Prosecutors charged trader Kareem Joseph on Friday over the theft of boat engines. "


@pytest.mark.parametrize(
    ("opening", "said", "cleared"),
    [
        # the accused himself, in court
        (_SAHIWAL, "Ali told the court he had been in Faisalabad.", "Rana Akbar Ali"),
        # kin, with a purpose after the town (the parser may hang it on the town)
        (_CHITTAGONG, "His wife said he was in Sylhet for treatment.", "Abdul Karim Chowdhury"),
        (_SAHIWAL, "His son said Ali had been in Islamabad for a wedding.", "Rana Akbar Ali"),
        # counsel, with whom he was
        (
            _SAHIWAL,
            "His counsel said Ali had been in Lahore with his family.",
            "Rana Akbar Ali",
        ),
        (_WIRE, "His lawyer said Joseph was in Barbuda for his mother's funeral.", "Kareem Joseph"),
    ],
)
def test_a_town_named_nowhere_before_told_by_the_accused_side_denies(
    nlp: Language, opening: str, said: str, cleared: str
) -> None:
    assert accused_of("denial", nlp, opening + said) == {cleared}


@pytest.mark.parametrize(
    "said",
    [
        # the dateline's town (any case) or a town the report told: maybe the scene
        "Ali was in Sahiwal for treatment, his son said.",
        "Police said Ali was arrested in Islamabad. His son said Ali had been in Islamabad.",
        # a time of its own: where he was arrested, how long he lived there
        "His son said Ali was in Islamabad when police came.",
        "His son said Ali had been in Islamabad for two days.",
        "His son said Ali had been in Dubai for most of February.",
        "His son said Ali had been in Islamabad all of Tuesday.",
        # now, not then
        "His son said Ali is in Islamabad for treatment.",
        # not his side
        "The investigating officer said Ali had been in Islamabad.",
        "The tenant's brother, Allah Ditta, said he had been in Islamabad for a wedding.",
    ],
)
def test_a_town_told_otherwise_is_no_alibi(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _SAHIWAL + said) == set()


@pytest.mark.parametrize(
    ("opening", "said", "cleared"),
    [
        # the rivals at the accusation's origin
        (_SAHIWAL, '"My political rivals are behind this," Ali said.', "Rana Akbar Ali"),
        (_SAHIWAL, "His son said their rivals were behind the case.", "Rana Akbar Ali"),
        # the rivals using it for an end of their own
        (
            _SAHIWAL,
            '"My opponents have used this tragedy to settle a land matter," Ali said.',
            "Rana Akbar Ali",
        ),
        (
            _CHITTAGONG,
            '"My opponents are using this to finish me," Chowdhury told reporters.',
            "Abdul Karim Chowdhury",
        ),
        # the rivals writing his name in
        (_SAHIWAL, '"My father\'s enemies have written my name," Ali shouted.', "Rana Akbar Ali"),
    ],
)
def test_the_accusation_told_as_the_rivals_doing_denies(
    nlp: Language, opening: str, said: str, cleared: str
) -> None:
    assert accused_of("denial", nlp, opening + said) == {cleared}


@pytest.mark.parametrize(
    "said",
    [
        # no relation to the case: a thing of their own, a deed of theirs
        '"My rivals use this road every day," Ali said.',
        '"Our rivals attacked the shop," Ali said.',
        # what is to come, or refused
        '"My opponents will use this against me," Ali said.',
        '"My opponents are not behind this," Ali said.',
        # not his side
        "The tenant's brother said the landowner's rivals were behind this.",
        "The investigating officer said Ali's rivals had used the dispute to settle scores.",
    ],
)
def test_rivals_told_otherwise_deny_nothing(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _SAHIWAL + said) == set()


@pytest.mark.xfail(
    strict=True,
    reason="an accusing passive whose 'by' agent is a group the adjective 'rival' marks "
    "('named by a rival group') is not read: only lf33 holds it among the open sets",
)
def test_named_by_a_rival_group(nlp: Language) -> None:
    said = "His wife said he had been named by a rival group that wants the market."
    assert accused_of("denial", nlp, _CHITTAGONG + said) == {"Abdul Karim Chowdhury"}
