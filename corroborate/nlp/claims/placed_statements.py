"""Whose a statement is where it is a confession by where it was made ("X's statement before
the magistrate", "the police-station admission attributed to X": ``claims.placed_setting``) -
an owner the report accuses, or the client of the lawyer who speaks of it. A relative "whose"
names its owner as a possessive does ("X, whose statement to police placed Y at both
villages", lfd35: lf24's and lf35's shape).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.counsel import Counsel
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.placed_setting import (
    given_setting,
    giving_clauses,
    placed_setting,
    said_giver,
    while_clause,
)
from corroborate.nlp.claims.told_theirs import clients_told

__all__ = ["PlacedStatements", "own_pronoun"]

_OF = frozenset({"of"})  # "the statement of X": no other preposition names its owner
_GIVERS = frozenset({"nsubj"})  # the active subject of a clause that gives the statement
_HELD = frozenset({"nsubj", "nsubjpass"})  # who was held: "while X was in custody"
_PASSIVE_SAID = frozenset({"nsubjpass"})  # "he is said to have made it": who made it
# the parts in a case that are never the accused's own: a statement they give is theirs
_UNACCUSED_ROLES = frozenset({"witness", "relative", "victim"})


def own_pronoun(noun: Token) -> bool:
    """Whether ``noun`` is owned by a possessive pronoun ("his statement", "her confession")."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


