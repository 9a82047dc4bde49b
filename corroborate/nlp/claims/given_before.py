"""Before whom a statement was given, told by the participle right after its noun: "the
statements given before the magistrate had been extracted after they were beaten during
remand" - given before a magistrate, judicial.

Read by the words, not the parse: the parser takes "before" there for a conjunction and the
magistrate for the subject of the verb after it ("... before the magistrate had been
extracted"), so the phrase on the noun is lost, and the clause after it (the beating a
retraction tells of) would be read as where the confession was made. Both the setting of a
confession (``Settings``) and of one told only by its retraction (``Retractions``) ask it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["given_before"]

# The words that open the phrase of before or by whom a statement was given or recorded.
_BEFORE_WHOM = frozenset({"before", "by", "to"})
# The parts of speech of the noun phrase after it ("the senior judicial magistrate").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
# How many words of that phrase are read.
_PHRASE_WORDS = 5


def given_before(noun: Token, lex: LegalLexicon) -> Setting | None:
    """The setting the phrase after a statement noun's participle of giving or recording
    names ("the statement recorded before the judicial magistrate", "the confession made to
    the police"), or None where the noun is not so followed or the phrase names none."""
    doc = noun.doc
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 3 >= len(doc):
        return None
    participle, word = doc[noun.i + 1], doc[noun.i + 2]
    givers = lex.statement_givers
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in givers:
        return None
    if word.lower_ not in _BEFORE_WHOM:
        return None
    end = word.i + 1
    while end < len(doc) and end - word.i <= _PHRASE_WORDS and doc[end].pos_ in _PHRASE_POS:
        end += 1
    last = doc[end - 1]
    return setting_in(doc.text[word.idx : last.idx + len(last.text)])
