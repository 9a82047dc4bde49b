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
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian

__all__ = ["Produced"]


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
