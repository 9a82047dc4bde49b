"""A statement the report only hangs on the accused, and what his own side says of how it came
to be: "Advocate Z told the court that the statement the police attributed to his client had
been taken in a hospital ward", "X said the confession police attributed to him had been
recorded while he was asleep", "his lawyer argued that the statement he gave to police should
not be used".

The accused's side names a statement as the police's telling of it ("the statement the police
attributed to him", "the admission police say he made") only to dispute it, whatever the clause
then says: where or when it was taken, that it was never made in his words, that it exists only
in a case diary. ``CoercedStatements._told_as_theirs`` asks these two of a clause its speaker
tells (the accused, counsel or kin; never the police, a prosecutor or a court); what a clause
tells of the statement since ("was read out in court", "was his first statement") disputes
nothing, and a statement another gave ("the statement the witness gave") is not hung on him.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.told_theirs import givers_told

__all__ = ["how_it_came", "hung_on"]

# what a predicate's own phrases may tell of how a statement was given: where, when, how, by whom
_CIRCUMSTANCES = frozenset({"prep", "advcl", "advmod", "npadvmod", "agent"})


def how_it_came(clause: Token, lex: LegalLexicon) -> bool:
    """Whether ``clause`` says how a statement came to be, as a dispute does: negated ("was
    never made in the words the police use", "should not be used"), a verb of giving,
    recording or writing with where, when or how ("had been taken in a hospital ward", "was
    recorded while he was asleep"), or found only somewhere ("exists only in the case
    diary"); never one made "by him"."""
    if any(c.dep_ == "neg" for c in clause.children):
        return True
    # "was typed by him in Karachi": made by himself, as he says - nothing disputed
    if any(o.tag_ == "PRP" for a in clause.children if a.dep_ == "agent" for o in a.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in lex.statement_givers | lex.writing_verbs:
        return any(c.dep_ in _CIRCUMSTANCES for c in clause.children)
    return lemma in lex.existence_verbs and any(
        c.lower_ in lex.restrictive_adverbs for c in clause.subtree
    )


def hung_on(noun: Token, clause: Token, nouns: frozenset[str], lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a statement (one of ``nouns``), the subject of ``clause``, with a
    relative that hangs it on a he or she or "his client": one of attributing ("the statement
    police attributed to his client"), of taking from or giving ("the admission police say he
    made", ``givers_told``), or of his own giving ("the statement he gave to police")."""
    if noun.lemma_.lower() not in nouns or noun.head.i != clause.i:
        return False
    if noun.dep_ not in PASSIVE_SUBJECTS and noun.dep_ not in ACTIVE_SUBJECTS:
        return False
    return any(
        c.dep_ in ("acl", "relcl")
        and (
            c.lemma_.lower() in lex.attribution_verbs
            or any(
                w.tag_ == "PRP" or w.lemma_.lower() in lex.client_nouns
                for w in givers_told(c, lex.confession_givers) + _own_givers(c, lex)
            )
        )
        for c in noun.children
    )


def _own_givers(clause: Token, lex: LegalLexicon) -> list[Token]:
    """The subject of a statement's relative clause of giving ("the statement he gave to
    police"): the one who gave it."""
    if clause.lemma_.lower() not in lex.confession_givers:
        return []
    return [s for s in clause.children if s.dep_ in ACTIVE_SUBJECTS]
