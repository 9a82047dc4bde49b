"""The giver a statement discloses: "Ansari told police the notes were handed to him by a man
named X", "the courier admitted that he had been paid 2 million ariary by a gem dealer, X",
the one who handed the teller the thing of the crime or paid him for it, named only inside
what the teller said. ("Bala said that the shots were fired by X" is a shooting, read by
``shots_fired`` wherever it is told.)

A verb of handing over or doing the deed (``handing_verbs``), passive, whose "by" phrase
names a person, inside the content of a verb of disclosure (``disclosing_verbs``: "told
police", "said", "admitted", "disclosed") accuses that person of the act the teller owns.
The thing handed must be what the clause is about: the passive's subject is a thing ("the
notes were handed"), or, where it is a person, the verb keeps the thing as its object ("he
had been paid Rs 5,000", "he was handed the pistol") - so "he was fired by his employer" and
"he was handed over to police by his father" accuse no one. Never the teller himself, and
never the police or another authority (``can_do``, ``is_custodian``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, accusation_of
from corroborate.nlp.claims.list_fellows import OTHER_PARTS
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS, Parties
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import passive_agents
from corroborate.nlp.person_words import person_word
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["DisclosedGivers"]

_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
# The parts that keep the one named in the "by" phrase out of the accused: a victim, a
# witness or complainant, a court, a lawyer, a relative acting as one, and an officer.
_NOT_GIVERS = OTHER_PARTS | {"investigator"}


class DisclosedGivers(Parties):
    """Accusations of the giver a teller's statement names by a passive's "by" phrase."""

    def _disclosed_givers(self, verb: Token, lemma: str) -> list[Draft]:
        """The accusation of the "by" phrase of ``verb`` (lemma ``lemma``), or none."""
        if lemma not in self.lex.handing_verbs or not self._passive(verb):
            return []
        teller = self._disclosing_verb(verb)
        if teller is None or not self._thing_handed(verb):
            return []
        tellers = {n.name for n in self._agents(teller)}
        givers = [
            n for o in passive_agents(verb) if not self._giver_apart(o)
            for n in self._names(o)
            if self._is_person(n) and self.can_do(n) and n.name not in tellers
        ]  # fmt: skip
        return accusation_of(verb, givers)

    def _disclosing_verb(self, verb: Token) -> Token | None:
        """The verb of disclosure whose content ``verb`` is: one above it that comes before
        it ("X told police [that] the notes were handed ..."), or, where the parser hung the
        teller's verb on the clause's own subject ("The courier admitted ... that he had been
        paid": "admitted" a participle of "courier"), that verb."""
        disclosing = self.lex.disclosing_verbs
        for above in verb.ancestors:
            if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in disclosing:
                return above if above.i < verb.i else None
        return next(
            (
                v for s in verb.children if s.dep_ in _SUBJECTS and s.i < verb.i
                for v in s.children
                if v.dep_ == "acl" and v.lemma_.lower() in disclosing and v.i < verb.i
            ),
            None,
        )  # fmt: skip

    def _giver_apart(self, giver: Token) -> bool:
        """Whether the "by" phrase's noun, its title or a noun in apposition gives the giver
        a part other than an accused's (``OTHER_PARTS``) or an officer's: "by the
        complainant, X", "by Inspector X", "by police" - no one the statement accuses."""
        words = [giver, *(c for c in giver.children if c.dep_ in ("appos", "compound"))]
        words += [c for w in list(words) if w.dep_ == "appos" for c in w.children
                  if c.dep_ == "compound"]  # fmt: skip
        roles = self.lex.role_nouns
        return any(
            is_custodian(w)
            or w.lemma_.lower() in self.lex.victim_words
            or roles.get(w.lemma_.lower()) in _NOT_GIVERS
            or roles.get(w.lower_) in _NOT_GIVERS
            for w in words
        )

    @staticmethod
    def _thing_handed(verb: Token) -> bool:
        """Whether the passive is about the thing handed: its subject is no person, or the
        verb keeps the thing as its object ("he had been paid Rs 5,000")."""
        subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        people = [s for s in subjects if s.lower_ in PERSONAL_PRONOUNS or person_word(s)]
        return not people or any(c.dep_ == "dobj" for c in verb.children)
