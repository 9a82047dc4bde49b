"""A confession taken back by the trial held on it: "X's caution statement was admitted after
a trial within a trial", "After a voir dire, the judge admitted the statement", "the court
excluded the confession after a trial-within-a-trial", "the judge ruled inadmissible at the
voir dire the police interview".

A court holds a trial within a trial (a voir dire) on a statement only when the accused
disputes that he made it freely: the report that tells a statement admitted or excluded after
one tells his retraction of it, whatever the court then decided (the court's ruling is
``Rulings``'s; the accused's word is that he took it back). Read from the parse: a phrase of
an inner trial (``legal.inner_trial_phrases``) as the object of a preposition ("after",
"at", "following"), the nearest verb above it, and a statement of that verb - its object, its
passive subject, or one the parser hung on a word beside it - that is a confession, a
statement (``statement_nouns``) or the police's record of questioning.

Whose it is: its owner ("X's statement", "the statement of the first accused"), else, where
the inner trial is one a side means to challenge the statement in ("her client would
challenge the admissions in a trial-within-a-trial"), the side that challenges it (a lawyer
speaks for his own client, not for whoever confessed last), else the one whose confession
the report told last ("the statement" told again). Only one the report
accuses or has told confessing: a witness's statement may be tried too. An inner trial only
ordered, begun or to come ("the trial within a trial will begin") tells no statement and is
never read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.claims.challenged import StatementChallenged
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.claims.police_interviews import police_record

__all__ = ["StatementTriedWithin", "inner_trial_root"]

# The statement a verb acts on: its object or its passive subject; "dep" where the parser
# split a phrase and hung the object on its second word ("at the voir dire the interview").
_OBJECTS = frozenset({"dobj"}) | PASSIVE_SUBJECTS
_SPLIT = frozenset({"dep"})


def inner_trial_root(token: Token, phrases: frozenset[str]) -> Token | None:
    """The word that heads an inner trial's phrase starting at ``token`` ("trial within a
    trial", "trial-within-a-trial", "voir dire": ``phrases``, written with spaces), as the
    object of a preposition; none where no phrase starts here or it is not a preposition's
    object ("the trial within a trial will begin")."""
    doc = token.doc
    rest = doc.text[token.idx : token.idx + 40].lower().replace("-", " ")
    phrase = next((p for p in phrases if rest.startswith(p)), None)
    if phrase is None:
        return None
    end = token.idx + len(phrase)
    inside = {t.i for t in doc[token.i :] if t.idx < end}
    root = token
    while root.head.i in inside and root.head.i != root.i:
        root = root.head
    return root if root.dep_ == "pobj" else None


class StatementTriedWithin(StatementChallenged):
    """An accused's statement tried in a trial within a trial, as his retraction of it."""

    def _statements_tried(self, sent: Span, drafts: list[Draft]) -> list[Draft]:
        """Every statement tried within a trial in ``sent``, read after the sentence's other
        drafts have their parties (a confession this sentence tells is the statement's)."""
        out: list[Draft] = []
        for token in sent:
            out += self._statement_tried(token, [*drafts, *out])
        return out

    def _statement_tried(self, token: Token, drafts: list[Draft]) -> list[Draft]:
        root = inner_trial_root(token, self.lex.inner_trial_phrases)
        if root is None:
            return []
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            return []
        statement = self._tried_statement(verb)
        if statement is None:
            return []
        known = self.accused_so_far | self.confessors
        owners = [n for n in self._owners(statement) if self._is_person(n)]
        if not owners and not self._owner_unnamed(statement):
            return []  # "the uncle's statement": an owner told, whom no name stands for
        owners = owners or self._challenging_side(verb) or self._statement_told(statement, drafts)
        told = {n.name for d in drafts if d.kind == "retraction" for n in d.accused}
        takers = [n for n in owners if n.name in known and n.name not in told]
        if not takers:
            return []  # none, or their taking back read already ("... his claim that ...")
        out: list[Draft] = []
        confessed = {n.name for d in drafts if d.kind == "confession" for n in d.accused}
        unread = [n for n in takers if n.name not in confessed]
        if unread and self._setting_taken_back(statement) != "unknown":
            # the confession told by its taking back first, as ``StatementChallenged`` does;
            # only where its own phrases say where it was made and no reader of this sentence
            # told it already (an unknown setting beside a known one would blur it)
            confession = Draft("confession", verb, taken_back=statement)
            confession.add(unread, "accused")
            out.append(confession)
        # the trial within a trial is held in court: the taking back is before the judge
        retraction = Draft("retraction", root, setting="judicial")
        retraction.add(takers, "accused")
        return [*out, retraction]

    def _owner_unnamed(self, statement: Token) -> bool:
        """Whether the statement names no owner, or only an accused by his place in the
        dock ("the statement of the first accused", "the accused's statement")."""
        owners = [c for c in statement.children if c.dep_ == "poss"]
        owners += [o for p in statement.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        return all(o.lemma_.lower() in self.lex.accused_nouns or o.lower_ in self.lex.accused_nouns
                   for o in owners)  # fmt: skip

    def _challenging_side(self, verb: Token) -> list[Named]:
        """Whose statement an inner trial is sought on, where the verb is one of challenging
        ("her client would challenge the admissions in a trial-within-a-trial"): the side
        that challenges (``StatementChallenged._challengers``), if the report accuses it;
        none for a court's verb ("admitted", "excluded") or a side it does not."""
        if verb.lemma_.lower() not in self.kinds.challenge_verbs:
            return []
        known = self.accused_so_far | self.confessors
        return [n for n in self._challengers(verb) if n.name in known]

    def _statement_told(self, statement: Token, drafts: list[Draft]) -> list[Named]:
        """Whose "the statement" is where it names no owner: the confessor this sentence
        told ("the court excluded the confession police said they recorded from X"), else
        the one the report told confessing last, else the accused where the report has only
        one (a trial within a trial is held on an accused's statement, never a witness's)."""
        # read by its own reader (more than one may have: the one that found its owner)
        told = [n for d in drafts if d.kind == "confession" and d.cue.i == statement.i
                for n in d.accused]  # fmt: skip
        if told:
            return told
        if self.last_confessed is not None:
            return list(self.last_confessed[1])
        if len(self.accused_so_far) == 1:
            [name] = self.accused_so_far
            return [Named(name, statement.idx, statement.idx + len(statement), resolved=True)]
        return []

    def _tried_statement(self, verb: Token) -> Token | None:
        """The statement or confession ``verb`` admits or excludes: its object or passive
        subject, one the parser hung on a split word, or a confession noun made a compound
        of its object ("excluded the confession police said ...")."""
        lex = self.lex
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        objects += [o for s in verb.children if s.dep_ in _SPLIT
                    for o in s.children if o.dep_ in _OBJECTS]  # fmt: skip
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
        for o in objects:
            lemma = o.lemma_.lower()
            # "his caution interview", "the police interview": the police's record, not the
            # press's (``police_interviews``)
            if lemma in lex.statement_or_confession_nouns or police_record(o, lex):
                return o
        return None
