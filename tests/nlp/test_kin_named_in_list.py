"""A kin noun with a name of its own in a list the parser hung on the list's first name:
"Karim Dostani, who owns the land; his son Faisal Dostani; and a driver" is parsed with "son"
in apposition to Karim Dostani. The son is Faisal Dostani, not Karim Dostani: the mention
stage keeps the bare surname for Karim (``mentions.kin_after.names_its_own``), and the claim
reader reads "his son" as Faisal alone, so a later "his son" in a court's order is Faisal
(``claims.descriptions``). A kin noun with no name of its own ("Faisal Dostani, his son,
was held") still says whose relative the name is. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of

ARRESTED = (
    "Three men were arrested at the farm: Karim Dostani, who owns the land; his son Faisal"
    " Dostani; and a driver, Nadeem Akhtar.\n\n"
)
ARRESTED_COMMAS = (
    "Police on Friday arrested Karim Dostani, his son, Faisal Dostani, and a driver, Nadeem"
    " Akhtar, over the theft of fertiliser.\n\n"
)


def _ruled(nlp: Language, text: str, outcome: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "ruling" and c.outcome == outcome
        for p in c.participants
        if p.role == "accused"
    }


def _relatives(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "role"
        for p in c.participants
        if p.role == "relative"
    }


def test_the_bare_surname_stays_the_fathers(nlp: Language) -> None:
    text = ARRESTED + "On Monday, a magistrate sent Dostani to jail on judicial remand."
    assert _ruled(nlp, text, "remanded") == {"Karim Dostani"}


def test_the_bare_surname_stays_the_fathers_with_a_granted_bail(nlp: Language) -> None:
    text = ARRESTED + "Dostani was granted bail by a sessions judge on Tuesday."
    assert _ruled(nlp, text, "bail") == {"Karim Dostani"}


def test_the_list_with_the_son_named_between_commas(nlp: Language) -> None:
    text = ARRESTED_COMMAS + "On Monday, a magistrate sent Dostani to jail on judicial remand."
    assert _ruled(nlp, text, "remanded") == {"Karim Dostani"}


def test_only_the_named_son_is_a_relative(nlp: Language) -> None:
    assert _relatives(nlp, ARRESTED) == {"Faisal Dostani"}


def test_his_son_in_the_courts_order_is_the_named_son(nlp: Language) -> None:
    text = ARRESTED + "On Monday, a magistrate handed his son over to police on physical remand."
    assert _ruled(nlp, text, "remanded") == {"Faisal Dostani"}


def test_the_listed_father_son_and_driver_are_all_remanded(nlp: Language) -> None:
    text = (
        ARRESTED + "On Monday, Judicial Magistrate Tariq Rana handed Dostani, his son and the"
        " driver over to police on four-day physical remand."
    )
    assert _ruled(nlp, text, "remanded") == {"Karim Dostani", "Faisal Dostani", "Nadeem Akhtar"}


def test_near_miss_a_kin_noun_with_no_name_of_its_own_describes_the_name(nlp: Language) -> None:
    """ "Faisal Dostani, his son, ...": the apposition says whose relative he is; the bare
    surname stays the father's."""
    text = (
        "Police on Friday arrested Karim Dostani over the theft of fertiliser. Faisal"
        " Dostani, his son, was questioned and let go.\n\nA magistrate sent Dostani to jail"
        " on judicial remand on Monday."
    )
    assert _relatives(nlp, text) >= {"Faisal Dostani"}
    assert _ruled(nlp, text, "remanded") == {"Karim Dostani"}


def test_near_miss_the_victims_named_son_is_no_party(nlp: Language) -> None:
    """A victim's son named in apposition is no one the court rules on."""
    text = (
        "Police arrested Nadeem Akhtar on Friday for beating the farmer Karim Dostani and his"
        " son Faisal Dostani.\n\nA magistrate sent Akhtar to jail on judicial remand."
    )
    assert _ruled(nlp, text, "remanded") == {"Nadeem Akhtar"}


def test_near_miss_the_lawyer_named_after_the_accused(nlp: Language) -> None:
    """ "X, his lawyer Y, and ...": the lawyer is Y; X is no counsel and stays the accused."""
    text = (
        "Karim Dostani, his lawyer Imran Shah, and two police officers appeared before the"
        " magistrate on Monday.\n\nThe magistrate sent Dostani to jail on judicial remand."
    )
    assert _ruled(nlp, text, "remanded") == {"Karim Dostani"}
    defence = {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "defence"}
    assert "Karim Dostani" not in defence
