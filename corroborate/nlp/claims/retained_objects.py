"""A court's grant or refusal written as the second predicate of a passive: "X was produced
before the magistrate and granted post-arrest bail", "X was charged with theft and refused
bail", "X was arrested on Sunday and given three days' physical remand".

The second verb has no subject and no auxiliary of its own, and the tagger often makes it a
past tense ("granted" VBD) with an object, the shape of an act its subject does after the
first ("X was arraigned and pleaded not guilty": ``hung_subject.passive_subject_acts``). But
a verb of giving or withholding keeps what is given as its object in the passive ("X was
granted bail"): where that object is bail, remand, custody or its extension and the clause
names no one it is given to (no second object, no "to" or "for" phrase: "X was arrested and
granted bail to Y" is no reading of either), it is the passive's own second predicate -
the subject got bail, and granted none (read as the court, the subject was no accused and
the grant was lost: lf37).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["retained_grant"]

_LEX = legal()

# The prepositions that name the one a grant is given to ("granted bail to Y", "remand for Y").
_RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})
# What a grant or refusal kept as a passive's object gives: bail, remand, custody or its
# extension (joined once, not on every call).
_HELD = _LEX.bail_nouns | _LEX.remand_nouns | _LEX.custody_nouns | _LEX.extension_nouns


def retained_grant(verb: Token) -> bool:
    """Whether ``verb`` (a subjectless conjunct after a passive) is a grant or refusal of
    bail or remand kept as the object of a passive ("and granted bail", "and refused bail",
    "and given five days' remand"), with no one named it is given to."""
    if verb.lemma_.lower() not in _LEX.retained_object_verbs:
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False  # "and granted him bail": given to someone named
    recipients = [c for c in verb.children if c.dep_ == "prep"
                  and c.lower_ in _RECIPIENT_PREPOSITIONS]  # fmt: skip
    if any(
        o.dep_ == "pobj" and o.pos_ in ("PROPN", "PRON") for p in recipients for o in p.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _HELD or o.lower_ in _HELD for o in objects)
