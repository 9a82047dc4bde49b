"""A charge paper's list opened by a count of its people (``nlp/claims/counted_list.py``),
on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_a_counted_group_set_off_by_a_dash_is_charged(nlp: Language) -> None:
    """ "names four inmates - X, Y, Z and W - and guard V": the count, then the names (the
    tagger takes "names" for a noun and "inmates" for the verb)."""
    text = (
        "The FIR, under IPC sections 302 and 120B, names three inmates - Karan Mehra, "
        "Nitin Bose and Arjun Pillai - and guard Sohan Lal."
    )
    assert accused_of("charge", nlp, text, "charged") == {
        "Karan Mehra",
        "Nitin Bose",
        "Arjun Pillai",
        "Sohan Lal",
    }


def test_a_counted_group_after_a_colon_is_charged(nlp: Language) -> None:
    text = "The complaint names two policemen: Karan Mehra and Nitin Bose."
    assert accused_of("charge", nlp, text) == {"Karan Mehra", "Nitin Bose"}


def test_a_count_of_witnesses_names_no_accused(nlp: Language) -> None:
    """A count of another part's people lists them, not the accused."""
    text = "The chargesheet names 30 witnesses - Karan Mehra, Nitin Bose and Arjun Pillai."
    assert accused_of("charge", nlp, text) == set()
    text = (
        "The FIR, lodged at the city police station, names two lawyers, Karan Mehra and Nitin Bose."
    )
    assert accused_of("charge", nlp, text) == set()
