"""Capitals that write no name. A headline or a shouted line written in capitals ("NATO BOSS
STEPS DOWN", "IS DROUGHT BECOMING PART OF LIFE") and a common word shouted alone ("keep us
ALL moving") look like acronyms to NER and to the acronym finder, which type them
organisations. Such an "organisation" is then every "the party", "the city" or "all of
Ruritania" of the corpus that the ledger looks up (issue 13: "OF", "ALL", "CHAIR",
"PARTY" and "CITY" accused on unseen PolNeAR text).

The grammar decides, not a word list: a single capitals word inside a run of capitals words is
a name only where the document also writes it in running text as a name (the same acronym,
"NATO", or a one-word entity, "Trump" for "TRUMP"); a name NER reads as several words in the
run ("JENS STOLTENBERG") stays. A capitals word alone in mixed text is no name when it is a
function word the tagger does not read as a proper noun ("ALL" a pronoun; "US" the country is
a proper noun and stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["CapitalRuns", "capital_word"]

# Capitals words in a row that make a headline or a shout. Two already do ("TOP STORIES");
# two names side by side ("US CIA") are kept by the document writing them elsewhere.
_RUN = 2


def capital_word(token: Token) -> bool:
    """A word of letters all written in capitals ("OF", "NATO"; not "A", "U.S.")."""
    return token.is_alpha and len(token.text) >= 2 and token.text.isupper()


class CapitalRuns:
    """The runs of capitals words of one document, and which one-word spans in them or shouted
    alone write no name."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.inside = _run_tokens(doc)
        self.written = _written_as_names(doc, self.inside)

    def no_name(self, span: Span) -> bool:
        """Whether a one-word candidate name is a capitals word that names nothing."""
        if len(span) != 1 or not capital_word(span[0]):
            return False
        token = span[0]
        if token.i in self.inside:
            return token.lower_ not in self.written
        # a function word shouted alone: "keep us ALL moving" (a pronoun), not "the US" (PROPN)
        return token.lower_ in STOP_WORDS and token.pos_ != "PROPN"


def _run_tokens(doc: Doc) -> set[int]:
    """Token indices of the capitals words in runs of at least ``_RUN`` of them. A quote
    mark inside a line ("‘FARMERS WONDER ...’") does not end a run; any other word or mark
    does ("the PPP, MQM and ANP" is a list, "PML-N" one name), and so does a line break."""
    inside: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= _RUN:
            inside.update(run)
        run.clear()

    for token in doc:
        line_ends = "\n" in token.text or "\n" in token.whitespace_
        if capital_word(token):
            run.append(token.i)
        elif not (token.is_quote or token.is_space) or line_ends:
            close()
        if line_ends:
            close()
    close()
    return inside


def _written_as_names(doc: Doc, inside: set[int]) -> set[str]:
    """Lower-cased words the document writes as a name outside the runs: an acronym in
    capitals ("NATO" in running text) or an entity of one word ("Trump")."""
    out = {t.lower_ for t in doc if t.i not in inside and capital_word(t)}
    out.update(e[0].lower_ for e in doc.ents if len(e) == 1 and e[0].i not in inside)
    return out
