"""An accusation told as made up by someone: the accused's side saying "the police made up
the case", "his rivals cooked up the charges against him", "the inspector fabricated the whole
story", "they foisted this case on my son", or in the other voice "the case was made up by
the SHO" - the accused accusing the accusers.

``Answers._accusation_dismissed`` reads an accusation whose own predicate calls it false ("the
case was fabricated", "the charges are baseless") and ``_called_false`` one a verb of calling
calls so. Neither reads a verb of making up with the accusation for its object: the words of
dismissal are adjectives and participles, and "made up" or "invented" is the deed of
whoever the speaker blames. One reader of the relation serves any verb of the class (the legal
lexicon's ``fabricating_verbs``, with the particle a phrasal verb needs) and any noun that
heads an accusation, a charge or an account of what happened.

Guards: not negated ("nobody made up the case" is no denial, nor "did not invent the
story"); no modal ("they will invent a case"); an accusation, a charge or an account for the
thing made ("made up a reason", "staged a protest" tell nothing of the case), not a
confession ("the police fabricated his confession" takes a statement back: the retraction
reader's); and a maker who is not the speaker's side ("I made up the story" owns a lie, "he
invented the claim" may be the accused's own): a first- or third-person singular pronoun
makes nothing. Whom it clears is ``Answers``'s: the one the accusation names ("the case
against him"), else the side that speaks. The accused's enemies told as behind the case,
using it or writing his name in ("My rivals are behind this") made it too
(``rivals_behind``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.rivals_behind import accusation_by_rivals
from corroborate.nlp.grammar import negated

__all__ = ["accusation_made_up"]

_LEGAL = legal()
# What may be made up: an accusation, a charge or case, an account of what happened - never a
# confession (a statement taken back) nor what is merely reported.
_MADE_UP = (
    _LEGAL.accusation_nouns | _LEGAL.charge_nouns | _LEGAL.version_nouns
) - _LEGAL.statement_or_confession_nouns
# Makers who may be the speaker's own side: "I made it up", "he invented the claim".
_OWN_SIDE = frozenset({"i", "we", "he", "she", "me", "us", "him", "her"})


def accusation_made_up(act: Token) -> Token | None:
    """The accusation a verb of making up makes, told by its maker in the active voice or
    with the accusation for its passive subject (above); None when it makes none."""
    if act.pos_ not in ("VERB", "AUX") or negated(act):
        return None
    by_rivals = accusation_by_rivals(act)  # "My rivals are behind this": the rivals' work
    if by_rivals is not None:
        return by_rivals
    particles = [c.lower_ for c in act.children if c.dep_ == "prt"]
    verb = " ".join([act.lemma_.lower(), *particles])
    if verb not in _LEGAL.fabricating_verbs:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in act.children):
        return None  # "they will invent a case": what is to come
    passive = [c for c in act.children if c.dep_ == "nsubjpass"]
    if passive:
        return next((s for s in passive if s.lemma_.lower() in _MADE_UP), None)
    makers = [c for c in act.children if c.dep_ == "nsubj"]
    if not makers or any(m.lower_ in _OWN_SIDE for m in makers):
        return None
    return next(
        (o for o in act.children if o.dep_ == "dobj" and o.lemma_.lower() in _MADE_UP), None
    )
