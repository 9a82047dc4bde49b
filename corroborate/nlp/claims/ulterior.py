"""An accusation said to serve another end: "he had been named only to settle an old land
dispute", "his client was implicated merely to defeat his bail application", "he was named
in the FIR just to pressure his family". A passive verb of accusing with a clause of purpose
the words restrict ("only", "merely": the lexicon's ``restrictive_adverbs``) says the
accusation was made for that end and not for any deed - a false implication, as "was
falsely implicated" or "implicated by his rivals" says (``Answers._clears``).

Read from the parse: the passive verb (one of the lexicon's ``accuse_verbs``) has an
infinitive of purpose ("to settle", an ``xcomp`` or ``advcl`` with "to") on which, or on the
verb itself, a restrictive adverb stands. Without the restriction it is no denial: "he was
named to head the inquiry", "was implicated to the extent that ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["accused_for_another_end"]

_LEGAL = legal()


def accused_for_another_end(act: Token) -> bool:
    """Whether a passive verb of accusing is said to have been done only for some other end
    (above)."""
    if act.lemma_.lower() not in _LEGAL.accuse_verbs:
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
        return False
    purposes = [
        c for c in act.children
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]  # fmt: skip
    return any(_restricted(p) or (_restricted(act) and p.i > act.i) for p in purposes)


def _restricted(word: Token) -> bool:
    """ "only", "merely", "just", "simply" standing on ``word``."""
    return any(c.dep_ == "advmod" and c.lower_ in _LEGAL.restrictive_adverbs for c in word.children)
