"""A confession taken back by challenging it: "his lawyer said he would challenge the
admissions in a trial-within-a-trial", "the defence would object to the caution statement
recorded at the police station", "His attorney said the statement would be challenged".

Court reports tell an accused's retraction so when his side means to fight the statement in
court rather than say it is untrue: to challenge or object to the statement is to deny that it
is his free word. Read from the parse: a verb of challenging (``kinds.challenge_verbs``), not
negated ("did not contest the statement" accepts it), whose object - its direct object, its
passive subject, or the object of "to" ("object to the statement") - is a confession, or a
statement (``statement_nouns``: "statement", "admission") made where an accused's statement is
a confession (custodial, or before a magistrate: ``TakenBackSettings._setting_taken_back``),
or one the report told a confession by.

Whose it is: its owner ("X's statement", "his client's statement": ``Counsel._clients_own``;
"a confession X made to a magistrate", the subject of its relative clause of making),
else the side that challenges it - the subject's (a lawyer's client), or, for a subject that
names no one ("the defence would object", "the statement would be challenged"), the side of
whoever says so ("X's advocate gave notice that ..."). Only one the report accuses or has
told confessing: a prosecutor challenges a witness's statement too.

A statement the accused's side asks kept out of evidence, or argues inadmissible, is read the
same way (``claims.exclusion_sought`` finds it), owned only by the side that asks or argues.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.exclusion_sought import excluded_statement
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.claims.police_interviews import police_record
from corroborate.nlp.claims.taken_back_settings import TakenBackSettings

__all__ = ["StatementChallenged"]

# The statement a verb of challenging acts on: its object, its passive subject, or the object
# of "to" ("objected to the statement").
_OBJECTS = frozenset({"dobj"}) | PASSIVE_SUBJECTS
_TO = frozenset({"to"})


class StatementChallenged(TakenBackSettings):
    """An accused's statement his side challenges, as his retraction of it."""

    def _statement_challenged(self, verb: Token) -> list[Draft]:
        not_a_challenge = (
            verb.lemma_.lower() not in self.kinds.challenge_verbs or verb.pos_ != "VERB"
        )
        if not_a_challenge:
            # "asked the judge to set aside his statement", "argued that the admission was
            # inadmissible": kept out of evidence at his side's asking, as challenged
            statement = excluded_statement(verb, self.kinds, self.lex)
        elif any(c.dep_ == "neg" for c in verb.children):
            return []  # "did not contest the statement": it stands
        else:
            statement = self._challenged_statement(verb)
        if statement is None:
            return []
        confessing = statement.lemma_.lower() in self.lex.confession_nouns
        setting = self._setting_taken_back(statement)
        # "challenged the admissibility of a confession X made to a magistrate": the
        # relative clause of its making names whose it is, whoever challenges it (a lawyer
        # the sentence gives no client)
        owners = self._clients_own(statement) or self._owners(statement)
        owners = owners or self._givers_of(statement)
        owners = [n for n in owners if self._is_person(n)] or self._challengers(verb)
        if not_a_challenge:
            # the statement asked kept out (no verb of challenging): only his own side asks
            # his statement kept out - a judge who says X's confession was inadmissible, or a
            # prosecutor or officer who asks it set aside, takes nothing back of X's
            side = {n.name for n in self._challengers(verb)}
            owners = [n for n in owners if n.name in side]
        known = self.accused_so_far | self.confessors
        takers = [n for n in owners if n.name in known]
        told = any(n.name in self.confessors for n in takers)
        if not takers or not (confessing or told or setting in ("custodial", "judicial")):
            return []
        out: list[Draft] = []
        if setting != "unknown" or confessing:
            # the confession told by its taking back first, so that the retraction is the
            # accused's latest word (as ``AnswerVerbs`` orders them)
            confession = Draft("confession", verb, taken_back=statement)
            confession.add(takers, "accused")
            out.append(confession)
        retraction = Draft("retraction", verb)
        retraction.add(takers, "accused")
        return [*out, retraction]

    def _challenged_statement(self, verb: Token) -> Token | None:
        """The statement or confession noun the verb challenges, if any: its object, or the
        "of" object of a noun of its worth as evidence ("challenge the admissibility of his
        caution interview": ``weighing_nouns``); an interview only one marked as the
        police's (``police_record``: under caution, "his police interview", "the recorded
        interview" - never the press's)."""
        lex = self.lex
        nouns = lex.statement_or_confession_nouns
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _TO
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        objects += [o for w in objects if w.lemma_.lower() in lex.weighing_nouns
                    for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        # "his caution interview", "his garda interviews": a record the police took is a
        # statement
        return next((o for o in objects if o.lemma_.lower() in nouns or police_record(o, lex)),
                    None)  # fmt: skip

    def _challengers(self, verb: Token) -> list[Named]:
        """The side that challenges: the subject's (a lawyer speaks for a client), else, where
        the subject names no one or there is none, the side of whoever reports the
        challenge ("X's advocate said the defence would object ...")."""
        subject = self._speaker_of(verb)
        side = [] if subject is None else [n for n in self._side_of(subject) if self._is_person(n)]
        # the verbs above it, nearest first: "said (that) ...", "gave notice that ..."
        for head in verb.ancestors:
            if side:
                break
            speaker = self._speaker_of(head) if head.pos_ in ("VERB", "AUX") else None
            if speaker is not None:
                side = [n for n in self._side_of(speaker) if self._is_person(n)]
        return side
