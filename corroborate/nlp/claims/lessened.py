"""A sentence lessened on appeal: "commuted the death sentence of X to life", "had his sentence
reduced to 11 years", "the sentences of X and Y were commuted to life in prison".

A court that commutes or reduces a sentence leaves the conviction standing - it has weighed
the appeal and kept the verdict, lessening only the punishment - so the verbs of lessening
(``mitigating_verbs``) read ``upheld`` in ``verdict_verbs``, alone or beside a verdict kept in
the same sentence ("reduced X's sentence but maintained his conviction").

Except where the sentence says the term was lessened because a charge fell: "commuted X's
death sentence to seven years for kidnapping, since the murder charges were not proven". A
reason clause (``reason_marks``) on the lessening verb whose verb of proving (``proof_verbs``)
is negated and has a charge noun (``charge_nouns``) for its passive subject tells the
conviction on that charge set aside: ``overturned``, as an appeal court's acquittal of one
convicted is. A reason that is not a charge unproved ("as the court found no evidence that
they took part in the attack itself") keeps the conviction: the court weighed the part each
played, not the charge.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["conviction_fell"]


def conviction_fell(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` (a verb of ``mitigating_verbs``) lessened a sentence because a
    charge was not proved: a reason clause on it whose proving verb is negated and has a
    charge noun for its passive subject."""
    if verb.lemma_.lower() not in lex.mitigating_verbs:
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        reason = any(c.dep_ == "mark" and c.lower_ in lex.reason_marks for c in clause.children)
        proving = clause.lemma_.lower() in lex.proof_verbs
        negated = any(c.dep_ == "neg" for c in clause.children)
        charges = any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.charge_nouns for c in clause.children
        )
        if reason and proving and negated and charges:
            return True
    return False
