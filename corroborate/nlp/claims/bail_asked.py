"""Bail granted in a relative clause on the bail someone asked for: "X moved the sessions
court for anticipatory bail, which was granted on conditions", "Y applied for bail, which
the magistrate allowed", "Z petitioned the court for bail, which it granted".

The parser hangs "which was granted" on the bail noun, so the verb of granting has a
relative pronoun for its object and names no one. The pronoun stands for that bail noun,
and the bail is whoever asked for it: the subject of the verb whose "for" phrase holds it
(a person, never a court). Counsel who asks for a client's bail is not read here: the
client is not the subject ("X's lawyer applied for bail, which was allowed" stays unread).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["bail_of_which", "bail_asker_verb"]

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
