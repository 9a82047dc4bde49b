"""Which of a family a short name stands for: a relative told after the name ("Kamala
Adhikari, Adhikari's wife"; "who is Adhikari's wife") leaves the bare surname to the other
bearer (``nlp.mentions.kin_after``); a given name written with the title one full name was
given ("Sardar Iqbal" after "Sardar Iqbal Khan Jadoon" and his sons "Bilal Iqbal", "Hamza
Iqbal") is that one (``nlp.mentions.same_title``). Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import claims_of

ARRESTED_WITH_WIFE = (
    "Police in Pokhara arrested Gopal Adhikari, a travel agent, and Kamala Adhikari,"
    " Adhikari's wife, on Sunday over a visa fraud."
)
ARRESTED_WIFE_ABSCONDING = (
    "Police in Pokhara arrested Gopal Adhikari, a travel agent, on Sunday over a visa fraud."
    " Kamala Adhikari, who is Adhikari's wife, is absconding."
)
ARRESTED_TOGETHER = (
    "Police in Pokhara arrested Gopal Adhikari and Kamala Adhikari on Sunday over a visa fraud."
)
ADHIKARI_DENIED = "\n\nAdhikari denied the charge before the district court."

BOOKED_WITH_SONS = (
    "Police in Vehari booked {title}Iqbal Khan Jadoon, a landlord, and his sons Bilal Iqbal"
    " and Hamza Iqbal for the murder of a tenant.\n\n{short} Iqbal denied the charge, saying"
    " he had been in Multan that night."
)


def _deniers(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) if c.kind == "denial" for p in c.participants}


def _short_names(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return [m.name for m in find_mentions(doc) if text[m.start : m.end] == word]


def test_a_wife_told_by_apposition_after_her_name(nlp: Language) -> None:
    text = ARRESTED_WITH_WIFE + ADHIKARI_DENIED
    assert _deniers(nlp, text) == {"Gopal Adhikari"}
    assert set(_short_names(nlp, text, "Adhikari")) == {"Gopal Adhikari"}


def test_a_wife_told_by_a_relative_clause_after_her_name(nlp: Language) -> None:
    text = ARRESTED_WIFE_ABSCONDING + ADHIKARI_DENIED
    assert _deniers(nlp, text) == {"Gopal Adhikari"}


def test_guard_a_pair_named_together_stays_no_ones(nlp: Language) -> None:
    """No kin told: the report named a pair of the surname and did not say which."""
    assert _deniers(nlp, ARRESTED_TOGETHER + ADHIKARI_DENIED) == {"Adhikari"}


def test_the_title_the_father_was_given_tells_him_from_his_sons(nlp: Language) -> None:
    text = BOOKED_WITH_SONS.format(title="Sardar ", short="Sardar")
    assert _deniers(nlp, text) == {"Iqbal Khan Jadoon"}


def test_guard_a_title_no_one_was_given_tells_nothing(nlp: Language) -> None:
    """ "Mr Iqbal": no full name was written after "Mr", so the title does not choose the
    father; the short name keeps the reading it had (not the father)."""
    text = BOOKED_WITH_SONS.format(title="Sardar ", short="Mr")
    assert "Iqbal Khan Jadoon" not in _deniers(nlp, text)


def test_guard_the_title_given_to_no_full_name(nlp: Language) -> None:
    """The father's full name written without the title: "Sardar Iqbal" is not matched to
    him by a title he was never given."""
    text = BOOKED_WITH_SONS.format(title="", short="Sardar")
    assert "Iqbal Khan Jadoon" not in _deniers(nlp, text)
