"""The clauses a verb of saying reports: its own content clause, and the later clauses of a
series the parser hung elsewhere ("X said he had been held for a week, that the confession
attributed to him was written by the police and that ..."): under the first clause, on the
verb itself as its conjunct, or on the last noun of the verb's phrase as a relative whose
"that" fills no place in it. ``CoercedStatements`` reads each for a confession taken back.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["content_clauses"]


def content_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its own, and the later ones of a series the
    parser hung on the first ("X said he had been held for a week, that the confession
    attributed to him was written by the police and that ..."): a clause opened by its own
    "that", under the first as an adverbial clause or a conjunct."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        out.append(clause)
        out += [c for c in clause.children if c.dep_ in ("advcl", "conj")
                and _opened_by_that(c)]  # fmt: skip
    # "X, who had told the court at the start of the trial that he gave the statement after
    # being beaten": the parser may hang the clause on the last noun of the verb's phrase as
    # its relative - one whose "that" fills no place in it (the clause has its own subject
    # and object) is no relative but what the verb reports
    out += [r for p in verb.children if p.dep_ == "prep" for t in p.subtree
            if t.dep_ == "pobj" for r in t.children
            if r.dep_ == "relcl" and _gapless_that(r)]  # fmt: skip
    if out:
        # "he told the court that police had hung him from a grille, and that he had signed
        # what was written": the parser may hang the second "that" clause on the verb of
        # saying itself, as its conjunct - still what it reports, its "that" says so
        out += [c for c in verb.children if c.dep_ == "conj" and _opened_by_that(c)]
    return out


def _gapless_that(clause: Token) -> bool:
    """Whether a clause parsed as a relative opens with a "that" that is neither its subject
    nor its object, the clause holding both of its own ("that he gave the statement"): a
    content clause, not a relative ("the trial that he attended" wants its object)."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ not in ("mark", "dative"):
        return False
    deps = {c.dep_ for c in clause.children}
    return bool(deps & ACTIVE_SUBJECTS) and bool(deps & {"dobj"})


def _opened_by_that(clause: Token) -> bool:
    """Whether a clause opens with its own "that": a content clause, whatever it hangs on."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
