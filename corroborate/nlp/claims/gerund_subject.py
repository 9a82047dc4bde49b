"""The subject the parser took for the object of a gerund before it: "During questioning the
operator admitted that ...", "After interrogation the driver confessed" are parsed with
"questioning" a gerund taking "the operator" as its object, so "admitted" seems to have no
subject. A finite verb must have one: where a clause opens with a preposition whose gerund's
object ends right before the verb's own words (its auxiliaries, adverbs, a comma), and the
verb has no subject of its own, that object is its subject. Not where the verb has a subject
("During questioning the suspect, police said, he admitted": "he"), nor a gerund whose object
stands apart from the verb ("after questioning the driver for hours, police released him").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import OWN_SUBJECT_DEPS

__all__ = ["subject_hung_on_gerund"]

# The verb's own words that may stand between its subject and it: auxiliaries, a negation,
# an adverb ("the operator later admitted"), a comma.
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})
# Finite tags: a participle or gerund may have no subject of its own ("questioned, he said").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def subject_hung_on_gerund(verb: Token) -> Token | None:
    """The noun the parser hung as the object of a gerund in the phrase that opens ``verb``'s
    clause, ending right before the verb's own words; None where there is none or the verb
    has a subject of its own."""
    children = list(verb.children)
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in children):
        return None
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(s.dep_ in OWN_SUBJECT_DEPS for a in auxes for s in a.children):
        return None
    finite = verb.tag_ in _FINITE or any(a.tag_ in _FINITE or a.tag_ == "MD" for a in auxes)
    # "said that during questioning the mechanic admitted": a past the tagger took for a
    # participle, finite all the same as the head of a "that" clause or of the sentence
    opened = verb.tag_ == "VBN" and (
        verb.dep_ == "ROOT" or any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    )
    if not finite and not opened:
        return None
    for prep in (c for c in children if c.dep_ == "prep" and c.i < verb.i):
        for gerund in (g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"):
            objects = [o for o in gerund.children if o.dep_ == "dobj" and o.i > gerund.i]
            if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
                continue
            noun = objects[0]
            if noun.right_edge.i != gerund.right_edge.i:
                continue  # the gerund goes on past its object: it is its own
            between = verb.doc[noun.right_edge.i + 1 : verb.i]
            if all(t.head == verb and t.dep_ in _BETWEEN for t in between):
                return noun
    return None
