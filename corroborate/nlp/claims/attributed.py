"""The main subjects of a sentence whose attribution trails its content: "X gave a
confessional statement before the magistrate on Tuesday, said Inspector Y", "X was arrested
in April, police said". The parser makes the verb of saying the root and the report's own
clause its complement, so the root's subject is the speaker; but the sentence is about X -
the speaker only vouches for it. A pronoun of the next sentence ("He was later sent to
jail") continues X, not the officer quoted.

Only a verb of saying (``reporting_cues``) after its complement: a speaker who opens the
sentence ("Inspector Y said X gave a statement") is its subject as written.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["main_subjects"]

_SAYING = kinds_lexicon().reporting_cues


def main_subjects(sent: Span) -> list[Token]:
    """The subjects of ``sent``'s root, or, where the root is a verb of saying that trails
    the clause it reports, that clause's subjects."""
    root = sent.root
    if root.lemma_.lower() in _SAYING:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
        if len(reported) == 1:
            inner = [c for c in reported[0].children if c.dep_ in NOUN_SUBJECTS]
            if inner:
                return inner
    return [c for c in root.children if c.dep_ in NOUN_SUBJECTS]