class PlacedStatements(Counsel):
    """Whose a statement is, where it is a confession by where it was made."""

    # ``Answers`` defines it; declared only, as a base it would reorder the reader's chain
    _denied_in_content: Callable[[Token], list[Named]]
    # ``Retractions`` defines it ("X, whose confession was broadcast"), declared the same way
    _whose: Callable[[Token], list[Named]]

    def _placed_statement_owners(self, noun: Token) -> list[Named]:
        """The owners of a statement noun that ``placed_setting`` sets in custody or before a
        court, who are people the report accuses: its possessive ("X's"), "of X", or
        "attributed to X" (a clause the report hangs on a confession it only reports: "the
        admission attributed to X"); "his client's" is the client of the lawyer the sentence
        names (``Counsel._clients_own``: a lawyer's client in a criminal case is accused).
        None for a statement with no such phrase, nor for a witness's ("the complainant's
        statement before the magistrate")."""
        if placed_setting(noun, self.lex) is None and given_setting(noun, self.lex) is None:
            return []
        clients = self._clients_own(noun) or self._attributed_clients(noun)
        if clients:
            return clients
        givers = self.lex.statement_givers
        # "A witness, Y, recorded his statement before the magistrate naming X": the "his" on
        # a statement its clause's subject gives is that subject's own (as "made his way"),
        # whoever the resolver would guess it is - a witness's statement, never X's
        # (only where the subject says it is one the report does not accuse: a magistrate
        # "who recorded his statement" takes down the accused's, and a bare name or "he"
        # is left to the resolver, which ties them as before)
        if own_pronoun(noun) and self._given_by_unaccused_party(noun, givers):
            owners = self._agents(noun.head)
            return [n for n in owners if self._is_person(n) and n.name in self.accused_so_far]
        # whose it is, as for any noun (``Parties._owners``): "X's", "of X", and by a
        # participle only "attributed to X" - a statement given to X is not X's
        owners = self._owners(noun, _OF, self.lex.attribution_verbs)
        # "the statement the police attributed to X": a relative clause of attributing with a
        # subject of its own names its owner after "to" as the participle does
        owners = owners or [
            n for c in noun.children
            if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.attribution_verbs
            for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
            for n in self._pobj_names(p)
        ]  # fmt: skip
        # "a warning statement X made to detectives": the subject of its relative clause of
        # giving (a clause on the noun with a subject of its own; never a participle's "by"
        # agent, who took it down)
        # (and "the disclosure police claimed he made": the clause of giving a relative
        # clause of saying holds, ``giving_clauses``, its subject a pronoun as often as not)
        # (and "the admissions he is said to have made": the passive subject of the verb of
        # saying whose infinitive gives it, ``said_giver``)
        owners = owners or [
            n for c in giving_clauses(noun, givers)
            for n in self._clause_givers(c)
        ]  # fmt: skip
        # "a statement recorded while X was in police custody": the one held there when it
        # was taken down (the clause of time on the participle of recording); a pronoun
        # there only for a person its own sentence names ("acquitted X, observing that the
        # only evidence was a statement recorded while he was in custody"), never one the
        # report followed before
        sentence = noun.sent
        owners = owners or [
            n for c in noun.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in givers
            for w in c.children if w.dep_ == "advcl" and while_clause(w)
            for n in self._names_of_children(w, _HELD)
            if any(m.name == n.name for i, m in self.by_token.items()
                   if sentence.start <= i < sentence.end)
        ]  # fmt: skip
        # "X, whose statement to police placed Y at the scene": the one the relative "whose"
        # stands for (``_whose``), as "X's statement to police" names him
        owners = owners or self._whose(noun)
        # "X had made admissions to the investigating officer", "the accused had made
        # admissions in interviews": who gives it, the verb of giving whose object it is
        # (its subject, a pronoun or "the accused" resolved)
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in givers:
            owners = self._agents(noun.head)
        if owners and self._denies_within(noun):
            return []  # "a statement to the IO in which he said he was not there": no confession
        return [n for n in owners if self._is_person(n) and n.name in self.accused_so_far]

    def _given_by_unaccused_party(self, noun: Token, givers: frozenset[str]) -> bool:
        """Whether ``noun`` is the object of a verb of giving or recording whose subject is
        written as a witness, a relative or a victim ("A witness, Y, recorded his statement",
        "The victim's brother, Y, gave his statement"): the role noun (``legal.role_nouns``)
        the subject's head is, or a title word the parser hangs on it as a compound."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in givers:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        return any(self.lex.role_nouns.get(w.lemma_.lower()) in _UNACCUSED_ROLES for w in words)

    def _clause_givers(self, clause: Token) -> list[Named]:
        """Who gave the statement by its clause of giving (``giving_clauses``): the subject of
        a reported clause ("the police claimed he made", a pronoun too), the passive subject
        of the verb of saying an infinitive hangs on ("he is said to have made"), or the
        relative clause's own subject ("the statement X made")."""
        saying = said_giver(clause)
        if saying is not None:
            return self._names_of_children(saying, _PASSIVE_SAID)
        if clause.dep_ == "ccomp":
            return self._agents(clause)
        if clause.dep_ == "acl" and clause.head.dep_ in _GIVERS:
            # "the confession | the driver allegedly made ... | was inadmissible": the parser
            # makes the giving a participle on its giver (``contact_givers``)
            return self._names(clause.head)
        return self._names_of_children(clause, _GIVERS)

    def _attributed_clients(self, noun: Token) -> list[Named]:
        """ "the statement the police attributed to his client": the client of the one lawyer
        its sentence names (``Counsel._client_in_sentence``), as for "his client's statement"
        - not whom the resolver guesses "client" is. The client is found as the retraction
        readers find him (``told_theirs.clients_told``), of a clause of attributing only."""
        return [n for w in clients_told(noun, self.lex, self.lex.attribution_verbs)
                for n in self._client_in_sentence(w)]  # fmt: skip

    def _denies_within(self, noun: Token) -> bool:
        """Whether a clause on the statement says it denies: a relative clause or participle
        of denying ("a statement denying the charge"), or one of saying whose content is
        negated or clears the speaker ("in which he said he was not there", "in which he said
        he was at home that night": ``Answers._denied_in_content``). A statement that denies is
        no confession, wherever it was made."""
        # the parser hangs "in which ..." on the phrase's last noun, and the phrase on the verb
        # of giving ("made a statement | to the officer in which ..."): that verb's clauses too
        giving = noun.dep_ == "dobj"
        for clause in noun.head.subtree if giving else noun.subtree:
            # (and a participle on the verb: "made a statement at the station denying it")
            if clause.dep_ not in ("relcl", "acl", "advcl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            if clause.lemma_.lower() in self.kinds.denial_cues:
                return True
            if any(v.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in v.children)
                   for v in clause.subtree):  # fmt: skip
                return True
            if clause.lemma_.lower() in self.kinds.reporting_cues and self._denied_in_content(
                clause
            ):
                return True
        return False
