"""The readings acc99 added, on invented sentences and names.

One who flees in connection with the case stands accused (``Fugitives``, ``flight_ties``):
"Police said another worker, X, managed to flee", "the SSP said the loot was sold to a
dealer, X, who had fled", "X had fled with his family, and raids were being conducted" - a
verb of fleeing that flees nothing but the scene, in a sentence that tells of no harm, that
the police tell or the law's pursuit stands beside. Near misses: a victim or his kin who
fled the attackers, a witness who went into hiding, a family that fled the village, a
flight told by a relative, one told injured, a judge, a flight years ago told by no one of
the law. A witness or victim described so in the sentence is no longer made accused by
"went into hiding" / "remains at large" either; a relative still is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # told by the police: "Police said", a rank before the speaker's name
        ("Police said another worker, Sumon Mia, managed to flee.", "Sumon Mia"),
        ("The SSP said the copper was sold to a scrap dealer in the town, Imdad Ali Soomro, "
         "who had fled.", "Imdad Ali Soomro"),
        ("DSP Karim Khan said Amjad Ali was arrested on Monday night, while Sajid Nawaz had "
         "fled, possibly to Quetta.", "Sajid Nawaz"),
        ("According to police, Asif Raza fled to Dubai after the robbery.", "Asif Raza"),
        ("Investigators said Tariq Mehmood fled the scene on a motorcycle.", "Tariq Mehmood"),
        # the law's pursuit beside the flight
        ("Ali Raza Magsi, believed to run a still along the canal, had fled with his family, "
         "and raids were being conducted, he said.", "Ali Raza Magsi"),
        ("Tariq Mehmood fled the spot, and police are searching for him.", "Tariq Mehmood"),
        ("A fourth man, Ganesh Rai, has fled towards the border and a search is on.",
         "Ganesh Rai"),
    ],
)  # fmt: skip
def test_one_who_flees_in_connection_with_the_case_is_accused(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _accused(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a witness or a victim in hiding or at large: never the accused
        ("The prosecution witness, Rahim Uddin, went into hiding after receiving threats.",
         "Rahim Uddin"),
        ("Rahim Uddin, a witness in the case, has gone into hiding.", "Rahim Uddin"),
        # kin of the victim who fled, told by the police
        ("Police said the victim's brother, Asif Raza, managed to flee.", "Asif Raza"),
        ("Kamran Rauf was shot dead on Monday. Police said his brother, Asif Raza, managed "
         "to flee.", "Asif Raza"),
        # what he fled is named, and is no scene: the attackers, a village, a bus
        ("Police said Asif Raza fled the gunmen and raised the alarm.", "Asif Raza"),
        ("Police said Asif Raza fled from the attackers.", "Asif Raza"),
        ("Police said the family of Kamran Rauf, including Asif Raza, fled the village.",
         "Asif Raza"),
        # a witness, a judge
        ("Police said Asif Raza, a witness to the robbery, had fled.", "Asif Raza"),
        ("The judge, Asif Raza, fled the courtroom, police said.", "Asif Raza"),
        # harm in the sentence: the flight is the victim's
        ("Police said Asif Raza, who was injured in the attack, managed to flee.", "Asif Raza"),
        # told by kin, or by no one of the law; not fled
        ("Asif Raza's wife said he had fled.", "Asif Raza"),
        ("Asif Raza fled to Dubai in 2019.", "Asif Raza"),
        ("Police said Asif Raza had not fled.", "Asif Raza"),
        # a figure of speech
        ("Senator Asif Raza has been at large in the corridors of power for decades.",
         "Asif Raza"),
    ],
)  # fmt: skip
def test_near_misses_of_a_flight_accuse_no_one(nlp: Language, text: str, name: str) -> None:
    assert name not in _accused(nlp, text)


def test_a_relative_at_large_stays_accused(nlp: Language) -> None:
    # the victim's kin at large is often the one the police want (an honour killing)
    text = "The victim's brother, Asif Raza, went into hiding after the attack."
    assert "Asif Raza" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a flight tied to the case only by the arrests told before it ('The fifth man "
    "... fled on foot' after four were held): the sentence gives no tie (h15)",
)
def test_a_fellow_of_those_arrested_who_fled_is_accused(nlp: Language) -> None:
    text = (
        "Police arrested four men at the bazaar. The fifth man, identified as local broker "
        "Sumon Mia, fled on foot."
    )
    assert "Sumon Mia" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a flight state in the second conjunct of a relative clause ('who is said to be "
    "the commander and is now on the run') is not read (h5)",
)
def test_a_flight_state_in_a_relatives_second_conjunct(nlp: Language) -> None:
    text = (
        "The bombs were assembled in a rented room by one Harun Talukder, who is said to be "
        "the group's area commander and is now on the run."
    )
    assert "Harun Talukder" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the parser takes 'The main accused' apart ('main' the subject, 'parishad' a "
    "verb), so the absconding name has no subject path (lf25)",
)
def test_the_main_accused_named_in_apposition_is_absconding(nlp: Language) -> None:
    text = (
        "The main accused in the case, Rezaul Karim, a former member of the union parishad, "
        "has been absconding."
    )
    assert "Rezaul Karim" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a search told by a pronoun after the name is identified ('identified the man as "
    "X ... and are searching for him') is not read (lf25)",
)
def test_a_search_for_him_after_he_is_identified(nlp: Language) -> None:
    text = (
        "Police have identified the man as Jorge Paredes, 38, who has a previous conviction "
        "for theft, and are searching for him."
    )
    assert "Jorge Paredes" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a list the parser hangs on the place before it ('Two men from Rotterdam, X, 27, "
    "and Y, 25, are being sought'): the names are not the passive subject (lf30)",
)
def test_a_list_after_its_place_is_being_sought(nlp: Language) -> None:
    text = (
        "Two men from Rotterdam, Karim Bouzid, 27, and Dennis Vos, 25, are being sought on "
        "European arrest warrants, the prosecutor said."
    )
    assert {"Karim Bouzid", "Dennis Vos"} <= _accused(nlp, text)


@pytest.mark.parametrize(
    "flight",
    [
        "The SSP said the cables were sold to a scrap dealer, Ghulam Memon, who had fled.",
        "Police said another worker, Ghulam Memon, managed to flee.",
    ],
)
def test_one_who_fled_is_no_member_of_a_count_remanded(nlp: Language, flight: str) -> None:
    # "the three suspects" remanded are the three held, not the one who fled
    # (``announced.out_of_reach``): the count passes over him
    text = (
        "Police arrested Sikandar Jatoi, Imdad Hussain and Waseem Khan on Monday. "
        + flight
        + " A magistrate later remanded the three suspects in police custody for five days."
    )
    remanded = {
        p.name
        for c in claims_of(nlp, text)
        if c.outcome == "remanded"
        for p in c.participants
        if p.role == "accused"
    }
    assert remanded == {"Sikandar Jatoi", "Imdad Hussain", "Waseem Khan"}
