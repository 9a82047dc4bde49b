"""An order's small clause its parse leaves out of shape (``Custody._held_by_order``): a
bare participle hung on the order's object as a reduced relative ("ordered the three held
in detention"), or taken as the order's clause with its subject parsed as the order's
object ("ordered the owner and the inspector detained"); the first of co-ordinated objects
("ordered the guard and the driver held")."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.phrase_names import ACTIVE_SUBJECTS

__all__ = ["hung_small_clause", "object_of_order", "subjectless_small_clause"]

# A bare participle as the tagger may give it, a past tense where it has no auxiliary.
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def object_of_order(noun: Token) -> Token:
    """The first of the co-ordinated objects ``noun`` ends ("ordered the guard and the driver
    held": the parser hangs the small clause's participle on "driver", the last), or
    ``noun`` itself."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun


def hung_small_clause(verb: Token) -> bool:
    """Whether a bare past participle hung on a verb's object as a reduced relative is that
    verb's small clause ("ordered the three held in detention": "held" an ``acl`` of
    "three"): the object's verb takes no other complement ("allowed the men held there to
    see a lawyer": a clause of its own says what is allowed, and "held" only says which men)
    and the participle has no auxiliary or "by" agent of its own."""
    noun = object_of_order(verb.head)
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "dobj" or verb.i < noun.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "agent", "mark") for c in verb.children):
        return False
    order = noun.head
    complements = ("xcomp", "ccomp", "oprd", "dative")
    if any(c.dep_ in complements for c in order.children):
        return False
    # "allowed the guard and the driver held there to call their families": the parser
    # hangs what is allowed on the last object beside the participle
    return not any(c.i != verb.i and _an_infinitive(c) for c in verb.head.children)


def subjectless_small_clause(verb: Token) -> bool:
    """Whether a bare participle an order takes as its clause has no subject of its own,
    its subject parsed as the order's object before it ("ordered the owner and the inspector
    detained": "detained" a ``ccomp`` of "ordered", the two its objects)."""
    if verb.tag_ not in _PARTICIPLE_TAGS or verb.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", *ACTIVE_SUBJECTS) for c in verb.children):
        return False
    return any(o.dep_ == "dobj" and o.i < verb.i for o in verb.head.children)


def _an_infinitive(word: Token) -> bool:
    """Whether ``word`` heads a clause with "to" ("to call their families")."""
    return word.dep_ in ("acl", "relcl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in word.children
    )
