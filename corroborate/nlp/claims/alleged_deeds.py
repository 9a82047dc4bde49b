"""A deed told as alleged: "X, who allegedly organised the betting", "the contractor who
allegedly hired them". A report hedges with "allegedly" (``alleging_adverbs``) only what it
holds against someone, so the doer of a verb it hedges stands accused of the report's act,
whatever the verb ("organised", "drafted", "kept the accounts" - not only the crime verbs
the acts read); a passive verb of telling with a perfect infinitive hedges so too ("X is
said to have ferried the victim"). Only a person the text names: a body's men ("PAC
personnel allegedly rounded up ...") are for the report's list of the accused to name.

Only a deed the person does: not a verb in the passive ("who was allegedly strangled": a
victim), a verb of onlooking or telling ("allegedly saw", "allegedly told police that ..."),
nor a confession (read with its setting elsewhere). Only a named person the sentence gives
no other part.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.parties import Parties

__all__ = ["AllegedDeeds"]

# Verbs whose object the subject looked on, learnt of or told of, never did.
_ONLOOKING = kinds_lexicon().onlooking_verbs
# Verbs of telling: passive, with a perfect infinitive, a hedge ("X is said to have ...").
_REPORTING = kinds_lexicon().reporting_cues
# Dependents that make a verb passive.
_PASSIVE = frozenset({"auxpass", "nsubjpass"})
# Dependents that make a verb one of telling: a clause told ("allegedly said that ...").
_TOLD = frozenset({"ccomp"})


class AllegedDeeds(Parties):
    """Accusations told by a hedge on someone's own deed."""

    # the parts a sentence's descriptions give (``Descriptions``, a mixin of the reader)
    _descriptions: Callable[[Span, list[Draft]], list[Draft]]
    parts_told: dict[str, set[str]]  # the parts other than accused each name was given

    def _alleged_deed(self, adverb: Token) -> list[Draft]:
        verb = self._said_to_have(adverb)
        if verb is None:
            if adverb.lower_ not in self.lex.alleging_adverbs or adverb.dep_ != "advmod":
                return []
            verb = adverb.head
        if verb.pos_ != "VERB" or not self._own_deed(verb):
            return []
        # an officer the sentence describes only by rank ("constable X and Sub-Inspector Y
        # allegedly posed as a raid team") is the one who did the deed, not its investigator
        elsewhere = (self.described | self.described_here) - self._ranked_only(verb)
        # one the report named only as someone's relative ("arrived with his sons X and Y
        # ... Y allegedly opened fire") may be the doer: a relative may be accused
        elsewhere -= {n for n, parts in self.parts_told.items() if parts == {"relative"}}
        accused = [
            n
            for n in self._agents(verb)
            if self._named_person(n) and not n.resolved and n.name not in elsewhere
        ]
        return accusation_of(verb, accused)

    def _said_to_have(self, frame: Token) -> Token | None:
        """The deed a passive verb of telling hedges as "allegedly" does: "X is said to have
        ferried the victim" - a perfect infinitive ("to have" + participle) on a passive
        reporting verb (``reporting_cues``) whose subject is its doer; not "X is said to be
        in hiding" (no deed), nor a telling ("is said to have told police")."""
        telling = _REPORTING
        if frame.lemma_.lower() not in telling or frame.tag_ != "VBN":
            return None
        if not any(c.dep_ == "auxpass" for c in frame.children):
            return None
        deed = next((c for c in frame.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
        if deed is None or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in deed.children):
            return None
        if deed.lemma_.lower() in telling:  # "said to have told police"
            return None
        # a hedge that, unlike "allegedly", also tells of good deeds ("is said to have built
        # the school"): only a deed done to the victim or told with the crime's words
        words = " ".join(t.text for t in deed.subtree)
        victims = any(t.lemma_.lower() in self.lex.victim_words for t in deed.subtree)
        return deed if victims or act_of(words) is not None else None

    def _ranked_only(self, verb: Token) -> set[str]:
        """The names ``verb``'s sentence gives no part but an investigator's (their rank or
        office): for a deed hedged as alleged, the doer, whom no other part excludes."""
        parts: dict[str, set[str]] = {}
        for d in self._descriptions(verb.sent, []):
            for role, n in d.parties.values():
                parts.setdefault(n.name, set()).add(role)
        return {name for name, roles in parts.items() if roles == {"investigator"}}

    def _named_person(self, named: Named) -> bool:
        """Whether ``named`` is a person the text names, not a body or its members ("PAC
        personnel allegedly rounded up ...": the gold of a report names the men)."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return named.members is None and m is not None and m.type == "person"

    def _own_deed(self, verb: Token) -> bool:
        """Whether ``verb`` tells something its subject did: active, not a verb of looking
        on or telling, not a confession, not negated."""
        lemma = verb.lemma_.lower()
        if lemma in _ONLOOKING or lemma in self.lex.confess_verbs:
            return False
        if lemma in self.lex.admission_verbs:
            return False
        return not any(c.dep_ in _PASSIVE or c.dep_ in _TOLD or c.dep_ == "neg"
                       for c in verb.children)  # fmt: skip
