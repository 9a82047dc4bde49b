"""Bail the parser read as a verb: "the judge denied X bail", "the magistrate refused him bail".

After a verb that gives or refuses bail, a person and the bare word "bail" are its two
objects, but the small English model often makes "bail" a verb - a clause of its own
(``ccomp``, ``xcomp``, ``dep``) with no subject or object - and the person the verb's
direct object. The word is the bail the verb gives or refuses, and the object is whom it is
given or refused to: "denied X bail" is "denied bail to X" (a remand), "granted X bail" is
"granted bail to X". Not "refused to bail him out" or "declined to bail X" (an infinitive,
with its own object or particle: the verb sense of bailing someone, read as any bail verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["bail_read_as_clause"]

# How the parser hangs a bare "bail" it took for a verb on the verb that gives or refuses it
_CLAUSES = frozenset({"ccomp", "xcomp", "dep"})
# The dependents that make the "bail" a verb of its own: "to bail him out", "he bails"
_OWN_VERB = frozenset({"aux", "dobj", "prt", "nsubjpass", "mark"})


def _named_before(child: Token) -> bool:
    """Whether a dependent of the "bail" clause is whom the bail is for: its subject ("him
    bail") or a name made its compound ("Dubois bail")."""
    return child.dep_ == "nsubj" or (child.dep_ == "compound" and child.pos_ == "PROPN")


def bail_read_as_clause(verb: Token, lex: LegalLexicon) -> tuple[Token, list[Token]] | None:
    """The "bail" of "denied X bail" that the parser hung on ``verb`` as a clause, and whom
    it is given or refused to: ``verb``'s direct object before it ("denied X bail"), or the
    clause's own subject or name compound between the two ("denied him bail", parsed as "him
    bail"; "refused Dubois bail", parsed as a noun "Dubois bail"). None
    where there is no such "bail", or it is a verb of its own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ not in _CLAUSES or child.lemma_.lower() not in lex.bail_nouns:
            continue
        if child.i < verb.i or any(c.dep_ in _OWN_VERB for c in child.children):
            continue
        # "him bail" (a subject) or "Dubois bail" (a name made the compound of "bail")
        subjects = [c for c in child.children if _named_before(c)]
        if subjects and all(verb.i < s.i < child.i for s in subjects) and not objects:
            return child, subjects
        if not subjects and objects and all(o.i < child.i for o in objects):
            return child, objects
    return None
