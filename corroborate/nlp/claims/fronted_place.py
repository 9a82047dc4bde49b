"""A speaker behind a fronted place: "Outside court, X said he was innocent", "Outside the
courtroom, X, in a grey coat, said ...". The parser often takes the name after the fronted
phrase's comma for an apposition of the place's noun ("court ... X"), leaving the verb of
saying with no subject; the one who speaks is that name all the same - a place is never
said to be someone.

Read from the parse only: a verb with no subject of its own, a phrase of a preposition
before it, and on that phrase's noun an apposition between the two that names a person (a
proper noun, or a role noun of the lexicon: "Outside court, his lawyer said ..."); or a
name between the phrase and the verb that the parser hung on the verb as a loose modifier.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.person_words import person_word

__all__ = ["fronted_speaker"]

# Dependencies the parser gives a name it cannot place: "advmod", "npadvmod", "dep".
_LOOSE = ("advmod", "npadvmod", "dep")


def fronted_speaker(verb: Token) -> Token | None:
    """The apposition a fronted place phrase hides the speaker of ``verb`` in (above), or
    None."""
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    if fronted:
        # the name hung on the verb itself as a modifier, after the fronted phrase
        # ("Outside the court, X, in a grey coat, said ...")
        loose = [c for c in verb.children if c.dep_ in _LOOSE and fronted[0].i < c.i < verb.i]
        person = next((c for c in loose if c.pos_ == "PROPN" and person_word(c)), None)
        if person is not None:
            return person
    for prep in fronted:
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            named = [c for c in noun.children if c.dep_ == "appos" and c.i < verb.i]
            person = next((c for c in named if person_word(c)), None)
            if person is not None:
                return person
    return None
