"""A person joined to the "of" phrase's object but hung by the parser on the noun that owns it.

"granted four days' physical remand of X and the storekeeper": the storekeeper is a second
object of "of" (whose remand), but the parser makes the phrase "the storekeeper" a conjunct of
"remand" itself, beside the measure rather than beside X. A name would be read wherever it
hung; a description ("the storekeeper", "the head clerk") is read only where its grammar
says it is a party. This module reads only the grammar: which conjuncts of the owned noun
stand after its "of" phrase as a bare "the NOUN" or "his NOUN X" (no phrase of its own, so
not "the remand of X and the recovery of the pistol", a second measure); whom such a noun
stands for is the caller's (the report's descriptions, ``DescribedPeople._description_told``).

A lede's list of indefinite descriptions is split the same way ("granted police five days'
physical remand of an excise clerk and a motorcycle mechanic accused of forging files"): where
the phrase's object is "a NOUN", the next "a NOUN" is its next member, and the participle
that closes the list may hang on it (whom each stands for: ``LedeIndefinite``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import indefinite

__all__ = ["conjoined_past_of"]


def conjoined_past_of(prep: Token) -> list[Token]:
    """The common nouns conjoined to ``prep``'s head after ``prep``'s phrase, each "the NOUN"
    or "his NOUN" with nothing hung after it but a name in apposition: the last objects of a
    list the parser split ("remand of X and the storekeeper", "bail of X and his son Y").
    None when the phrase's object is no name (a list of things)."""
    noun = prep.head
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ != "of" or not objects:
        return []
    # "remand of a clerk and a mechanic": a list of indefinite descriptions
    listed = objects[0].pos_ == "NOUN" and indefinite(objects[0])
    if objects[0].pos_ != "PROPN" and not listed:
        return []
    # (the "and" before the conjunct may hang on the phrase's last name: not its end)
    last = max(t.i for t in prep.subtree if not (t.is_punct or t.dep_ == "cc"))
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ != "conj" or c.i <= last or c.pos_ != "NOUN" or c.tag_ != "NN":
            continue
        if c.lemma_.lower() == noun.lemma_.lower():
            continue  # "the remand of X and the remand of Y" is two measures
        between = noun.doc[last + 1 : c.left_edge.i]
        if [t.lower_ for t in between] not in (["and"], [",", "and"]):
            continue  # only the next word of the list, right after the phrase
        marks = [d for d in c.children if d.dep_ in ("det", "poss")]
        # nothing of its own after it but a name in apposition ("and his son X")
        after = [t for t in c.children if t.i > c.i and not t.is_punct and t.dep_ != "appos"]
        if listed:
            # the list's next "a NOUN", the participle closing the list allowed after it
            after = [t for t in after if not (t.dep_ == "acl" and t.tag_ == "VBN")]
            if not indefinite(c) or after:
                continue
            out.append(c)
        elif len(marks) == 1 and _a_person_mark(marks[0]) and not after:
            out.append(c)
    return out


def _a_person_mark(mark: Token) -> bool:
    """Whether a conjunct's determiner marks one person told before: "the" ("the
    storekeeper") or a person's possessive pronoun ("his son X"); not "a", "its"."""
    if mark.dep_ == "det":
        return mark.lower_ == "the"
    return mark.tag_ == "PRP$" and mark.lower_ != "its"
