"""The grammar out56 added: a court's place of holding one is placed in ("the magistrate placed
X in pre-trial detention", "X was put in judicial custody": ``Rulings`` with ``placing_verbs``
and ``judicial_places.judicial_place``, which reads "pre-trial" as written across the
tokenizer's split), and a jailing told by a returning verb with a step before trial ("X was
unable to post bail and was returned to jail", "could not raise the surety and was taken back
to the district jail": ``Punishments._jailed`` with ``returning_verbs``, the bail of the
step's own infinitive read by ``_before_trial``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_ARRESTED = "Police arrested Tomas Reyes on Monday over the theft of a generator. "
_REYES = "Tomas Reyes"


def test_placed_in_pre_trial_detention_is_a_remand(nlp: Language) -> None:
    text = _ARRESTED + "The magistrate placed Reyes in pre-trial detention at the central prison."
    assert "remanded" in outcomes(claims_of(nlp, text), _REYES)


def test_placed_in_pretrial_detention_by_a_passive(nlp: Language) -> None:
    text = _ARRESTED + "Reyes was placed in pretrial detention for four months."
    assert "remanded" in outcomes(claims_of(nlp, text), _REYES)


def test_a_counted_group_placed_in_pre_trial_detention(nlp: Language) -> None:
    text = (
        "Police arrested Tomas Reyes and Ana Cruz on Monday over the theft of a generator. "
        "The magistrate placed both in pre-trial detention."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, _REYES)
    assert "remanded" in outcomes(found, "Ana Cruz")


def test_placed_in_judicial_custody_is_a_remand(nlp: Language) -> None:
    text = _ARRESTED + "The judge placed Reyes in judicial custody until the trial."
    assert "remanded" in outcomes(claims_of(nlp, text), _REYES)


def test_placed_in_police_custody_is_no_remand(nlp: Language) -> None:
    # near miss: the police's custody after an arrest is no court's
    text = _ARRESTED + "Reyes was placed in police custody."
    assert "remanded" not in outcomes(claims_of(nlp, text), _REYES)


def test_placed_in_custody_alone_is_no_remand(nlp: Language) -> None:
    # near miss: custody with no word making it the court's
    text = _ARRESTED + "The officers placed Reyes in custody at the station."
    assert "remanded" not in outcomes(claims_of(nlp, text), _REYES)


def test_returned_to_jail_unable_to_post_bail(nlp: Language) -> None:
    text = _ARRESTED + "Reyes was unable to post bail and was returned to the district jail."
    assert "remanded" in outcomes(claims_of(nlp, text), _REYES)


def test_taken_back_to_jail_without_the_surety(nlp: Language) -> None:
    text = _ARRESTED + "Reyes could not raise the surety and was taken back to the district jail."
    assert "remanded" in outcomes(claims_of(nlp, text), _REYES)


def test_returned_to_jail_after_a_conviction_is_no_remand(nlp: Language) -> None:
    # near miss: one convicted goes back to prison as a convict
    text = _ARRESTED + (
        "A judge convicted Reyes of theft in May, and he was returned to the district jail."
    )
    assert outcomes(claims_of(nlp, text), _REYES) == {"convicted"}


def test_returned_to_a_village_is_no_remand(nlp: Language) -> None:
    # near miss: returned to a place that holds no one
    text = _ARRESTED + "Reyes was returned to his village after questioning."
    assert "remanded" not in outcomes(claims_of(nlp, text), _REYES)


def test_returned_to_prison_for_a_term_is_no_sentence(nlp: Language) -> None:
    # near miss: a returning verb with a term tells no sentence passed ("sent" would)
    text = _ARRESTED + "Reyes was returned to prison for seven years."
    assert "sentenced" not in outcomes(claims_of(nlp, text), _REYES)


# A group ruled on unnamed, named by the next sentence's identifying verb on "them" or "they"
# (``IdentifiedNext._group_identified``, asked by the reader while an unnamed ruling waits;
# "the three" standing alone is such a group: ``rulings._bare_count``).
_THREE = ("Tomas Reyes", "Ana Cruz", "Leo Vidal")


def test_a_count_ruled_on_then_identified(nlp: Language) -> None:
    text = (
        "Police have arrested three men over the theft of a generator. The court on Sunday "
        "extended the detention of the three for 15 days. Police identified them as Tomas "
        "Reyes, Ana Cruz and Leo Vidal."
    )
    found = claims_of(nlp, text)
    assert all("remanded" in outcomes(found, name) for name in _THREE)


def test_them_ruled_on_then_identified_by_a_passive(nlp: Language) -> None:
    text = (
        "Police have arrested three men over the theft of a generator. The court on Sunday "
        "remanded them for 15 days. They were identified as Tomas Reyes, Ana Cruz and Leo "
        "Vidal."
    )
    found = claims_of(nlp, text)
    assert all("remanded" in outcomes(found, name) for name in _THREE)


def test_the_dead_identified_are_ruled_on_by_nothing(nlp: Language) -> None:
    # near miss: no ruling waits for its people - "them" are the dead, named so
    text = (
        "Three men died when a generator exploded at a bakery on Monday. Police identified "
        "them as Tomas Reyes, Ana Cruz and Leo Vidal."
    )
    found = claims_of(nlp, text)
    assert not any(outcomes(found, name) for name in _THREE)


def test_an_identified_pair_after_a_named_ruling_adds_no_one(nlp: Language) -> None:
    # near miss: the ruling named its people; "them" of the next sentence binds nothing to it
    text = (
        "The court on Sunday remanded Tomas Reyes for 15 days over the theft of a generator. "
        "Two men were later found injured near the bakery. Police identified them as Ana "
        "Cruz and Leo Vidal."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Tomas Reyes")
    assert not outcomes(found, "Ana Cruz") and not outcomes(found, "Leo Vidal")
