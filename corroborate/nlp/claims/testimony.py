"""What is said by giving evidence: "X gave evidence that he had been at home that night",
"she offered testimony that her son was innocent". The verb ("give", "offer") is no verb of
saying, but its object is a noun of what a witness tells (the legal lexicon's
``testimony_nouns``), and the "that" clause the parser hangs on that noun is what its giver
says - read as the content of a verb of saying (``Answers._denied_in_content``), so the
accused's side giving evidence of an alibi or of innocence denies as saying it would.

Read from the parse: a direct object of the verb in ``testimony_nouns`` with a clause of its
own that opens with "that" and has a subject ("evidence that he ...", not "evidence that
the police found", whose "that" is a relative pronoun and its clause no subject of its own).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["evidence_clauses"]

_TESTIMONY = legal().testimony_nouns


def evidence_clauses(verb: Token) -> list[Token]:
    """The clauses ``verb`` tells by giving evidence of them (above); none for any other
    verb."""
    return [
        clause for noun in verb.children
        if noun.dep_ == "dobj" and noun.lemma_.lower() in _TESTIMONY
        for clause in noun.children if clause.dep_ in ("acl", "ccomp", "relcl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in ACTIVE_SUBJECTS for c in clause.children)
    ]  # fmt: skip
