"""A share in the deed refused: "his client had no role in the incident", "he had no part in
it", "she never had any hand in the killing"; or knowledge of it ("his client never knew the
boys were in trouble", "I did not know what they carried"). The accused's side, saying the
accused held no share in what the report tells, denies the deed - as "had nothing to do
with the murder" does (``Answers._clears``), though no crime need be named: the report told
it, and "the incident" or "it" points back to it.

Read from the parse: a verb of having whose object is a noun of a share (the legal
lexicon's ``part_nouns``, the nouns a confession admits) determined by "no" ("no role"), or
by "any" under a negation ("never had any hand"); or a negated verb of knowing
(``knowing_verbs``) that knows something - a clause or an object - or one that knows
"nothing" of a thing its phrase names ("knew nothing of the drugs"), or no means of knowing
("had no way of knowing what was in the bundles"). Like an alibi it clears
only one already accused (``Answers._denied_in_content``): a witness who "had no role in the
raid" is accused of nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.asked_how_known import asked_how_known
from corroborate.nlp.grammar import negated, to_infinitive

__all__ = ["a_way_of_knowing", "denies_a_part", "denies_knowing"]

_PARTS = legal().part_nouns
_KNOWING = legal().knowing_verbs
_NOTHING = legal().negative_objects


def denies_a_part(act: Token) -> bool:
    """Whether ``act`` says its subject had no share in a deed ("had no role in the incident",
    "never had any hand in the killing")."""
    if act.lemma_.lower() != "have":
        return False
    act_negated = negated(act)
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PARTS and _none_of(c, act_negated)
        for c in act.children
    )


def _none_of(noun: Token, negated: bool) -> bool:
    """ "no role"; "any role" where the verb is negated ("did not have any role")."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return "no" in dets or (negated and "any" in dets)


def denies_knowing(act: Token) -> bool:
    """Whether ``act`` says its subject did not know something ("never knew the boys were in
    trouble", "did not know anything about it"): a negated verb of knowing with a clause or
    an object - an abettor's or harbourer's share denied."""
    if act.lemma_.lower() not in _KNOWING:
        return False
    if asked_how_known(act):
        return True  # "How would I know who uses them?" (``claims.asked_how_known``)
    if not negated(act):
        # "knew nothing of the drugs": the object itself says none was known - of the thing
        # its phrase names, so a bare "knew nothing" (of what?) is left alone
        nothing = [c for c in act.children if c.dep_ == "dobj" and c.lower_ in _NOTHING]
        return any(p.dep_ == "prep" for c in [*nothing, act] for p in c.children) and bool(nothing)
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in act.children)


def a_way_of_knowing(noun: Token) -> bool:
    """Whether an object is a means of knowing ("had no way of knowing what was in the
    bundles", "had no way to know"): a noun whose "of" phrase or infinitive is a verb of
    knowing - so that "no" on it, like "no idea", says nothing was known (``Answers._clears``
    asks for the "no"). "no way to pay the fine" is no knowing."""
    verbs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pcomp"]  # fmt: skip
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")
              and to_infinitive(c)]  # fmt: skip
    return any(v.lemma_.lower() in _KNOWING for v in verbs)
