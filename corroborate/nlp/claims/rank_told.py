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
leaves no doubt: the one person the report wrote with that rank (never two), and that person
already read as accused - an officer the report accuses is the officer "the constable" is
in a story about him; an investigator with the same rank keeps the rank his own (two
bearers: no one), and one who is not accused is never reached this way.

Remembered (``remember_ranks``): the rank word written right before a person's name, or the
first words of the name itself where NER folded the rank in
("Head Constable X"). Read back (``_rank_told``): "the RANK", singular, with "the" alone (or
shared with the conjunct's head), no owner, no "of", no clause on it that says which
(a clause set off by commas only tells more of him: "The constable, interdicted from duty,
was remanded") and no name of its own.
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
# How the parse joins a rank written before a name to it.
_JOINED = frozenset({"compound", "flat", "nmod", "amod"})


class RankTold:
    """Whom "the constable" stands for; the state is ``Naming``'s."""

    doc: Doc
    by_token: dict[int, Mention]
    accused_so_far: set[str]
    # The people written with each rank before their name, by the rank's lower-cased word
    # ("constable" -> {"Shahid Iqbal"}). Set by ``Naming``.
    rank_named: dict[str, set[str]]

    _person_full_name: Callable[[Mention], str]  # ``FullNames``'s

    def remember_ranks(self, sent: Span) -> None:
        """Remember whom this sentence writes with a rank before the name."""
        for m, span in persons_written(sent, self.by_token):
            rank = _rank_of(span)
            if rank is not None:
                self.rank_named.setdefault(rank, set()).add(self._person_full_name(m))

    def _rank_told(self, noun: Token) -> Named | None:
        """The one accused the report wrote with this rank, for "the RANK" with no owner,
        no "of", no clause and no name of its own; none where two people bore the rank or
        the one who did is not accused so far."""
        if noun.lower_ not in RANKS or noun.tag_ not in ("NN", "NNP") or noun.i in self.by_token:
            return None
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
        told = self.rank_named.get(noun.lower_, set())
        if len(told) != 1:
            return None
        name = next(iter(told))
        if name not in self.accused_so_far:
            return None
        first = min(c.i for c in noun.children if c.dep_ in ("det", *_JOINED))
        return Named(name, self.doc[first].idx, noun.idx + len(noun.text))

    def _ranks_told(self, noun: Token) -> list[Named]:
        """ "sent the two ASIs to jail", "both constables": a definite plural of a rank
        stands for everyone the report wrote with that rank ("ASI X, ASI Y"), two or more,
        as many as a count says, and all accused so far - an investigator of the same rank
        keeps it his own (not accused: no one)."""
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
        told = sorted(self.rank_named.get(rank, set()))
        sizes = {counting[w] for w in marks if w in counting} | counts_of(noun)
        if len(told) < 2 or sizes and len(told) not in sizes:
            return []
        if not all(name in self.accused_so_far for name in told):
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
        return name[ranks[-1]].lower_
    if name.start == 0:
        return None
    # right before it, however the parse hangs it ("constable X and constable Y": the second
    # rank a conjunct of the first name), so that two bearers are both counted
    before = name.doc[name.start - 1]
    return before.lower_ if before.lower_ in RANKS else None
