"""What a lede's "a NOUN" is called once the next sentence names its one: "A 38-year-old
mechanic was remanded to prison ... X, of Mango Gut, appeared before Magistrate Y. ... Police
said the mechanic, in a statement under caution, admitted stabbing the courier". ``Ledes``
gives the lede's step to the one the next sentence names (``Reader``: ``named_next``); the
report goes on calling that one by the lede's noun, as it calls one it introduced "the
mechanic, X" (``DescribedPeople.remember_described``). So the noun is remembered for that
name, and "the mechanic" later stands for him by the one place that ties descriptions
(``DescribedPeople._description_told``). Only where the report has introduced no one with
that noun yet (a noun already someone's keeps its own: the tie the report wrote wins), and
only for a description of one person (``_a_description``: not "a man", "a suspect").

The tie is the reader's guess, not the report's word, so it holds only while the report,
anywhere, gives the noun to no one else (stmt86): no other name is introduced with it ("Y,
also a mechanic", "the mechanic, Y"; before or after), no word sets another of its kind apart
("another mechanic", "the other mechanic"), no counted or determined plural tells of several
("the mechanics", "two mechanics"), and no other person's name holds it; and only for the
lede's own step, not one told in a clause under it ("... after police arrested a trader").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.records import Mention

__all__ = ["LedeNamedNoun"]

# The clauses under a lede's step whose acted-on one is not the one the lede is about
# ("was sentenced ... after police arrested a trader", "who hired a driver").
_UNDER = frozenset({"advcl", "relcl", "acl"})


class LedeNamedNoun:
    """The lede's indefinite noun, remembered for the one the next sentence names; a mixin
    of ``DescribedPeople``."""

    doc: Doc
    by_token: dict[int, Mention]
    noun_named: dict[str, set[str]]  # ``DescribedPeople``'s: "mechanic" -> {"X"}
    lede_named: dict[str, str]  # ``Naming``'s: "mechanic" -> "X", this mixin's guess
    _bearers_read: _Bearers | None = None  # per report: the reader is made per document
    _acted_on: Callable[[Token], list[Token]]  # ``Ledes``'
    _indefinite_one: Callable[[Token], bool]  # ``Ledes``'
    _a_description: Callable[[Token], bool]  # ``DescribedPeople``'s
    _describing_noun: Callable[[Span], Token | None]  # ``DescribedPeople``'s
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'
    _set_apart_noun: Callable[[Token], bool]  # ``DescribedPeople``'s

    def remember_lede_named(self, lede: Draft, named: Named) -> None:
        """Remember ``named`` as the one the lede's acted-on "a NOUN" stands for, where the
        lede acts on one such noun in its own step, no one was introduced with it before and
        the report gives it to no one else anywhere (``_another_bearer``)."""
        if _under_a_clause(lede.cue):
            return
        nouns = [n for n in self._acted_on(lede.cue) if self._indefinite_one(n)]
        if len(nouns) != 1 or not self._a_description(nouns[0]):
            return
        key = noun_key(nouns[0])
        if key not in self.noun_named and not self._another_bearer(nouns[0], named.name):
            self.lede_named[key] = named.name

    def lede_tied(self, noun: Token) -> set[str]:
        """The one the lede's "a NOUN" was tied to (``remember_lede_named``), for "the NOUN"
        that no one the report introduced with the noun stands for: only that reading uses
        the guess, not the readers of the report's own ties (plurals, ranks, the noun's one
        bearer given unread parties at the end)."""
        found = self.lede_named.get(noun_key(noun))
        return {found} if found is not None else set()

    def _another_bearer(self, noun: Token, name: str) -> bool:
        """Whether the report gives the lede's ``noun`` to anyone other than ``name``: a name
        introduced with it anywhere, a word setting another apart, a counted or determined
        plural, or another person's name holding it (``_bearers``: read once per report)."""
        bearers = self._bearers()
        for m in bearers.introduced.get(noun_key(noun), ()):
            if self._person_full_name(m) != name:
                return True  # "Y, also a mechanic", "the mechanic, Y"
        for word in bearers.words.get(noun.lemma_.lower(), ()):
            if word.i == noun.i:
                continue
            if self._set_apart_noun(word):
                return True  # "another mechanic", "the other mechanic"
            plural = word.tag_ in ("NNS", "NNPS")
            if plural and any(c.dep_ in ("det", "nummod", "poss") for c in word.children):
                return True  # "the mechanics", "two mechanics", "both mechanics"
            held = self.by_token.get(word.i)
            if held is not None and held.type == "person" and self._person_full_name(held) != name:
                return True  # "Mechanic Y": another's name holds the noun
        return False

    def _bearers(self) -> _Bearers:
        """The report's people by the description noun each is introduced with, and its
        nouns by lemma: read in one pass over the report the first time a lede is named, and
        again only where the mentions changed since (the reader types a name NER missed as a
        person while it reads), so each further lede looks its noun up instead of walking
        every sentence and every mention again."""
        people = tuple(
            (i, id(m)) for i, m in self.by_token.items() if m.type == "person"
        )  # fmt: skip
        found = self._bearers_read
        if found is None or found.people != people:
            found = self._bearers_read = self._read_bearers(people)
        return found

    def _read_bearers(self, people: tuple[tuple[int, int], ...]) -> _Bearers:
        introduced: dict[str, list[Mention]] = {}
        for sent in self.doc.sents:
            for m, span in persons_written(sent, self.by_token):
                found = self._describing_noun(span)
                if found is not None:
                    introduced.setdefault(noun_key(found), []).append(m)
        words: dict[str, list[Token]] = {}
        for word in self.doc:
            if word.pos_ in ("NOUN", "PROPN"):
                words.setdefault(word.lemma_.lower(), []).append(word)
        return _Bearers(people, introduced, words)


@dataclass(frozen=True)
class _Bearers:
    """One report's read of who bears which noun (``LedeNamedNoun._bearers``): ``people``,
    the person mentions it was read over (by token and mention), to tell when to read again;
    ``introduced``, each description noun's people, as written ("the mechanic, Y"); and
    ``words``, the report's nouns by lemma."""

    people: tuple[tuple[int, int], ...]
    introduced: dict[str, list[Mention]]
    words: dict[str, list[Token]]


def _under_a_clause(cue: Token) -> bool:
    """Whether the lede's step ``cue`` is told in a clause under another ("... was sentenced
    after police arrested a trader"): its acted-on one is not the one the lede is about."""
    word = cue
    while word.head.i != word.i:  # a root is its own head (spaCy makes a new Token each time)
        if word.dep_ in _UNDER:
            return True
        word = word.head
    return False
