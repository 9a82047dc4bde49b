"""Whom the lede's "the NOUN" stands for where no one before it was introduced with that noun:
the people a later sentence introduces with it ("a sessions court ... sent the boiler
operator back to the district jail. ... The operator, X, fared differently"). Long reports
tell first what the court did to each by what each is and name them paragraphs later; only
the lede reads forward so. A lede's "the NOUN of a THING" is the later one only where that
one's description names no owner or the same thing (``_of_fits_later``). Split out of
``described_people.py`` (branch spl78) as it was; ``DescribedPeople._description_told``,
``LedeIndefinite`` and ``UntiedDescriptions`` ask it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.lede_sentence import lede_sentence
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.records import Mention

__all__ = ["DescribedLater"]


class DescribedLater:
    """The people the sentences after the lede introduce with each description noun; a
    mixin of ``DescribedPeople``."""

    doc: Doc
    by_token: dict[int, Mention]
    # ``noun_named`` of the sentences after the lede, read once for it (``_named_later``).
    later_described: dict[str, set[str]] | None
    # The things each name's later description says it is of ("X, the boiler's operator":
    # {"boiler"}), read with ``later_described`` (``_of_fits_later``).
    later_owners: dict[str, set[str]] | None
    _describing_noun: Callable[[Span], Token | None]  # ``DescribedPeople``'s
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'

    def _named_later(self, noun: Token) -> set[str]:
        """Whom the lede's "the NOUN" stands for, where no one before it was so introduced:
        the people a later sentence introduces with that noun ("a sessions court ... sent the
        boiler operator back to the district jail. ... The operator, X, fared differently").
        Long reports tell first what the court did to each by what each is, and name them
        paragraphs later; only the lede is read so."""
        # (the lede: the first sentence with a verb, after a dateline the parser cut off)
        lede = lede_sentence(self.doc)
        if lede is None or noun.sent.start != lede.start:
            return set()
        if self.later_described is None:
            later: dict[str, set[str]] = {}
            self.later_owners = {}
            own: set[str] = set()
            for sent in (s for s in self.doc.sents if s.start >= lede.start):
                for m, span in persons_written(sent, self.by_token):
                    found = self._describing_noun(span)
                    if found is not None:
                        name = self._person_full_name(m)
                        later.setdefault(noun_key(found), set()).add(name)
                        self.later_owners.setdefault(name, set()).update(_owner_words(found))
                if sent == lede:
                    # a noun the lede itself gives a name ("sentenced the young fisherman ...
                    # for the death of veteran fisherman X") may stand for anyone so called
                    own, later = set(later), {}
            self.later_described = {k: v for k, v in later.items() if k not in own}
        return self.later_described.get(noun_key(noun), set())

    def _of_fits_later(self, noun: Token) -> bool:
        """Whether the lede's "the NOUN of a THING" may be the one a later sentence
        introduces with NOUN: that one's noun names no owner ("The operator, X") or names
        the same thing ("X, the boiler's operator", "the boiler operator X") - not "the
        driver of a bus" and "the rickshaw's driver, X", two drivers."""
        things = {
            o.lemma_.lower()
            for of in noun.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for o in of.children
            if o.dep_ == "pobj"
        }
        later = self._named_later(noun)
        # not a lede of parts ("the owner of a clinic, its technician and an agent", the
        # parser's "and" hung on the noun or on its "of" object): ``LedeParts`` and the
        # count readers name that group
        if (
            not things
            or not later
            or noun.dep_ == "conj"
            or any(c.dep_ == "conj" for c in noun.children)
            or any(
                c.dep_ == "conj"
                for t in noun.subtree
                if t.lemma_.lower() in things
                for c in t.children
            )
        ):
            return False
        # the lede's own words for the noun's kind ("the assistant manager of the branch",
        # "the former operator") must be the later one's too: "Branch manager X" is another
        # manager (a miss where the later one drops "former", never a wrong tie)
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        owners = self.later_owners or {}
        # past those kind words the later one's own words name what it is of: none ("former
        # storekeeper X" for the lede's "a former storekeeper of the depot") or the same thing
        return all(_later_fits(kinds, owners.get(n, set()), things) for n in later)


def _owner_words(noun: Token) -> set[str]:
    """The lemmas of what a description noun says its person is of or for: a thing's
    possessive ("the boiler's operator"), a word before it ("the boiler operator", "the
    assistant manager") or the object of its "of" ("operator of the boiler")."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("poss", "compound", "amod")}
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        words |= {o.lemma_.lower() for o in of.children if o.dep_ == "pobj"}
    return {w for w in words if w.isalpha() and w not in ("its", "his", "her", "their")}


def _later_fits(kinds: set[str], later_words: set[str], things: set[str]) -> bool:
    """Whether a later named one's own description words (``later_words``) fit a lede's:
    they hold the lede's kind words ("former", "assistant"), and past those they name no
    thing or one of the lede's ``things`` - asked once per later one, its words looked up
    once."""
    return kinds <= later_words and (not later_words - kinds or bool(later_words & things))
