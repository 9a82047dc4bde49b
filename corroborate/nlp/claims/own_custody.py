"""Whose bail or remand a pronoun tells, where a clause hung on the sentence's main clause
tells it: "The former head constable, X, remains behind bars after the High Court dismissed
his bail petition", "Their father, X, walked out of court after a single bench granted him
interim bail".

The pronoun sits in an adverbial or co-ordinated clause with a subject of its own (the court
that rules), so that subject cannot be it ("him" is never the bench that granted it); the
one person the main clause has for its subject, named or apposed to a noun, is who the report
is about, and the grammar binds the pronoun to them. The office or kin part that noun gives
them does not make them someone else: the head constable or the father is the one on bail or
in custody. ``Pronouns._nearer_subject`` skips a subject the sentence describes as someone
else - a police officer, a relative, a judge ("Judge Y ordered him held": never the judge),
which is right for a pronoun in that person's own clause and wrong here, where the clause
that tells the custody has a subject of its own.

So too a clause after a colon that tells what the clause before it said of its one person
subject: "X was less fortunate: the judge recalled his interim bail" (the parser hangs the
first clause on the second, so X is no subject of a clause the pronoun is part of).

Only for a step of custody the pronoun undergoes: the owner of a bail, remand, custody or
arrest noun ("his bail petition", "his remand") or the one a verb gives bail or a remand to
("granted him bail") - not whatever a clause says of him ("after the court praised him").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.pronouns import Pronouns
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.records import Mention

__all__ = ["OwnCustody"]

# The clauses hung on a main clause whose subject may be their pronoun: "after ...",
# "when ...", "..., and the court granted him bail".
_HUNG = frozenset({"advcl", "conj"})
_SAYING = kinds_lexicon().reporting_cues
# The parts (``role_nouns``) played for or against another, never by the one in custody.
_OTHERS_PARTS = frozenset({"court", "prosecutor", "victim"})


class OwnCustody(Pronouns):
    """The main clause's subject, for a pronoun whose bail or remand a clause hung on it tells."""

    def _own_custody_subject(self, pronoun: Token) -> Named | None:
        """The one person the main clause has for its subject, where ``pronoun`` ("his",
        "him", "her") is the one whose bail, remand or custody a clause hung on that main
        clause tells, and that clause has a subject of its own; None otherwise."""
        if pronoun.lower_ not in ("his", "him", "her") or not self._custody_of(pronoun):
            return None
        before_colon = self._subject_before_colon(pronoun)
        if before_colon is not None:
            return before_colon
        clause = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.dep_ not in _HUNG or clause.head.i == clause.i:
            return None
        own = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
        if not own or any(self._is_person_token(s) for s in own):
            return None  # "..., and his lawyer said he ...": a person of its own may be him
        main = clause.head
        # the subjects, each the person it names or is apposed to ("The retired
        # sub-inspector, X": the parser may split the hyphened noun into two subjects)
        subjects = [c for c in main.children if c.dep_ in NOUN_SUBJECTS and c.i < pronoun.i]
        people = self._subjects_named(subjects)
        if len({m.start for _, m in people}) != 1:
            return None
        return self._bound(*people[-1], pronoun)

    def _subject_before_colon(self, pronoun: Token) -> Named | None:
        """ "X was less fortunate: the judge recalled his interim bail": a clause after a
        colon tells what the clause before it said of its one person subject; where nothing
        between the colon and the pronoun names a person or uses another pronoun, the
        pronoun is that subject (the parser hangs the first clause on the second, so X is
        no subject of a clause the pronoun is part of)."""
        sent = pronoun.sent
        marks = [t.i for t in sent if t.text == ":" and t.i < pronoun.i]
        if len(marks) != 1:
            return None
        between = self.doc[marks[0] + 1 : pronoun.i]
        if any(t.i in self.by_token or t.pos_ == "PRON" for t in between):
            return None
        clause = self.doc[sent.start : marks[0]]
        if any(t.text in ('"', "\u201c", "\u201d") for t in clause):
            return None  # a quotation introduced: its words are someone's, not the report's
        verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and t.head.i >= marks[0]]
        if any(v.lemma_.lower() in _SAYING for v in verbs):
            return None  # "Inspector Y said: ... his bail": the words of another's case
        people = self._subjects_named(
            [c for v in verbs for c in v.children if c.dep_ in NOUN_SUBJECTS]
        )
        if len(people) != 1:
            return None
        return self._bound(*people[0], pronoun)

    def _bound(self, subject: Token, m: Mention, pronoun: Token) -> Named | None:
        """The person ``m`` (the subject ``subject`` names) for ``pronoun``, where grammar binds
        them: a person, playing no part for another, agreeing with the pronoun."""
        if m.type != "person" or self._part_for_another(subject):
            return None
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or not agrees(span, pronoun):
            return None
        name = self._full_name(m.name, m.start)
        return Named(name, pronoun.idx, pronoun.idx + len(pronoun.text))  # bound, not guessed

    def _subjects_named(self, subjects: list[Token]) -> list[tuple[Token, Mention]]:
        """Each subject with the mention it is or the one person apposed to it ("The
        former head constable, X")."""
        found = [(s, self.by_token.get(s.i) or self._apposed_person(s)) for s in subjects]
        return [(s, m) for s, m in found if m is not None]

    def _part_for_another(self, noun: Token) -> bool:
        """Whether the subject's noun is a part played for or against someone else in the
        case: a court, a prosecutor, a victim ("The trial judge, Y, adjourned the case after
        the defence sought his bail": the accused's bail), or counsel owned by another
        ("His counsel, Y, left the court after the judge dismissed his bail plea"). An
        office, a rank or a kin part is none: the head constable or the father may be the one
        on bail; so may a lawyer no one owns ("The senior lawyer, X, ...")."""
        part = self.lex.role_nouns.get(noun.lemma_.lower())
        if part in _OTHERS_PARTS:
            return True
        owned = any(c.dep_ == "poss" for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in noun.children
        )
        return part == "defence" and owned

    def _is_person_token(self, token: Token) -> bool:
        """Whether ``token`` is a person's name or a personal pronoun."""
        m = self.by_token.get(token.i)
        return m is not None and m.type == "person" or token.pos_ == "PRON"

    def _custody_of(self, pronoun: Token) -> bool:
        """Whether ``pronoun`` owns a noun of bail, remand, custody or arrest ("his bail
        petition", "his remand") or is the one a verb gives bail or a remand to ("granted
        him bail")."""
        lex = self.lex
        steps = lex.bail_nouns | lex.remand_nouns | lex.custody_nouns | lex.arrest_nouns

        def a_step(noun: Token) -> bool:
            words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
            return any(w.lemma_.lower() in steps for w in words)

        if pronoun.dep_ == "poss":
            return a_step(pronoun.head)
        if pronoun.dep_ in ("dative", "dobj"):
            verb = pronoun.head
            return any(c.dep_ == "dobj" and c.i != pronoun.i and a_step(c) for c in verb.children)
        return False
