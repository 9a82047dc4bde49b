"""The deed told as done in a belief that the thing was lawful: "he had inherited the wells and
had believed they were legal", "her husband had bought the ornaments believing them to be
genuine gold", "his client thought the certificates were authentic" (lfd32). No word of it
denies, yet said by the accused's side it answers the charge as "in good faith" does
(``claims.lawful_dealing``, which asks this): the accused took what he dealt in for what it
passed for, so meant no crime. Like a lawful deal it clears only one the report accuses
already, and only in the words of the accused's side (``Answers._denied_in_content``): a
detective telling that X "believed the papers were genuine" is no denial.

Read from the parse (``believed_lawful``): a verb of believing (the dealing lexicon's
``believing_verbs``), not negated, whose own clause (a "that" clause, or the "them to be"
clause the parser makes of an object and its infinitive) says a thing is lawful or genuine -
its predicate an adjective of the lexicon's ``lawful_adjectives`` ("were legal"), or the
predicate noun's own ("to be genuine gold") - and that clause not negated ("believed they were
not genuine" admits the crime). The believing may be the clause's verb ("had believed they
were legal") or a participle on the deed's verb ("bought the ornaments believing them to be
genuine"), so the deed's verb is read too. Not a belief of another thing ("believed the
shop was open"), nor a clause inside the believed one ("believed the agent said it was
legal": the agent's word, not the accused's belief).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dealing import dealing
from corroborate.nlp.grammar import negated

__all__ = ["believed_lawful"]

_LEX = dealing()
# The predicates of a believed clause: an adjective ("were legal") or a noun ("to be genuine
# gold", "was a legitimate business") whose own adjective says it.
_PREDICATES = frozenset({"acomp", "attr", "oprd"})


def believed_lawful(act: Token) -> bool:
    """Whether ``act`` is a verb of believing the thing lawful, or a deed done so (above)."""
    if _believes_lawful(act):
        return True
    # "bought the ornaments believing them to be genuine": the participle on the deed
    return not negated(act) and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and _believes_lawful(c) for c in act.children
    )


def _believes_lawful(verb: Token) -> bool:
    """A verb of believing, not negated, whose own clause says the thing lawful."""
    if verb.lemma_.lower() not in _LEX.believing_verbs or negated(verb):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and _says_lawful(c) for c in verb.children) or any(
        c.dep_ == "oprd" and _lawful_word(c) for c in verb.children
    )


def _says_lawful(clause: Token) -> bool:
    """A clause, not negated, whose predicate is lawful: "they were legal", "them to be
    genuine gold"."""
    if negated(clause):
        return False
    return any(c.dep_ in _PREDICATES and _lawful_word(c) for c in clause.children)


def _lawful_word(predicate: Token) -> bool:
    """ "legal", or a noun with its adjective: "genuine gold", "a legitimate business"."""
    if predicate.lemma_.lower() in _LEX.lawful_adjectives:
        return predicate.pos_ == "ADJ"
    return predicate.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in _LEX.lawful_adjectives and not negated(c)
        for c in predicate.children
    )
