"""People a report names once with a rank written before the name and then calls by the rank
alone: "Constable X was picked up from the police lines ... the magistrate sent the constable
to jail", "Head Constable X has been suspended and arrested ... Y, Z and the head constable
were sent to judicial custody", "constable X and the shop owner Y ... the constable and the
shop owner were remanded".

A rank is a title only people carry (``name_words.personal_titles``: "Constable", "Sergeant",
"Corporal") or a police rank the lexicon gives an investigator's part (``role_nouns``:
"constable", "inspector", "ASI"). ``DescribedPeople`` remembers nouns of description but not
these: an investigator's rank is a part of the case, and "the inspector" is as often the
officer the report never named as the one it did. So a rank reads back only where the case
leaves no doubt: the one person the report wrote with that rank (never two: an investigator
with the same rank keeps the rank his own), and not one the report has told as victim or
witness. role63: the bearer need not be accused already - an officer is as often accused
first by the very remand or arrest that calls him by his rank ("Head Constable X was on
duty at the gate ... The head constable is on physical remand"), as any description is
("driver X ... the driver was remanded"); who he is in the clause is the clause's to say.

Remembered (``remember_ranks``): the rank word written right before a person's name, or the
first words of the name itself where NER folded the rank in
("Head Constable X"), or past a courtesy title ("medical superintendent Dr X"); off75: or a
rank apposed to the name, one bearer's ("X, the block development officer,", "a former tax
inspector, X"), since an accused official is as often called by the office after his name -
who he is in the clause stays the clause's to say, and two bearers still leave it to no one.
Read back (``_rank_told``): "the RANK", singular, with "the" alone (or shared with the
conjunct's head), no owner, no "of", no clause on it that says which (a clause set off by
commas only tells more of him: "The constable, interdicted from duty, was remanded") and no
name of its own.
``DescribedPeople._description_told`` asks it first: one place reads "the NOUN" back.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.persons_written import persons_written
from corroborate.nlp.claims.titled_professions import PROFESSIONS, plain_noun, title_profession
from corroborate.nlp.grammar import singular_noun
from corroborate.records import Mention

__all__ = ["RANKS", "RankTold"]

_LEX = legal()
# The ranks: a title only people carry, or a noun of the investigator's part - not a noun
# of the accused ("the accused"), nor of another part ("the judge": a court's, never one
# the report accuses by this reading).
RANKS = (
    (
        name_words().personal_titles
        | {word for word, role in _LEX.role_nouns.items() if role == "investigator"}
    )
    - _LEX.accused_nouns
    - {word for word, role in _LEX.role_nouns.items() if role != "investigator"}
)
# Titles of courtesy written between a rank and the name ("superintendent Dr X").
_COURTESY_TITLES = name_words().courtesy_titles
# The parts of speech of words of grammar, never a rank's grade ("the constable X").
_GRAMMAR_POS = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
# How the parse joins a rank written before a name to it.
_JOINED = frozenset({"compound", "flat", "nmod", "amod"})


class RankTold:
    """Whom "the constable" stands for; the state is ``Naming``'s."""

    doc: Doc
    by_token: dict[int, Mention]
    accused_so_far: set[str]
    # The people written with each rank before their name, by the rank's lower-cased words
    # with its grade ("constable" -> {"Shahid Iqbal"}, "head constable" -> {...}). Set by
    # ``Naming``.
    rank_named: dict[str, set[str]]
    noun_named: dict[str, set[str]]  # ``DescribedPeople``'s: "driver" -> {"Shahid Iqbal"}
    _cast_apart: Callable[[], set[str]]  # ``DescribedPeople``'s: victims, witnesses, judges

    _person_full_name: Callable[[Mention], str]  # ``FullNames``'s
    # The parts other than accused each name has been given ("victim", "witness"); his
    # rank's own part, investigator, is no other part. Set by ``Reader``.
    parts_told: dict[str, set[str]]

    def remember_ranks(self, sent: Span) -> None:
        """Remember whom this sentence writes with a rank before the name, and whom with a
        title that abbreviates a profession ("Dr X": "the doctor", read back as a rank)."""
        for m, span in persons_written(sent, self.by_token):
            profession = title_profession(span)
            if profession is not None:
                self.rank_named.setdefault(profession, set()).add(self._person_full_name(m))
            rank = _rank_of(span)
            if rank is not None:
                self.rank_named.setdefault(rank, set()).add(self._person_full_name(m))

    def _told_apart(self, name: str) -> bool:
        """Whether ``name``, not accused so far, was told in a part other than his rank's
        (the constable shot in the raid, a witness): "the constable" may not accuse him."""
        return bool(self.parts_told.get(name, set()) - {"investigator"}) and (
            name not in self.accused_so_far
        )

    def _rank_bearers(self, rank: str, grade: str | None) -> set[str]:
        """Who was written with ``rank`` of ``grade`` ("head" of "head constable"), or with
        ``rank`` of any grade where none is asked."""
        if grade is not None:
            return self.rank_named.get(f"{grade} {rank}", set())
        return {n for key, names in self.rank_named.items()
                if key.split()[-1] == rank for n in names}  # fmt: skip

    def _rank_told(self, noun: Token) -> Named | None:
        """The one person the report wrote with this rank, for "the RANK" with no owner,
        no "of", no clause and no name of its own; none where two people bore the rank or
        the one who did is told as victim or witness."""
        if noun.lower_ not in RANKS | PROFESSIONS or not singular_noun(noun):
            return None
        if noun.i in self.by_token or noun.lower_ in PROFESSIONS and not plain_noun(noun):
            return None  # "the doctor on duty", "the junior doctor": another doctor
        marks = [c for c in noun.children if c.dep_ in ("det", "poss")]
        if not marks and noun.dep_ == "conj":
            marks = [c for c in noun.head.children if c.dep_ in ("det", "poss")]
        if [c.lower_ for c in marks] != ["the"]:
            return None  # "a constable", "his constable", "that inspector"
        for c in noun.children:
            if c.dep_ in ("relcl", "acl") and _set_off(noun, c):
                continue  # "The constable, interdicted from duty, was remanded": said of him
            if c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ == "of":
                return None  # "the constable who recorded it", "the inspector of the station"
            if c.dep_ in _JOINED and (not c.is_lower or c.i in self.by_token):
                return None  # "the Elite Force constable": which force's, said anew
        # "the head constable": only those written with that grade; "the constable": every
        # bearer of a constable's rank, head constables too (the report may drop the grade)
        grade = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.is_lower]
        told = self._rank_bearers(noun.lower_, grade[-1] if len(grade) == 1 else None)
        if len(told) != 1:
            return None
        name = next(iter(told))
        if self._told_apart(name):
            return None  # the constable the report told as the one shot, or as a witness
        if noun.lower_ in PROFESSIONS and not self._profession_his(noun, name):
            return None
        first = min(c.i for c in noun.children if c.dep_ in ("det", *_JOINED))
        return Named(name, self.doc[first].idx, noun.idx + len(noun.text))

    def _profession_his(self, noun: Token, name: str) -> bool:
        """Whether "the doctor" may stand for ``name``, the one the report wrote "Dr"
        before: no one else was described with the noun ("Y, a doctor"), he is cast as no
        victim, witness or judge ("Dr X, who conducted the post-mortem"), and, not accused
        so far, he is described by no office of his own ("Dr X, the medical superintendent,
        said ...": an official speaking of another doctor) and was written in this sentence
        or the one before ("Dr X runs a clinic. Police arrested the doctor"): further on,
        "the doctor" a report accuses is as often another, whom it never named."""
        profession = noun.lemma_.lower()
        if self.noun_named.get(profession, set()) - {name} or name in self._cast_apart():
            return False
        if name in self.accused_so_far:
            return True
        # (the owner of what he runs is no office: "Dr X runs a clinic" is its owner)
        offices = {n for n, named in self.noun_named.items() if name in named}
        offices -= {profession} | _LEX.owner_nouns
        return not offices and self._written_just_before(noun, name)

    def _written_just_before(self, noun: Token, name: str) -> bool:
        """Whether ``name`` is written in ``noun``'s sentence before it or in the sentence
        before that."""
        first = noun.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        mentions = (self.by_token.get(i) for i in range(first, noun.i))
        return any(m is not None and self._person_full_name(m) == name for m in mentions)

    def _ranks_told(self, noun: Token) -> list[Named]:
        """ "sent the two ASIs to jail", "both constables": a definite plural of a rank
        stands for everyone the report wrote with that rank ("ASI X, ASI Y"), two or more,
        as many as a count says, and all accused so far or counted (role63) - an
        investigator of the same rank keeps it his own (two bearers, one not accused, and no
        count: no one)."""
        if noun.tag_ not in ("NNS", "NNPS") or noun.i in self.by_token:
            return []
        rank = noun.lower_[:-1] if noun.lower_.endswith("s") else None
        if rank not in RANKS:
            return []
        counting = legal().counting_quantifiers
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        if not marks & ({"the", "all"} | counting.keys()):
            return []  # "two constables", "his constables": others, or someone's
        if any(c.dep_ in ("relcl", "acl", "appos", "poss") or c.lower_ == "of"
               for c in noun.children):  # fmt: skip
            return []  # "the constables who raided it", "the ASIs of the station"
        told = sorted(self._rank_bearers(rank, None))
        sizes = {counting[w] for w in marks if w in counting} | counts_of(noun)
        if len(told) < 2 or sizes and len(told) not in sizes:
            return []
        # one not accused so far is read back only where a count says how many the plural
        # is ("the two constables were remanded"), and never one told as victim or witness
        fresh = [name for name in told if name not in self.accused_so_far]
        if fresh and not sizes or any(self._told_apart(name) for name in fresh):
            return []
        return [Named(name, noun.idx, noun.idx + len(noun.text)) for name in told]


