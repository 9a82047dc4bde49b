"""The speaker's own earlier word, quoted: '"I said on the first day that I was not there,"
X told reporters', '"I have told them from the start I had nothing to do with it," he said'.
A quoted sentence whose verb of saying has "I" for subject reports what the one quoted said
before - the clause it holds is that speaker's word as much as the quote is, so what clears
there clears for them (``Answers._denied_in_content``). And a "that" the parser took for an
adverb of that clause ("that/advmod we were not there") is the clause's mark, not a time.
And with no "that" at all, '"I told them from the first day I was at home"', the parser
hangs the said clause on "day" as a relative clause (``told_past_its_time``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["a_mark_misread", "said_by_i", "told_past_its_time"]


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
    subjects = [c.i for c in word.head.children if c.dep_ in NOUN_SUBJECTS]
    return bool(subjects) and word.i < min(subjects)


def told_past_its_time(verb: Token, reporting: frozenset[str]) -> list[Token]:
    """'"I told them from the first day I was at home with my child"': the clause a verb of
    saying told by "I" (``said_by_i``) reports, which - with no "that" before it - the parser
    hangs on the time phrase's noun as a relative clause ("day <- I was at home"). Only where
    the verb has no reported clause of its own ("I told them from the day I was arrested that
    I was innocent" reports the "that" clause), and only a clause with a subject of its own
    and no relative word ("the day when ...", "the day on which ...")."""
    if not said_by_i(verb, reporting) or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if clause.dep_ == "relcl"
        and clause.i > noun.i
        and any(c.dep_ in NOUN_SUBJECTS for c in clause.children)
        and not any(t.tag_ in ("WDT", "WP", "WRB") for t in _relative_words(clause))
    ]


def _relative_words(clause: Token) -> list[Token]:
    """The words a relative clause may open with: its own children ("when", "that"), and the
    objects of its prepositions ("on which")."""
    preps = [c for c in clause.children if c.dep_ == "prep"]
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod", "nsubj", "dobj")]
    return marks + [o for p in preps for o in p.children if o.dep_ == "pobj"]
