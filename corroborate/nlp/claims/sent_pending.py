"""A sending to jail with no term that the sentence itself ties to a case still pending, for
one the report has not yet told accused - the lede of South Asian court reporting, where a
court "sends" those produced before it to jail to await trial (judicial custody):

- the sending "in a case filed / lodged / registered" against them ("A Dhaka court sent X
  to jail in a case filed under the Digital Security Act"): a case told by its filing is one
  being brought, not one judged - a sentence is told with its term or its verdict;
- the sending's own adverbial clause tells a step before trial ("sent X to jail when police
  produced him", "sent X to jail after rejecting his bail petition"): the step
  ``Punishments._before_trial`` already reads in a clause conjoined to the sending.

``Punishments._jailed_untried`` asks these beside its conjoined steps; a term still makes the
sending a sentence (``_jailed``), and a judging verb in the clause leaves it alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import PATIENT_DEPS, prep_objects

__all__ = ["in_filed_case", "sent_after_step"]

# The outcomes (the claims' labels, not words) of a verb that judges: a clause with one tells
# of a trial's end ("sent him to jail after convicting him"), not a step before it.
_JUDGING = frozenset({"convicted", "sentenced", "acquitted"})


def in_filed_case(verb: Token, lex: LegalLexicon) -> bool:
    """Whether the sending is "in" a case (``charge_nouns``) that a participle of filing
    (``frame_verbs``: filed, lodged, registered) describes: "in a case filed under the Act",
    "to jail in the case lodged by his brother" - not a bare "in the case"."""
    # the "in" phrase hung on the sending or on its jail ("to jail in the case lodged ...")
    heads = [verb, *prep_objects(verb, ("to",))]
    cases = [o for h in heads for o in prep_objects(h, ("in",))
             if o.lemma_.lower() in lex.charge_nouns]  # fmt: skip
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in lex.frame_verbs and c.tag_ == "VBN"
        for o in cases
        for c in o.children
    )


def sent_after_step(verb: Token, lex: LegalLexicon, before_trial: Callable[[Token], bool]) -> bool:
    """Whether an adverbial clause of the sending ("when police produced him", "after
    rejecting his bail petition") tells a step before trial by ``before_trial`` - or rejects a
    plea whose compound is bail ("his bail petition", "the bail prayer") - and judges no one."""
    # the clause as the parser hangs it: "when police produced him" (advcl), "after
    # rejecting his bail petition" (a preposition's gerund)
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [g for p in verb.children if p.dep_ == "prep" for g in p.children
                if g.dep_ == "pcomp" and g.tag_ == "VBG"]  # fmt: skip
    for clause in clauses:
        if lex.ruling_verbs.get(clause.lemma_.lower()) in _JUDGING:
            continue
        if before_trial(clause):
            return True
        pleas = [c for c in clause.children if c.dep_ in PATIENT_DEPS]
        if any(
            w.dep_ == "compound" and w.lemma_.lower() in lex.bail_nouns
            for p in pleas
            for w in p.children
        ):
            return True
    return False
