"""A statement whose own relative clause tells what its maker's side says of it: "the court did
not rely on his statement to police, which his lawyer had said was signed without a lawyer",
"the bench excluded his confession, which he had told the court was made after police beat
him", "the court admitted the statement he said he signed after three days in a cell".

A report of a ruling tells the accused's challenge to his confession as background, in a
relative on the statement the court weighed - where a report of the trial would have given it
a sentence of its own ("his lawyer said his statement was signed without a lawyer"). The
relative's verb is a verb of saying; what it reports has a gap where the statement would stand:
a passive with no subject ("which his lawyer said [it] was signed"; the parser hangs "which" on
the verb of saying as its object), or a verb of giving with no object ("he said he signed
[it]"). The statement is the noun the relative hangs on, or - where the parser hangs the
relative on a noun of the statement's own phrase ("his statement to police, which ...") - the
nearest statement noun above it. Whether the reported clause says it was coerced, and whose the
statement is, ``claims.coerced`` decides as it does for a sentence of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["relative_statement"]

# how far up from the noun the relative hangs on the statement noun may stand: "his statement
# to police, which" (police, to, statement) or "the statement X gave police in March, which"
# (March, in, gave, statement)
_REACH = 5

# the words a relative opens with that stand for the noun it hangs on
_RELATIVE_WORDS = frozenset({"which", "that"})

# the parts of speech a noun phrase's words before its last noun may have ("his confessional
# statement before a magistrate"): a verb or a comma between ends the phrase
_PHRASE_PARTS = frozenset({"DET", "ADJ", "ADP", "NOUN", "PROPN", "PRON", "NUM"})


def relative_statement(
    saying: Token, nouns: frozenset[str], givers: frozenset[str]
) -> tuple[Token, Token] | None:
    """The statement noun (``nouns``) a relative clause headed by the verb of saying
    ``saying`` stands for, and the clause that verb reports, where that clause has the
    statement's gap: a passive verb with no subject, or a verb of giving (``givers``) with
    no object ("he said he signed"). None where ``saying`` heads no relative, what it reports
    has no gap, or no statement noun stands above it; and none for a statement another
    person's noun owns ("the complainant's statement", "the statement of the eyewitness"):
    the accused's side disputing a witness's word takes back nothing of his own."""
    if saying.dep_ != "relcl":
        return None
    clause = next((c for c in _reported(saying) if _gapped(saying, c, givers)), None)
    if clause is None:
        return None
    statement = _antecedent(saying.head, nouns)
    if statement is None or _owned_by_another_noun(statement):
        return None
    return statement, clause


def _reported(saying: Token) -> list[Token]:
    """What a relative verb of saying reports: its clause, or - where the parser closed the
    relative at the verb and hung the passive after it on the sentence's verb ("his
    confession, which his counsel had argued | was obtained through torture") - the passive
    that opens right after the relative, whose "which" the verb of saying holds."""
    clauses = [c for c in saying.children if c.dep_ == "ccomp"]
    if clauses or not any(c.lower_ in _RELATIVE_WORDS for c in saying.children):
        return clauses
    after = saying.right_edge.i + 1
    if after >= len(saying.doc):
        return []
    auxiliary = saying.doc[after]
    stranded = auxiliary.head
    if auxiliary.dep_ == "auxpass" and stranded.dep_ in ("conj", "ccomp") and stranded.i > after:
        return [stranded]
    return []


def _gapped(saying: Token, clause: Token, givers: frozenset[str]) -> bool:
    """Whether the reported clause lacks the place the relative fills: "which his lawyer
    said was signed" (a passive, no subject of its own - "which" the parser hung on the
    saying, or the clause's own subject), "he said he signed" (a verb of giving, no
    object, no relative word anywhere: a contact relative)."""
    subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if passive:
        # the gap filled by the parser with the noun the relative hangs on ("her statement,
        # which her counsel submitted was recorded ...": "statement" its subject), or with
        # the hearer of "told" ("which he told the court was extracted": "the court")
        return all(
            s.lower_ in _RELATIVE_WORDS or s == saying.head or _hearer_taken(saying, s)
            for s in subjects
        )
    if clause.lemma_.lower() not in givers:
        return False
    opened = any(c.lower_ in _RELATIVE_WORDS for c in saying.children)
    return not opened and not any(c.dep_ in ("dobj", "ccomp") for c in clause.children)


def _hearer_taken(saying: Token, subject: Token) -> bool:
    """Whether the parser took the hearer of a verb of telling for the reported passive's
    subject: the noun phrase right after "told" ("which his lawyer had told the court was
    extracted by torture"), the relative word hung on the verb as its dative."""
    return subject.left_edge.i == saying.i + 1 and any(
        c.lower_ in _RELATIVE_WORDS and c.dep_ == "dative" for c in saying.children
    )


def _antecedent(noun: Token, nouns: frozenset[str]) -> Token | None:
    """The statement noun at or above the noun a relative hangs on, through the phrase that
    noun stands in (a preposition and its object, a relative of its own) - never past a
    clause the noun is no part of; else the one that opens the noun's own phrase in the
    words before it ("his statement to police, which": the parser may hang "to police" on
    the sentence's verb)."""
    token = noun
    for _ in range(_REACH):
        if _a_statement(token, nouns):
            return token
        if token.dep_ not in ("pobj", "prep", "npadvmod", "relcl", "acl", "appos", "dobj"):
            break
        if token.dep_ == "dobj" and token.head.dep_ not in ("relcl", "acl"):
            break
        token = token.head
    for before in reversed(noun.doc[max(noun.i - _REACH, noun.sent.start) : noun.i]):
        if _a_statement(before, nouns):
            return before
        if before.pos_ not in _PHRASE_PARTS:
            return None
    return None


def _a_statement(token: Token, nouns: frozenset[str]) -> bool:
    """A statement or confession noun (not a verb the tagger reads as one)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in nouns


def _owned_by_another_noun(statement: Token) -> bool:
    """Whether a noun that is no name owns the statement ("the complainant's statement",
    "the statement of the eyewitness Bashir"): someone's word the report describes by his
    part, not the accused's own."""
    for child in statement.children:
        if child.dep_ == "poss" and child.pos_ == "NOUN":
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(o.dep_ == "pobj" and o.pos_ != "PROPN" for o in child.children):
                return True
    return False
