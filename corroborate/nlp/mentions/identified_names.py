"""A name told as who a person is by an identifying verb's "as" phrase, whatever NER typed it.

Reports name people after telling what befell them: "police identified them in court as X, of
Hamar, and Y", "a trader whom they named as X", "the suspect was identified as X". The small
English NER model types many names it has seen little of (Nordic, Slavic, African, South
Asian) as an organisation or a place there, and the person is lost. The noun or pronoun the
verb identifies says what the name is: a pronoun for a person ("him", "her"; "them" for two
words or more, as a list of people is written), a relative "whom"/"who" on a noun for a
person, or such a noun itself ("the driver", "a man": ``persons_places.a_persons_word``).
What identifies a firm, a place or a vessel ("the company was named as X", "identified the
vessel as X") names no person. The identifying verbs are the lexicon's
(``legal.identifying_verbs``), and so are the pronouns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.grammar import PATIENT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["identified_as_a_person"]


def identified_as_a_person(span: Span, a_persons_word: Callable[[str], bool]) -> bool:
    """Whether ``span`` is the object of the "as" of an identifying verb whose identified noun
    or pronoun is a person; the first of co-ordinated names stands for all ("as X and Y").
    ``a_persons_word`` (a word -> bool) tells a noun for a person (``persons_places``')."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in legal().identifying_verbs:
        return False
    several = len([t for t in span if t.is_alpha]) >= 2
    identified = [c for c in verb.children if c.dep_ in PATIENT_DEPS]
    if verb.dep_ in ("acl", "relcl"):
        identified.append(verb.head)  # "a man identified as X", "a man whom they named as X"
    return any(_a_person(word, several, a_persons_word) for word in identified)


def _a_person(word: Token, several: bool, a_persons_word: Callable[[str], bool]) -> bool:
    lower = word.lower_
    if word.pos_ == "PRON":
        if lower in name_words().personal_pronouns:
            return True
        # "them" may be things; a list of people is written with names of two words or more
        return several and lower in legal().plural_pronouns
    # a relative ("whom they named as X") stands for its noun, read as the clause's head
    return word.pos_ == "NOUN" and word.is_lower and a_persons_word(word.lemma_.lower())
