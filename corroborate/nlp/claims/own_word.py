"""The speaker's own earlier word, quoted: '"I said on the first day that I was not there,"
X told reporters', '"I have told them from the start I had nothing to do with it," he said'.
A quoted sentence whose verb of saying has "I" for subject reports what the one quoted said
before - the clause it holds is that speaker's word as much as the quote is, so what clears
there clears for them (``Answers._denied_in_content``). And a "that" the parser took for an
adverb of that clause ("that/advmod we were not there") is the clause's mark, not a time.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["a_mark_misread", "said_by_i"]


def said_by_i(verb: Token, reporting: frozenset[str]) -> bool:
    """Whether ``verb`` is a verb of saying (``reporting``) whose subject is a first person
    singular pronoun ("I said ...", "I told them ..."), read from the parse's person feature."""
    if verb.lemma_.lower() not in reporting:
        return False
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "PRON"
        and c.morph.get("Person", []) == ["1"]
        and c.morph.get("Number", []) == ["Sing"]
        for c in verb.children
    )


def a_mark_misread(word: Token) -> bool:
    """A "that" hung on a reported clause's verb as an adverb, before its subject: the
    clause's mark the parser misread ("said that/advmod we were not there")."""
    if word.dep_ != "advmod" or word.lower_ != "that":
        return False
    subjects = [c.i for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and word.i < min(subjects)
