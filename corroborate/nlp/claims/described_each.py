"""A counted plural of a description each member of the group was given alone: "Head Warder
X and Warder Y ... Both warders were produced before the magistrate", "clerk X was arrested
... clerk Y surrendered ... the two clerks were remanded" - X and Y.

``DescribedGroups`` reads a plural the report wrote over a list ("attendants Y and Z"); here
the report described each person singly, the noun titling the name or apposed to it, or a
title NER folded into the name's first word where the report also writes that word in lower
case ("Warder Y ... the arrested warder"), which ``DescribedPeople.remember_described`` keeps
in ``noun_named``. The plural stands for those of them the report has made accused so far
when they are exactly as many as it counts: a count is required ("both", "two", "the three";
"the warders" alone may be any warders), and the members come from accused only, so a
warder who brought the complaint, a victim or a witness so described is never taken in (a
third such accused, or one too few, is no group: no one).
Asked by ``DescribedGroups._described_group`` after the plural written over a list and the
rest of a described part found no group.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["DescribedEach"]

# Words on the plural that say which of them, or whose: a group of its own, not the one
# described ("the warders who searched it", "the warders of the other block", "his clerks").
_WHICH_DEPS = frozenset({"relcl", "acl", "appos", "poss", "compound"})


class DescribedEach:
    """The accused each described by one noun, for its counted plural; the state is
    ``Naming``'s."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    noun_named: dict[str, set[str]]  # ``DescribedPeople``'s: "warder" -> {"Mudassar Iqbal"}
    accused_so_far: set[str]

    def _each_described(self, noun: Token) -> list[Named]:
        """The accused described one by one with the singular of ``noun`` ("Both warders":
        those introduced as "warder"), when as many as ``noun`` counts; else none."""
        if noun.tag_ != "NNS" or not noun.is_lower or noun.i in self.by_token:
            return []
        counting = self.lex.counting_quantifiers
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        sizes = counts_of(noun) | {counting[w] for w in marks if w in counting}
        if not sizes or (marks - counting.keys()) - {"the", "all"}:
            return []  # "warders" with no count, "these two warders"
        if any(c.dep_ in _WHICH_DEPS or c.lower_ == "of" for c in noun.children):
            return []
        described = self.noun_named.get(noun.lemma_.lower(), set())
        accused = sorted(name for name in described if name in self.accused_so_far)
        if len(accused) < 2 or len(accused) not in sizes:
            return []
        end = noun.idx + len(noun.text)
        return [Named(name, noun.idx, end) for name in accused]
