"""The reading lfa26 added: someone the law wants, told as a state rather than by the
offence - "X remains wanted", "X has been declared wanted" (a verb of staying or declaring
with the participle of wanting for complement), "X is wanted under a European arrest warrant"
(the participle's "on"/"under" phrase naming a warrant) - stands accused
(``claims.wanted_state`` in ``Sought``). Invented sentences and names; near misses where the
wanting is everyday, by someone other than the law, for another part, or only possible."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.wanted_state import wanted_complement, wanted_on_a_warrant
from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # wire copy (Baltic): the civil-law status given to an absent suspect
        ("The alleged supplier, Tomas Berzins, has been declared wanted.", "Tomas Berzins"),
        # wire copy (Central Europe): a relative clause between the name and the state
        ("A Slovak haulier, Marek Hudak, who drove the van to the border, has been declared "
         "wanted by the police.", "Marek Hudak"),
        # a verb of staying
        ("A Dutch lorry driver, Pieter Bakker, who loaded the crates in Rotterdam, remains "
         "wanted.", "Pieter Bakker"),
        # Bangladeshi district report: past tense, a warrant phrase on the participle
        ("Another accused, Rubel Hossain, remained wanted on an arrest warrant issued by the "
         "Chief Judicial Magistrate's court.", "Rubel Hossain"),
        # a passive participle wanted under a warrant, no offence named
        ("The organiser, Milan Horvat, is wanted under an international arrest warrant.",
         "Milan Horvat"),
        # Nepali English: a verb of staying, the name before its noun
        ("Suresh Karki, the agent who collected the premiums, remains wanted, the District "
         "Police Office said.", "Suresh Karki"),
    ],
)  # fmt: skip
def test_wanted_as_a_state_accuses(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday wanting, no state of the law
        "Nina Petrova was wanted at the front desk.",
        # wanted by someone other than the law
        "Coach Jan Novak remains wanted by two clubs.",
        # wanted for another part
        "The cashier, Olga Ivanova, remains wanted as a witness.",
        # only possible
        "The broker, Ivo Kral, may be declared wanted next week.",
        # a wish, not a state: the relative wants something
        "The victim's brother, Amit Das, wanted the police to act.",
        # a declaring verb with another complement
        "The judge, Eva Lind, declared the hearing closed.",
    ],
)  # fmt: skip
def test_other_wanting_accuses_no_one(nlp: Language, text: str) -> None:
    assert not accused_of("accusation", nlp, text)


def test_the_complement_and_the_warrant_on_their_own(nlp: Language) -> None:
    doc = nlp("The driver, Lars Holm, remains wanted on a European arrest warrant.")
    remains = next(t for t in doc if t.lower_ == "remains")
    participle = wanted_complement(remains, legal())
    assert participle is not None and participle.lower_ == "wanted"
    assert wanted_on_a_warrant(participle, legal())
    doc = nlp("The singer, Lars Holm, remains wanted at the festival.")
    remains = next(t for t in doc if t.lower_ == "remains")
    participle = wanted_complement(remains, legal())
    assert participle is None or not wanted_on_a_warrant(participle, legal())
