"""Where the small parser cut the apposition of a description and a name.

"The driver, X, 34, was arrested" is one person told twice, but the parser often hangs the
two phrases apart: as two subjects of one verb, the name as the noun's conjunct, or a later
item of a list of described people on the item before it. ``DescribedPeople`` asks these
shapes whether a noun and the name after its comma still rename each other.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.nlp.mentions.persons_places import a_persons_word

__all__ = ["listed_pair", "next_item", "split_apposition", "split_subjects"]


def split_subjects(noun: Token, name: Token) -> bool:
    """Whether ``noun`` and the name headed by ``name`` are two subjects of one verb, no
    "and" or "or" between them (the parser's split of "The driver, X, 34, was arrested"); or
    the noun, a person's word opening the sentence, hung on that verb as a bare adverbial
    noun or an unlabelled dependent of the verb or of the name, the name its subject (the
    same split, "driver" taken for "Last week,")."""
    subjects = ("nsubj", "nsubjpass")
    if name.dep_ not in subjects:
        return False
    if noun.dep_ == name.dep_:
        if noun.head != name.head:
            return False
    elif noun.dep_ not in ("npadvmod", "dep") or noun.head not in (name.head, name):
        return False
    elif noun.left_edge.i != noun.sent.start or not a_persons_word(noun.lemma_.lower()):
        return False
    return not any(t.dep_ == "cc" for t in noun.doc[noun.i + 1 : name.i])


def split_apposition(noun: Token, name: Token) -> bool:
    """Whether the name headed by ``name``, right after ``noun`` and its comma, is the
    noun's apposition the parser cut: hung on the noun as a conjunct, or on the noun's own
    head as a bare noun-phrase modifier, with no "and" or "or" between them."""
    cut = name.dep_ == "conj" and name.head == noun
    cut = cut or name.dep_ == "npadvmod" and name.head == noun.head and noun.dep_ == "dobj"
    return cut and not any(t.dep_ == "cc" for t in noun.doc[noun.i + 1 : name.i])


def listed_pair(noun: Token, name: Token, by_token: Mapping[int, object]) -> bool:
    """Whether ``noun`` and the name headed by ``name`` after it are one item of a list of
    described people whose first item is itself "the NOUN, NAME" ("The guard, X, 33, the
    driver, Y, 41, and a loader, Z"): the noun opens its item (a determiner or owner of its
    own, a comma before it) and the parser hangs it on the item before, with the name its
    conjunct or apposed beside it to the same word; a noun after a name that no description
    opened ("X, the driver, Y") may describe X, and is left alone."""
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    if noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    earlier = noun.head
    pair = name.dep_ == "conj" and name.head == noun
    pair = pair or name.dep_ == noun.dep_ == "appos" and name.head == earlier
    if not pair or noun.dep_ != "appos" or earlier.i not in by_token:
        return False
    opened = earlier.left_edge.i
    return (
        opened >= 2
        and noun.doc[opened - 1].text == ","
        and noun.doc[opened - 2].is_lower
        and noun.doc[opened - 2].pos_ == "NOUN"
    )


def next_item(word: Token, by_token: Mapping[int, object]) -> bool:
    """Whether ``word``, a child of a description apposed to a name, is a conjunct that holds
    a name of its own after a comma: the next item of a list the parser hung on the
    description ("X, the technician, and Y"; "X, manager of Z, and a driver, Y"), not a word
    of it ("X, a driver and cook")."""
    before = word.doc[max(word.left_edge.i - 2, 0) : word.left_edge.i]
    named = any(t.i in by_token for t in word.subtree)
    return word.dep_ == "conj" and named and any(t.text == "," for t in before)
