"""A court's finding told by what the prosecution proved, or did not prove: "the judge held
that the prosecution had proved beyond reasonable doubt that X fired the shots" (convicted),
"said the prosecution had not proved that X gave the order" (acquitted), "ruled that the
prosecution had proved its case against X", "found the charges against X proved"
(convicted); and a release whose reason is a charge not proved, "X was freed as the charges
against him were not proved" (acquitted).

Proof is the court's word only: the verb of proving (``proof_verbs``) hangs, through clauses
that report it, on a verb a court, judge or jury does ("held", "said", "found"), or it is
the reason clause (``reason_marks``) of a release (``freeing_verbs``). Its prover is the
prosecution (a prosecutor's role noun) or unsaid; what is proved is a clause of a deed ("that
X fired": its subjects) or a charge or case against someone ("its case against X"). A charge
found not proved by a court is ``Nouns``' and ``Findings._not_proved``'s reading; a proof
only possible, asked for or conditional ("had to prove", "if it proves") is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.findings import Findings
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["Proved"]

# The clauses above a verb that report it as someone's word or finding ("held that ...",
# "said ...", "found the charges ... proved", "failed to prove", "was freed as ...").
_REPORTING = frozenset({"ccomp", "xcomp", "conj", "advcl"})


class Proved(Findings):
    """Convictions and acquittals told by what the prosecution proved."""

    def _proved(self, verb: Token, lemma: str) -> list[Draft]:
        """Whom a court finds proved (convicted) or not proved (acquitted) to have done the
        deed, or to be the one the proved charge or case is against."""
        lex = self.lex
        if lemma not in lex.proof_verbs:
            return []
        failed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.failure_verbs
        if verb.dep_ == "xcomp" and not failed:
            return []  # "had to prove", "sought to prove": not proved yet
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if marks & lex.conditional_marks:
            return []  # "if the prosecution proves that X ..."
        negated = failed or any(c.dep_ == "neg" for c in verb.children)
        modal = any(c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries for c in verb.children)
        if modal and not negated:
            return []  # "could prove", "would prove": possible, not found
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        charges = [s for s in subjects if self._names_charge(s)]
        charges += [c for c in verb.children if c.dep_ == "dobj" and self._names_charge(c)]
        provers = [s for s in subjects if s.dep_ in ACTIVE_SUBJECTS and s not in charges]
        if any(lex.role_nouns.get(p.lemma_.lower()) != "prosecutor" for p in provers):
            return []  # "the defence proved that X was abroad": no finding of the court
        proved = self._deeds_proved(verb) + self._charged_in(charges)
        head = verb.head if failed else verb
        if self._released_because(head) and negated and charges:
            outcome = "acquitted"  # "X was freed as the charges against him were not proved"
        elif not self._found_by_a_court(head):
            return []
        elif negated and charges:
            return []  # "failed to prove the charges against X": ``Findings._not_proved``'s
        else:
            outcome = "acquitted" if negated else "convicted"
        draft = Draft("ruling", verb, outcome)
        draft.add([n for n in proved if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _deeds_proved(self, verb: Token) -> list[Named]:
        """The doers of the deed a proof verb's "that" clause tells ("proved that X fired
        the shots and Y rode the motorcycle"), also where the parser hangs the clause on the
        "doubt" of "beyond reasonable doubt"."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [
            a for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for a in o.children if a.dep_ in ("acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        ]  # fmt: skip
        if not clauses and not any(c.dep_ == "dobj" for c in verb.children):
            # "held that the prosecution had proved beyond reasonable doubt that X alias Y
            # fired": the parser may hang the deed's clause on the reporting verb, after
            clauses = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i]
        clauses += [c for h in clauses for c in h.children
                    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]  # fmt: skip
        return [n for h in clauses for c in h.children if c.dep_ in ACTIVE_SUBJECTS
                for n in self._names(c)]  # fmt: skip

    def _charged_in(self, charges: list[Token]) -> list[Named]:
        """Whom the charges or cases are against ("its case against X", "the charges
        against him")."""
        return [n for c in charges for p in c.children if p.dep_ == "prep"
                and p.lower_ == "against" for n in self._pobj_names(p)]  # fmt: skip

    def _found_by_a_court(self, verb: Token) -> bool:
        """Whether a court's verb reports ``verb``, itself or through the clauses above it
        ("the judge held that the prosecution had proved ...", "the court found the
        charges ... proved")."""
        while True:
            if self._by_a_court(verb):
                return True
            if verb.dep_ not in _REPORTING or verb.head.i == verb.i:
                return False
            verb = verb.head

    def _released_because(self, verb: Token) -> bool:
        """Whether ``verb`` heads a clause of why someone was released ("was freed as the
        charges against him were not proved")."""
        lex = self.lex
        reason = any(c.dep_ == "mark" and c.lower_ in lex.reason_marks for c in verb.children)
        return reason and verb.dep_ == "advcl" and verb.head.lemma_.lower() in lex.freeing_verbs
