"""A carrier who never looked into his load: "he never looked at what was in the sacks", "he
never asked what was under the tarpaulin", "her client did not check what was loaded", "he
did not look in the back". The accused's side, saying he never looked at or asked after what
he carried, says he did not know it - a share in the deed refused, as "did not know what was
in it" refuses it (``no_part.denies_knowing`` asks this, so the same guards hold: only the
accused's side, only of one the report accuses already).

Read from the parse: a negated verb of looking or asking (the legal lexicon's
``looking_verbs``) whose clause - its own, or one an "at" phrase holds ("looked at what was
...") - is a "what" clause of a thing held or put somewhere ("what was in the sacks", "what
was loaded"), or a verb of looking with a place phrase of a load's inside ("did not look in
the back", "never looked inside"). Not "he did not ask what the charge was" (no place: the
clause asks after no load), not "he never looked at the boy" (no clause), not "he looked in
the back" (not negated).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated

__all__ = ["denies_looking"]

_LOOKING = legal().looking_verbs
# Where a load lies: "in the sacks", "under the tarpaulin", "inside the boxes".
_WITHIN = legal().load_place_prepositions
# "look in the back", "looked inside": only a verb of looking into a place
_INTO_A_PLACE = legal().place_looking_verbs


def denies_looking(act: Token) -> bool:
    """Whether ``act`` says its subject never looked at or asked after what a load held
    ("never looked at what was in the sacks", "did not look in the back")."""
    if act.lemma_.lower() not in _LOOKING or not negated(act):
        return False
    clauses = [c for c in act.children if c.dep_ in ("ccomp", "dobj")]
    clauses += [g for c in act.children if c.dep_ == "prep" and c.lower_ == "at"
                for g in c.children if g.dep_ == "pcomp"]  # fmt: skip
    if any(_what_lay_there(c) for c in clauses):
        return True
    return act.lemma_.lower() in _INTO_A_PLACE and any(
        (c.dep_ == "prep" and c.lower_ in _WITHIN and any(g.dep_ == "pobj" for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "inside")
        for c in act.children
    )


def _what_lay_there(clause: Token) -> bool:
    """ "what was in the sacks", "what was loaded onto the truck": a clause whose subject is
    "what", told with a place it lay or was put."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    what = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in clause.children)
    placed = any(c.dep_ == "prep" and c.lower_ in _WITHIN for c in clause.children)
    return what and placed