def _set_off(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` on ``noun`` is set off by commas right after it ("the constable,
    interdicted from duty,"): a clause that tells more of the one the noun stands for, not
    one that says which ("the constable who recorded it" - another than the accused)."""
    doc = noun.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    opened = first == noun.i + 2 and doc[noun.i + 1].text == ","
    return opened and last + 1 < len(doc) and doc[last + 1].text == ","


def _rank_of(name: Span) -> str | None:
    """The rank ``name`` is written with: its own first words where NER kept them ("Head
    Constable X": the last rank word among them), else the word right before it that the
    rank may be ("constable X", "Elite Force constable X")."""
    # the last rank word among the name's capitalised first words, the name going on after it
    ranks = [
        i for i, word in enumerate(name[:-1])
        if word.lower_ in RANKS and all(w.is_title or w.is_upper for w in name[: i + 1])
    ]  # fmt: skip
    if ranks:
        # with its grade, the word before it ("Head Constable X": "head constable"), so
        # that "the head constable" is not the constable the report also names
        i = ranks[-1]
        grade = name[i - 1] if i > 0 and name[i - 1].lower_ not in RANKS else None
        return f"{grade.lower_} {name[i].lower_}" if grade is not None else name[i].lower_
    apposed = _apposed_rank(name)
    if apposed is not None:
        return apposed
    if name.start == 0:
        return None
    # right before it, however the parse hangs it ("constable X and constable Y": the second
    # rank a conjunct of the first name), so that two bearers are both counted
    before = name.doc[name.start - 1]
    if before.lower_.rstrip(".") in _COURTESY_TITLES and name.start > 1:
        before = name.doc[name.start - 2]  # "hospital superintendent Dr X": the rank is his
    if before.lower_ not in RANKS:
        return None
    # its grade, the word written right before it ("Head Constable X", "head constable X",
    # "Warrant officer X"), however the parse hangs it: the parser makes "head" of "names
    # head constable X" a verb and "Warrant" an adjective, and a grade asked for by "the head
    # constable" is read off the text (``_rank_told``); a word of grammar is no grade
    grade = name.doc[name.start - 2] if name.start > 1 else None
    if grade is None or not _written_grade(grade):
        return before.lower_
    return f"{grade.lower_} {before.lower_}"


def _written_grade(word: Token) -> bool:
    """Whether ``word``, written right before a rank that is written before a name, is the
    rank's grade: a word, no rank itself, joined to the rank by the parse ("Head Constable
    X"), or else no word of grammar ("the", "of", "and") and lower-case or the sentence's
    first ("head constable X" with "head" parsed a verb, "Warrant officer X was charged")."""
    if not word.is_alpha or word.lower_ in RANKS:
        return False
    if word.dep_ == "compound":
        return True
    return word.pos_ not in _GRAMMAR_POS and (word.is_lower or word.i == word.sent.start)


def _apposed_rank(name: Span) -> str | None:
    """The rank a noun apposed to the name gives it, one bearer's ("X, the hospital
    superintendent,", "a former tax inspector, X", "a customs officer, X"), with its grade
    where a lower-case noun is joined to it ("tax inspector"): the report calls an official
    by the office after it as often as by a rank written before the name, and "the
    inspector" reads back to him as to "Inspector X" - a plural ("officers") is a group's."""
    root = name.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.lower_ not in RANKS or noun.tag_ != "NN" or noun.i in range(name.start, name.end):
            continue
        grade = [c for c in noun.children if c.dep_ == "compound" and _grade_word(c)]
        return f"{grade[-1].lower_} {noun.lower_}" if grade else noun.lower_
    return None


def _grade_word(word: Token) -> bool:
    """Whether ``word`` may be a rank's grade: a lower-case word, no rank itself ("tax" of
    "tax inspector", "head" of "head constable")."""
    return word.is_lower and word.is_alpha and word.lower_ not in RANKS
