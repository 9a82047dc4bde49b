"""A confession disowned whole: "his client had never confessed to anything", "she had never
admitted anything to the police", "he had been beaten at the police station and had confessed
to nothing".

A verb of confessing whose object (or the object of its "to") is "anything" under a "not" or
"never", or "nothing" with none, says no confession was made at all - which an accused's side
says only of one someone else says he made: the police's, in the report's telling ("the
statement he was said to have made to the police"). So the words tell a confession and its
disowning at once, where the report may tell the confession nowhere else (conf98). A deed
denied ("never confessed to the killing", "never admitted taking the money") is not read here:
it names what was done, and the denial readers read it. Who says it, and whose confession it
is, ``CoercedStatements._confession_denied_whole`` asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import negated
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["confessed_nothing", "confessed_nothing_setting"]


def confessed_nothing(act: Token, lex: LegalLexicon) -> bool:
    """Whether ``act`` is a verb of confessing (``confessing_verbs``) said of no confession at
    all: "anything" (``any_objects``) under a "not" or "never", or "nothing"
    (``negative_objects``) with no "not" - as its object, or the object of its "to"
    ("confessed to anything", "admitted to nothing")."""
    if act.pos_ not in ("VERB", "AUX") or act.lemma_.lower() not in lex.confessing_verbs:
        return False
    what = _what_confessed(act)
    if what is None:
        return False
    if negated(act):
        return what.lower_ in lex.any_objects
    return what.lower_ in lex.negative_objects


def confessed_nothing_setting(act: Token) -> Setting:
    """Where a confession disowned whole was made: the verb's own phrases ("never confessed
    to anything during interrogation", "never admitted anything to the police") - not the
    sentence's, whose court is where it is disowned ("told the court he had confessed to
    nothing") - else in custody: a confession recorded by a court is on its record, and no
    one says he never made it; one the police say he made is denied so."""
    what = _what_confessed(act)
    phrases = [c for c in act.children if c.dep_ in ("prep", "advcl", "npadvmod")
               and (what is None or what not in c.subtree)]  # fmt: skip
    text = " ".join(t.text for p in phrases for t in p.subtree)
    return setting_in(text) or "custodial"


def _what_confessed(act: Token) -> Token | None:
    """What a verb of confessing confessed: its object ("admitted anything to the police"),
    else the object of its "to" ("confessed to nothing"); None where it has neither, or
    several."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    objects = objects or [o for p in act.children if p.dep_ == "prep" and p.lower_ == "to"
                          for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return objects[0] if len(objects) == 1 else None
