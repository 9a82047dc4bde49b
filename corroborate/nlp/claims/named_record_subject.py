"""A subject described by the record that names it, then named - wherever the parser hung
the name.

"The patwari named in the FIR, X, has obtained pre-arrest bail", "The tehsildar whose name
surfaced in the munshi's statement, X, has meanwhile obtained bail": a South Asian report
introduces one it has not named yet by the record that names him (the FIR, a co-accused's
statement), then gives his name between commas before the verb. The small parser hangs that
name inside the describing clause - the object predicate of "named", the object of "in" -
so the subject ("the patwari") names no one, and the bail, the remand or the arrest the verb
tells is lost.

Read here: a subject noun (no name of its own) carrying a clause that says it is named in a
record - a verb of naming or charging ("named", "nominated", "booked") or "whose name" with
any verb ("appears", "surfaced") - and a person's name set off by commas that ends right
before the subject's verb (its auxiliaries and adverbs aside) and lies inside that clause.
That name is the subject's. Not a clause of a deed ("the man accused of killing the
shopkeeper, X, was arrested": X may be the shopkeeper): the clause must hold no object and
no "of" phrase, only where the naming is found.

Asked only by ``ListedNames._coordinated``, the one place that decides which name a clause
or phrase describing a noun hangs is that noun's (beside ``renamed_past_subject_relative``
and ``ApposedNames.apposed_past_place``): there the name stands in the subject's place.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import DESCRIBING_CLAUSES, NOUN_SUBJECTS
from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import Mention

__all__ = ["named_record_subject"]

# What may stand between a subject's name and its verb: "has", "was", "meanwhile", "also".
_BEFORE_VERB = frozenset({"aux", "auxpass", "advmod", "neg"})
# What would make the clause tell a deed rather than a naming: an object of its verb
# ("the man who shot the guard, X": X may be the guard).
_OBJECTS = frozenset({"dobj", "dative"})


def named_record_subject(
    noun: Token, by_token: Mapping[int, Mention], lex: LegalLexicon
) -> Token | None:
    """The first word of the person's name that renames ``noun``, a subject described by
    the record naming it; None where it has a name of its own or the shape does not fit."""
    if noun.dep_ not in NOUN_SUBJECTS or not _unnamed(noun, by_token):
        return None
    clause = _naming_clause(noun, lex)
    if clause is None:
        return None
    verb = noun.head
    # the comma that closes the name: the last word before the verb's own words
    end = verb.i - 1
    while end > noun.i and noun.doc[end].dep_ in _BEFORE_VERB and noun.doc[end].head == verb:
        end -= 1
    doc = noun.doc
    if end <= noun.i or doc[end].text != ",":
        return None
    first = end - 1
    while first > noun.i and (doc[first].pos_ == "PROPN" or doc[first].lower_ in ALIAS_MARKERS):
        first -= 1
    if doc[first].text != "," or first + 1 >= end:
        return None
    name = doc[first + 1]
    mention = by_token.get(name.i)
    if mention is None or mention.type != "person" or mention.start != name.idx:
        return None
    inside = {t.i for t in clause.subtree}
    return name if all(i in inside for i in range(first + 1, end)) else None


def _unnamed(noun: Token, by_token: Mapping[int, Mention]) -> bool:
    """Whether ``noun`` names no one: a common noun with no mention, or a body's name the
    parser made the head of the office it qualifies ("the WASA sub-engineer": "WASA" with
    "engineer" in apposition)."""
    if noun.pos_ == "NOUN":
        return noun.i not in by_token
    body = by_token.get(noun.i)
    office = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in noun.children)
    return body is not None and body.type == "organization" and office


def _naming_clause(noun: Token, lex: LegalLexicon) -> Token | None:
    """The clause on ``noun`` (or on a noun the parser set in apposition to it, "the sub -
    engineer") that says it is named in a record, holding no deed."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    naming = set(lex.accuse_verbs) | set(lex.charge_verbs)
    for head in heads:
        for clause in (c for c in head.children if c.dep_ in DESCRIBING_CLAUSES):
            whose_name = any(
                c.dep_ in NOUN_SUBJECTS and c.lemma_.lower() in lex.record_naming_nouns
                and any(p.lower_ == "whose" for p in c.children)
                for c in clause.children
            )  # fmt: skip
            named = clause.tag_ == "VBN" and clause.lemma_.lower() in naming
            if not (whose_name or named):
                continue
            if not _tells_a_deed(clause):
                return clause
    return None


def _tells_a_deed(clause: Token) -> bool:
    """Whether a describing clause tells a deed as well as a naming - an object of its own, a
    verb inside it ("named in the FIR for beating the vendor, X": X may be the vendor; a
    participle before a noun, "the clerk's alleged statement", is no verb of its own) or an
    "of" phrase ("accused of the murder of the guard, X")."""
    words = [t for t in clause.subtree if t.i != clause.i]
    return any(
        t.dep_ in _OBJECTS
        and t.head.i == clause.i
        or t.pos_ in ("VERB", "AUX")
        and t.dep_ != "amod"
        or t.dep_ == "prep"
        and t.lower_ == "of"
        for t in words
    )
