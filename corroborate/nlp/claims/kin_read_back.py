"""Whom a definite kin noun with no name of its own stands for: the one person the report
has named with that noun ("her husband, X, and her mother-in-law, Y ... The husband was
arrested while his mother was granted bail").

``remember_kin`` keeps, sentence by sentence, whom each kin noun named (not "a father of
five", which counts children); ``_kin_told`` reads "the husband" back to that person, or to
the one of a "senior"/"junior" pair the noun fits (``generation_kin``). ``Naming`` asks
this for a noun that names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.generation_kin import generation_kin
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["KinReadBack"]


class KinReadBack:
    """The kin nouns the report named people with, and whom "the husband" stands for; the
    state is ``Naming``'s."""

    lex: LegalLexicon
    kin_named: dict[str, set[str]]
    full_names: list[tuple[int, str]]

    def remember_kin(self, drafts: list[Draft]) -> None:
        """Remember whom this sentence names with a kin noun ("her husband, X")."""
        for d in drafts:
            if d.kind == "role" and _counts_children(d.cue):
                continue  # "X, a father of five": how many children X has, no tie to anyone
            for role, n in d.parties.values() if d.kind == "role" else ():
                if role == "relative" and n.members is None:
                    self.kin_named.setdefault(d.cue.lemma_.lower(), set()).add(n.name)

    def _kin_told(self, noun: Token) -> Named | None:
        """The one person the report has named with this kin noun, for a definite singular
        kin noun with no name of its own ("The husband was arrested while his mother was
        granted bail" after "her husband, X, and her mother-in-law, Y"): a definite
        description refers back to the one it fits. None where two fit, or where the
        noun's own phrase says whose it is by a name or an "of" ("the accused's father",
        "the father of the girl" may be someone else's)."""
        if self.lex.role_nouns.get(noun.lemma_.lower()) != "relative" or noun.tag_ != "NN":
            return None
        # "the father and son": the conjunct shares its head's determiner
        heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]
        marks = [c for h in heads for c in h.children if c.dep_ in ("det", "poss")]
        definite = any(
            c.lower_ == "the" or c.lower_ in PERSONAL_PRONOUNS and c.dep_ == "poss" for c in marks
        )
        owned = any(c.dep_ == "poss" and c.lower_ not in PERSONAL_PRONOUNS for c in marks)
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        named = any(c.dep_ in ("appos", "compound", "flat") for c in noun.children)
        told = self.kin_named.get(noun.lemma_.lower(), set())
        if definite and not (owned or of or named or told):
            # "His father" of a report naming "X senior" and "X junior" (``generation_kin``)
            pair = generation_kin(noun.lemma_.lower(), (n for _, n in self.full_names))
            told = {pair} if pair is not None else told
        if not definite or owned or of or named or len(told) != 1:
            return None
        return Named(next(iter(told)), noun.idx, noun.idx + len(noun.text))


def _counts_children(noun: Token) -> bool:
    """Whether a kin noun counts its owner's children rather than tying them to a person
    ("a father of five", "a mother of three children"): its "of" takes a number, or a noun
    a number counts. "The father" later is no one such a noun told."""
    return any(
        o.like_num or any(c.dep_ == "nummod" for c in o.children)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )
