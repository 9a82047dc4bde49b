"""People a report names once with a description and then calls by it: "The kiln munshi, X,
was convicted ... During the trial the munshi had resiled from his statement", "his refiller
X ... the refiller had confessed", "the groom, X, ... police arrested the groom", "driver X
... the driver was remanded". A definite description refers back to the one it fits: the
reporter, having said once who the munshi is, need not name him again.

Remembered (``remember_described``): the common noun a person's name is introduced with - the
noun right before the name (or its comma) that the name is apposed to ("the groom, X", "his
refiller X") or that titles it ("driver X", "the shop owner X"), or a noun apposed after it
with an article ("X, a truck driver"). Not where the parse joins a name to a noun it does not
rename: a relative clause's last noun the name closes ("the worker who alerted the council,
X, said": X is the worker), a phrase of place or time ("Outside the mortuary, X"; "During the
trial X", the preposition left without its object), a hyphened word ("a co-accused").
Not a noun of another part of the case (the lexicon's role nouns: judge, prosecutor, lawyer,
witness, victim, relative, official ...), nor one for the accused, a member or a person at
large ("the suspect", "the worker", "the man"): each of those is read by its own rule
(``Pronouns``, ``Naming._kin_told``, ``Naming._members``), and one may stand for another
person than the one it first described.

Read back (``_description_told``): "the NOUN", singular, with no owner, no "of" phrase and no
name of its own, stands for the one person the report has introduced with that noun - none
where two were, and none where that person is one the report has described as someone other
than an accused (the victim, a witness): in a road-crash report "the driver" may be the dead.
Only inside one document, as all the reader's state.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.pronouns import Pronouns
from corroborate.nlp.speakers import ALIAS_MARKERS

__all__ = ["DescribedPeople"]

# The tags of a singular noun: the parser tags a rare job noun ("munshi") a proper one too.
_SINGULAR = frozenset({"NN", "NNP"})
# Where a name's words hang together: on the next word of the name, or on its alias.
_NAME_DEPS = frozenset({"compound", "flat"})
# The articles of a description apposed after a name: "X, a truck driver", "X, the owner".
_ARTICLES = frozenset({"a", "an", "the"})
# The titles the mention finder drops from the front of a name ("Haji", "Inspector").
_TITLES = name_words().titles
# The nouns of another part of the case, of the accused, of members or of people at large:
# none describes one person the report may call by it again. Built once, not per noun: the
# reader asks for every common noun it meets.
_LEX = legal()
_NOT_DESCRIPTIONS = (
    _LEX.role_nouns.keys() | _LEX.accused_nouns | _LEX.victim_words | _LEX.member_nouns
    | _LEX.people_nouns | _LEX.collective_role_nouns | _LEX.court_bodies
)  # fmt: skip


class DescribedPeople(Pronouns):
    """The people the report has introduced with a description noun, and what "the NOUN"
    stands for later; the state is ``Naming``'s."""

    # The full names of the people introduced with each description noun, by the noun
    # ("munshi" -> {"Liaquat Ali"}). Set by ``Naming``.
    noun_named: dict[str, set[str]]

    def remember_described(self, sent: Span) -> None:
        """Remember whom this sentence introduces with a description noun."""
        seen: set[int] = set()
        for token in sent:
            m = self.by_token.get(token.i)
            if m is None or m.type != "person" or m.start in seen:
                continue
            seen.add(m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            noun = self._describing_noun(span)
            if noun is not None:
                name = self._person_full_name(m)
                self.noun_named.setdefault(_key(noun), set()).add(name)

    def _describing_noun(self, name: Span) -> Token | None:
        """The description noun the name ``name`` is introduced with, if any: the noun right
        before it (or before the comma before it) that the name is apposed to or that titles
        it, or a noun apposed right after it."""
        top = name.root
        if top.dep_ == "poss" or top.head.dep_ == "poss":
            return None  # "X's parents": the name says whose, and introduces no one
        # "Liaquat Ali alias Bao": the name's words hang on the alias, which the parse
        # apposes to the noun
        while (
            top.dep_ in _NAME_DEPS
            and top.head.i > top.i
            and (
                top.head.lower_ in ALIAS_MARKERS
                or top.head.pos_ == "PROPN"
                and not top.head.is_lower
            )
        ):
            top = top.head
        before = name.start - 1
        if before >= 0 and self._title_of(self.doc[before], name, top):
            before -= 1  # "the kiln owner Haji X": the title is no description
        comma = before >= 0 and self.doc[before].text == ","
        if comma:
            before -= 1
        if before >= 0 and self._in_argument(self.doc[before], top):
            noun = self.doc[before]
            # "the groom, X", "his refiller X"; "the bail petition of the driver, X" (the
            # parse apposes the name to the head of the noun's phrase)
            host = top.head if top.dep_ == "appos" else None
            of_host = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == host
            apposed = host is not None and (host == noun or of_host)
            # "driver X", "the shop owner X": a title, with no comma
            titled = not comma and noun.dep_ == "compound" and before < noun.head.i <= top.i
            # "Court documents state X was ...": a noun before it that is not its own
            # modifier ends another phrase, and the "title" is a verb the tagger missed
            left = self.doc[noun.i - 1] if noun.i > 0 else None
            if left is not None and left.pos_ in ("NOUN", "PROPN") and left.head != noun:
                titled = False
            if (apposed or titled) and self._a_description(noun):
                return noun
        after = name.end < len(self.doc) and self.doc[name.end].text == ","
        for c in top.children if after else ():
            article = any(d.dep_ == "det" and d.lower_ in _ARTICLES for d in c.children)
            if c.dep_ == "appos" and c.i > top.i and article and self._a_description(c):
                if not any(t.i in self.by_token for t in c.subtree):
                    return c  # "X, a truck driver" (not "X, his refiller Y": Y's)
        return None

    def _title_of(self, word: Token, name: Span, top: Token) -> bool:
        """Whether ``word``, right before the name, is a title written capitalised that the
        mentions left out of it ("the kiln owner Haji X"; not "cricket captain X", where
        the title is the description)."""
        joined = word.dep_ in _NAME_DEPS and name.start <= word.head.i <= top.i
        return joined and not word.is_lower and word.lower_ in _TITLES

    def _in_argument(self, noun: Token, name: Token) -> bool:
        """Whether ``noun`` may be what the name after it (headed by ``name``) renames: not
        the last noun of a relative clause or participle the name closes ("the worker who
        alerted the council, X, said": X is the worker), not the object of a preposition of
        the verb ("Outside the mortuary, X"), and not a noun the parser took from a
        preposition left without its object ("During the trial X")."""
        for clause in (a for a in noun.ancestors if a.dep_ in ("relcl", "acl")):
            end = clause.right_edge.i
            while end > name.right_edge.i and self.doc[end].is_punct:
                end -= 1  # the comma after the name, which the parse may leave in the clause
            if end <= name.right_edge.i:
                return False
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            return False
        first = min(noun.left_edge.i, name.left_edge.i) - 1
        if first >= 0:
            prep = self.doc[first]
            if prep.dep_ == "prep" and not any(c.dep_ == "pobj" for c in prep.children):
                return False
        return True

    def _a_description(self, noun: Token) -> bool:
        """Whether ``noun`` is a common noun that may describe one person and refer back to
        them: singular, written in lower case, no word of a name, and no noun of another
        part of the case, of the accused, of members or of people at large."""
        if noun.tag_ not in _SINGULAR or not noun.is_lower or noun.i in self.by_token:
            return False
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in ALIAS_MARKERS:
            return False
        hyphened = noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == "-"
        if hyphened or noun.i > 0 and self.doc[noun.i - 1].text == "-":
            return False  # "a co-accused", "its officer-in-charge": part of a longer word
        return _key(noun) not in _NOT_DESCRIPTIONS and noun.lower_ not in _NOT_DESCRIPTIONS

    def _description_told(self, noun: Token) -> Named | None:
        """The one person the report has introduced with this description noun, for "the
        NOUN" with no owner, no "of" and no name of its own (``remember_described``)."""
        if not self._a_description(noun):
            return None
        # "the groom and X": a conjunct shares its head's determiner
        heads = [noun, noun.head] if noun.dep_ == "conj" else [noun]
        marks = [c for h in heads for c in h.children if c.dep_ in ("det", "poss")]
        if [c.lower_ for c in marks] != ["the"]:
            return None  # "a driver", "his driver", "the owner's driver", "that driver"
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        named = any(
            c.dep_ in ("appos", "compound", "flat") and any(t.i in self.by_token for t in c.subtree)
            for c in noun.children
        )
        told = self.noun_named.get(_key(noun), set())
        if of or named or len(told) != 1:
            return None
        name = next(iter(told))
        # the victim, a witness ...: whatever "the driver" says there, it accuses none of them
        elsewhere = (self.described | self.described_here) - self.accused_so_far
        if name in elsewhere:
            return None
        return Named(name, noun.idx, noun.idx + len(noun.text))


def _key(noun: Token) -> str:
    """The noun as remembered: its lemma, or the word where the tagger made it a proper
    noun ("munshi", whose lemma a proper noun keeps as written)."""
    return noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
