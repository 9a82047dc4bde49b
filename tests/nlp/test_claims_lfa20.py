"""The grammar lfa20 added: a lede's co-ordinated descriptions named one part at a time ("Two
guards and a cook have been charged ... The guards, X and Y, ... The cook, Z, ...":
``lede_parts.LedeParts``, with the co-ordination the parser split at a participle read back
by agreement, ``_split_from_its_conjunct``), custody a court places someone "in" ("the judge
placed him in pre-trial detention": ``court_placed.placed_in_custody``), and a jail stayed
in by one a report never tells judged ("X remains in jail": ``jail_untried``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, outcomes

_GUARDS_AND_COOK = (
    "MOROTO - Two guards and a cook have been charged with theft after 40 bags of maize "
    "went missing from the depot. "
)


def test_each_part_of_a_lede_is_named_by_its_noun(nlp: Language) -> None:
    text = _GUARDS_AND_COOK + (
        "The guards, Okello Peter, 33, and Lokiru James, 29, had keys to the store. "
        "The cook, Achen Grace, 41, was arrested at her home."
    )
    assert accused_of("charge", nlp, text) == {"Okello Peter", "Lokiru James", "Achen Grace"}


def test_a_noun_of_no_part_of_the_lede_names_none_of_it(nlp: Language) -> None:
    # near miss: "the storekeepers" are no part the lede told - those who reported the loss
    text = _GUARDS_AND_COOK + (
        "The storekeepers, Okello Peter and Lokiru James, reported the loss on Monday."
    )
    assert accused_of("charge", nlp, text) == set()


def test_a_part_named_with_another_count_is_not_the_part(nlp: Language) -> None:
    # near miss: one name after "the guards" the lede counted two of - not that part
    text = _GUARDS_AND_COOK + "The guards, Okello Peter, had keys to the store."
    assert accused_of("charge", nlp, text) == set()


def test_a_co_ordination_split_at_a_participle_is_read_whole(nlp: Language) -> None:
    # the parser makes "employed" the root with "checkers" its subject and "and a
    # tuk-tuk driver have been charged" its conjunct: "a driver have" is half of a plural
    # subject
    text = (
        "Two ticket checkers employed at the Moshi archaeological park and a tuk-tuk driver "
        "have been charged with fraud. The checkers, Baraka Mollel and Neema Lyimo, worked "
        "at the north gate. The driver, Juma Kessy, was arrested at a petrol station."
    )
    assert accused_of("charge", nlp, text) == {"Baraka Mollel", "Neema Lyimo", "Juma Kessy"}


def test_the_whole_group_named_is_followed(nlp: Language) -> None:
    text = _GUARDS_AND_COOK + (
        "The guards, Okello Peter and Lokiru James, had keys to the store. The cook, Achen "
        "Grace, 41, was arrested at her home. On Friday a magistrate charged the three and "
        "ordered them held in custody until trial."
    )
    held = {"Okello Peter", "Lokiru James", "Achen Grace"}
    assert accused_of("ruling", nlp, text, "remanded") == held


_ARRESTED = "Police arrested Tomas Reyes at the harbour on Monday. "


def test_a_judge_places_him_in_pre_trial_detention(nlp: Language) -> None:
    text = _ARRESTED + "On Wednesday the judge placed him in pre-trial detention."
    assert outcomes(claims_of(nlp, text), "Tomas Reyes") == {"remanded"}


def test_a_judge_orders_him_placed_in_provisional_detention(nlp: Language) -> None:
    text = _ARRESTED + "The investigating judge ordered him placed in provisional detention."
    assert outcomes(claims_of(nlp, text), "Tomas Reyes") == {"remanded"}


def test_custody_the_police_place_him_in_is_no_remand(nlp: Language) -> None:
    # near misses: the police's custody, and someone's custody
    assert (
        accused_of("ruling", nlp, "Police arrested Tomas Reyes and placed him in custody.") == set()
    )
    text = _ARRESTED + "The judge placed him in the custody of his aunt."
    assert outcomes(claims_of(nlp, text), "Tomas Reyes") == set()


def test_one_never_judged_who_remains_in_jail_is_on_remand(nlp: Language) -> None:
    text = _ARRESTED + "Reyes remains at the district prison."
    assert outcomes(claims_of(nlp, text), "Tomas Reyes") == {"remanded"}


def test_a_convict_who_remains_in_jail_is_not_on_remand(nlp: Language) -> None:
    # near miss: a report that tells of his conviction - the jail may be his sentence
    text = "The court convicted Tomas Reyes of theft last year. Reyes remains in jail."
    assert outcomes(claims_of(nlp, text), "Tomas Reyes") == {"convicted"}
