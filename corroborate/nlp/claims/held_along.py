"""Whom "along with" joins to a court's step: "X is in the district jail on judicial remand
along with Y and Z", "X was sent to jail along with Y", "X was granted bail along with Y" -
the people the phrase names undergo the remand or bail too, as they do an arrest, a charge
or a conviction (``Doers._along_with`` finds them).

Never the court's companions: in "Judge Y, alongside Judge Z, remanded X" the phrase stands
between the subject that gives the ruling and its verb, so Z sits with the court, not with
the held (a passive's or a staying verb's subject is the one held: "X, alongside Y, was
convicted").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named

__all__ = ["HELD_OR_BAILED", "joined_to_the_ruled", "shares_the_step"]

# The court's steps a person joined by "along with" shares: held on remand, freed on bail
# (a conviction's is read where the ruling verb is: ``Reader._read``)
HELD_OR_BAILED = frozenset({"remanded", "bail"})


def joined_to_the_ruled(draft: Draft, verb: Token, joined: list[Named]) -> list[Named]:
    """The people ``joined`` (by "along with" on ``verb``) who share the ruling ``draft``
    tells: not those inside the subject of a verb whose subject is the draft's court."""
    courts = [n for role, n in draft.parties.values() if role == "court"]
    ruling = [
        c for c in verb.children if c.dep_ == "nsubj"
        and any(c.left_edge.idx <= n.start < c.right_edge.idx + len(c.right_edge) for n in courts)
    ]  # fmt: skip
    # from the court's subject to the verb: the parser hangs a comma-set "alongside Z"
    # between them on the subject or on the verb
    spans = [(s.left_edge.idx, max(verb.idx, s.right_edge.idx + 1)) for s in ruling]
    return [n for n in joined if not any(a <= n.start < b for a, b in spans)]


def shares_the_step(draft: Draft, verb: Token) -> bool:
    """Whether ``draft`` is a remand or bail read at ``verb`` itself that holds someone
    already: the step an "along with" on the verb extends."""
    return (
        draft.kind == "ruling"
        and draft.outcome in HELD_OR_BAILED
        and draft.cue.i == verb.i
        and bool(draft.accused)
    )
