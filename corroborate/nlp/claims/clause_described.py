"""People a clause of ownership describes: "X, who runs a mobile shop near the bazaar" or "a
garage owned by X" ... later "the shop owner was remanded", "three days for the garage owner".

A report that has said once what a person owns or runs may call them by it: the owner of
the thing. The clause is read from the parse, not from a list of trades: a verb of owning or
running (the lexicon's ``ownership_verbs``) whose subject is a person's name (itself, or a
relative "who" hung on it) and whose object is a common noun; or that noun with a participle
of such a verb whose agent ("by X") is a person's name. The person is then remembered under
each owner noun (``owner_nouns``), as ``DescribedPeople`` remembers "X, a shop owner", so that
one place (``DescribedPeople._description_told``) reads "the owner" back - with what the
person owns, so that "the shop owner" is not the one who runs a farm (``_owners_fitting``).
An owner noun a person is introduced with tells what they own the same way, by its compound
or its owner ("X, a mobile-phone shop owner", "the clinic's owner, X":
``remember_owned_by_noun``): "the clinic owner" is then not the shopkeeper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.lede_indefinite import LedeIndefinite
from corroborate.nlp.grammar import passive_agents
from corroborate.records import Mention

__all__ = ["ClauseDescribed"]

# The relative pronouns that stand for the name a clause hangs on ("X, who runs a shop").
_RELATIVES = frozenset({"who", "that"})
_LEX = legal()


class ClauseDescribed(LedeIndefinite):
    """Whom a clause of ownership describes; the state is ``Naming``'s."""

    by_token: dict[int, Mention]
    noun_named: dict[str, set[str]]
    # What each person owns or runs, by full name ("Imran Qadir" -> {"shop"}): which owner
    # "the shop owner" may be. Set by ``Naming``.
    owned_things: dict[str, set[str]]

    _person_full_name: Callable[[Mention], str]  # ``FullNames``'s

    def remember_owners(self, sent: Span) -> None:
        """Remember whom this sentence tells owns or runs a thing."""
        for m, thing in self._owners_told(sent):
            name = self._person_full_name(m)
            self.owned_things.setdefault(name, set()).add(thing.lemma_.lower())
            for noun in _LEX.owner_nouns:
                self.noun_named.setdefault(noun, set()).add(name)

    def remember_owned_by_noun(self, noun: Token, name: str) -> None:
        """Remember what the owner noun ``noun`` a person was introduced with says they own:
        "X, a mobile-phone shop owner", "the clinic's owner, X" - so that "the clinic owner"
        later is not the one who owns a shop, as with a clause of ownership."""
        if noun.lemma_.lower() not in _LEX.owner_nouns:
            return
        things = {
            c.lemma_.lower() for c in noun.children
            if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN" and c.is_lower
        }  # fmt: skip
        if things:
            self.owned_things.setdefault(name, set()).update(things)

    def _owners_told(self, sent: Span) -> Iterator[tuple[Mention, Token]]:
        """(the person, the thing) of each clause of ownership in ``sent``."""
        for verb in sent:
            if verb.lemma_.lower() not in _LEX.ownership_verbs:
                continue
            if verb.pos_ == "VERB" and verb.tag_ != "VBN":
                # "X runs a shop", "X, who owns a garage": the subject owns the object
                things = [c for c in verb.children if c.dep_ == "dobj" and _a_thing(c)]
                owners = [self._person(c) for c in verb.children if c.dep_ == "nsubj"]
            elif verb.dep_ == "acl" and _a_thing(verb.head):
                # "a garage owned by X": the participle's agent owns the noun it hangs on
                things = [verb.head]
                owners = [self._person(o) for o in passive_agents(verb)]
            else:
                continue
            for m in owners:
                if m is not None and things:
                    yield m, things[0]

    def _person(self, word: Token) -> Mention | None:
        """The person a subject or agent names: its own name, or the name a relative "who"
        stands for (the noun its clause hangs on)."""
        if word.lower_ in _RELATIVES and word.head.dep_ == "relcl":
            word = word.head.head
        m = self.by_token.get(word.i)
        return m if m is not None and m.type == "person" else None

    def _owners_fitting(self, noun: Token, named: set[str]) -> set[str]:
        """Those of ``named`` "the NOUN" (an owner noun) may be by what it says is owned:
        "the farm owner" is the one who owns a farm, not the one who runs a pharmacy; a
        bare "the owner", or a person described otherwise ("the mill owner X"), any."""
        told = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        if noun.lemma_.lower() not in _LEX.owner_nouns or not told:
            return named
        return {n for n in named if n not in self.owned_things or told & self.owned_things[n]}


def _a_thing(noun: Token) -> bool:
    """Whether ``noun`` is a common noun a person may own or run ("a shop", not "a risk" -
    the caller keeps the thing for the reading back to match, so any common noun)."""
    return noun.pos_ == "NOUN" and noun.is_lower
