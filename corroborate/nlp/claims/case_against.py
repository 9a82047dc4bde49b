"""Whom a registered case is against: the whole list after its "against", wherever it hangs.

"Police registered a case under Sections 105 (culpable homicide not amounting to murder), 125
and 3(5) of the BNS against X, which runs the ropeway, its managing director Y, director Z and
the operator, W": the parser hangs the "against" phrase on the bracketed gloss of a section
(parsed as a clause, "amounting"), or the list's later items inside the first item's relative
clause, so ``Rulings._framed`` finds the case against no one, or against X alone. A case is
against every item of the list its "against" begins: read along the tokens as the lists of
the accused are (``Descriptions._list_items``), from an "against" that the framing verb
reaches only through its own phrases and clauses with no subject of their own (a gloss),
never through a relative or reported clause, whose "against" is its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.draft import Draft

__all__ = ["CaseAgainst"]

# Relations that open a clause of its own, whose "against" is not the case's.
_OWN_CLAUSES = frozenset({"relcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


class CaseAgainst(Descriptions):
    """The people a registered case is against, read as a list along the tokens."""

    def _case_against_list(self, verb: Token, framed: list[Draft]) -> list[Draft]:
        """A charge on each item after the case's "against", where that list holds anyone
        ``framed`` (the parse's reading of the same verb) did not find."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.frame_verbs:
            return []
        cases = [
            c for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.charge_nouns
        ]  # fmt: skip
        if len(cases) != 1 or any(
            c.dep_ == "det" and c.lower_ in lex.negative_words for c in cases[0].children
        ):
            return []  # "police filed no charges against X"
        prep = next(
            (t for t in verb.subtree
             if t.dep_ == "prep" and t.lower_ == "against" and t.i > cases[0].i
             and _reached_through_glosses(t, verb)),
            None,
        )  # fmt: skip
        if prep is None:
            return []
        # the list ends at the next phrase that is no item's origin ("against X under
        # Section 420 on the complaint of Y", "against X and four accomplices on the
        # complaint of the victim's father, Y": Y is the complainant)
        end = next(
            (t.i for t in verb.doc[prep.i + 1 : verb.sent.end]
             if t.pos_ == "ADP" and t.dep_ == "prep" and t.lower_ not in ("of", "from")),
            None,
        )  # fmt: skip
        draft = Draft("charge", verb, "charged")
        self._list_items(verb.sent, prep, draft, people_only=False, end=end)
        found = {n.name for d in framed for role, n in d.parties.values() if role == "accused"}
        listed = {n.name for role, n in draft.parties.values() if role == "accused"}
        return [draft] if listed - found else []


def _reached_through_glosses(prep: Token, verb: Token) -> bool:
    """Whether the path from ``prep`` up to ``verb`` passes no clause of its own: a clause
    hung as a relative, complement or conjunct, or with a subject of its own."""
    token = prep.head
    while token.i != verb.i:
        # a noun co-ordinated with a noun is one more item of a phrase, not a clause ("under
        # Sections 302, 342 and 34 PPC against X": "against" hung on "PPC", a conjunct)
        if token.dep_ in _OWN_CLAUSES and not (token.dep_ == "conj" and _nominal(token)):
            return False
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in token.children):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _nominal(token: Token) -> bool:
    """Whether ``token`` heads a noun phrase (a noun, a name, a number), not a clause."""
    return token.pos_ in ("NOUN", "PROPN", "NUM")
