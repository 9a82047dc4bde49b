"""A name the parser hung past the noun it renames, across a preposition's phrase of the verb.

"Police arrested X in Pokhara for killing a tourist guide, Y": the small parser often hangs
"Y", the apposition of "guide" after its comma, on "arrested" as a second object; in "A youth
was arrested in Pokhara for killing a tourist guide, Y" it hangs it on "youth" as that
noun's apposition - either way the one killed reads as the one arrested. A name written right
after a comma that closes a preposition's phrase of the verb, whose last word is a common noun
("a tourist guide", "the death of a worker"), renames that noun: a report names the victim,
the owner or the payer so, never the verb's object or subject again past the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["renames_a_phrase_noun"]

# the words a verb's own party is hung by: its object, or the apposition of its subject or
# object noun
_HUNG_ON_THE_VERB = frozenset({"dobj"})
_HUNG_ON_ITS_NOUN = frozenset({"appos"})
_PARTIES = frozenset({"dobj", "nsubj", "nsubjpass"})


def renames_a_phrase_noun(name: Token) -> bool:
    """Whether ``name``, a proper noun hung on a verb as a second object or on the verb's
    subject or object noun as its apposition, follows a comma that closes a preposition's
    phrase of that verb ending in a common noun - the verb's party before that phrase and no
    "and" or "or" between: the noun's apposition, not the party's. A verb with no party
    before the phrase keeps the name ("arrested, in a raid on Sunday, X": the phrase is
    fronted, X the one arrested); a phrase of the party's own noun is not the verb's ("the
    owner of the shop, X": X is the owner, ``listed_names.apposed_nearer`` reads that)."""
    if name.pos_ != "PROPN":
        return False
    if name.dep_ in _HUNG_ON_THE_VERB:
        verb = name.head
        party = next((c for c in verb.children if c.dep_ == name.dep_ and c.i < name.i), None)
    elif name.dep_ in _HUNG_ON_ITS_NOUN and name.head.dep_ in _PARTIES:
        verb, party = name.head.head, name.head
    else:
        return False
    start = name.left_edge.i
    if party is None or start < 2 or name.doc[start - 1].text != ",":
        return False
    noun = name.doc[start - 2]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.dep_ not in ("dobj", "pobj"):
        return False
    # the noun lies inside a preposition's phrase of the verb written after its party
    phrase = next((a for a in noun.ancestors if a.head == verb and a != verb), None)
    if phrase is None or phrase.dep_ != "prep" or not party.i < phrase.i < noun.i:
        return False
    return not any(t.dep_ == "cc" for t in name.doc[phrase.i : start])
