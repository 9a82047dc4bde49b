"""Who takes a statement back where the verb's own subject does not say: the client of "his
client" or of the lawyer who is its subject ("his lawyer disputed the admission ...", "X's
counsel filed an application stating that his client had resiled from it"), the filer of a
paper that takes it back ("her lawyer filed a petition withdrawing it") - and a statement the
police's own relative clause tells as the disowner's ("disputed the statement the detectives
took from him", ``told_theirs``). Asked by ``TakingBack`` and ``Retractions``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.confessed_under import ConfessedUnder
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.paper_participles import paper_of_participle
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.told_theirs import givers_told, split_relative

__all__ = ["Disowners"]

_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS


class Disowners(ConfessedUnder):
    """Whose statement a verb of taking back takes back, told by a lawyer, a paper or the
    police's relative clause."""

    def _clients_taking(self, verb: Token) -> list[Named]:
        """Whom "his client", the subject of a verb of taking back, stands for: the client
        of the one lawyer its sentence names (``Counsel._client_in_sentence``); none where
        the sentence names no lawyer's client, or several."""
        return [n for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
                for n in self._client_in_sentence(s)]  # fmt: skip

    def _counsels_clients(self, verb: Token) -> list[Named]:
        """Whom a lawyer who is the subject of a verb of taking back acts for ("X's lawyer",
        "counsel for X", ``SpokenFor._side_of``): a lawyer takes back no statement of his
        own, only his client's."""
        return [n for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
                and self.lex.role_nouns.get(s.lemma_.lower()) == "defence"
                for n in self._side_of(s) if self._is_person(n)]  # fmt: skip

    def _gerund_doers(self, verb: Token) -> list[Named]:
        """Who takes back by a gerund with no subject of its own in a phrase of the clause
        ("after months of disputing the statement", "before retracting it", "despite
        challenging the confession"): the clause's subject, who the gerund's doer is in
        English - through a preposition on the verb, or one on a noun that is itself the
        object of a preposition on it ("after months of disputing"); active or passive ("X
        was convicted after retracting it"). Asked of verbs of taking back only: "after days
        of beating" is done to him, not by him."""
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
            return []
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return []
        prep = verb.head
        for _ in range(2):
            if prep.dep_ != "prep":
                return []
            clause = prep.head
            if any(split_relative(o) == clause for o in verb.children if o.dep_ == "dobj"):
                # "after months of disputing the statement police took from him": the parser
                # hung the phrase on the statement's own relative, split off; its head is
                # the clause
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX"):
                subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
                return [n for s in subjects for n in self._names(s) if self._is_person(n)]
            if clause.dep_ != "pobj" or clause.pos_ != "NOUN":
                return []
            prep = clause.head
        return []

    def _paper_filers(self, verb: Token) -> list[Named]:
        """Who takes back by a paper's participle ("she filed a petition retracting the
        statement", "her lawyer filed an application withdrawing it", or hung past the paper:
        ``paper_participles``): the paper says what its filer does (``SpokenFor._speaker_of``
        reads its saying so) - the subject of the verb whose object the paper is, a lawyer
        for his client."""
        paper = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or paper.dep_ != "dobj":
            # "she filed a petition in June withdrawing it", "filed a petition during the
            # trial withdrawing that statement": the parser hung it past the paper
            found = paper_of_participle(verb, self.lex.bail_request_nouns)
            if found is None:
                return []
            paper = found
        if any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
            return []
        subjects = [c for c in paper.head.children if c.dep_ in ACTIVE_SUBJECTS]
        return [n for s in subjects for n in (
            self._side_of(s) if self.lex.role_nouns.get(s.lemma_.lower()) == "defence"
            else self._names(s)) if self._is_person(n)]  # fmt: skip

    def _told_as_disowners(self, verb: Token, statement: Token) -> bool:
        """Whether a statement a verb of denying takes as its object is told by a relative
        of another's as the disowners' own ("disputed the statement police took from him",
        ``_taken_from``) - the verb's subjects, or the client of the lawyer who disputes it."""
        if statement.lemma_.lower() not in self.lex.statement_or_confession_nouns:
            return False
        takers = self._agents(verb) or self._clients_taking(verb) or self._counsels_clients(verb)
        takers = takers or self._gerund_doers(verb)
        clauses = [c for c in statement.children if c.dep_ in ("relcl", "acl")]
        split = split_relative(statement)  # "disputing the statement police took from him"
        clauses += [split] if split is not None else []
        return bool(takers) and any(self._taken_from(c, takers) for c in clauses)

    def _taken_from(self, clause: Token, takers: list[Named]) -> bool:
        """Whether a relative clause of another's on a statement still tells it as the
        takers' own: "the statement police took from him", "the admission the police had
        attributed to his client" (a "from" or "to" phrase whose object is the takers'),
        "the admission the inspector said his client made", "the disclosure the police
        claimed he made" (a clause of giving under it whose subject is the takers') - the
        police's telling of his words, not a statement of theirs."""
        objects = givers_told(clause, self.lex.confession_givers)
        return any(self._takers_word(o, takers) for o in objects)

    def _takers_word(self, word: Token, takers: list[Named]) -> bool:
        """Whether ``word`` stands for the takers: a third-person pronoun the resolver gives
        to them (or to no one), a client noun owned by a pronoun ("his client": the lawyer
        the sentence names speaks for the takers), or a taker's name."""
        full = {self._full_name(n.name, n.start) for n in takers}
        if word.lemma_.lower() in self.lex.client_nouns:
            if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children):
                return False
            clients = {self._full_name(n.name, n.start) for n in self._client_in_sentence(word)}
            return clients <= full
        named = {self._full_name(n.name, n.start) for n in self._names(word)}
        if word.pos_ == "PRON":
            # a he or she the resolver gives to no one is the takers' all the same
            return word.lower_ in ("him", "her", "he", "she") and named <= full
        return bool(named) and named <= full
