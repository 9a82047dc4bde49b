"""A name the parser hung away from the preposition's object it renames.

"The court granted post-arrest bail to the salesman, X, against surety bonds": the small
parser hangs "X" on "granted" as an adverb; in "A warrant has been issued against the buyer,
X, the prosecutor's office said" it makes X the subject of "said" (and the office X's
apposition); in "Police are searching for the chairperson of the committee, X, who signed
the cheques" the subject of a verb after it. Either way the salesman, the buyer or the
chairperson names no one, and the one granted bail, sought or wanted is lost. A person's
name set off by commas right after the phrase of a preposition's object (a common noun)
renames that noun - the report's way of naming the one it described - wherever the parse
hung it: the adverb of a verb above the noun, or the subject of a clause the name opens
after the noun's own.

Not a name the parse reads as the noun's own (its apposition, a list's member: those are
read as they are), not a name that goes on into a clause of its own with no comma after
it ("gave the money to the driver, Ahmed said": Ahmed speaks), and not a name that is the
subject of a clause the noun is inside of, with nothing to close the name off as a phrase
(``_closed_off``), nor a name after a clause on the noun ("sentenced for the fire that
killed a firefighter, X": X is the firefighter).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import Mention

__all__ = ["stray_apposed_name"]

# What a name renaming the noun before it may be hung as, away from that noun: an adverb or
# a second object of a verb above, or the subject of a clause after it.
_STRAY_DEPS = frozenset({"npadvmod", "dobj", "nsubj", "nsubjpass"})
# Of those, the ones that hang the name on a verb above the noun's phrase.
_ON_THE_VERB = frozenset({"npadvmod", "dobj"})
# What closes a name off as a phrase of its own after the comma that follows it: its own
# apposition ("X, the prosecutor's office said") or relative clause ("X, who signed").
_CLOSING_DEPS = frozenset({"appos", "relcl"})
_CLOSING_MARKS = frozenset({",", ".", ";"})
# The prepositions whose object is the party an act is done to or meant for: bail granted
# "to", a warrant "against", a search "for". Not "of", whose object may be a victim ("the
# murder of the guard, X") or a complainant, nor "including", whose object is one of a group
# the act is on.
_PARTY_PREPOSITIONS = frozenset({"to", "against", "for"})
# A clause on the noun ("the fire that killed a firefighter"): a name after the comma that
# ends it renames the clause's own last noun (the firefighter, the victim), not the noun.
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def stray_apposed_name(noun: Token, by_token: Mapping[int, Mention]) -> Token | None:
    """The first word of the person's name that renames ``noun``, a preposition's object,
    after the comma that ends its phrase, where the parser hung that name elsewhere; None
    where the noun is a name itself, has an apposition of its own, or no such name follows."""
    doc = noun.doc
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.i in by_token:
        return None
    if noun.head.lower_ not in _PARTY_PREPOSITIONS:
        return None  # "the four suspects, including the guard, X": X is one of several
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "to the salesman, X" parsed as it is written: read as it is
    # the comma that ends the noun's phrase, which the parser may hang on the noun itself
    edge = noun.right_edge
    if any(edge in c.subtree for c in noun.children if c.dep_ in _CLAUSE_DEPS):
        return None  # "for the fire that killed a firefighter, X": X renames the clause's noun
    comma = edge.i if edge.text == "," and edge.i > noun.i else edge.i + 1
    if comma + 1 >= noun.sent.end or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    m = by_token.get(first.i)
    if m is None or m.type != "person" or m.start != first.idx:
        return None
    phrase = _name_phrase(first, noun.sent.end)
    if phrase is None:
        return None  # "to the driver, Ahmed said ...": the name opens a clause
    root = phrase.root
    if root.dep_ not in _STRAY_DEPS or noun in root.subtree or root in noun.subtree:
        return None
    if root.dep_ in _ON_THE_VERB:
        # an adverb or a second object of a verb the noun's phrase hangs below ("granted
        # bail to the salesman, X": X the verb's)
        return first if root.head in noun.ancestors else None
    return first if _closed_off(root, phrase.end) else None


def _name_phrase(first: Token, sent_end: int) -> Span | None:
    """The words from ``first`` to the comma or stop that closes them, where they are a
    name's: proper nouns, or an alias marker and the second name after it ("X alias
    Kala"); None where the name runs on into other words (a verb: it opens a clause)."""
    doc = first.doc
    end = first.i
    while end < sent_end and doc[end].text not in _CLOSING_MARKS:
        word = doc[end]
        if not (word.pos_ == "PROPN" or word.lower_ in ALIAS_MARKERS):
            return None
        end += 1
    if end >= sent_end or end == first.i:
        return None
    return doc[first.i : end]


def _closed_off(root: Token, end: int) -> bool:
    """Whether a name the parser made a clause's subject is closed off as a phrase: after
    its comma comes its own apposition ("X, the prosecutor's office said") or relative
    clause ("X, who signed the cheques") - the words a report sets a name off with when it
    renames the noun before it, where a subject goes straight on to its verb."""
    return any(c.dep_ in _CLOSING_DEPS and c.i > end for c in root.children)
