"""A bail hearing told only by the court's finding on flight: "Judge Y said X posed a
serious risk of flight" (held), "the judge ruled that the State had not shown X was a
flight risk" (released).

US federal and state reports, and many in Ireland, Kenya and Ghana, give the outcome of a
detention or bail hearing as the finding that decides it and never say "detained" or
"bail". The finding is a ruling only as the court's: a risk of flight (``risk_nouns`` with a
word of ``flight_words``, as compound, adjective or "of" phrase) that someone poses or is
(``posing_verbs``), in a clause a court or judge says, finds or rules (``_by_a_court`` on a
verb the clause completes). Found: the person is held (remanded); found not, or not shown
(a negation anywhere from the clause up to the court's verb, or the risk noun's own "no" or
"neither": "the court said he posed no flight risk", "X was neither a flight risk nor a
danger"): released (bail). What a prosecutor argues, or what someone only may pose, tells
nothing. A flight word counts as written or by its lemma: the lemmatizer makes "absconding"
"abscond" ("a risk of absconding").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["FlightRisk"]

# How a negative word hangs on the risk noun: "no flight risk", "neither a flight risk nor ..."
_NEGATING_DEPS = frozenset({"det", "preconj"})


class FlightRisk(Courts):
    """Detention or release read from the court's finding on the risk of flight."""

    def _flight_risk(self, noun: Token) -> list[Draft]:
        lex = self.lex
        if noun.lemma_.lower() not in lex.risk_nouns or noun.dep_ not in ("dobj", "attr"):
            return []
        flight = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        flight += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ in ("pobj", "pcomp")]  # fmt: skip
        if not any(t.lemma_.lower() in lex.flight_words or t.lower_ in lex.flight_words
                   for t in flight):  # fmt: skip
            return []
        clause = noun.head
        if clause.lemma_.lower() not in lex.posing_verbs:
            return []
        modal = any(c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries for c in clause.children)
        if modal:  # "X could pose a flight risk": a fear, not a finding
            return []
        negated = any(c.dep_ == "neg" for c in clause.children) or _denied_risk(noun, lex)
        verb, court = clause, False
        while verb.dep_ in ("ccomp", "xcomp") and not court:
            verb = verb.head
            negated = negated or any(c.dep_ == "neg" for c in verb.children)
            court = self._by_a_court(verb)
        if not court:
            return []
        draft = Draft("ruling", noun, "bail" if negated else "remanded")
        # (a surname alone may be typed an organisation: it is still the accused it names)
        held = [n for c in clause.children if c.dep_ in ACTIVE_SUBJECTS for n in self._names(c)
                if self._is_person(n) or n.name in self.all_accused]  # fmt: skip
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []


def _denied_risk(noun: Token, lex: LegalLexicon) -> bool:
    """Whether the risk noun is found absent by its own negative word ("posed no flight risk",
    "was neither a flight risk nor a danger": ``negative_words`` as its determiner) or a "not"
    before it. Not a "not" the parser hangs on it after it ("posed a flight risk, not a
    danger": the risk is found, the danger not), nor a "no" on another noun of the clause
    ("a flight risk and no danger to the community")."""
    return any(
        (c.dep_ in _NEGATING_DEPS and c.lower_ in lex.negative_words)
        or (c.dep_ == "neg" and c.i < noun.i)
        for c in noun.children
    )
