"""The name of a noun a subject relative clause describes, set off by commas after the clause.

"The woman who ran the premises, X, 41, was arrested", "a nursing technician who assisted in
the operation, X, admitted ...": a report brings in one it will accuse by what they did
("who ran the premises"), then gives the name between commas, then goes on with the verb the
noun is the subject of. The name closes the subject phrase, so it renames the noun the clause
describes. The parser hangs it on the nearest noun before it - the clause's own object
("premises", "operation") - or on the noun, where ``listed_names.apposed_nearer`` gives it to
that nearer noun as it must for "X, the man sentenced for killing his former girlfriend,
nurse Y" (a participle on a noun that already has its name). No reading then finds X.

Only this shape: a noun with no name of its own, the subject of a verb written after the name,
described by a "who" clause whose subject is the pronoun itself; the name written right after
the clause between commas; and the clause ending on no person's noun or name, which may be
the one named ("The man who attacked the woman, Y, was arrested": Y is the woman).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["renamed_past_subject_relative"]


def renamed_past_subject_relative(head: Token) -> Token | None:
    """The name (the head word of its apposition, wherever the parser hung it) that renames
    ``head`` after a subject relative clause on it, in the shape the module tells; None
    where there is no such name."""
    if head.pos_ != "NOUN" or head.dep_ not in NOUN_SUBJECTS:
        return None
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos") and c.i < head.i
           for c in head.children):  # fmt: skip
        return None  # "driver Y, who ...": the noun has its name
    clause = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    if clause is None or not _subject_is_its_pronoun(clause):
        return None
    doc = head.doc
    verb = head.head
    # the first comma after the clause's verb opens the name (the parser may hang the name
    # inside the clause, so the clause's own edge cannot tell where it ends)
    comma = next((t.i for t in doc[clause.i + 1 : verb.i] if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    name = _name_starting_at(doc[comma + 1])
    if name is None:
        return None
    end = name.right_edge.i  # (its age and its closing comma may hang on it)
    closing = end if doc[end].text == "," else end + 1
    if closing >= verb.i or doc[closing].text != ",":
        return None  # the name is not set off by its closing comma before the verb
    last = doc[comma - 1]
    lex = legal()
    people = lex.people_nouns | lex.victim_words | lex.accused_nouns | lex.kinship_words
    named = last.pos_ == "PROPN" and not last.is_lower  # (the tagger makes "van" one too)
    if named or last.lemma_.lower() in people | set(lex.role_nouns):
        return None  # the clause ends on a person, who may be the one named
    return name


def _subject_is_its_pronoun(clause: Token) -> bool:
    """A relative clause whose subject is its "who" ("who ran the premises", "who was with
    him"), not an object relative ("whom the FIA accused", ``object_relative``)."""
    return any(c.dep_ in NOUN_SUBJECTS and c.lower_ == "who" and c.tag_ == "WP"
               for c in clause.children)  # fmt: skip


def _name_starting_at(word: Token) -> Token | None:
    """The head of a person's name that opens at ``word`` and is an apposition (of the
    described noun or of a noun inside its clause): "Karina Paredes Vela", its head "Vela"."""
    if word.pos_ != "PROPN":
        return None
    head = word
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    first = next(t for t in head.subtree if not t.is_punct)
    if head.dep_ != "appos" or first.i != word.i:
        return None
    return head
