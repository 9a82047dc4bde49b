"""Where the act of a confession or an accusation is named: in the words its cue governs.

"X confessed to the killing of Y" names the act in the verb's object; "the court relied on X's
confession before a magistrate, which was backed by a report matching a pistol recovered from
him" names none: the pistol is evidence told by a relative clause on the magistrate, no act X
confessed to. So the act is read first from the governed words (``governed_words``) and only
when they name none from the sentence - for a confession, less its relative clauses on
anything but a party (``asides``): "X, whom the police accused of 37 killings, retracted his
confession" still gives the killings, a relative clause on the accused telling what he is
accused of. An accusation read from a noun ("the absconders") governs no act and takes the
whole sentence's, its relative clauses included ("an attack on the mall that killed 67").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.records import Range

__all__ = ["asides", "governed_words"]

# What a verb does not govern as its content: its subject (a name or the speaker, never the
# act), a clause joined to it or set beside it (its own statement: "X confessed, and the police
# said ..."), a clause of circumstance ("after he was caught with a pistol": when, not what),
# and its function words.
_NOT_CONTENT = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "expl",
        "conj",
        "cc",
        "parataxis",
        "advcl",
        "relcl",
        "punct",
        "aux",
        "auxpass",
        "neg",
        "mark",
    }
)


def governed_words(cue: Token, parties: list[Range]) -> list[Range]:
    """The character ranges of what ``cue`` governs: a verb's objects, complements and
    prepositional phrases (``_NOT_CONTENT`` left out); a noun's own phrase less its relative
    clauses ("his confession, which was backed by a pistol": what is said of the confession,
    not what it confesses). A relative clause on a party is said of the party ("accused X,
    who carried a pistol, of the bombing") and left out too; one deeper in, on the deed
    confessed ("confessed to the attack in which two guards were shot"), is the deed's."""
    verb = cue.pos_ in ("VERB", "AUX")
    kept = [
        c for c in cue.children
        if not (c.dep_ in _NOT_CONTENT if verb else _relative(c))
    ]  # fmt: skip
    out: list[Range] = [(cue.idx, cue.idx + len(cue.text))]
    for child in kept:
        aside = {
            word.i for clause in child.subtree
            if _relative(clause) and _on_party(clause.head, parties)
            for word in clause.subtree
        }  # fmt: skip
        out.extend((t.idx, t.idx + len(t.text)) for t in child.subtree if t.i not in aside)
    return out


def asides(sent: Span, cue: Token, parties: list[Range]) -> list[Range]:
    """The relative clauses of ``sent`` that describe something other than a party: on the
    cue itself or on any noun outside what it governs ("before a magistrate, which ...") -
    what they name is said of that thing, not of the act. One on a party's name is kept ("X,
    who is accused of murder"), as is one on a noun the cue governs (the deed confessed)."""
    governed = {start for start, _ in governed_words(cue, parties)}
    out: list[Range] = []
    for token in sent:
        if not _relative(token):
            continue
        head = token.head
        on_deed = head.i != cue.i and head.idx in governed
        if _on_party(head, parties) or on_deed:
            continue
        out.extend((t.idx, t.idx + len(t.text)) for t in token.subtree)
    return out


def _relative(token: Token) -> bool:
    """A relative clause ("which was backed by ...", "the pistol he bought"), not a noun's
    complement the parser labels as one ("a confession that he had stabbed the guard": its
    "that" a complementizer, the clause what was confessed)."""
    return token.dep_ == "relcl" and not any(c.dep_ == "mark" for c in token.children)


def _on_party(token: Token, parties: list[Range]) -> bool:
    return any(start <= token.idx < end for start, end in parties)
