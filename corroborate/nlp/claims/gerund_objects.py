"""The gerund an admitting verb takes as its object, where the parser hung it as an adverbial
clause: "the driller, in his account to detectives, acknowledged drilling the wells at night"
(the parser's "drilling": advcl of "acknowledged", where "Ruiz ... acknowledged drilling" gets
xcomp). A gerund right after the verb, with no word of its own before it to mark a clause
("after", "while", "by"), is what is admitted, not when or how.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["adverbial_gerund"]


def adverbial_gerund(verb: Token) -> list[Token]:
    """The gerund ``verb``'s parser made an adverbial clause right after it, unmarked ("acknowledged
    drilling"); none where a word comes between ("admitted, laughing, ...") or one marks it
    ("admitted it after drilling")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i == verb.i + 1
        and not any(d.dep_ in ("mark", "aux", "nsubj") and d.i < c.i for d in c.children)
    ]
