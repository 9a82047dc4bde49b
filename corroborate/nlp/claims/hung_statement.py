"""A statement told by a contact relative of those who hold the accused, and what a later
clause says of it: "X told the court that the admission police claimed he made during
questioning was beaten out of him", "the confession police recorded was beaten out of him".

The parser takes the statement noun for a compound of the custodian ("admission police"), the
custodian's verb for the reported clause, and the predicate that follows ("was beaten out of
him") for a clause of its own with no subject - under the custodian's verb, or beside it under
the verb of saying. The statement is that predicate's subject: what the predicate says (that it
was coerced, ``claims.coerced``) it says of the statement. Who made it is the custodian's clause:
one whose pronoun gives it (``said_made``: "police claimed he made"), or a verb of recording
with nothing else recorded ("police recorded", not "police recorded from the shopkeeper").
A quotation mark that opens before the predicate splits a contact relative of the giver the same
way ("that the statement X gave police "was signed without a lawyer"", ``given_beside``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.said_made import said_made
from corroborate.nlp.claims.told_theirs import givers_told
from corroborate.nlp.custodians import is_custodian

__all__ = ["given_beside", "hung_statement"]


def hung_statement(
    predicate: Token, lex: LegalLexicon, saying_verbs: frozenset[str]
) -> Token | None:
    """The statement noun a passive predicate with no subject of its own speaks of ("was
    beaten out of him"): the compound of a custodian subject of the verb it hangs on, or of a
    verb before it under the same head, that says or records it (``_custodians_statement``);
    else None."""
    deps = {c.dep_ for c in predicate.children}
    # a passive ("was beaten out of him") or a clause of being ("was never his", "was not
    # voluntary"): either says what the statement was, and neither has a subject of its own
    copula = predicate.lemma_.lower() == "be"
    if deps & (ACTIVE_SUBJECTS | PASSIVE_SUBJECTS) or ("auxpass" not in deps and not copula):
        return None
    if predicate.dep_ not in ("ccomp", "conj", "advcl"):
        return None
    head = predicate.head
    verbs = [head] + [c for c in head.children if c.i < predicate.i and c.dep_ in ("ccomp", "conj")]
    for verb in verbs:
        for custodian in (c for c in verb.children if c.dep_ == "nsubj"):
            for noun in (c for c in custodian.children if c.dep_ == "compound"):
                if _custodians_statement(noun, lex, saying_verbs) == verb:
                    return noun
        given = given_beside(verb, lex)
        if given is not None and verb != head:
            return given
    return None


def given_beside(verb: Token, lex: LegalLexicon) -> Token | None:
    """The statement of a contact relative the parser split off as a clause of its own
    with two subjects ("that the statement X gave police "was signed without a lawyer"": a
    quotation mark opening before the predicate leaves "the statement" and "X" both subjects
    of "gave"): the statement noun, where its fellow subject is a name or a pronoun - the
    one who gave it."""
    if verb.lemma_.lower() not in lex.confession_givers:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    nouns = [s for s in subjects if s.lemma_.lower() in lex.statement_or_confession_nouns]
    if not nouns:
        return None
    givers = [s for s in subjects if s.pos_ in ("PROPN", "PRON") and s.i > nouns[0].i]
    return nouns[0] if givers else None


def _custodians_statement(
    noun: Token, lex: LegalLexicon, saying_verbs: frozenset[str]
) -> Token | None:
    """The custodian's verb a statement noun is parsed into: the noun a compound of a
    custodian subject ("the admission police claimed he made"), the custodian's verb one of
    saying that a pronoun's giving completes (``said_made``), or one of recording with no
    object or source of its own ("the confession police recorded"); else None."""
    wanted = lex.statement_or_confession_nouns
    custodian = noun.head
    if noun.dep_ != "compound" or noun.lemma_.lower() not in wanted:
        return None
    if not is_custodian(custodian) or custodian.dep_ != "nsubj":
        return None
    verb = custodian.head
    if said_made(custodian, lex, saying_verbs) is not None:
        return verb
    # "the statement police took from him", "the admission police had attributed to his
    # client": the custodians' verb names whose it is by a "from" or "to" phrase on a he or
    # she or "his client" (``givers_told``) - his words as they tell them, whatever the verb
    if any(_his(w, lex) for w in givers_told(verb, lex.confession_givers)):
        return verb
    if verb.lemma_.lower() not in lex.recording_verbs:
        return None
    # "the statement police recorded from the shopkeeper": another's statement
    if any(c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ == "from")
           for c in verb.children):  # fmt: skip
        return None
    return verb


def _his(word: Token, lex: LegalLexicon) -> bool:
    """Whether a word of the custodians' clause that names a statement's giver stands for
    one who is neither they nor a name of their own choosing: a third-person "him" or "her",
    or a client noun a pronoun owns ("his client") - never "the shopkeeper" ("the statement
    police took from the shopkeeper" is the shopkeeper's, told as evidence)."""
    if word.lemma_.lower() in lex.client_nouns:
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children)
    return word.lower_ in ("him", "her")
