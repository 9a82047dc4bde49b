"""The grammar dfor50 added to denials spoken for an accused by someone else: a description
whose compound words tell which of several so titled it is ("clerk X and head clerk Y ...
the head clerk's son said his father ...", ``Sides._titled_one``), a stretch of time the
parser hung as the object of a phrase's noun it took for a verb ("at the gate for the
visitors' count the whole evening", ``alibis._stretch_misread_as_object``), and a lawyer
"speaking for" one or several so titled (``Counsel._acting_for``, ``_titled_for``).
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_TWO_CLERKS = "Police arrested clerk Tam Orrin and head clerk Corin Vasey on Monday. "
_TWO_TRADES = "Police charged butcher Corin Vasey and driver Pell Brady with cattle theft. "


def test_the_head_clerk_s_son_speaks_for_the_head_clerk(nlp: Language) -> None:
    text = (
        _TWO_CLERKS + "The head clerk's son, Devan Hale, said his father was at the main "
        "gate the whole evening."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_the_head_clerk_speaks_for_himself_among_two_clerks(nlp: Language) -> None:
    text = _TWO_CLERKS + "The head clerk said he was at the main gate the whole evening."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_compound_no_title_was_written_with_tells_no_one(nlp: Language) -> None:
    # "senior clerk": neither clerk was so titled, so which one is meant is not told
    text = (
        _TWO_CLERKS + "The senior clerk's son, Devan Hale, said his father was at the main "
        "gate the whole evening."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_stretch_hung_on_a_noun_read_as_a_verb_is_the_alibi_s_time(nlp: Language) -> None:
    text = (
        _TWO_CLERKS + "The head clerk's son, Devan Hale, said his father was at the main "
        "gate for the visitors' count the whole evening."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_phrase_with_no_stretch_tells_no_alibi(nlp: Language) -> None:
    text = (
        _TWO_CLERKS + "The head clerk's son, Devan Hale, said his father was at the main "
        "gate for the visitors' count."
    )
    assert accused_of("denial", nlp, text) == set()


def test_speaking_for_a_titled_accused_names_the_client(nlp: Language) -> None:
    text = (
        _TWO_TRADES + "Speaking for the butcher, attorney Imke Dorsey said her client was innocent."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_speaking_for_two_titled_accused_names_both(nlp: Language) -> None:
    text = (
        _TWO_TRADES + "Speaking for the butcher and the driver, attorney Imke Dorsey said "
        "her clients were innocent."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey", "Pell Brady"}


def test_speaking_to_reporters_names_no_client(nlp: Language) -> None:
    text = _TWO_TRADES + "Speaking to reporters, attorney Imke Dorsey said her client was innocent."
    assert "Pell Brady" not in accused_of("denial", nlp, text)
