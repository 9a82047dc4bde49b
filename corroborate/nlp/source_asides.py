"""A source span without the participle clause set off after its name.

Reporters hang an aside on the speaker between commas: "Senator X, facing a stiff challenge
at home, said ...", "Judge Y, writing for the majority, said ...", "Z, clad in a red cape,
said ...". The aside tells something about the speaker, not who speaks; PolNeAR's sources
leave it out nearly two times in three, and a long aside kept in halves the source's overlap
with the name (scored by token Jaccard). Relative clauses ("X, who was ... , said") are not
cut: PolNeAR keeps them in more often than not (PolNeAR train: 251 kept, 176 left out).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from corroborate.nlp.fronted_subject import place_read_as_subject
from corroborate.nlp.roles import Placed
from corroborate.nlp.spans import char_ranges

__all__ = ["without_aside", "without_asides", "without_fronted_place"]

# The participles that open an aside: "facing ...", "clad in ...", "writing for ...".
_PARTICIPLES = frozenset({"VBG", "VBN"})
# A participle that opens no clause: "X, including Y" (a preposition), "A, retired judge B"
# (an adjective in a list of names).
_NOT_A_CLAUSE = frozenset({"prep", "amod", "compound"})
# The relative pronouns: "who", "whom", "which", "that", "whose".
_RELATIVES = frozenset({"WP", "WDT", "WP$"})
# What the comma before the aside follows: the speaker's name or noun, or a parenthesis
# after it ("Sen. X (R-Mo.), facing ...").
_NAMES = frozenset({"NOUN", "PROPN", "PRON"})


def without_aside(doc: Doc, source: list[int]) -> list[int]:
    """``source`` (token ids) up to the first comma, after a noun of the source, that opens
    a participle clause ("X, facing ..."); ``source`` unchanged where there is none.

    Read from the tags, not the parse: the parser often makes the participle the subject
    ("X , writing for the majority , said": "writing" the subject of "said")."""
    ids = set(source)
    for i in sorted(source):
        comma = i - 1
        if (
            doc[i].tag_ in _PARTICIPLES
            and doc[i].dep_ not in _NOT_A_CLAUSE
            and doc[comma].text == ","
            and comma - 1 in ids
            and (doc[comma - 1].pos_ in _NAMES or doc[comma - 1].text == ")")
            # inside a relative clause the comma closes a name in it ("a major who X, R-S.C.,
            # fired"), and the participle is that clause's verb
            and not any(doc[j].tag_ in _RELATIVES for j in source if j < comma)
        ):
            return [j for j in source if j < comma]
    return source


def without_fronted_place(doc: Doc, source: list[int]) -> list[int]:
    """``source`` (token ids) without a fronted place the parser made its head ("Outside
    court, X's mother, Y, said": the mother's words, ``fronted_subject``); unchanged where
    there is none."""
    ids = set(source)
    heads = [doc[i] for i in source if doc[i].head.i not in ids]
    if len(heads) != 1:
        return source
    [head] = heads
    hidden = place_read_as_subject(head, head.head)
    if hidden is None:
        return source
    return [t.i for t in hidden.subtree if t.i in ids] or source


def without_asides(doc: Doc, placed: list[Placed]) -> list[Placed]:
    """``placed`` with each source cut before an aside (``without_aside``) and cleared of a
    fronted place read as its head (``without_fronted_place``)."""
    out = []
    for p in placed:
        source = without_aside(doc, without_fronted_place(doc, p.frame.source))
        if source != p.frame.source:
            # a new frame: the rules' frames are shared with the tagger's attributions
            p = Placed(replace(p.frame, source=source), p.cue, char_ranges(doc, source), p.content)
        out.append(p)
    return out
