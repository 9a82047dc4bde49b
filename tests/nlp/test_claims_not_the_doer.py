"""A denial told as a negated predicate of the copula (``claims.not_the_doer``): "I am not the
one who killed that man" (a negated identity with a crime told by a relative clause), "his
father was not to blame", "not responsible for the killing" (blame refused); and a relative
whose owner is the title the report gave the accused ("The trader's son, Y, said his
father ...", ``Sides._titled_owner``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONVICTED = (
    "NDOLA: The High Court on Friday convicted Peter Chanda and Moses Kabwe of the murder of a "
    "night guard at a copper depot. "
)
_ARRESTED = (
    "HYDERABAD: Police arrested the trader Farhan Qazi Rind and his driver Nabeel Shah on "
    "Monday over the killing of a shopkeeper. "
)


def test_not_the_one_who_killed_in_a_quote(nlp: Language) -> None:
    text = _CONVICTED + '"I am not the one who killed that man," Kabwe said.'
    assert accused_of("denial", nlp, text) == {"Moses Kabwe"}


def test_not_the_man_who_shot_told_after_a_colon(nlp: Language) -> None:
    text = _CONVICTED + 'Chanda shouted at reporters: "I am not the man who shot the guard."'
    assert accused_of("denial", nlp, text) == {"Peter Chanda"}


def test_not_the_one_who_called_the_police_denies_nothing(nlp: Language) -> None:
    # guard: the relative clause tells no crime
    text = _CONVICTED + '"I am not the one who called the police," Kabwe said.'
    assert accused_of("denial", nlp, text) == set()


def test_a_son_says_his_father_was_not_to_blame(nlp: Language) -> None:
    text = _ARRESTED + "Farhan's son, Adeel Rind, insisted his father was not to blame."
    assert accused_of("denial", nlp, text) == {"Farhan Qazi Rind"}


def test_not_responsible_for_the_killing(nlp: Language) -> None:
    text = (
        _ARRESTED + "Farhan's son, Adeel Rind, said his father was not responsible for the killing."
    )
    assert accused_of("denial", nlp, text) == {"Farhan Qazi Rind"}


def test_not_responsible_for_a_thing_that_is_no_crime(nlp: Language) -> None:
    # guard: the "for" phrase names no crime
    text = (
        _ARRESTED
        + "Farhan's son, Adeel Rind, said his father was not responsible for the accounts."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_owner_of_the_relative_is_the_title_given_before(nlp: Language) -> None:
    text = _ARRESTED + (
        "The trader's son, Adeel Rind, said his father had nothing to do with the killing."
    )
    assert accused_of("denial", nlp, text) == {"Farhan Qazi Rind"}


def test_a_title_owner_who_is_no_accused_is_spoken_for_by_no_one(nlp: Language) -> None:
    # guard: the shopkeeper titled before is the victim; his son's word accuses no one
    text = (
        "HYDERABAD: The shopkeeper Rahim Bux Jatoi was shot dead on Monday. Police arrested "
        "Nabeel Shah. The shopkeeper's son, Akbar Jatoi, said his father had nothing to do "
        "with any gang."
    )
    assert "Rahim Bux Jatoi" not in accused_of("denial", nlp, text)


_AMBUSH = (
    "KARACHI: Counter-terrorism police arrested Naveed Khan Afridi over an ambush on a "
    "customs patrol. "
)


def test_a_wife_says_her_husband_never_held_a_weapon(nlp: Language) -> None:
    text = _AMBUSH + (
        "Outside the court, Afridi's wife, Shazia Bibi, said her husband sold spare parts at a "
        "roadside shop and had never held a weapon."
    )
    assert accused_of("denial", nlp, text) == {"Naveed Khan Afridi"}


def test_never_owned_a_gun_in_a_quote(nlp: Language) -> None:
    text = _AMBUSH + '"I have never owned a gun," Afridi told the court.'
    assert accused_of("denial", nlp, text) == {"Naveed Khan Afridi"}


def test_never_seen_a_gun_tells_what_was_seen(nlp: Language) -> None:
    # guard: a verb of seeing tells no deed denied
    text = _AMBUSH + "A shopkeeper, Gul Rehman, said he had never seen a gun in the market."
    assert accused_of("denial", nlp, text) == set()


_KILN = (
    "GUJRANWALA: Police arrested the kiln owner Rasheed Ahmed Warraich and his son Kashif "
    "Rasheed over the death of a labourer. "
)


def test_the_owners_brother_rejects_the_allegations_for_the_owner(nlp: Language) -> None:
    # kin answer for kin: the brother who speaks is not made the accused
    text = _KILN + (
        "The owner's brother, Shaukat Ahmed Warraich, a member of the kiln owners' "
        "association, rejected the allegations."
    )
    assert accused_of("denial", nlp, text) == {"Rasheed Ahmed Warraich"}


def test_a_relative_of_no_one_named_answers_for_no_one(nlp: Language) -> None:
    text = _KILN + "A relative, Shaukat Ahmed Warraich, rejected the allegations."
    assert "Shaukat Ahmed Warraich" not in accused_of("denial", nlp, text)


def test_blame_refused_for_one_not_accused_before_accuses_no_one(nlp: Language) -> None:
    # guard: told alone, the denial makes no one accused
    text = "Salman Qadir was not responsible for the fire, his lawyer said."
    assert accused_of("denial", nlp, text) == set()


# The deed refused in words no crime verb holds (``not_the_doer.denies_the_deed``).
_SHOT = (
    "MOMBASA: Police on Monday arrested fisherman Hamisi Juma Mwinyi over the shooting of a "
    "boat owner at the old harbour. "
)


def test_i_never_fired_a_shot(nlp: Language) -> None:
    text = _SHOT + '"I never fired a shot that night," Mwinyi told the court.'
    assert accused_of("denial", nlp, text) == {"Hamisi Juma Mwinyi"}


def test_his_lawyer_says_he_always_maintained_he_did_not_fire(nlp: Language) -> None:
    text = _SHOT + 'His lawyer, Amina Said, said Mwinyi had "always maintained he did not fire".'
    assert accused_of("denial", nlp, text) == {"Hamisi Juma Mwinyi"}


def test_never_demanded_a_bribe(nlp: Language) -> None:
    text = (
        "NAIROBI: Detectives on Friday arrested land registrar Otieno Kamau over a title-deed "
        "fraud at the lands office. His advocate said Kamau had never demanded a bribe."
    )
    assert accused_of("denial", nlp, text) == {"Otieno Kamau"}


def test_never_set_the_fire(nlp: Language) -> None:
    text = (
        "NAIROBI: Detectives on Friday arrested clerk Otieno Kamau over a fire at the lands "
        "office. His advocate said Kamau never set the fire."
    )
    assert accused_of("denial", nlp, text) == {"Otieno Kamau"}


def test_not_attending_a_murder_hearing_denies_nothing(nlp: Language) -> None:
    # guard: the object's head names a hearing; the crime inside its phrase is not the deed
    text = _SHOT + "His lawyer said Mwinyi did not attend the murder hearing because he was ill."
    assert accused_of("denial", nlp, text) == set()


def test_a_witness_who_never_fired_denies_nothing(nlp: Language) -> None:
    # guard: the deed refused clears only one the report accuses already
    text = _SHOT + "A deckhand, Salim Bakari, said the harbour guards never fired a shot."
    assert accused_of("denial", nlp, text) == set()
