"""Who a denial's words stand for when they name no one: a definite description that repeats
the title the report gave a person ("constable X ... the constable denied"; "the trader's son"
for X's son after "the trader X"), and a body or a
family owned by that person ("X's party dismissed the allegations", "his party said the case
was fabricated"), which answers for its owner as a lawyer answers for a client; and the
other way, a person who holds a place in an accused body ("The company's owner, X, denied
the charges"), who answers for the body.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.settings import Settings
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["Sides"]


class Sides(Settings):
    """The one a denial's unnamed denier or denied doer stands for."""

    def _titled_one(self, noun: Token, *, doer: bool = False) -> list[Named]:
        """ "the constable", "the chairman": a definite singular common noun with no name of
        its own, written before in the report right before one person's name ("constable X",
        "Union Parishad chairman Y"): that person, when only one was so titled. One who
        speaks must be someone the report gives no other part (a victim, a judge, an
        investigator); the doer of a denied clause (``doer``: "denied that the constable
        had beaten him") is who the clause says did it, whatever else the report calls them."""
        if noun.tag_ != "NN" or any(t.i in self.by_token for t in noun.subtree):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        lemma = noun.lemma_.lower()
        found: dict[str, Named] = {}
        # "Constable X" taken as the name, or "constable Y" whose name NER missed: so titled
        titled_in_name: set[str] = set()
        # the names whose title was written with the description's own compound words
        # ("head warder Y" for "the head warder")
        alike: set[str] = set()
        words = _compound_words(noun)
        for title in self.doc[: noun.i]:
            if title.lemma_.lower() != lemma and title.lower_ != noun.lower_:
                continue
            with_words = bool(words) and _written_after(title, words)
            own = self.by_token.get(title.i)
            if own is not None and own.type == "person" and own.start == title.idx:
                # the title begins the name ("Sergeant X" taken as the name): X so titled
                name = self._full_name(own.name, own.start)
                found.setdefault(name, Named(name, noun.idx, noun.idx + len(noun.text)))
                alike |= {name} if with_words else set()
                continue
            m = self.by_token.get(title.i + 1)
            after = self.doc[title.i + 1] if title.i + 1 < len(self.doc) else None
            if m is None and after is not None and after.pos_ == "PROPN" and after.is_title:
                titled_in_name.add(after.text)  # a name NER missed, so titled too
                alike |= {after.text} if with_words else set()
            if m is None or m.type != "person":
                continue
            if title.i in self.by_token:
                titled_in_name.add(self.by_token[title.i].name)
                continue  # the word is part of a name ("Chairman X" taken as the name)
            name = self._full_name(m.name, m.start)
            found.setdefault(name, Named(name, noun.idx, noun.idx + len(noun.text)))
            alike |= {name} if with_words else set()
        if len(found) + len(titled_in_name - set(found)) > 1 and len(alike) == 1:
            # "warder X and head warder Y ... the head warder": several so titled, but only
            # one with the words that make the description's title its own - Y
            found = {n: v for n, v in found.items() if n in alike}
            titled_in_name = set()
        if titled_in_name - set(found):
            return []  # another so titled: which one is meant is not told
        # one described otherwise (a former minister: an official) who is the accused the
        # report follows still speaks for themself
        elsewhere = (
            set() if doer else (self.described | self.described_here) - set(self.all_accused)
        )
        people = [n for n in found.values() if n.name not in elsewhere]
        return people if len(found) == 1 else []

    def _accused_described(self, noun: Token) -> list[Named]:
        """The accused a definite description stands for: the one titled so before its name
        ("constable X ... the constable", ``_titled_one``), else the one the report
        introduced with that noun ("X, the owner of the hotel ... the owner", "Its chief
        executive, X ... the chief executive": ``DescribedPeople._description_told``) - only
        one it follows as accused, never a victim or a witness so described."""
        titled = self._titled_one(noun)
        if titled:
            return titled
        told = self._description_told(noun)
        return [told] if told is not None and told.name in self.accused_so_far else []

    def _titled_owner(self, relative: Token) -> list[Named]:
        """ "The trader's son, Y, said his father had nothing to do with it": the owner of a
        relative noun is a definite description ("the trader", "the owner"), so the one person
        the report titled or described so before ("the trader X", "X, the owner of the mill":
        ``_accused_described``) - whom the relative is kin to; so too the owner of a lawyer
        noun ("The patwari's counsel said his client ..."), whom the lawyer acts for. Only one the
        report follows as accused already: the kin of a victim or a witness so titled speak for
        no one accused, and a family's word makes no one accused."""
        owners = [c for c in relative.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
        return [
            n for o in owners for n in self._accused_described(o) if n.name in self.accused_so_far
        ]

    def _owner_spoken_for(self, noun: Token) -> list[Named]:
        """ "X's party", "his party, the Y Front": the person who owns a body that speaks -
        whom it answers for, as counsel and kin answer for theirs. Only a person the report
        gives no other part (a victim's family answers for no one accused), and only for a
        noun that is no one's name itself."""
        # someone the report described otherwise (a former minister: an official) answers
        # still when the report follows them as accused
        elsewhere = (self.described | self.described_here) - set(self.all_accused)
        members = [n for n in self._member_told(noun) if n.name not in elsewhere]
        if members:
            return members
        if noun.i in self.by_token or not any(c.dep_ == "poss" for c in noun.children):
            return []
        if self._person_apposed(noun):
            return []  # "Her partner, X, pleaded not guilty": X answers for himself
        return [n for n in self._owners(noun) if self._is_person(n) and n.name not in elsewhere]

    def _body_answered_for(self, noun: Token) -> list[Named]:
        """ "The company's owner, X, denied the charges", "Its director, X, rejected the
        allegations": a noun owned by a body the report follows as accused, with a person's
        name apposed - one who holds a place in that body and answers for it, as counsel
        answers for a client. Not where that person is followed as accused himself (a
        director charged beside his firm answers for himself)."""
        if noun.i in self.by_token or not self._person_apposed(noun):
            return []
        apposed = [n for c in noun.children if c.dep_ == "appos" for n in self._names(c)]
        if any(n.name in self.accused_so_far for n in apposed):
            return []
        owners = [c for c in noun.children if c.dep_ == "poss"]
        # "the company" stands for the business named before (``companies_told``): its
        # name, not its own span, tells it an organisation
        bodies_named = {m.name for m in self.by_token.values() if m.type == "organization"}
        bodies = [n for o in owners for n in self._names(o) if n.name in bodies_named]
        if not bodies or any(n.name not in self.accused_so_far for n in bodies):
            return []
        return bodies

    def _person_apposed(self, noun: Token) -> bool:
        """Whether a person's name stands in apposition to ``noun`` ("her partner, X"): the
        noun is then that person's, who speaks for himself - unlike a body's name ("his
        party, the Y Front"), which leaves the owner the one it answers for."""
        return any(
            c.dep_ == "appos" and (m := self.by_token.get(c.i)) is not None and m.type == "person"
            for c in noun.children
        )

    def _member_told(self, body: Token) -> list[Named]:
        """ "The Y Front, of which X is a district leader, said he had been framed", "the Y
        League, to which X belongs, rejected the case": a body whose relative clause makes a
        person its member (the relative pronoun in a phrase of the clause, the person its
        subject) speaks for that person, as "X's party" does."""
        out: list[Named] = []
        for clause in (c for c in body.children if c.dep_ == "relcl"):
            linked = any(t.tag_ == "WDT" and t.dep_ == "pobj" for t in clause.subtree)
            if not linked:
                continue
            subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
            # a person's name the tagger took for a place ("to which Jamali belongs") is still
            # no body's: only an organisation is left out
            out += [n for s in subjects for n in self._names(s) if not self._an_organisation(n)]
        return out

    def _an_organisation(self, named: Named) -> bool:
        """Whether a name is an organisation's, by the mention its span's root was read from
        (a group of several named together is none)."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is not None and m.type == "organization" and named.members is None


def _compound_words(noun: Token) -> list[str]:
    """The words a description's noun is compounded with, in order ("the head warder":
    ["head"]; "the station house officer": ["station", "house"]) - part of the title itself,
    unlike an adjective ("the accused constable", "the same warder") that says no rank."""
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not compounds:
        return []
    first = min(t.i for c in compounds for t in c.subtree)
    return [t.lower_ for t in noun.doc[first : noun.i]]


def _written_after(title: Token, words: list[str]) -> bool:
    """Whether the title word was written right after ``words`` ("head warder")."""
    start = title.i - len(words)
    return start >= 0 and [t.lower_ for t in title.doc[start : title.i]] == words
