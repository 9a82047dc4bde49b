"""Bail granted in a relative clause on the bail someone asked for: "X moved the sessions
court for anticipatory bail, which was granted on conditions", "Y applied for bail, which
the magistrate allowed", "Z petitioned the court for bail, which it granted".

The parser hangs "which was granted" on the bail noun, so the verb of granting has a
relative pronoun for its object and names no one. The pronoun stands for that bail noun,
and the bail is whoever asked for it: the subject of the verb whose "for" phrase holds it
(a person, never a court). Counsel who asks for a client's bail is not read here: the
client is not the subject ("X's lawyer applied for bail, which was allowed" stays unread).

A surety offered while asking for bail ("X made a fresh application for bail, offering a
surety of 20,000 from his father"): a participle of offering hung on a clause that asks for
bail tells what the asker put up, not bail a court offered (``offered_in_asking``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects

__all__ = ["bail_of_which", "bail_asker_verb", "offered_in_asking"]

# The relative pronouns that stand for a thing ("which", "that").
_THING_PRONOUNS = frozenset({"WDT"})


def bail_of_which(pronoun: Token, lex: LegalLexicon) -> Token | None:
    """The bail noun a "which" (or "that") of a relative clause on it stands for; None for
    any other word."""
    clause = pronoun.head
    if pronoun.tag_ not in _THING_PRONOUNS or clause.dep_ != "relcl":
        return None
    noun = clause.head
    return noun if noun.lemma_.lower() in lex.bail_nouns else None


def bail_asker_verb(noun: Token) -> Token | None:
    """The verb whose "for" phrase holds the bail noun ("applied for bail", "moved the court
    for bail"); None where the noun is anything else's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def offered_in_asking(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a verb of granting bail is a participle (no subject of its own) hung on a
    clause that asks for bail - one whose verb seeks it ("applied for bail, offering a
    surety") or whose object is a request for it ("made an application for bail, offering a
    surety"): the asker's offer. A clause that grants or refuses the request ("granted the
    application for bail, offering ...") is a court's and is not one."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
        return False
    ruling = lex.bail_verbs | lex.bail_refusal_verbs
    if head.lemma_.lower() in ruling:
        return False
    sought = [o for o in prep_objects(head, ("for",)) if o.lemma_.lower() in lex.bail_nouns]
    if head.lemma_.lower() in lex.bail_seeking_verbs and sought:
        return True
    return any(o.dep_ == "dobj" and _asks_bail(o, lex) for o in head.children)


def _asks_bail(noun: Token, lex: LegalLexicon) -> bool:
    """A request noun for bail: "an application for bail", "a bail petition"."""
    if noun.lemma_.lower() not in lex.bail_request_nouns:
        return False
    asked = [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, ("for",))
    return any(t.lemma_.lower() in lex.bail_nouns for t in asked)
