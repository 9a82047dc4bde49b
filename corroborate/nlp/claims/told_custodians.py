"""A confession told as what an accused told those who hold him: "X, who told investigators
after his arrest that he had been paid to carry the bags, wept", "X had told the police that
he was paid to pose as the owner", "Y told investigators that the clerk had supplied the
seal", "X told detectives during a taped interview that he stabbed the guard" (the content
clause the parser hung on the interview). Court reports call such an account the accused's
statement to police, and the court later weighs it as his confession (custodial) - whatever
words tell the deed, and even where it mostly incriminates another, so no crime word is
asked of the clause (unlike ``NestedSpeech``, where the teller is only named inside another's
report).

Read from the parse: a verb of telling (``informing_verbs``), not negated, whose audience is a
custodial agent (``audience.audience_setting``: "investigators", "the police", "CTD
officials"), with a content clause that is not itself negated and clears no one
(``Answers._denied_in_content``: "told police that he was at home that night" is a denial).
A clause told to the police that owns a deed and disowns only knowing or seeing beside it
("that he had been paid to carry the crates and did not know who owned them") is his
confession still (``partly_disowned``, conf100).
Only a teller the report has already accused is a confessor: a witness or a victim tells the
police what happened too. The same telling to a court ("X told the court that he had sent the
emails") is his admission before it (judicial) where what he told is a deed of his own and
nothing else (``DeedToldInCourt``): in court the accused mostly answers the charge.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.audience import audience_setting
from corroborate.nlp.claims.deed_told_in_court import DeedToldInCourt
from corroborate.nlp.claims.draft import Draft, confession_of, named_accused
from corroborate.nlp.claims.partly_disowned import disowned_verbs, owns_a_part

__all__ = ["ToldCustodians"]


class ToldCustodians(DeedToldInCourt):
    """An accused's account told to the police or investigators, as his custodial confession;
    a deed of his own told to a court, as his judicial one."""

    def _told_custodians(self, verb: Token, lemma: str) -> list[Draft]:
        if lemma not in self.lex.informing_verbs or self._passive(verb):
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X never told the police that he had been there"
        setting = audience_setting(verb, "confession")
        if setting not in ("custodial", "judicial"):
            return []
        # "told investigators in a recorded interview that he fired at Y": the parser hangs
        # the content clause on the phrase's noun when a phrase stands between
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] or self._content_on_a_noun(verb)
        # the clause and the verbs joined to it, not the clauses they govern in turn: "that
        # Y had supplied the seal and arranged that the file did not go ..." is not negated
        told = [v for c in clauses for v in (c, *c.conjuncts)]
        if not told:
            return []
        if disowned_verbs(told):
            # "told police that he had not seen the boy" is a denial; "told officers that he
            # had been paid to load the boxes and did not know who owned them" owns a deed
            # and disowns a part, a confession to the police still (``partly_disowned``)
            if setting != "custodial" or not owns_a_part(told, self.lex):
                return []
        elif setting == "judicial" and not self._tells_deed(told):
            return []  # "told the court that he had been at home"
        elif self._denied_in_content(verb):
            return []
        # only a teller the report accuses, by name or by a surname not yet joined to it
        accused = self.accused_so_far
        tellers = [n for n in self._agents(verb) if named_accused(n.name, accused)]
        return confession_of(verb, tellers)
