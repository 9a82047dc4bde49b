"""A statement the accused's side asks a court to keep out of evidence, or says may not be
used: "his lawyer asked the judge to set aside the record of his first police interview",
"her counsel asked the court to exclude the confession", "the defence would ask the judge to
rule the statement inadmissible", "his counsel argued that the admission recorded by police
was inadmissible".

A side asks that a statement be kept out, or argues that it cannot be used, only when it
disputes that the statement is the accused's free word: as to challenge it
(``claims.challenged``), it is his retraction. Whose statement it is, and that only an
accused's side or one who confessed takes it back, ``StatementChallenged`` decides as it does
for a challenge; this module finds only the statement.

Read from the parse, two shapes:
- asked: a verb of keeping out (``kinds.exclusion_verbs``, with its particle: "set aside"),
  or a verb whose object or complement is a word of being unusable (``kinds.inadmissible_words``:
  "rule the statement inadmissible"), that a verb of asking takes as its complement ("asked
  the judge to ...", ``legal.request_verbs``, ``bail_seeking_verbs``: "moved the court to");
- argued: a reported clause whose verb is "be" with such a word as its complement and the
  statement as its subject ("argued that the admission ... was inadmissible").
Neither is read negated ("did not ask the court to exclude it", "was not inadmissible").

The statement is a statement or confession noun, a record of questioning under caution or by
a custodian ("his police interview", ``police_interviews``), or one such told as the
"of" object of what was asked kept out ("the record of his interview", "the video of his
statement"). A court that rules a statement inadmissible on its own is no side asking: no
verb of asking takes its ruling.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import KindsLexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.police_interviews import police_record
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated

__all__ = ["excluded_statement"]

# where the parser hangs "inadmissible" of "rule the statement inadmissible": on the object,
# or on the verb as its object predicate or complement
_PREDICATES = frozenset({"amod", "oprd", "acomp", "xcomp", "ccomp"})


def excluded_statement(verb: Token, kinds: KindsLexicon, lex: LegalLexicon) -> Token | None:
    """The statement ``verb`` asks kept out of evidence or argues unusable, if any."""
    # asked for every token of every sentence: only a clause under a verb of asking or
    # arguing can be one, so the cheap test of its label comes first
    if verb.dep_ not in ("ccomp", "xcomp") or negated(verb):
        return None
    if verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" and not negated(verb.head):
        if any(c.dep_ == "acomp" and c.lower_ in kinds.inadmissible_words for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
            return next((s for s in (_statement(c, lex) for c in subjects) if s), None)
        return None
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in lex.asking_verbs:
        return None
    if negated(verb.head):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    phrase = f"{verb.lemma_.lower()} {particle}".strip()
    unusable = any(
        c.lower_ in kinds.inadmissible_words
        for w in (verb, *objects)
        for c in w.children
        if c.dep_ in _PREDICATES
    )
    if phrase not in kinds.exclusion_verbs and not unusable:
        return None
    return next((s for s in (_statement(o, lex) for o in objects) if s), None)


def _statement(noun: Token, lex: LegalLexicon) -> Token | None:
    """``noun`` if it is a statement, else the statement it is a record of ("the record of
    his interview")."""
    if _a_statement(noun, lex):
        return noun
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return next((o for o in of if _a_statement(o, lex)), None)


def _a_statement(noun: Token, lex: LegalLexicon) -> bool:
    if noun.lemma_.lower() in lex.statement_or_confession_nouns:
        return True
    # "his police interview", "his garda interviews": questioning by a custodian, never the
    # press's interview (``police_interviews``)
    return police_record(noun, lex)
