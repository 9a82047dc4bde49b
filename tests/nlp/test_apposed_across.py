"""A person the parser apposed across its verb, given back to the person before its comma
(``nlp.apposed_across``), on invented sentences and names.

"The tribunal rejected the state's appeal against the acquittal of X, his son Y and Z": the
small parser hangs "son" on the clause's subject, across the verb, so Y and Z leave the
acquittal's list; an apposition stands next to what it renames, so "son" is X's. Near misses:
a list's member the parser apposed ("survived by his widow, three sons and a daughter"), an
apposition next to its own noun, a word set off that is no person; victims and officers stay
out of the accused. The parts of acc101's class not built are strict xfails.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.apposed_across import rehang_apposed_across
from tests.nlp.test_claims import claims_of


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The tribunal rejected the state's appeal against the acquittal of contractor Malik "
         "Sajjad Dogar, his son Malik Imran Dogar and former clerk Ghulam Ali Shah.",
         {"Malik Sajjad Dogar", "Malik Imran Dogar", "Ghulam Ali Shah"}),
        ("The bench rejected the petition of the victim's mother against the acquittal of "
         "landlord Malik Sajjad Dogar, his son Malik Imran Dogar and former patwari Ghulam Nabi "
         "Shah, saying the evidence was thin.",
         {"Malik Sajjad Dogar", "Malik Imran Dogar", "Ghulam Nabi Shah"}),
    ],
)  # fmt: skip
def test_a_son_apposed_across_the_verb_stays_in_the_acquittals_list(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= _accused(nlp, text)


def _doc(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str],
         ents: list[str]) -> Doc:  # fmt: skip
    lemmas = [w.lower() for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_a_name_apposed_across_its_verb_renames_the_person_noun_before_its_comma(
    nlp: Language,
) -> None:
    # "Batteries were sold to his brother in the city , Karim Memon , who fled ." with the
    # name apposed to "Batteries" across "sold": it renames the brother ("city" is no person)
    words = ["Batteries", "were", "sold", "to", "his", "brother", "in", "the", "city", ",",
             "Karim", "Memon", ",", "who", "fled", "."]  # fmt: skip
    heads = [2, 2, 2, 2, 5, 3, 5, 8, 6, 2, 11, 0, 11, 14, 11, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "prep", "det", "pobj",
            "punct", "compound", "appos", "punct", "nsubj", "relcl", "punct"]  # fmt: skip
    pos = ["NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]  # fmt: skip
    ents = ["O"] * 10 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    doc = rehang_apposed_across(_doc(nlp, words, heads, deps, pos, ents))
    assert doc[11].head.text == "brother"
    assert doc[11].dep_ == "appos"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "ents", "index", "head"),
    [
        # a list's member the parser apposed: "Mr Karim is survived by his widow, three sons
        # and a daughter" - "sons" has its own conjunct, so it is left on "Karim"
        (["Karim", "is", "survived", "by", "his", "widow", ",", "three", "sons", "and", "a",
          "daughter", "."],
         [2, 2, 2, 2, 5, 3, 5, 8, 0, 8, 11, 8, 2],
         ["nsubjpass", "auxpass", "ROOT", "agent", "poss", "pobj", "punct", "nummod",
          "appos", "cc", "det", "conj", "punct"],
         ["PROPN", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "NUM", "NOUN", "CCONJ",
          "DET", "NOUN", "PUNCT"],
         ["B-PERSON"] + ["O"] * 12, 8, "Karim"),
        # an apposition next to its own noun: "The driver , Karim Memon , was charged ."
        (["The", "driver", ",", "Karim", "Memon", ",", "was", "charged", "."],
         [1, 7, 1, 4, 1, 1, 7, 7, 7],
         ["det", "nsubjpass", "punct", "compound", "appos", "punct", "auxpass", "ROOT",
          "punct"],
         ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
         ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"], 4, "driver"),
        # no person set off: "The court fined the firm , a sum ..." - "sum" is no person
        (["The", "court", "fined", "the", "firm", ",", "a", "sum", "."],
         [1, 2, 2, 4, 2, 2, 7, 1, 2],
         ["det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "punct"],
         ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT"],
         ["O"] * 9, 7, "court"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_parse(
    nlp: Language,
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str],
    ents: list[str],
    index: int,
    head: str,
) -> None:
    doc = rehang_apposed_across(_doc(nlp, words, heads, deps, pos, ents))
    assert doc[index].head.text == head


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Karim Memon is survived by his widow, three sons and a daughter.", "Karim Memon"),
        # a group of victims is never the accused
        ("The three labourers, Ali Raza, Saleem Khan and Nadir Shah, were killed when the "
         "wall collapsed. The contractor, Imtiaz Butt, was arrested.", "Ali Raza"),
        # nor the officers who arrested them
        ("Inspector Bashir Ahmed and Sub-Inspector Khalid Mehmood arrested the two men, Imtiaz "
         "Butt and Naveed Iqbal, on Monday.", "Khalid Mehmood"),
    ],
)  # fmt: skip
def test_victims_officers_and_kin_lists_accuse_no_one(nlp: Language, text: str, name: str) -> None:
    assert name not in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a counted group resolved to the persons it counts where the count and the named "
    "persons agree ('Police named X, Y and Z. The three suspects were produced before a "
    "magistrate'): not built (acc101)",
)
def test_a_counted_group_reaches_the_persons_it_counts(nlp: Language) -> None:
    text = (
        "Police named Kofi Danso, Ebo Mensah and Kwesi Ampah. The three suspects were produced "
        "before a magistrate on charges of kidnapping."
    )
    assert {"Kofi Danso", "Ebo Mensah", "Kwesi Ampah"} <= _accused(nlp, text)


def test_those_arrested_named_as(nlp: Language) -> None:
    # acc101's strict xfail, read since acc102: the "as" phrase the parser hung on the
    # participle is the identifying verb's (``identified._as_phrases``)
    text = "Police named those arrested as Kofi Danso and Ebo Mensah."
    assert {"Kofi Danso", "Ebo Mensah"} <= _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'taken into custody along with Y': the companion of a phrasal arrest is not "
    "read (acc101)",
)
def test_taken_into_custody_along_with(nlp: Language) -> None:
    text = "Rafiq Jokhio was taken into custody along with Imran Shah, the driver of a pickup."
    assert "Imran Shah" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'upheld the acquittal of X, his son Y and Z': the kin noun parsed otherwise than "
    "across the verb, so the repair does not reach it (acc101)",
)
def test_an_upheld_acquittal_of_a_kin_list(nlp: Language) -> None:
    text = (
        "The bench upheld the acquittal of landlord Chaudhry Tariq Bhatti, his son Chaudhry "
        "Imran Bhatti and former patwari Ghulam Nabi Shah, saying the evidence was thin."
    )
    assert "Chaudhry Imran Bhatti" in _accused(nlp, text)
