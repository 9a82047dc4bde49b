"""The rest of a group after a described part: "the chairman of the fono, X; two other chiefs,
Y and Z; the chairman's son S; and A, B and C. All seven are charged ... He opposed bail for
the four younger men" - the seven less the three chiefs.

A definite, counted plural of people at large (``people_nouns``: "the four men", "the four
younger men", "both men") with no name of its own stands for those of a group - the accused the
report follows, the last named together, everyone accused so far - left once a group the report
named under a plural description (``DescribedGroups``: "two other chiefs, Y and Z" with the one
before) is taken out, when that group lies wholly inside it and as many are left as it counts.
Asked by ``DescribedGroups._described_group`` after the description itself found no group. The
count must fit exactly, and only one described part may fit: two parts that each leave the
count say nothing of which; and the members come from accused only, so a victim, a judge or a
lawyer is never taken in.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["DescribedRest"]


class DescribedRest:
    """Those of a group besides a described part of it; the state is ``Naming``'s."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    noun_groups: dict[str, list[str] | None]
    last_accused: list[Named]
    last_group: list[Named]
    all_accused: dict[str, Named]

    def _rest_of_described(self, noun: Token) -> list[Named]:
        """ "the four younger men" of seven accused of whom three were named "chiefs": the
        four others, or none."""
        people = self.lex.people_nouns
        if noun.tag_ != "NNS" or noun.i in self.by_token:
            return []
        if noun.lemma_.lower() not in people and noun.lower_ not in people:
            return []
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        counting = self.lex.counting_quantifiers
        if not marks & ({"the"} | self.lex.group_quantifiers | counting.keys()):
            return []  # "four men were seen": others, not a group the report named
        sizes = counts_of(noun) | {counting[w] for w in marks if w in counting}
        if not sizes or any(c.dep_ in ("appos", "compound", "poss") for c in noun.children):
            return []  # uncounted ("the men"), or named beside it, or whose
        parts = [names for names in self.noun_groups.values() if names]
        groups = (self.last_accused, self.last_group, list(self.all_accused.values()))
        for group in groups:
            if any(n.members for n in group):
                continue  # a body's unnamed members: no one to count
            names = [n.name for n in group]
            rests = {
                tuple(n for n in names if n not in part) for part in parts
                if set(part) <= set(names) and len(names) - len(set(part)) in sizes
            }  # fmt: skip
            if len(rests) == 1:
                end = noun.idx + len(noun.text)
                return [Named(name, noun.idx, end) for name in next(iter(rests))]
            if rests:
                return []  # two parts leave the count: which is not said
        return []
