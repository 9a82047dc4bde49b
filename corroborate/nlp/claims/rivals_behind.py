"""An accusation told as the accused's enemies' doing, in the active voice with the enemies
for subject: "My political rivals are behind this", "My opponents are using this to finish
me", "My opponents have used this tragedy to settle a land matter", "My father's enemies have
written my name". Said by the accused's side (``claims.answers`` asks it through
``made_up.accusation_made_up``, the one place that reads an accusation made by another) it
says the case is the rivals' work, not the accused's deed - a denial, as "the case was
cooked up by a rival" or "he was implicated by his rivals" is.

Read from the parse: a verb, not negated, with no modal ("they will use this"), whose own
subject is an enemy (the legal lexicon's ``rival_nouns``), and that tells one of three
relations to the case:

- the rivals are at its origin: a verb of being with a "behind" phrase
  (``instigation_prepositions``) - "are behind this", "were behind the FIR";
- the rivals use it for an end of their own: a verb of using (``exploiting_verbs``) whose
  object points back at what the report told ("this", "it", "this tragedy", "the case") and
  an infinitive of purpose - "are using this to finish me";
- the rivals put the name in: a verb of writing or naming (``writing_verbs``,
  ``naming_verbs``) with a name for object (``name_nouns``) - "have written my name".

What it returns is the thing pointed at (``Answers`` clears whom it names, else the side that
speaks). Not "the rivals attacked the shop", "my rivals use this road", "my opponents will
use this against me", "my opponents are not behind this".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import negated, to_infinitive

__all__ = ["accusation_by_rivals"]

_LEGAL = legal()
# What points back at the case the report told: "this", "it", "this tragedy", "the case".
_POINTERS = frozenset({"this", "that", "it", "the"})
_WRITING = _LEGAL.writing_verbs | _LEGAL.naming_verbs


def accusation_by_rivals(act: Token) -> Token | None:
    """The thing the accused's enemies are told to be behind, to use or to have written
    (above); None where the clause tells none."""
    if act.pos_ not in ("VERB", "AUX") or negated(act):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return None  # "they will use this against me": what is to come
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in _LEGAL.rival_nouns for c in act.children):
        return None
    lemma = act.lemma_.lower()
    if lemma == "be":
        return next(
            (o for p in act.children
             if p.dep_ == "prep" and p.lower_ in _LEGAL.instigation_prepositions
             for o in p.children if o.dep_ == "pobj" and _points_back(o)),
            None,
        )  # fmt: skip
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if lemma in _LEGAL.exploiting_verbs:
        purpose = any(c.dep_ in ("xcomp", "advcl") and to_infinitive(c) for c in act.children)
        return next((o for o in objects if _points_back(o)), None) if purpose else None
    if lemma in _WRITING:
        return next((o for o in objects if o.lemma_.lower() in _LEGAL.name_nouns), None)
    return None


def _points_back(noun: Token) -> bool:
    """ "this", "it", "this tragedy", "the case": a pronoun or a noun a demonstrative or the
    article points back with - what the report told, not a thing named anew."""
    if noun.lower_ in _POINTERS:
        return True
    return any(c.dep_ == "det" and c.lower_ in _POINTERS for c in noun.children)
