"""People a report names together under one plural description and calls by it later: "an FIR
against the owner X, attendants Y and Z ... the two attendants were picked up ... a remand
of both attendants" - Y and Z, whether or not the report followed them as accused.

Remembered (``remember_groups``): a plural common noun written in lower case that titles or is
apposed to a co-ordination of two or more people's names ("attendants Y and Z", "two cashiers,
Y and Z"), by its lemma; with "other" ("the chairman, X; two other chiefs, Y and Z") the person
the plural is hung on before it is one of them too. Not a noun of another part of the case, of
the accused, of members or of people at large (``NOT_DESCRIPTIONS``: "constables", "suspects",
"men"), each read by its own rule. Read back (``_described_group``): the same plural, definite
("the attendants", "the two attendants", "both attendants"), with no name of its own, stands
for the group - where a count, if written, is its size, and the report named one such group.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon, legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.counted_before import CountedBefore
from corroborate.nlp.claims.described_each import DescribedEach
from corroborate.nlp.claims.described_rest import DescribedRest
from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["NOT_DESCRIPTIONS", "DescribedGroups"]

_LEX = legal()
_NAME_WORDS = name_words()
# The nouns of another part of the case, of the accused, of members or of people at large:
# none describes people the report may call by it again (``DescribedPeople`` too).
NOT_DESCRIPTIONS = (
    _LEX.role_nouns.keys() | _LEX.accused_nouns | _LEX.victim_words | _LEX.member_nouns
    | _LEX.people_nouns | _LEX.collective_role_nouns | _LEX.court_bodies
)  # fmt: skip
# How a plural description holds the first name of its list: the name apposed to it, or the
# name it titles ("attendants Y and Z", parsed either way).
_HOLDING_DEPS = frozenset({"appos", "compound"})


class DescribedGroups(DescribedRest, DescribedEach, CountedBefore):
    """The groups named under a plural description and what "the two NOUNs" stands for;
    the state is ``Naming``'s."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    # The full names of the people named under each plural description, by its lemma
    # ("attendant" -> ["Asghar Ali", "Kamran Shahzad"]); None where two groups were. Set
    # by ``Naming``.
    noun_groups: dict[str, list[str] | None]
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'s

    def remember_groups(self, sent: Span) -> None:
        """Remember the groups this sentence names under a plural description."""
        for noun in sent:
            if noun.tag_ != "NNS" or not noun.is_lower or _not_a_description(noun):
                continue
            first = [c for c in noun.children if c.dep_ in _HOLDING_DEPS and c.i > noun.i]
            if noun.dep_ == "compound" and noun.head.i > noun.i:
                first.append(noun.head)  # "attendants Y and Z": the noun titles Y
            names = [n for f in first[:1] for n in self._listed_people(f)]
            names = names or self._listed_after_colon(noun)
            if names:
                names = self._one_before(noun, names)  # "X; two other chiefs, Y and Z"
            if len(names) < 2:
                continue
            key = noun.lemma_.lower()
            seen = self.noun_groups.get(key, names)
            self.noun_groups[key] = names if seen == names else None

    def _listed_people(self, first: Token) -> list[str]:
        """The full names of ``first`` and of the people's names co-ordinated with it, once
        each."""
        first_named = self.by_token.get(first.i)
        if first_named is None or first_named.type != "person":
            return []
        out: list[str] = []
        for t in (first, *first.conjuncts):
            m = self.by_token.get(t.i)
            if m is None or m.type != "person":
                continue  # "..., and three unknown men": others, whom the noun does not title
            name = self._person_full_name(m)
            if name not in out:
                out.append(name)
        return out

    def _one_before(self, noun: Token, names: list[str]) -> list[str]:
        """``names`` with the person a list names right before "N other NOUNs" put first
        ("the chairman, X; two other chiefs, Y and Z": "other" says X is a chief too), where
        the parse hangs the plural on X's name, apposed or co-ordinated."""
        if not any(c.dep_ == "amod" and c.lower_ in self.lex.others_words for c in noun.children):
            return names
        before = noun.head
        m = self.by_token.get(before.i)
        if noun.dep_ not in ("appos", "conj") or before.i > noun.i or m is None:
            return names
        if m.type != "person":
            return names
        name = self._person_full_name(m)
        return names if name in names else [name, *names]

    def _listed_after_colon(self, noun: Token) -> list[str]:
        """The people listed after a colon that follows the noun ("five of the gamblers: X
        alias Y, Z and W"), read word by word: the parser hangs such a list on whatever noun
        heads the clause, never on the one it enumerates. Only names, commas, "and" and an
        alias marker may stand between the colon and the list's end; anything else (a verb,
        a lower-case word) ends the list, and a list that does not reach the end of the
        sentence or a full stop is not read, lest a clause's subject pass for a member."""
        doc = noun.doc
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ":":
            return []
        out: list[str] = []
        i = noun.i + 2
        sent_end = noun.sent.end
        markers = _NAME_WORDS.alias_markers
        while i < sent_end:
            t = doc[i]
            m = self.by_token.get(i)
            if m is not None and m.type == "person":
                name = self._person_full_name(m)
                if name not in out:
                    out.append(name)
                i = max(i + 1, _end_token(doc, m.end))
            elif t.lower_ in markers:  # "X alias Nadi": the other name, not another member
                i += 1
                while i < sent_end and doc[i].is_title and i not in self.by_token:
                    i += 1
            elif t.is_punct and t.text in (",", ".") or t.lower_ == "and":
                i += 1
            else:
                return []  # a word of the clause: not a bare list
        return out

    def _described_group(self, noun: Token) -> list[Named]:
        """The group a definite plural description stands for ("the two attendants", "both
        attendants"), or none - for a plural pronoun, the count before it in its sentence
        ("representing both accused, said they ...", ``CountedBefore``)."""
        if noun.lower_ in self.lex.plural_pronouns:
            return self._counted_before(noun)
        if noun.tag_ != "NNS" or noun.i in self.by_token:
            return []
        names = self.noun_groups.get(noun.lemma_.lower())
        if not names:
            # "the four younger men" of seven, three named "chiefs": the rest of them;
            # "Both warders" after "Head Warder X ... Warder Y": those each so described
            return self._rest_of_described(noun) or self._each_described(noun)
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        counting = self.lex.counting_quantifiers
        if not marks & ({"the"} | self.lex.group_quantifiers | counting.keys()):
            return []  # "two attendants", "his attendants": others, or someone's
        sizes = counts_of(noun) | {counting[w] for w in marks if w in counting}
        if sizes and len(names) not in sizes:
            return []
        if any(c.dep_ in ("appos", "compound", "poss") for c in noun.children):
            return []  # named beside it, or whose
        end = noun.idx + len(noun.text)
        return [Named(name, noun.idx, end) for name in names]


def _end_token(doc: Doc, end_char: int) -> int:
    """The index of the first token at or after a character offset (a mention's end)."""
    return next((t.i for t in doc if t.idx >= end_char), len(doc))


def _not_a_description(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in NOT_DESCRIPTIONS or noun.lower_ in NOT_DESCRIPTIONS
