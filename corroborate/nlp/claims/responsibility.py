"""Who a sentence holds responsible for an act it names, where no verb of the act has them
as its subject: the way reports tell what a banned outfit, a gang or a company did.

``Responsibility`` adds to ``Answers`` five phrasings, each read from the parse and the
lexicon's words (``legal.json``): the doer "claimed responsibility for" the act
(``responsibility_verbs``); "carried out" or "perpetrated" it (``commission_verbs``); the
act "was blamed on" them (``laying_verbs``); they "were behind" it
(``instigation_prepositions``); and an act noun's "by" phrase ("the assault by X on the
mall"). Each gives a crime claim (an accusation for "blamed on") whose accused are the
named parties that ``Naming.can_do`` admits: people, groups of members, organisations that
are no authority. Never the organisation a member belongs to: the names come through
``_names``, which leaves an affiliation out ("a worker of X" is the worker's).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import negated_or_possible
from corroborate.records import ClaimKind

__all__ = ["Responsibility"]


class Responsibility(Answers):
    """Doers told by taking responsibility, carrying out, blame laid on them, being behind
    an act, or an act noun's "by" phrase."""

    def _responsible(self, token: Token) -> list[Draft]:
        """The claims ``token`` starts as the head of one of the five phrasings."""
        if token.pos_ in ("NOUN", "PROPN"):
            return self._act_by(token)
        lemma, lex = token.lemma_.lower(), self.lex
        if token.pos_ not in ("VERB", "AUX") or negated_or_possible(token, lex.modal_auxiliaries):
            return []
        if lemma in lex.responsibility_verbs and not self._passive(token):
            # "X claimed responsibility for the bombing". Not an act as the object itself:
            # "X accepted the possibility of militants working under its banner" takes
            # responsibility for nothing.
            taken = [c for c in token.children if c.dep_ == "dobj"]
            acts = [  # "for the bombing", "for killing two officers"
                p for o in taken if o.lemma_.lower() in lex.responsibility_nouns
                for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ in ("pobj", "pcomp") and self._names_an_act(p)
            ]  # fmt: skip
            return self._held(token, self._agents(token) if acts else [], "crime")
        if self._phrasal(token, lemma) in lex.commission_verbs:
            # "X carried out the attack", "the killings were carried out by X"
            done = PASSIVE_SUBJECTS if self._passive(token) else frozenset({"dobj"})
            acts = [c for c in token.children if c.dep_ in done and self._names_an_act(c)]
            return self._held(token, self._agents(token) if acts else [], "crime")
        if lemma in lex.laying_verbs:
            # "police blamed the bombing on X", "the massacre was blamed on X"
            # (the parser may hang "on X" on the object: "blamed [the bombing on X]")
            objects = [c for c in token.children if c.dep_ == "dobj" and self._names_an_act(c)]
            laid_on = [
                n for h in [token, *objects] for c in h.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for n in self._pobj_names(c)
            ]  # fmt: skip
            return self._held(token, laid_on, "accusation")
        if lemma == "be":
            # "X was behind the attacks", "X and Y were behind the bombing"
            behind = [
                p for c in token.children
                if c.dep_ == "prep" and c.lower_ in lex.instigation_prepositions
                for p in c.children if p.dep_ == "pobj" and self._names_an_act(p)
            ]  # fmt: skip
            doers = self._names_of_children(token, ACTIVE_SUBJECTS) if behind else []
            return self._held(token, doers, "crime")
        return []

    def _act_by(self, noun: Token) -> list[Draft]:
        """ "the assault by X on the mall", "the kidnapping of two engineers by X": an act
        noun whose "by" phrase names who did it (on the noun, or on the noun of its "of"
        phrase, where the parser often hangs it). Not an act negated ("no attack by X")."""
        if not self._names_an_act(noun, own_word=True):
            return []
        if any(c.dep_ == "det" and c.lower_ in self.lex.negative_words for c in noun.children):
            return []
        heads = [noun] + [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"
        ]  # fmt: skip
        doers = [
            n for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
            for n in self._pobj_names(c)
        ]  # fmt: skip
        return self._held(noun, doers, "crime")

    def _names_an_act(self, noun: Token, own_word: bool = False) -> bool:
        """Whether a noun names a crime: a crime noun or the noun of a crime verb ("the
        assault", "a bomb attack"), else an act the lexicon knows in its phrase ("killing
        two police officers"); ``own_word``: the noun itself only."""
        lemma, lex = noun.lemma_.lower(), self.lex
        if lemma in lex.crime_nouns or lemma in lex.crime_verbs:
            return True
        if own_word:
            return act_of(noun.text) is not None
        phrase = self.doc[noun.left_edge.i : noun.right_edge.i + 1]
        return act_of(phrase.text) is not None

    def _held(self, cue: Token, doers: list[Named], kind: ClaimKind) -> list[Draft]:
        doers = [n for n in doers if self.can_do(n)]
        if not doers:
            return []
        draft = Draft(kind, cue)
        draft.add(doers, "accused")
        return [draft]
