"""A person's custody told in an aside: "X, now on bail, told reporters ...", "Y, on judicial
remand since March, did not appear", "The driver, Z, also on judicial remand, told ...".

A phrase "on" + a bail noun (``bail_nouns``) or a remand noun (``remand_nouns``) hung on a
person's name and set off by a comma says what a court has made of them: bail, or remand.
(Told by a verb - "X is out on bail", "X remains on remand" - it is ``Rulings``' and
``Custody``'s.) Not a phrase inside the name's own clause ("the man on bail whom police
stopped"), which no comma sets off.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft

__all__ = ["StatusAside"]


class StatusAside(Courts):
    """Bail or remand told in an aside on a name (``_status_aside``)."""

    def _status_aside(self, name: Token) -> list[Draft]:
        # "The driver, X, also on judicial remand, told ...": the parser hangs the aside on
        # the noun the name is apposed to; the name is the person it tells of
        apposed = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if name.pos_ == "NOUN" and len(apposed) == 1:
            return self._status_of(name, apposed[0])
        if name.pos_ != "PROPN" or name.dep_ == "compound":
            return []
        return self._status_of(name, name)

    def _status_of(self, name: Token, person: Token) -> list[Draft]:
        """The bail or remand an "on" phrase set off by a comma on ``name`` tells of
        ``person`` (the name itself, or the name apposed to it)."""
        lex = self.lex
        for prep in name.children:
            if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i < name.i:
                continue
            start = prep.left_edge.i
            if start == 0 or self.doc[start - 1].text != ",":
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            lemmas = {o.lemma_.lower() for o in objects}
            outcome = (
                "bail" if lemmas & lex.bail_nouns
                else "remanded" if lemmas & lex.remand_nouns
                else None
            )  # fmt: skip
            if outcome is None:
                continue
            held = [n for n in self._names(person) if self._is_person(n)]
            draft = Draft("ruling", prep, outcome)
            draft.add(held, "accused")
            return [draft] if self._accused_in(draft) else []
        return []
