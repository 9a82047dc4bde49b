"""People a report names once with a description and then calls by it: "The kiln munshi, X,
was convicted ... During the trial the munshi had resiled from his statement", "his refiller
X ... the refiller had confessed", "the groom, X, ... police arrested the groom", "driver X
... the driver was remanded". A definite description refers back to the one it fits: the
reporter, having said once who the munshi is, need not name him again.

Remembered (``remember_described``): the common noun a person's name is introduced with - the
noun right before the name (or its comma) that the name is apposed to ("the groom, X", "his
refiller X") or that titles it ("driver X", "the shop owner X"), or a noun apposed after it
with an article ("X, a truck driver"), a thing's possessive ("X, the council's chief
engineer") or, with no determiner, an "of" phrase saying what it is the noun of ("X, 54,
managing director of Y Ltd"); where the name follows an "of" phrase, the noun for a person
that heads it ("the owner of the house, X": the owner, not the house; "the son of the
landlord, X": no landlord; the lexicon's nouns for one who holds, runs or is tied to
something, and of the parts of the case and kin). Not where the parse joins a name to a
noun it does not rename: a relative clause's last noun the name closes ("the worker who
alerted the council, X, said": X is the worker), a phrase of place or time ("Outside the
mortuary, X"; "During the trial X", the preposition left without its object), a hyphened
word ("a co-accused").
Not a noun of another part of the case (the lexicon's role nouns: judge, prosecutor, lawyer,
witness, victim, relative, official ...), nor one for the accused, a member or a person at
large ("the suspect", "the worker", "the man"): each of those is read by its own rule
(``Pronouns``, ``KinReadBack._kin_told``, ``Naming._members``), and one may stand for another
person than the one it first described.

Read back (``_description_told``): "the NOUN", singular, with no owner, no "of" phrase and no
name of its own, stands for the one person the report has introduced with that noun - none
where two were, and none where that person is one the report has described as someone other
than an accused (the victim, a witness): in a road-crash report "the driver" may be the dead.
A noun a word before sets apart from another of its kind ("The second driver, X", "another
guard, X", "a fellow clerk, X") introduces no one: it says the report has two, so X is not
*the* driver a later "the driver" stands for; and "the other driver" is not the one driver
the report named. Only inside one document, as all the reader's state. The lede alone reads
forward (``DescribedLater._named_later``): long reports tell first what the court did to
each by what each is ("sent the boiler operator back to jail") and give the names later ("The
operator, X, ...").

Two more ways a report describes a person once and calls them by it later: a title written
capitalised as the first word of the name ("Guru Karim Bakhsh Qazi ... the gunman and the
guru are absconding"; "Master X ... the master"; ``WrittenTitles``), remembered like a noun
before the name; and an age (``claims.ages_told``, ``AgesReadBack``: "X, 23," ... "the
23-year-old"), which stands for the one person given that age, or - where the report never
wrote that age before - for the one accused the report follows, named as the subject of the
sentence before ("His son, X, was acquitted ... At that trial, the 31-year-old denied
signing the papers").

A person the report has described only as someone's relative ("his uncle, retired
postmaster X, shouted at the family") is no one of another part of the case: a relative may
be accused, and "the former postmaster remains at large" is him (``PartsTold``, which keeps
the parts each name was given). ``description_nouns.noun_key`` is the key each noun is
remembered by. Split (branch spl78): the lede's forward reading, the written titles, the
ages read back and the parts told are mixins of their own, moved as they were.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.antecedents import pronoun_gender
from corroborate.nlp.claims.age_ranked import AgeRanked
from corroborate.nlp.claims.ages_read_back import AgesReadBack
from corroborate.nlp.claims.ages_told import age_called, age_of, ages_written
from corroborate.nlp.claims.alias_closed import alias_closing
from corroborate.nlp.claims.apposition_cuts import (
    listed_pair,
    next_item,
    split_apposition,
    split_subjects,
)
from corroborate.nlp.claims.clause_described import ClauseDescribed
from corroborate.nlp.claims.described_groups import NOT_DESCRIPTIONS
from corroborate.nlp.claims.described_later import DescribedLater
from corroborate.nlp.claims.description_nouns import (
    BODIES_AND_PLACES,
    NAME_DEPS,
    TITLES,
    noun_key,
)
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parts_told import PartsTold
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.nlp.claims.procedural_roles import ProceduralRoles
from corroborate.nlp.claims.pronouns import Pronouns
from corroborate.nlp.claims.rank_told import RankTold
from corroborate.nlp.claims.relative_described import described_across_clause
from corroborate.nlp.claims.written_titles import WrittenTitles
from corroborate.nlp.grammar import singular_noun
from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import Mention

__all__ = ["DescribedPeople"]

# How the small parser hangs a job noun it misreads on the name after it ("embryologist X Y":
# nmod; "anaesthetist X" tagged an adjective: amod or compound).
_MISLABELLEDTITLES = frozenset({"nmod", "amod", "compound"})
# The articles of a description apposed after a name: "X, a truck driver", "X, the owner".
_ARTICLES = frozenset({"a", "an", "the"})
# The nouns of another part of the case, of the accused, of members or of people at large:
# none describes one person the report may call by it again. Built once, not per noun: the
# reader asks for every common noun it meets.
_NOT_DESCRIPTIONS = NOT_DESCRIPTIONS
# The nouns for a person by what they hold, run or are tied to, and those of the other parts
# of the case and kin: the head of an "of" phrase a name renames ("the owner of the house,
# X") is one of these, not the thing its "of" names.
_HOLDERS = _NOT_DESCRIPTIONS | legal().owner_nouns | name_words().roles | name_words().tie_nouns
# The words before a description noun that say there is another of its kind: an ordinal
# ("the second driver, X"), "other", "another", "fellow" ("another guard, X").
_SET_APART = legal().others_words | legal().another_words | frozenset(number_words().ordinals)
# The sex a noun tells ("wife": "Fem"), which a pronoun standing for it must agree with.
_GENDERED = name_words().gendered_words


class DescribedPeople(
    PartsTold,
    AgesReadBack,
    DescribedLater,
    WrittenTitles,
    ClauseDescribed,
    RankTold,
    AgeRanked,
    ProceduralRoles,
    Pronouns,
):
    """The people the report has introduced with a description noun, and what "the NOUN"
    stands for later; the state is ``Naming``'s."""

    # The full names of the people introduced with each description noun, by the noun
    # ("munshi" -> {"Liaquat Ali"}). Set by ``Naming``.
    noun_named: dict[str, set[str]]
    mention_nouns: dict[tuple[int, int], str]  # the same by each mention's offsets

    def remember_described(self, sent: Span) -> None:
        """Remember whom this sentence introduces with a description noun."""
        for m, span in persons_written(sent, self.by_token):
            name = self._person_full_name(m)
            noun = self._describing_noun(span)
            if noun is not None:
                self.noun_named.setdefault(noun_key(noun), set()).add(name)
                self.remember_owned_by_noun(noun, name)  # "X, a shop owner": owns a shop
                self.mention_nouns.setdefault((m.start, m.end), noun_key(noun))
            for title in sorted(self._titles_written(span)):
                self.noun_named.setdefault(title, set()).add(name)
                self.mention_nouns.setdefault((m.start, m.end), title)
            age = age_of(span)
            if age is not None:  # "X, 23,", "23-year-old X"
                self.ages_named.setdefault(age, set()).add(name)
                self.ages_seen.add(age)
        self.ages_seen |= ages_written(sent)
        self.remember_owners(sent)  # "X, who runs a shop": "the shop owner"
        self.remember_groups(sent)  # "attendants Y and Z": "the two attendants"
        self.remember_ranks(sent)  # "Constable X": "the constable"

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
            top.dep_ in NAME_DEPS
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
        holder = self._holder_of(self.doc[before]) if comma and before >= 0 else None
        if holder is not None:
            # "the owner of the house, X": X is the owner, whatever the parse hangs him on
            # (not the house); "the son of the landlord, X" is no landlord
            usable = self._in_argument(holder, top) and self._a_description(holder)
            return holder if usable else None
        # (asked once: the noun before the comma, or the noun right before the name)
        argument = before >= 0 and self._in_argument(self.doc[before], top)
        if comma and before >= 0 and not argument:
            # "the labour contractor who brought the two men, X": the clause's noun
            across = described_across_clause(self.doc[before], name, self.lex, self._a_description)
            if across is not None:
                return across
        if argument:
            noun = self.doc[before]
            # "the groom, X", "his refiller X"; "the bail petition of the driver, X" (the
            # parse apposes the name to the head of the noun's phrase)
            host = top.head if top.dep_ == "appos" else None
            of_host = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == host
            apposed = host is not None and (host == noun or of_host)
            # "The driver, X, 34, was arrested": the parser split the apposition into two
            # subjects of one verb; a clause has one, so the name renames the noun
            apposed = apposed or (comma and split_subjects(noun, top))
            # "names the trainer, X alias Y, and the owner, Z": the alias cuts the apposition,
            # so the parser hangs the name on the noun as its first conjunct or on the noun's
            # verb as a bare modifier; right after the noun's comma it still renames it
            apposed = apposed or (comma and split_apposition(noun, top))
            # "The guard, X, 33, the driver, Y, 41, and ...": a list of described people,
            # each item "the NOUN, NAME"; the parser hangs a later noun on the item before
            apposed = apposed or (comma and listed_pair(noun, top, self.by_token))
            # "driver X", "the shop owner X": a title, with no comma
            titled = not comma and noun.dep_ == "compound" and before < noun.head.i <= top.i
            # "embryologist X Y" hung as nmod, "anaesthetist X" tagged an adjective: a
            # title where the report writes the word as a noun elsewhere
            retitled = not comma and not titled and self._title_mislabelled(noun, name, top)
            # "Court documents state X was ...": a noun before it that is not its own
            # modifier ends another phrase, and the "title" is a verb the tagger missed
            left = self.doc[noun.i - 1] if noun.i > 0 else None
            if left is not None and left.pos_ in ("NOUN", "PROPN") and left.head != noun:
                titled = False
            if (apposed or titled) and self._a_description(noun) or retitled:
                return noun
        # "X alias Kaka, the landowner": the alias closes the name (``alias_closed``)
        closing = alias_closing(name, top)
        if closing is not None:
            top = closing
        end = top.i + 1 if closing is not None else name.end
        after = end < len(self.doc) and self.doc[end].text == ","
        for c in top.children if after else ():
            if c.dep_ == "appos" and c.i > top.i and _marked(c) and self._a_description(c):
                if any(listed_pair(c, d, self.by_token) for d in c.children):
                    continue  # "the guard, X, the driver, Y": the next item's noun
                # "X, a truck driver" (not "X, his refiller Y": Y's); a name inside the
                # noun's "of" phrase says what it is the noun of, not whom it describes
                # ("X, the owner of the Y Hotel": X is the owner); nor a name the parser hangs
                # on it as a conjunct, the list's next item ("X, 31, the technician, and Y,
                # 44, ...": Y is no part of X's description)
                own = [t for d in c.children if not (d.dep_ == "prep" and d.lower_ == "of")
                       and not next_item(d, self.by_token) for t in d.subtree]  # fmt: skip
                # a people's word says what kind the noun is, not whose ("X, an Indian
                # engineer", "X, a Honduran national": the engineer, the national)
                named = [t for t in [c, *own] if t.i in self.by_token]
                if all(_people_word(t, self.by_token[t.i], c) for t in named):
                    return c
        return None

    def _title_mislabelled(self, noun: Token, name: Span, top: Token) -> bool:
        """Whether the lower-case word ``noun`` right before the name ``name`` (headed by
        ``top``) is a job noun the small parser misread as a title: hung on the name as
        ``nmod`` ("embryologist X Y and coordinator Z", a rarer word joined with the name's
        own label) or tagged an adjective or a verb and hung as ``amod`` or ``compound``
        ("anaesthetist X", "sonographer X") - and the report writes the same word elsewhere
        as a singular common noun that may describe someone ("the anaesthetist", "an
        embryologist"), its own word that this is a noun for a person. An adjective before a
        name ("the late X", "former X", "accused X", "younger X") is never written so, or is
        a noun of the accused or of another part of the case ("the accused", "the victim"),
        none a description (``_a_description``)."""
        if noun.dep_ not in _MISLABELLEDTITLES or not name.start <= noun.head.i <= top.i:
            return False
        if noun.dep_ == "compound" and noun.pos_ in ("NOUN", "PROPN"):
            return False  # a title read as one ("driver X")
        if not noun.is_lower or not noun.is_alpha:
            return False
        left = self.doc[noun.i - 1] if noun.i > 0 else None
        if left is not None and left.pos_ in ("NOUN", "PROPN", "ADJ") and left.head == noun:
            return False  # "the former coach X": the word is no title of its own
        return any(
            t.i != noun.i and t.lower_ == noun.lower_ and t.pos_ == "NOUN"
            and self._a_description(t)
            for t in self.doc
        )  # fmt: skip

    def _holder_of(self, last: Token) -> Token | None:
        """The noun for a person whose "of" phrase ends in ``last``, the word before the
        comma before a name: "the owner of the house, X", "the owner of one of them, X" -
        a noun of the lexicon for one who holds, runs or is tied to something, or for
        another part of the case or kin ("the son of the landlord, X"). A noun for a thing
        ("the bail petition of the driver, X") holds no one: the name renames the last."""
        word = last
        while word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ == "of":
            word = word.head.head
            if word.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
                return None
            if word.pos_ == "NOUN" and noun_key(word) in _HOLDERS:
                return word
        return None

    def _title_of(self, word: Token, name: Span, top: Token) -> bool:
        """Whether ``word``, right before the name, is a title written capitalised that the
        mentions left out of it ("the kiln owner Haji X"; not "cricket captain X", where
        the title is the description)."""
        joined = word.dep_ in NAME_DEPS and name.start <= word.head.i <= top.i
        return joined and not word.is_lower and word.lower_ in TITLES

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
        them: singular, written in lower case, no word of a name, no noun of another part
        of the case, of the accused, of members or of people at large, no head word of
        a body's or a place's name ("the group", "the city"), and none a word before sets
        apart from another of its kind ("the second driver", ``_set_apart``)."""
        if not singular_noun(noun) or not noun.is_lower or noun.i in self.by_token:
            return False
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in ALIAS_MARKERS:
            return False
        hyphened = noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == "-"
        if hyphened or noun.i > 0 and self.doc[noun.i - 1].text == "-":
            return False  # "a co-accused", "its officer-in-charge": part of a longer word
        not_one = _NOT_DESCRIPTIONS | BODIES_AND_PLACES
        return noun_key(noun) not in not_one and noun.lower_ not in not_one and not _set_apart(noun)

    def object_of_no_one(self, subject: Token, pronoun: Token) -> bool:
        """Whether a "him" or "her" object stands for no one the report named: its nearest
        enclosing subject is "the NOUN" for a person (``persons_subject``), a description
        (``_a_description``: no judge, lawyer or other part of the case) that stands for
        no one the report introduced ("the driver had not complained to the magistrate who
        remanded him", the driver unnamed) - the clause is about that unnamed one, not the
        accused the report followed last. ``subject`` is ``persons_subject(pronoun)``, found
        once by the caller."""
        if not self._a_description(subject):
            return False
        told = _GENDERED.get(noun_key(subject))
        if told is not None and pronoun_gender(pronoun) not in (None, told):
            return False  # "the wife had told police that officers beat him": not her
        return self._description_told(subject) is None

    def _description_told(self, noun: Token) -> Named | None:
        """The one person the report has introduced with this description noun, for "the
        NOUN" with no owner, no "of" and no name of its own (``remember_described``); or
        the person "the 23-year-old" stands for (``_age_told``)."""
        ranked_by_age = self._age_ranked(noun)  # "the younger accused", "the eldest of them"
        if ranked_by_age is not None:
            return ranked_by_age
        age = age_called(noun)
        if age is not None:
            return self._age_told(noun, age)
        ranked = self._rank_told(noun) or self._role_held(noun)  # "the constable", "the applicant"
        if ranked is not None:
            return ranked
        if not self._a_description(noun):
            return None
        # "the groom and X": a conjunct shares its head's determiner; one with its own
        # ("the constable and the shop owner") has only that
        marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
        if not marks and noun.dep_ == "conj":
            marks = [c for c in noun.head.children if c.dep_ in ("det", "poss")]
        # (the lede's "its manager", "the unit's owner": a thing's, named later)
        things = all(c.lower_ == "its" or c.pos_ == "NOUN" for c in marks) and marks
        if [c.lower_ for c in marks] != ["the"] and not (things and self._named_later(noun)):
            return self._lede_indefinite(noun)  # "a driver" (read forward), "his driver"
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        named = any(
            c.dep_ in ("appos", "compound", "flat")
            and any(t.i in self.by_token and not _people_word(t, self.by_token[t.i], noun)
                    for t in c.subtree)
            for c in noun.children
        )  # fmt: skip
        before = self.noun_named.get(noun_key(noun), set())
        known = before or self._named_later(noun)
        told = self._owners_fitting(noun, known)
        # "the operator of a dyeing-unit boiler" in the lede: the "of" phrase only says
        # what the one named later with that noun runs ("X, the boiler's operator"); after
        # the lede an "of" phrase may set "the owner of the van" apart from the one known
        of = of and bool(before or not self._of_fits_later(noun))
        if of or named or len(told) != 1:
            return None
        name = next(iter(told))
        # the victim, a witness ...: whatever "the driver" says there, it accuses none of them
        if name in self._cast_apart():
            return None
        return Named(name, noun.idx, noun.idx + len(noun.text))


def _set_apart(noun: Token) -> bool:
    """Whether a word before ``noun`` says there is another of its kind: "The second driver,
    X" tells of two drivers, so X is not *the* driver a later "the driver" stands for (the
    first is); "another guard, X", "a fellow clerk, X", "the other driver" (read back: not
    the one driver the report named)."""
    return any(
        c.dep_ in ("amod", "det", "advmod", "nummod") and c.i < noun.i and c.lower_ in _SET_APART
        for c in noun.children
    )


def _marked(noun: Token) -> bool:
    """Whether ``noun``, apposed after a name, is marked as what the person is: an article
    ("X, a truck driver", "X, the owner"), a thing's possessive ("X, the council's chief
    engineer", "X, its director"), or no determiner at all and an "of" phrase saying what
    it is the noun of ("X, 54, managing director of Y Ltd", "X, mohtamim of Jamia Z")."""
    marks = [d for d in noun.children if d.dep_ in ("det", "poss")]
    if any(d.dep_ == "det" and d.lower_ in _ARTICLES for d in marks):
        return True
    if marks:  # (not "his driver": a person's, told by another rule; not "that driver")
        return all(
            d.dep_ == "poss" and (d.lower_ == "its" or d.pos_ == "NOUN" and d.is_lower)
            for d in marks
        )
    return any(d.dep_ == "prep" and d.lower_ == "of" for d in noun.children)


def _people_word(word: Token, mention: Mention, noun: Token) -> bool:
    """Whether ``word``, found a name, is a people's word modifying the description ``noun``
    before it ("an Indian engineer", "a Honduran national"): NER's NORP, which says what kind
    of engineer, never whose (a person's name there would: "X, his refiller Y")."""
    return mention.label == "NORP" and word.head == noun and word.i < noun.i
