"""A pronoun a victim's kin speak of themselves (``claims.kin_speaker``): never the
accused the sentence before named - a plural, and since den81 a singular he or she. Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police on Tuesday arrested the school's director, Arun Mehra, and Vikram Sethi. "


def test_a_victim_s_family_saying_they_did_not_know_the_owner_denies_for_no_one(
    nlp: Language,
) -> None:
    text = _ARRESTED + "Priya's family said they did not know the building owner."
    assert accused_of("denial", nlp, text) == set()


def test_the_accused_s_own_relatives_still_deny_for_them(nlp: Language) -> None:
    # near miss: "their" are the accused; the group readers keep the denial
    text = _ARRESTED + "Their relatives said they had no role in the collapse."
    assert accused_of("denial", nlp, text) == {"Arun Mehra", "Vikram Sethi"}


def test_a_named_accused_s_family_still_denies_for_the_group(nlp: Language) -> None:
    # near miss: the owner of the family is accused himself
    text = _ARRESTED + "Mehra's family said they had no role in the collapse."
    assert accused_of("denial", nlp, text) == {"Arun Mehra", "Vikram Sethi"}


# den81: a singular he or she a victim's kin speak of is their own or the one whose kin
# they are ("Y's brother said he was an innocent man"), never the accused followed.
_HELD = "Police in Quetta arrested Asif Raza for the murder of Saleem Akhtar. "


def test_a_victim_s_brother_calling_him_innocent_denies_for_no_one(nlp: Language) -> None:
    text = _HELD + "Saleem's brother said he was an innocent man who had been shot for nothing."
    # "he" is Saleem (or the brother): whatever the clause says of him, not Raza's denial
    assert "Asif Raza" not in accused_of("denial", nlp, text)


def test_a_victim_s_family_maintaining_he_was_innocent_denies_for_no_one(
    nlp: Language,
) -> None:
    text = (
        "Police in Chitwan arrested Ram Tamang for the murder of Hari Gurung. "
        "Gurung's family maintains he was innocent and had never met Tamang."
    )
    assert "Ram Tamang" not in accused_of("denial", nlp, text)


def test_a_victim_s_mother_saying_she_had_never_seen_him_denies_for_no_one(
    nlp: Language,
) -> None:
    text = (
        "Police in Khulna arrested Rubel Sheikh for killing a rickshaw puller, Alam Mia. "
        "Alam's mother said she had never harmed anyone."
    )
    assert accused_of("denial", nlp, text) == set()


def test_the_accused_s_own_brother_still_denies_for_him(nlp: Language) -> None:
    # near miss: the kin's owner is the accused himself
    text = _HELD + "Raza's brother said he was innocent and had been at a wedding that night."
    assert accused_of("denial", nlp, text) == {"Asif Raza"}


def test_his_own_family_still_denies_for_the_accused(nlp: Language) -> None:
    # near miss: "his" family, owned by a pronoun, not by a named victim
    text = _HELD + "His family said he was innocent."
    assert accused_of("denial", nlp, text) == {"Asif Raza"}


def test_a_lawyer_for_the_victim_s_family_leaves_the_accused_s_own_denial(
    nlp: Language,
) -> None:
    # near miss: the accused denies in his own name after the victim's kin spoke
    text = _HELD + "Saleem's brother said he was a kind man. Raza denied the charge."
    assert accused_of("denial", nlp, text) == {"Asif Raza"}
