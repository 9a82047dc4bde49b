"""An accusation said to serve another end: "he had been named only to settle an old land
dispute", "his client was implicated merely to defeat his bail application", "he was named
in the FIR just to pressure his family". A passive verb of accusing with a clause of purpose
the words restrict ("only", "merely": the lexicon's ``restrictive_adverbs``) says the
accusation was made for that end and not for any deed - a false implication, as "was
falsely implicated" or "implicated by his rivals" says (``Answers._clears``).

Read from the parse: the passive verb (one of the lexicon's ``accuse_verbs``) has an
infinitive of purpose ("to settle", an ``xcomp`` or ``advcl`` with "to") on which, or on the
verb itself, a restrictive adverb stands. Without the restriction it is no denial: "he was
named to head the inquiry", "was implicated to the extent that ...". So too a clause or
phrase of reason the words restrict ("named only because he works on that canal", "implicated
merely because of his caste"): the only ground told is no deed.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import to_infinitive

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
        and to_infinitive(c)
    ]  # fmt: skip
    # "named only because he works on that canal", "implicated merely because of his
    # caste": a reason the words restrict is the accusation's only ground - no deed
    purposes += [c for c in act.children if _a_reason(c)]
    return any(_restricted(p) or (_restricted(act) and p.i > act.i) for p in purposes)


def _a_reason(word: Token) -> bool:
    """A clause of reason ("because he works there": an ``advcl`` marked so) or a phrase of
    one ("because of his caste": the mark with its "of" - not "named only as a witness", a
    bare phrase of the role named in)."""
    reasons = _LEGAL.reason_marks
    if word.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in reasons for c in word.children)
    return (
        word.dep_ == "prep"
        and word.lower_ in reasons
        and any(c.dep_ == "pcomp" and c.pos_ == "ADP" for c in word.children)
    )


def _restricted(word: Token) -> bool:
    """ "only", "merely", "just", "simply" standing on ``word``."""
    return any(c.dep_ == "advmod" and c.lower_ in _LEGAL.restrictive_adverbs for c in word.children)
