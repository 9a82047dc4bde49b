"""The reading list84 added: an arrest told by a participle put first, the people after "be"
("Arrested were the owner, X, and his accountant, Y", "Also detained was the driver, X",
"Detained were the director, X, and two clerks, Y and Z" - the last with "Detained" tagged a
proper noun at a paragraph's head) - ``claims.fronted_participle``. Invented sentences and
names; near misses where the fronted word is no arrest, or the "be" names no one taken."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.fronted_participle import fronted_participle_lemma, named_after_be
from tests.nlp.test_claims import accused_of

BEFORE = "Officers found a pipe under the yard.\n\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the participle the root, the people the attribute of its "were"
        (
            "Arrested were the owner, Lars Berg, and his accountant, Eva Lind.",
            {"Lars Berg", "Eva Lind"},
        ),
        ("Also arrested was the driver, Olof Sand.", {"Olof Sand"}),
        ("Also detained was the farm's manager, Olof Sand, on Friday.", {"Olof Sand"}),
        # "Detained" tagged a proper noun at the paragraph's head, subject of "were"
        (
            BEFORE + "Detained were the director, Lars Berg, and two clerks, Eva Lind and "
            "Olof Sand.",
            {"Lars Berg", "Eva Lind", "Olof Sand"},
        ),
        (
            BEFORE + "Detained were the firm's director, Lars Berg, and two inspectors of the "
            "district office, Eva Lind and Olof Sand, who checked the meter every month.",
            {"Lars Berg", "Eva Lind", "Olof Sand"},
        ),
        # read before: the participle parsed as the subject of "be", names right after it
        (
            "Arrested were Tomas Veldre, 68, a driver, and the principal, Anna Ilves, 71.",
            {"Tomas Veldre", "Anna Ilves"},
        ),
    ],
)
def test_a_fronted_arrest_takes_whom_be_names(nlp: Language, text: str, names: set[str]) -> None:
    assert accused_of("arrest", nlp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a fronted participle that is no arrest
        "Questioned were the owner, Lars Berg, and his accountant, Eva Lind.",
        BEFORE + "Injured were the driver, Lars Berg, and a passenger, Eva Lind.",
        "Also present were the owner, Lars Berg, and his accountant, Eva Lind.",
        # what "be" names is no one taken
        "Arrested was what the family of Lars Berg had feared most.",
    ],
)
def test_no_arrest_of_whom_be_names(nlp: Language, text: str) -> None:
    assert not accused_of("arrest", nlp, text) & {"Lars Berg", "Eva Lind"}


def test_the_lemma_of_a_participle_tagged_a_name(nlp: Language) -> None:
    doc = nlp(BEFORE + "Detained were the director, Lars Berg, and a clerk, Eva Lind.")
    word = next(t for t in doc if t.text == "Detained")
    assert word.tag_ == "NNP"  # the mis-tag the reading is for
    assert fronted_participle_lemma(word, legal().arrest_verbs) == "detain"
    assert [t.text for t in named_after_be(word)] == ["director"]
    # not fronted before "be": a name, a word not ending in a past ending
    doc = nlp("Lars Berg was arrested on Friday.")
    assert fronted_participle_lemma(doc[0], legal().arrest_verbs) is None
    assert named_after_be(doc[3]) == []
