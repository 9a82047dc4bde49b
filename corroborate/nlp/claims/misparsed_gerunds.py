"""The gerund a verb of admitting takes where the parser did not hang it as the verb's object:
"X, in a recorded police interview, admitted opening parcels" (the parser makes "opening" a
compound of "parcels", the object), "X, in his account to detectives, acknowledged drilling the
wells" (the parser makes "drilling" an adverbial clause of the verb).

An admission told after a phrase set off by commas between its subject and its verb - reports
outside South Asia tell where it was made so ("X, in a statement under caution, admitted ...",
"Y, in her interview with investigators, acknowledged ...") - is parsed so most often. The
gerund is the admitter's own deed as surely as a gerund the parser hangs as the object
("admitted opening parcels" is "admitted that he opened parcels"), so where the admission was
made in custody it is a confession whatever words tell the deed
(``OwnAdmissions._admits_own_deed_told_there``).

Only the word right after the verb: "admitted the missing money" (a determiner first) names a
thing, and a clause after a comma ("admitted it, saying he was afraid") is another telling.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["misparsed_gerunds"]

# How the parser hangs a gerund that opens the object: a compound or modifier of its noun.
_ON_THE_OBJECT = frozenset({"compound", "amod"})


def misparsed_gerunds(verb: Token) -> list[Token]:
    """The gerunds right after ``verb`` that the parser hung elsewhere than as its object: a
    gerund opening the verb's direct object ("admitted | opening parcels": ``opening`` a
    compound of ``parcels``) or an adverbial gerund with no marker of its own
    ("acknowledged | drilling the wells")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return []
    word = doc[verb.i + 1]
    # the parser tags a gerund it makes a word of the object a noun as often ("opening"):
    # a word in "-ing" there is the gerund too
    noun_tagged = word.tag_ == "NN" and word.lower_.endswith("ing")
    if word.tag_ != "VBG" and not noun_tagged:
        return []
    opens_object = (
        word.dep_ in _ON_THE_OBJECT
        and word.head.dep_ == "dobj"
        and word.head.head == verb
        and word.head.left_edge == word
    )
    adverbial = (
        word.tag_ == "VBG"
        and word.dep_ == "advcl"
        and word.head == verb
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in word.children)
    )
    return [word] if opens_object or adverbial else []
