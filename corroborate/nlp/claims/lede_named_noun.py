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
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import Draft, Named

__all__ = ["LedeNamedNoun"]


class LedeNamedNoun:
    """The lede's indefinite noun, remembered for the one the next sentence names; a mixin
    of ``DescribedPeople``."""

    noun_named: dict[str, set[str]]  # ``DescribedPeople``'s: "mechanic" -> {"X"}
    _acted_on: Callable[[Token], list[Token]]  # ``Ledes``'
    _indefinite_one: Callable[[Token], bool]  # ``Ledes``'
    _a_description: Callable[[Token], bool]  # ``DescribedPeople``'s

    def remember_lede_named(self, lede: Draft, named: Named) -> None:
        """Remember ``named`` as the one the lede's acted-on "a NOUN" stands for, where the
        lede acts on one such noun and no one was introduced with it before."""
        nouns = [n for n in self._acted_on(lede.cue) if self._indefinite_one(n)]
        if len(nouns) != 1 or not self._a_description(nouns[0]):
            return
        key = noun_key(nouns[0])
        if key not in self.noun_named:
            self.noun_named[key] = {named.name}
