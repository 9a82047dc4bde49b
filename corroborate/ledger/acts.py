"""What is alleged: the act labels the ledger groups allegations by (``data/acts.json``).

The act of a quote is read where the text is (``nlp.acts.act_of``) and stored with the claim
or attribution; here are the labels the ledger itself decides with. The labels are general
crime categories, never names, so swapping names cannot change an act.
"""

from __future__ import annotations

from corroborate.lexicon.acts import acts_lexicon

__all__ = ["EVIDENCE_CHALLENGES", "GENERIC", "RELATIONAL"]

_LEX = acts_lexicon()
# Acts that relate the accused to someone else: the accused are the patrons named.
RELATIONAL = _LEX.relational
# A denial that cites these contests the evidence, not a particular act.
EVIDENCE_CHALLENGES = _LEX.evidence_challenges
GENERIC = _LEX.generic
