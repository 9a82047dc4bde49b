"""Appeals and cases ended (``Rulings``): "X lost his appeal" (upheld), "X won an appeal
against his conviction" (overturned), "dismissed the charges against X", "the case against
X was thrown out" - on whom, and never an appeal against an acquittal (the prosecution's)."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.findings import Findings

__all__ = ["EndedCases"]


class EndedCases(Findings):
    """The appellant of an appeal lost or won, and the accused of a case ended."""

    def _appeal_ended(self, verb: Token, appeal: Token, outcome: str) -> list[Draft]:
        """ "X lost his appeal" (upheld), "X won an appeal against his conviction"
        (overturned): the appellant is the subject of a verb of the appellant's side (or the
        appeal's owner); an appeal against an acquittal is the prosecution's."""
        if self._against_acquittal(appeal):
            return []
        draft = Draft("ruling", verb, outcome)
        draft.add([n for n in self._agents(verb) if self._is_person(n)], "accused")
        if not self._accused_in(draft):
            draft.add([n for n in self._owners(appeal) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _case_ended(self, verb: Token, case: Token, outcome: str) -> list[Draft]:
        """ "dismissed the charges against X", "the case against X was thrown out": a court
        ends the case before a verdict, on whom the charge or case is against (never its
        owner: "dismissed X's case" may be X's own petition)."""
        if self._none_brought(case):
            return []
        draft = Draft("ruling", verb, outcome)
        against = [c for h in (case, verb) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "against"]  # fmt: skip
        draft.add([n for p in against for n in self._pobj_names(p)], "accused")
        if not against and self._the_one_case(case):
            # "withdrew the charges against X ... A magistrate then terminated the case": the
            # one case of the accused the report follows
            draft.add(self._anaphor(case, plural=False), "accused")
        draft.add(self._agents(verb) if case.dep_ != "nsubjpass" else [], "court")
        return [draft] if self._accused_in(draft) else []

    @staticmethod
    def _the_one_case(case: Token) -> bool:
        """Whether a case noun is "the case" and nothing more: singular, definite, with no
        owner or phrase of its own ("X's case", "the case of Y" may be anyone's petition)."""
        return (
            case.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in case.children)
            and not any(c.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl")
                        for c in case.children)
        )  # fmt: skip

    def _against_acquittal(self, appeal: Token) -> bool:
        """ "the appeal against the acquittal of X", "against the decision to acquit X"; the
        "against" phrase also on the clause that tells who filed it ("an appeal filed by the
        complainant against the acquittal of X", "the appeal the state filed against ...")."""
        holders = [appeal, *(c for c in appeal.children if c.dep_ in ("acl", "relcl"))]
        return any(self._against_an_acquittal(h) for h in holders)
