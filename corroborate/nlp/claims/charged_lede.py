"""A lede's confessor known only by the charge: "The agent accused of selling forged arms
licences has recorded a confessional statement before a magistrate".

A Section 164 story opens with the statement before the magistrate and tells whose it is by
what he is accused of or where he was arrested ("the warder arrested in the contraband case",
"the owner of the unit accused of bottling the syrup"); the next sentence names him as its
subject ("X, who is held on judicial remand, appeared before the magistrate ..."). The
definite article there marks no one told before: the participle of the charge is all the
reader knows, as unnamed as "a man". Only the lede's statement before a court (a judicial
confession): a confession told elsewhere by a bare "a labourer confessed", bound to the next
name, made others accused in a blind set (``Ledes._unnamed_one``). This module reads only
the noun's grammar; binding it to the next sentence's subject is ``Reader.run``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import prep_objects

__all__ = ["known_by_its_charge"]


def known_by_its_charge(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is "the NOUN" told by a participle of accusing, charging or arresting
    hung on it ("the agent accused of ...", "the warder arrested in ..."), or on the object
    of its "of" ("the owner of the unit accused of ..."), with no name in its phrase."""
    marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if noun.tag_ != "NN" or marks != ["the"]:
        return False
    if any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in noun.subtree):
        return False
    held = lex.accuse_verbs | lex.arrest_verbs.keys() | lex.charge_verbs.keys()
    heads = [noun, *prep_objects(noun, ("of",))]
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in held
        for h in heads
        for c in h.children
    )
