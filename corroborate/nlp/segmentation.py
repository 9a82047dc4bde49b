"""The spaCy component that holds the parser to ``sentence_starts``: a line's first word, the
word after a dateline and a capital after a clear sentence end begin a sentence
(``nlp.sentences``).

spaCy's parser keeps a sentence start set before it runs and finds the others itself. Left
alone, it reads a headline, the dateline under it and the first sentence as one sentence
("... in 2013\\n\\nKARACHI:"), and the claim reader then reads an act of the headline from a
span that is neither the headline nor the sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.sentences import sentence_starts
from corroborate.nlp.title_abbreviations import is_title_abbreviation

__all__ = ["SEGMENTATION", "mark_sentence_starts"]

SEGMENTATION = "corroborate_sentence_starts"


@Language.component(SEGMENTATION)
def mark_sentence_starts(doc: Doc) -> Doc:
    """``doc`` with a sentence start on each token that begins at ``sentence_starts``."""
    starts = set(sentence_starts(doc.text))
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
        elif _inside_a_sentence(token) or _after_a_title_abbreviation(token):
            token.is_sent_start = False
    return doc


def _inside_a_sentence(token: Token) -> bool:
    """Whether ``token`` cannot begin a sentence: it follows a word or a comma on the same
    line, with no final punctuation between ("... trader Sunil Kumar Agrawal as its
    supplier": the parser, left alone, began a sentence at "Agrawal")."""
    before = token.doc[token.i - 1]
    if "\n" in before.whitespace_ or not before.whitespace_:
        return False
    return before.is_alpha or before.text == ","


def _after_a_title_abbreviation(token: Token) -> bool:
    """Whether ``token`` is a proper noun right after a title's abbreviation and its full
    stop ("his lawyer, Atty. Rosario Lim, said", "led by Insp. Tomas Reyes"): the name the
    title belongs to, which the parser, left alone, began a sentence with."""
    if token.i < 2 or token.tag_ not in ("NNP", "NNPS") or not token.text[:1].isupper():
        return False
    stop, word = token.doc[token.i - 1], token.doc[token.i - 2]
    if "\n" in stop.whitespace_:
        return False
    if stop.text == ".":
        return not word.whitespace_ and is_title_abbreviation(word.text)
    return stop.text.endswith(".") and is_title_abbreviation(stop.text[:-1])
