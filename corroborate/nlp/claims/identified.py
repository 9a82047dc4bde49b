"""Who a noun or a pronoun is, told by an identifying verb's "as" phrase.

Police reports and the wire name people after telling what befell them: "The suspect,
identified as X, was arrested", "police arrested a man identified as X", "Two men have been
charged ... They were named as X and Y", "Police identified them as X and Y". The noun (or
pronoun) and the name after "as" are one person, so what the sentence - or a lede before it -
does to the noun it does to the name. The words of identifying are the lexicon's
(``identifying_verbs``); this module reads only the grammar that joins the two.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import PATIENT_DEPS

__all__ = ["as_phrases", "identified_as"]

# the links of a verb's own phrase: its objects, their prepositions' objects and modifiers,
# and a participle on a noun ("those arrested"); never a clause (relcl, ccomp, advcl, conj)
_PHRASE_DEPS = frozenset(
    {"dobj", "nsubjpass", "pobj", "prep", "acl", "compound", "amod", "poss", "npadvmod", "appos"}
)


def identified_as(noun: Token, verbs: Collection[str]) -> Token | None:
    """The object of the "as" phrase of an identifying verb that tells who ``noun`` is: the
    participle describing it ("the suspect, identified as X"; or the name it gives, "a man
    named X"), or the verb whose object or passive subject it is ("identified them as X and
    Y", "she was identified as X"), or a relative clause on it whose "whom" is the verb's
    object ("a man whom police named as X"), or a participle set off right after it that the
    parser hung on its verb ("arrested two men, identified as X and Y"). None when no
    identifying verb tells who it is."""
    verbs_of = [c for c in noun.children if c.dep_ == "acl" or _relative_of(c)]
    if noun.dep_ in PATIENT_DEPS:
        verbs_of.append(noun.head)
    set_off = _participle_set_off_after(noun)
    if set_off is not None:
        verbs_of.append(set_off)
    for verb in verbs_of:
        if verb.lemma_.lower() not in verbs:
            continue
        if verb.dep_ == "acl" and verb.head.i == noun.i:
            # "a man named X": the participle's object predicate is the name it gives
            given = next((c for c in verb.children if c.dep_ == "oprd"), None)
            if given is not None:
                return given
        for prep in as_phrases(verb):
            found = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def as_phrases(verb: Token) -> list[Token]:
    """The "as" phrases of an identifying verb: its own, or - where it has none - the first
    one the parser hung on a word of the verb's own phrase to its right ("named those
    arrested as X": on "arrested"; "identified the man as X": on "man"; "identified through
    the camera of a bakery as X": on "bakery"), or on the noun a clause of it describes, right
    after the clause ("a man whom police named as X"). Only through nouns, prepositions and
    participles of the law's taking (``_within_phrase``): an "as" inside a clause of its own
    ("identified the man who worked as a guard") is that clause's."""
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if own:
        return own
    for word in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if word.dep_ == "prep" and word.lower_ == "as" and _within_phrase(word.head, verb):
            return [word]
    after = verb.right_edge.i + 1
    if verb.dep_ in ("acl", "relcl") and after < len(verb.doc):
        word = verb.doc[after]
        if word.dep_ == "prep" and word.lower_ == "as" and word.head.i == verb.head.i:
            return [word]
    return []


def _within_phrase(word: Token, verb: Token) -> bool:
    """Whether ``word`` hangs from ``verb`` through nouns and prepositions only (no clause of
    its own between), or through a participle of the law's taking on a noun ("those
    arrested", "the men charged"). Not any other participle: "named those killed as X" tells
    who the dead are, and a naming verb that reads an offence would make them accused."""
    taking = _taking_verbs()
    while word.i != verb.i:
        if word.dep_ not in _PHRASE_DEPS or word.head.i == word.i:
            return False
        if word.dep_ == "acl" and word.lemma_.lower() not in taking:
            return False
        word = word.head
    return True


@cache
def _taking_verbs() -> frozenset[str]:
    """The verbs of the law's taking, built once: arrest and charge verbs."""
    lex = legal()
    return frozenset({*lex.arrest_verbs, *lex.charge_verbs})


def _participle_set_off_after(noun: Token) -> Token | None:
    """The participle the parser hung on the clause's verb that is set off by a comma right
    after the verb's object: "police arrested two men, identified as X and Y" (an adverbial
    clause of "arrested", though it tells who the men are). Only a bare past participle with
    no subject of its own that opens the words right after the object's comma: "arrested two
    men after they were identified as X" is the clause's own subject's, "arrested two men,
    having identified them as" a verb of its own."""
    if noun.dep_ != "dobj":
        return None
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    participle = doc[comma + 1]
    if (
        participle.dep_ != "advcl" or participle.tag_ != "VBN" or participle.head.i != noun.head.i
        or participle.left_edge.i != participle.i
    ):  # fmt: skip
        return None
    return participle


def _relative_of(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause whose "who" or "whom" is its verb's object or
    passive subject ("a man whom police named as X", "a man who was identified as X"): the
    clause's verb then identifies the noun it describes, as a participle on it does."""
    if clause.dep_ != "relcl":
        return False
    return any(
        c.dep_ in PATIENT_DEPS and c.tag_ == "WP" and c.lower_ in ("who", "whom")
        for c in clause.children
    )
