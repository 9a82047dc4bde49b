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

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.sentences import sentence_starts

__all__ = ["SEGMENTATION", "mark_sentence_starts"]

SEGMENTATION = "corroborate_sentence_starts"
# Titles only people carry, abbreviated before a name: "Atty. Y", "Sgt. Y" - short, as
# ``sentences`` reads an abbreviation ("Hall of Justice. His ..." ends a sentence).
_PERSONAL_TITLES = frozenset(t for t in name_words().personal_titles if len(t) <= 5)


@Language.component(SEGMENTATION)
def mark_sentence_starts(doc: Doc) -> Doc:
    """``doc`` with a sentence start on each token that begins at ``sentence_starts``."""
    starts = set(sentence_starts(doc.text))
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
        elif _inside_a_sentence(token):
            token.is_sent_start = False
    return doc


def _inside_a_sentence(token: Token) -> bool:
    """Whether ``token`` cannot begin a sentence: it follows a word or a comma on the same
    line, with no final punctuation between ("... trader Sunil Kumar Agrawal as its
    supplier": the parser, left alone, began a sentence at "Agrawal"); or it is a capital
    after a person's title abbreviated ("His lawyer, Atty. Noel Garcia, said ...", "Sgt. Y
    said ...": the parser, left alone, ended a sentence at the title's full stop)."""
    before = token.doc[token.i - 1]
    if "\n" in before.whitespace_ or not before.whitespace_:
        return False
    return before.is_alpha or before.text == "," or _after_a_title(token)


def _after_a_title(token: Token) -> bool:
    """A capitalised word right after a title's abbreviation and its full stop ("Atty. Y")."""
    if token.i < 2 or not token.text[:1].isupper():
        return False
    stop, title = token.doc[token.i - 1], token.doc[token.i - 2]
    return (
        stop.text == "."
        and not title.whitespace_
        and title.text.istitle()
        and title.lower_ in _PERSONAL_TITLES
    )
