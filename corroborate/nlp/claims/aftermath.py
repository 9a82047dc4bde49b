"""A criminal process told by where it has left someone: "X is behind bars", "X, who is
awaiting trial, ...", "The co-pilot, X, is due for release next year", "X was interviewed under
caution", "X is under investigation". Each is said only of someone a case is against - no
victim, witness or judge is awaiting trial or behind bars - so whoever the verb tells it of
stands accused of the report's act. No outcome is read: an aftermath may restate an older step
(a term being served, a remand or bail still running), and a later ruling of the same report
says which, so these accuse and leave the outcome to the rulings.

Three shapes, each from the lexicon:
- a verb of being or staying (``remaining_verbs``) whose phrase is an aftermath state
  (``aftermath_states``: "is behind bars", "remains behind bars", "is due for release") - not
  negated ("is no longer behind bars" tells no one there now, as ``Fugitives`` reads flight),
  and not "due for release from hospital" (a "from" place that is no prison);
- a verb of awaiting (``awaiting_verbs``) whose object is a step only an accused awaits
  (``awaited_steps``: trial, sentencing, extradition), bare or his own ("awaiting his
  trial"): "the victim's family is awaiting the trial" awaits a step of someone else's;
- any verb with an "under" phrase of a suspect's standing (``suspect_standings``: "under
  investigation", "under caution"): "X was released under investigation", "police
  interviewed X under caution", "X is under investigation" - the one it is done to, or the
  subject of a verb of being.
Only people: "the case is awaiting trial", "the death is under investigation" name no one,
nor does "the death of the guard, X, is under investigation" (X only in the thing's "of").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, accusation_of
from corroborate.nlp.grammar import prep_objects

__all__ = ["Aftermath"]

# Where a verb of being keeps its state: "is behind bars" (prep), "is due for release" (acomp).
_STATE_DEPS = frozenset({"acomp", "prep", "advmod"})

# The determiners an awaited step may take and still be the subject's own: none, or his.
_OWN = frozenset({"his", "her", "their"})


class Aftermath(Courts):
    """Accusations told by where a criminal process has left someone."""

    def _aftermath(self, verb: Token) -> list[Draft]:
        if any(c.dep_ == "neg" or c.lower_ == "longer" for c in verb.children):
            return []  # "X is not behind bars", "X is no longer under investigation"
        if self._in_aftermath_state(verb) or self._awaits_a_step(verb):
            accused = self._agents(verb)
        elif self._under_suspicion(verb):
            done_to = self._passive(verb) or any(c.dep_ == "dobj" for c in verb.children)
            accused = self._patients(verb) if done_to else self._agents(verb)
        else:
            return []
        accused = [n for n in accused if self._is_person(n)]
        # "the death of the guard, X, is under investigation": the state is a thing's, and
        # the person named only in its "of" phrase
        held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if any(prep_objects(c, ("of",)) for c in held):
            return []
        return accusation_of(verb, accused)

    def _in_aftermath_state(self, verb: Token) -> bool:
        """ "is behind bars", "remains behind bars", "is due for release next year"."""
        lemma = verb.lemma_.lower()
        if lemma != "be" and lemma not in self.lex.remaining_verbs:
            return False
        for c in verb.children:
            if c.dep_ not in _STATE_DEPS:
                continue
            words = [t for t in c.subtree if t.dep_ not in ("cc", "punct")]
            said = " ".join(t.lower_ for t in words)
            if not any(said == s or said.startswith(f"{s} ") for s in self.lex.aftermath_states):
                continue
            # "due for release from hospital": released from somewhere no prison
            places = [o for t in words for o in prep_objects(t, ("from",))]
            if not all(self._a_prison(o) for o in places):
                continue
            return True
        return False

    def _awaits_a_step(self, verb: Token) -> bool:
        """ "is awaiting trial", "remains in jail awaiting sentencing", "who awaits his
        extradition"; not "awaiting the trial", which anyone may await."""
        if verb.lemma_.lower() not in self.lex.awaiting_verbs:
            return False
        for c in verb.children:
            if c.dep_ != "dobj" or c.lemma_.lower() not in self.lex.awaited_steps:
                continue
            if all(d.lower_ in _OWN for d in c.children if d.dep_ in ("det", "poss")):
                return True
        return False

    def _under_suspicion(self, verb: Token) -> bool:
        """ "released under investigation", "interviewed under caution", "is under
        investigation": an "under" phrase of a suspect's standing."""
        standings = self.lex.suspect_standings
        return any(o.lemma_.lower() in standings for o in prep_objects(verb, ("under",)))
