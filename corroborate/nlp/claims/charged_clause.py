"""A subject whose own relative clause charges or accuses them: "X's father Y, who is
nominated in the FIR for abetment, obtained pre-arrest bail" - the report described Y as
someone's relative, yet the clause makes Y a party to the case, so what Y obtains (bail)
is Y's own outcome (``Punishments._received``)."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["charged_by_own_clause"]


def charged_by_own_clause(verb: Token, lex: LegalLexicon) -> list[Token]:
    """The active subjects of ``verb`` that carry a relative clause of charging or accusing
    ("Y, who is nominated in the FIR", "Y, who is also accused in the case")."""
    words = set(lex.charge_verbs) | set(lex.accuse_verbs)
    return [
        s for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
        and any(c.dep_ == "relcl" and c.lemma_.lower() in words for c in s.children)
    ]  # fmt: skip
