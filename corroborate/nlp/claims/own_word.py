"""The speaker's own earlier word, quoted: '"I said on the first day that I was not there,"
X told reporters', '"I have told them from the start I had nothing to do with it," he said'.
A quoted sentence whose verb of saying has "I" for subject reports what the one quoted said
before - the clause it holds is that speaker's word as much as the quote is, so what clears
there clears for them (``Answers._denied_in_content``). And a "that" the parser took for an
adverb of that clause ("that/advmod we were not there") is the clause's mark, not a time.
And with no "that" at all, '"I told them from the first day I was at home"', the parser
hangs the said clause on "day" as a relative clause (``told_past_its_time``); so it does with
a "that" after "the first day" ('"I told them on the first day that I had done nothing"',
'"I told the police the first day that I had nothing to do with it"', den94), where "that"
opens what was told, not a relative clause of the day: the day is the first, the day the
telling began - "the day that I was arrested" has no "first" and stays a relative clause.
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
        for noun in _time_nouns(verb)
        for clause in noun.children
        if clause.dep_ == "relcl"
        and clause.i > noun.i
        and any(c.dep_ in NOUN_SUBJECTS for c in clause.children)
        and not any(
            t.tag_ in ("WDT", "WP", "WRB") and not _that_opening_the_told(t, noun)
            for t in _relative_words(clause)
        )
    ]


def _time_nouns(verb: Token) -> list[Token]:
    """The nouns of the verb's time phrases: the object of its prepositions ("on | the first
    day"), or a bare noun phrase the parser hung on it ("told the police the first day")."""
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return objects + [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]


def _that_opening_the_told(word: Token, noun: Token) -> bool:
    """A "that" the parser took for the relative word of "the first day", where it opens the
    clause told: the clause's adverb or mark, first of the clause, on a noun an ordinal
    "first" modifies ("on the first day that I had done nothing")."""
    if (
        word.lower_ != "that"
        or word.dep_ not in ("advmod", "mark")
        or word.i != word.head.left_edge.i
    ):
        return False
    return any(a.dep_ == "amod" and a.lower_ == "first" for a in noun.children)


def _relative_words(clause: Token) -> list[Token]:
    """The words a relative clause may open with: its own children ("when", "that"), and the
    objects of its prepositions ("on which")."""
    preps = [c for c in clause.children if c.dep_ == "prep"]
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod", "nsubj", "dobj")]
    return marks + [o for p in preps for o in p.children if o.dep_ == "pobj"]
