"""Suspects the police bring before a court: "The Garden police produced X, Y and Z before
the anti-terrorism court", "X was produced before the magistrate". In South Asian court
reporting the police produce those they hold - in custody, to seek their remand - so the ones
produced are arrested (a claim of kind ``arrest``), and a ruling on a counted group just told
("The ATC remanded three suspects ...") is on them when two or more are named (``Reader``).

Read from the parse: a verb of producing (``producing_verbs``) with a "before" phrase that is
a court or a judge (``LegalLexicon.names_a_court``, the noun or a compound of it); the ones
produced are its object, or its passive subject. The producer must be the police or an
investigator (``custodial_agents``), or go unsaid in a passive: a prosecutor produces
witnesses, never suspects. A name the sentence describes as someone else (a witness, a
victim) is never one of them.

A production told only as the time of a confession or of its taking back, in the same
sentence and of the same person ("he had not complained of ill-treatment when he was
produced before the magistrate", "X retracted his confession when he was produced before
the court"), is the hearing where the confession was made or taken back, no arrest of its
own (``_only_an_occasion``): read as one, it stood apart from the act confessed to.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian

__all__ = ["Produced"]

# the words that open a clause of time ("when he was produced", "while he was produced")
_SAME_TIME = date_words().same_time


class Produced(Answers):
    """Those the police produce before a court, as arrested."""

    def _produced(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if lemma not in lex.producing_verbs:
            return []
        # the "before" phrase on the verb, or hung by the parser on what was produced
        preps = [
            t for t in verb.subtree
            if t.lower_ == "before" and t.dep_ == "prep"
            and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb
        ]  # fmt: skip
        before = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        words = [w for o in before for w in (o, *(c for c in o.children if c.dep_ == "compound"))]
        if not any(lex.names_a_court([w.lower_]) for w in words):
            return []
        producers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        producers += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        by_police = any(is_custodian(t) for p in producers for t in p.subtree)
        if producers and not by_police:
            return []  # "the prosecution produced two witnesses before the court"
        if not producers and not self._passive(verb):
            return []
        others = self.described | self.described_here
        produced = [n for n in self._patients(verb) if n.name not in others]
        draft = Draft("arrest", verb, "arrested")
        draft.add(produced, "accused")
        return [draft]

    def _only_an_occasion(self, drafts: list[Draft]) -> list[Draft]:
        """``drafts`` less the productions told as the time of a confession or a retraction
        the sentence tells of the same people (see the module's docstring)."""
        confessed = {
            n.name for d in drafts if d.kind in ("confession", "retraction") for n in d.accused
        }
        return [d for d in drafts if not self._an_occasion(d, confessed)]

    def _an_occasion(self, draft: Draft, confessed: set[str]) -> bool:
        cue = draft.cue
        if draft.kind != "arrest" or cue.lemma_.lower() not in self.lex.producing_verbs:
            return False
        of_time = cue.dep_ == "advcl" and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_TIME for c in cue.children
        )
        accused = {n.name for n in draft.accused}
        return of_time and bool(accused) and accused <= confessed
