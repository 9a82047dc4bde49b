"""What is alleged: the act labels the ledger groups allegations by (``data/acts.json``).

The act of a quote is read where the text is (``nlp.acts.act_of``) and stored with the claim
or attribution; here are the labels the ledger itself decides with. The labels are general
crime categories, never names, so swapping names cannot change an act.
"""

from __future__ import annotations

from corroborate.lexicon.acts import acts_lexicon

__all__ = ["EVIDENCE_CHALLENGES", "GENERIC", "RELATIONAL", "statement_act"]

_LEX = acts_lexicon()
# Acts that relate the accused to someone else: the accused are the patrons named.
RELATIONAL = _LEX.relational
# A denial that cites these contests the evidence, not a particular act.
EVIDENCE_CHALLENGES = _LEX.evidence_challenges
GENERIC = _LEX.generic


# Statements about a statement: a confession (or admission, retraction) and a denial.
_ON_EVIDENCE = frozenset({"confession", "admission", "retraction", "denial"})


def statement_act(kind: str, act: str | None) -> str | None:
    """The act an event of ``kind`` is about. A confession or a denial whose act word
    contests the evidence ("his confession was extracted under torture", "statements made
    under duress") tells how a statement was obtained, not what the confessor or the one
    who denies did: it is about no act (a denial then answers, as one naming none). Decided
    here for claims and attributions alike."""
    if kind in _ON_EVIDENCE and act in EVIDENCE_CHALLENGES:
        return None
    return act
