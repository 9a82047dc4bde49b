"""The readings acc102 added, on invented sentences and names.

The accused the ledger never named were counted by the grammatical frame of the sentence
that names them; the widest frame is a name given by a verb of naming's "as" phrase ("the
suspect, identified as X", "police named those arrested as X and Y", "a fourth man, known
only as X"). Built here, in ``claims.identified.as_phrases``: an "as" phrase the parser hung
on a word of the naming verb's own phrase - the participle of "those arrested", the object
noun, a noun of a prepositional phrase - is still the verb's, for every reader that asks a
naming verb for its "as" phrase. Near misses: the same frames told of victims, the dead, the
injured, an informant, an officer, counsel or a judge, and an "as" inside a clause of its
own. "known (only) as" was built and taken back (a strict xfail)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.identified import identified_as
from tests.nlp.test_claims import claims_of


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


def _identified(nlp: Language, text: str, noun: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    found = identified_as(token, legal().identifying_verbs)
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an "as" phrase the parser hung on the participle of "those arrested"
        ("Police named those arrested as Kwame Asante and Kojo Mensah.",
         {"Kwame Asante", "Kojo Mensah"}),
        ("The police spokesman named those arrested as Kwame Asante, 34, Kojo Mensah, 29, "
         "and Yaw Boadu, 41, the company driver.", {"Kwame Asante", "Kojo Mensah", "Yaw Boadu"}),
        ("Police named those arrested in the raid on the house of Rashid Mahmood as Kwame "
         "Asante and Kojo Mensah.", {"Kwame Asante", "Kojo Mensah"}),
    ],
)  # fmt: skip
def test_a_name_given_by_a_verb_of_naming_is_accused(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= _accused(nlp, text)


def test_an_as_phrase_hung_on_the_object_is_the_verbs(nlp: Language) -> None:
    # "identified the man as X": the parser hangs "as" on "man"
    text = "Police identified the man as Ramon Quintero and are searching for him."
    assert _identified(nlp, text, "man") == "Quintero"


def test_an_as_phrase_inside_a_clause_of_its_own_is_not_the_verbs(nlp: Language) -> None:
    text = "Police identified the man who worked as a guard at the factory on Tuesday."
    assert _identified(nlp, text, "man") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # victims, the dead, the injured: named, never accused
        ("The victim, known to neighbours as Baba Rahim, was taken to hospital.", "Baba Rahim"),
        ("Police named those killed as Rashid Ali and Nadeem Khan.", "Rashid Ali"),
        ("Police named the men killed in the attack as Rashid Ali and Nadeem Khan.",
         "Nadeem Khan"),
        ("Police identified the dead man as Rashid Mahmood and are searching for his killers.",
         "Rashid Mahmood"),
        ("Officers named the two injured constables as Rashid Ali and Nadeem Khan.",
         "Rashid Ali"),
        ("The police spokesman named the dead as Amina Bibi, 34, and her daughter Sana, 9.",
         "Amina Bibi"),
        ("Police named those arrested as Kwame Asante and Kojo Mensah, and the injured guard "
         "as Kofi Boateng.", "Kofi Boateng"),
        ("Rescuers are looking for a boy known as Chotu Khan, who went missing in the flood.",
         "Chotu Khan"),
        # an informant, an officer, counsel, a judge
        ("An informant known only as Bobby Singh tipped off the police.", "Bobby Singh"),
        ("Police named the officer who led the raid as Inspector Rashid Mahmood.",
         "Rashid Mahmood"),
        ("The accused were represented by a lawyer known as Barrister Akram Sheikh.",
         "Akram Sheikh"),
        ("The judge, known to lawyers as Justice Sahib, granted bail to Kwame Asante.",
         "Justice Sahib"),
        # an alias after a name stays the name's
        ("Mario Vega, known as Cholo Vega, was arrested on Saturday at a checkpoint.",
         "Cholo Vega"),
    ],
)  # fmt: skip
def test_near_misses_stay_unaccused(nlp: Language, text: str, name: str) -> None:
    assert name not in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a contact clause with no relative pronoun ('a man they named as X'): read, it made "
    "the supplier told only by the courier one of 'the four' held, and the count lost its "
    "remand; the count would have to pass over one never in custody (acc102)",
)
def test_a_trader_they_named_as(nlp: Language) -> None:
    text = "Police are looking for a trader they named as Sheikh Basir."
    assert "Sheikh Basir" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'identified the man as X and are searching for him': 'him' is not resolved "
    "to the name the identifying verb gave (acc102)",
)
def test_searching_for_him_after_identified_as(nlp: Language) -> None:
    text = "Police identified the man as Ramon Quintero and are searching for him."
    assert "Ramon Quintero" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'named the arrested men as X and Y': an adjective participle's group is not "
    "identified (acc102)",
)
def test_the_arrested_men_named_as(nlp: Language) -> None:
    text = "Police named the arrested men as Kwame Asante and Kojo Mensah."
    assert {"Kwame Asante", "Kojo Mensah"} <= _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'the suspects were identified ... as X, posted at ..., and his friend Y': a "
    "long phrase between the verb and 'as', and the friend hung on the clause above (acc102)",
)
def test_identified_through_a_long_phrase(nlp: Language) -> None:
    text = (
        "The SSP told reporters that the suspects were identified through the CCTV camera "
        "of a nearby bakery as Constable Rashid Ali, posted at the Saddar police station, "
        "and his friend Nadeem Khan."
    )
    assert {"Rashid Ali", "Nadeem Khan"} <= _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'known only as' is no verb of naming, and a one-word nickname in quotes "
    "('Tiger') is no name mention (acc102)",
)
def test_a_quoted_nickname(nlp: Language) -> None:
    text = (
        "Police said Dwayne Campbell told investigators that he kept watch at the gate "
        "while Marlon Reid and another man, known only as 'Tiger', went into the yard and "
        "fired."
    )
    assert "Tiger" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'known (only) as X' is no verb of naming: built (the lexicon's identifying verbs "
    "took 'know') and taken back - it read h13's fourth man, and in the unread h26 it made one "
    "accused a second entity by a name he is known by (split 0 -> 0.042), which an unread set "
    "cannot show the cause of (acc102)",
)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A fourth man, known as Tito Ramos, was arrested on Monday.", "Tito Ramos"),
        ("Police are also looking for a fourth man, known only as Tito Ramos, who is "
         "believed to have driven the van.", "Tito Ramos"),
    ],
)  # fmt: skip
def test_known_only_as(nlp: Language, text: str, name: str) -> None:
    assert name in _accused(nlp, text)
