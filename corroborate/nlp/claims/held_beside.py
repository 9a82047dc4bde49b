"""A holding told beside an arrest: "X was arrested in Pokhara, while Y was held in Butwal".

"Held" alone is many things (a meeting held, held at gunpoint, held hostage); a report that
joins it to an arrest of another ("while", "and", "as") tells the same act twice in two
words, so the one held is arrested too. Only the grammar that joins the clauses is read
here; which verbs arrest and which hold are the lexicon's.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["held_beside_an_arrest"]

# How one clause hangs on the other: a conjunct ("X was arrested and Y held") or an adverbial
# clause ("..., while Y was held in Butwal").
_JOINED = frozenset({"conj", "advcl"})
# The entity types of a place or a time.
_WHERE_AND_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# What a holding verb may take that says what one is held as, not where or when.
_PREDICATES = frozenset({"oprd", "xcomp", "acomp", "attr", "npadvmod", "dobj", "ccomp"})


def held_beside_an_arrest(verb: Token, arrest_verbs: Collection[str]) -> bool:
    """Whether the holding verb ``verb``, in the passive, is joined to a clause whose verb
    arrests: its head, or a clause hung on it."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in _PREDICATES for c in verb.children):
        return False  # "held hostage", "held responsible": held as something, not arrested
    # where and when only ("held in Butwal", "held on Tuesday"): "held at gunpoint", "held
    # in a cellar" tell what befell a victim
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(o.pos_ != "PROPN" and o.ent_type_ not in _WHERE_AND_WHEN for o in objects):
        return False
    joined = [verb.head] if verb.dep_ in _JOINED and verb.head.i != verb.i else []
    joined += [c for c in verb.children if c.dep_ in _JOINED]
    return any(j.lemma_.lower() in arrest_verbs for j in joined)
