"""A recipient told with their occupation that the parser read as an infinitive of purpose:
"handed a 15-year jail term to manpower operator X" parsed as "to manpower" (a verb of
purpose) taking "operator X" as its object. An infinitive's object starts after a determiner
or is a bare name; one that starts right after the "verb" with a common noun compounded to a
proper name ("operator X", "agent X") is the occupation before a name, so the "to" is the
preposition of the one the award goes to. Time given to do something ("gave him two years
to repay the loan", "to find a surety") keeps its purpose.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["recipient_read_as_purpose"]

# The dependencies a purpose clause hangs by on the verb or the term.
_PURPOSES = frozenset({"xcomp", "advcl", "acl", "relcl"})


def recipient_read_as_purpose(purpose: Token) -> Token | None:
    """The proper name that ``purpose`` (an infinitive the parser made of "to" + an
    occupation noun) took as its object, when the "infinitive" is really an occupation
    before a name: "to travel agent X" (``travel`` read as a verb, ``X`` its object)."""
    if purpose.dep_ not in _PURPOSES or purpose.tag_ != "VB" or purpose.i == 0:
        return None
    to = purpose.doc[purpose.i - 1]
    if to.lower_ != "to" or to.head.i != purpose.i:
        return None
    objects = [c for c in purpose.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    if len(objects) != 1 or objects[0].left_edge.i != purpose.i + 1:
        return None
    name = objects[0]
    between = purpose.doc[purpose.i + 1 : name.i]
    # an occupation noun compounded to the name ("operator", "agent") comes first
    first = between[0] if len(between) else None
    if first is None or first.pos_ != "NOUN" or first.dep_ != "compound" or not first.is_lower:
        return None
    return name
