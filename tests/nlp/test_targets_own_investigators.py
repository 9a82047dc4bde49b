"""Investigators telling what investigators did (``targets.target_office``'s "investigator"):
"Superintendent of Police X said police recovered the notes from the courier" - the police are
the speaker's own side acting on the case, never the one the content accuses, whatever entity
the word "police" finds in the ledger (an office cut from the speaker's name, "Superintendent
of Police", leaves no person named "Police ..." for it to find). Another party's speaker, or
one who is no investigator, keeps "police" as the target. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import extract_text


def _office(nlp: Language, text: str) -> str | None:
    [told] = [a for a in extract_text(text, nlp) if a.target and a.target.lower() == "police"]
    return told.target_office


@pytest.mark.parametrize(
    "text",
    [
        "Superintendent of Police Arjun Bahadur Karki said police recovered 300 counterfeit "
        "notes from the courier.",
        "Inspector Mirela Costa said police seized 40 kilograms of heroin from the truck.",
        "Deputy Superintendent of Police Farida Yusufzai said police seized counterfeit notes "
        "from the cashier.",
    ],
)
def test_investigators_speaking_of_police_accuse_no_police(nlp: Language, text: str) -> None:
    assert _office(nlp, text) == "investigator"


@pytest.mark.parametrize(
    "text",
    [
        # another party's speaker, or no investigator at all
        "The lawyer for the police officer said police beat the boy to death in the cell.",
        "Shopkeeper Arjun Bahadur Karki said police tortured his son in custody.",
        "Rina Osei, the victim's sister, said police tortured her brother in custody.",
    ],
)
def test_others_speaking_of_police_keep_the_police(nlp: Language, text: str) -> None:
    assert _office(nlp, text) is None
