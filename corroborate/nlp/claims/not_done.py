"""Acts not done: a legal or criminal act a verb tells that did not happen or may yet.

"X was not charged", "Neither X nor Y has been charged", "Nobody accused X": negated, by the
verb or by a negative subject. "X could be charged", "If convicted, X faces death": only
possible, to come, or conditional. "launched a bid to overturn the conviction", "asked to
charge X", "urged that X be charged": only tried or asked for. "It would be wrong to accuse
X": an act only judged, which no one does. Such a verb makes no claim (``_not_done``); whom
it names stays the one the report follows (``_keep_in_focus``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.targets import target_words
from corroborate.nlp.claims.doers import Doers
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.request_granted import granting_verb
from corroborate.nlp.grammar import negated_or_possible

__all__ = ["NotDone"]

# Subjects that stand for no one ("it", "there"): the lexicon's (``targets.json``).
_PLACEHOLDERS = target_words().placeholders


class NotDone(Doers):
    """Whether a verb tells an act not done (``_not_done``), and whom such a verb keeps in
    focus (``_keep_in_focus``)."""

    def _not_done(self, verb: Token) -> bool:
        """Whether the verb tells an act that did not happen or may yet: negated ("was not
        charged", "Neither X nor Y has been charged", "Nobody accused X"), only possible or
        to come ("could be charged"), conditional ("If convicted, X faces death"), tried or
        asked for; a conjunct without a subject of its own is as its head is ("has not been
        charged or arrested"), negated after "nor", and itself after "but"."""
        lex = self.lex
        if negated_or_possible(verb, lex.modal_auxiliaries) or self._negative_subject(verb):
            return True
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in verb.children):
            return True
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return True  # "spent three years in jail without being convicted"
        if verb.dep_ == "conj" and verb.head.i != verb.i and not self._subject_tokens(verb):
            joins = {c.lower_ for c in verb.head.children if c.dep_ == "cc"}
            if joins & lex.negative_words:
                return True  # "has not been charged with nor convicted of": "nor" negates
            if joins & lex.contrasting_conjunctions:  # "did not charge X but arrested him"
                return False
            if _own_auxiliary_after_and(verb, joins):
                # "He did not enter a plea and was remanded in custody": a conjunct with
                # an auxiliary of its own is a clause of its own, which the head's "not"
                # does not reach (as it reaches "has not been charged or arrested")
                return False
            return self._not_done(verb.head)
        if self._only_judged(verb):
            return True
        head = verb.head
        if verb.dep_ == "acl" and head.lemma_.lower() in self.lex.attempt_nouns:
            # "launched a bid to overturn the conviction": only tried - but a paper that
            # takes back by its own words ("filed a petition retracting the statement",
            # "an application withdrawing it") is the taking back, done by filing it
            # - and a paper that says something ("submitted a petition saying the statement
            # was not voluntary", "a plea stating that he was beaten") says it when it is
            # filed: its words are its filer's, whatever the paper asks for
            kinds = kinds_lexicon()
            cues = kinds.retraction_cues | kinds.reporting_cues
            return not (verb.tag_ == "VBG" and verb.lemma_.lower() in cues)
        if verb.dep_ not in ("xcomp", "ccomp", "advcl"):
            return False
        if head.lemma_.lower() not in self.lex.request_verbs:
            return False
        if head.lemma_.lower() in self.lex.retraction_attempt_verbs and _taking_back(verb):
            # "X tried to retract his confession at trial", "which he had sought to
            # withdraw": the attempt is his taking back, whatever the court allows - unless
            # the attempt is itself negated or only possible ("which he never tried to take
            # back"); a paper that seeks it ("a petition seeking to withdraw it") is filed
            return negated_or_possible(head, lex.modal_auxiliaries)
        if granting_verb(head, self.lex, self._by_a_court) is not None:
            return False  # "asked the court to remand X, which the magistrate granted"
        # "asked to charge X"; a that-clause in the subjunctive, which the tagger may read
        # as present: "recommended that X face charges", "urged that X be charged"
        return verb.tag_ == "VB" or (verb.dep_ == "ccomp" and _subjunctive(verb))

    @staticmethod
    def _only_judged(verb: Token) -> bool:
        """ "It's hard to blame him", "It would be wrong to accuse X": an infinitive after an
        adjective said of "it" judges the act, which no one does. ("X was quick to blame Y"
        has a subject of its own: Y is blamed.)"""
        if verb.dep_ != "xcomp" or verb.tag_ != "VB":
            return False
        head = verb.head
        copula = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
        judged = any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in copula.children)
        placeholder = any(c.dep_ == "nsubj" and c.lower_ in _PLACEHOLDERS for c in copula.children)
        return judged and placeholder

    def _negative_subject(self, verb: Token) -> bool:
        """ "Neither X nor Y has been charged", "No one was arrested", "Nobody accused X",
        "None of them was convicted": a subject that is a negative word or has one as its
        determiner or pre-conjunction says that no one was."""
        words = self.lex.negative_words
        return any(
            s.lower_ in words
            or any(c.dep_ in ("det", "preconj") and c.lower_ in words for c in s.children)
            for s in self._subject_tokens(verb)
        )

    def _keep_in_focus(self, verb: Token, lemma: str) -> None:
        """Whom a claim not made names stays the one the report follows: after "Neither X
        nor her allies have been charged", "her" in "accusing her of ..." is still X. The
        claim is dropped, but its accused are kept for the sentence's end (``run``), where
        they become the parties followed if the sentence rules on, charges or arrests no one
        else; they never join ``all_accused``."""
        lex = self.lex
        verbs = (lex.ruling_verbs, lex.charge_verbs, lex.arrest_verbs, lex.accuse_verbs)
        if any(lemma in words for words in verbs):
            self.unmade_here += [n for n in self._patients(verb) if self._is_person(n)]


def _own_auxiliary_after_and(verb: Token, joins: set[str]) -> bool:
    """Whether a conjunct joined by "and" has a finite auxiliary of its own ("did not enter
    a plea and was remanded", "has not applied for bail and is held in custody"): the
    negation of the first clause stays there. Joined by "or" the "not" reaches on ("has not
    been charged or been questioned"), and a bare participle shares the head's auxiliary
    and its "not" with it ("was not charged and released")."""
    if joins != {"and"}:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
               for c in verb.children)  # fmt: skip


def _subjunctive(verb: Token) -> bool:
    """A that-clause's verb in the bare form: "that X face charges" (tagged VBP with a
    third-person subject), "that X be charged" (its auxiliary bare)."""
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    third = bool(subjects) and all(
        s.tag_ in ("NNP", "NN") or s.lower_ in ("he", "she", "it") for s in subjects
    )
    bare_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" and c.lower_ == "be"
                   for c in verb.children)  # fmt: skip
    return (verb.tag_ == "VBP" and third) or bare_aux


def _taking_back(verb: Token) -> bool:
    """Whether ``verb`` is a verb of taking back ("retract", "withdraw", "take back" with its
    particle: ``kinds.retraction_cues``; "tried to take back his confession" may come with
    "back" parsed as an adverb, as ``TakingBack._retracting`` reads it)."""
    cues = kinds_lexicon().retraction_cues
    lemma = verb.lemma_.lower()
    return lemma in cues or any(
        c.dep_ in ("prt", "advmod") and f"{lemma}_{c.lower_}" in cues for c in verb.children
    )
