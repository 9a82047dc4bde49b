"""A common noun NER took into a person's name as its first word: "Nurse Ayesha Siddiqa",
"Driver Rabindra Shahi", "Cook Tenzin Norbu" at a sentence's start or as a title.

NER often takes such a word in and then types the whole an organisation or a building
("Nurse X" an ORG, "Driver X" a FAC), so the person is lost to every later step. The word is
a description, not a name, when the tagger reads it as a common noun in spite of its
capital, the lexicon knows it for a person's part ("the prosecutor"), or the same document
writes it in lower case ("the nurse", "a cook": a name is never written so), and it stands
before a given name that opens a run of proper nouns. What follows it is then a person's
name, whatever NER typed the whole.

Not cut: a title after the noun ("Detective Sergeant X": the name's words must be name
words, no title, role, acronym or head word), a first word that is itself a given name
("Park Ji-hoon", whose "park" a document may also write as a noun), a run with a body's head
word ("Nurse Fatima Memorial Hospital"), and a run shorter than a given name and a second
name ("Driver Rabindra" alone stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.nlp import names
from corroborate.nlp.mentions.given_names_before import name_part
from corroborate.nlp.person_words import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["descriptor_before_name"]


def descriptor_before_name(tokens: list[Token]) -> bool:
    """Whether ``tokens[0]`` is a common noun describing the person ``tokens[1:]`` names."""
    if len(tokens) < 3:
        return False
    first, given = tokens[0], tokens[1]
    rest = tokens[1:]
    if not (first.is_alpha and first.is_title) or is_first_name(first.text):
        return False
    if first.dep_ not in ("compound", "nmod", "amod") or first.head.i not in {t.i for t in rest}:
        return False  # it hangs on the name it describes
    if not is_first_name(given.text):
        return False
    if not all(name_part(t) for t in rest):
        return False  # "Detective Sergeant X": a title after the noun is no given name
    if any(t.lower_ in names.ORG_HEADS or t.lower_ in names.PLACE_HEADS for t in tokens):
        return False
    return _a_common_noun(first)


def _a_common_noun(word: Token) -> bool:
    """A noun the tagger reads as common despite its capital, one the lexicon knows for a
    person's part, or one the document writes in lower case elsewhere: its capital is the
    sentence's or a title's, not a name's."""
    lower = word.lower_
    if word.tag_ in ("NN", "NNS") or lower in PERSON_NOUNS or word.lemma_.lower() in PERSON_NOUNS:
        return True
    forms = {lower, word.lemma_.lower(), lower.removesuffix("s")}
    return any(
        t.is_lower and t.pos_ == "NOUN" and (t.lower_ in forms or t.lemma_ in forms)
        for t in word.doc
        if t.i != word.i
    )
