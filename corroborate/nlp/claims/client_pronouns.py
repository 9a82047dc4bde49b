"""Whom a "he" or "his" in a clause about a lawyer's client, or in one a lawyer speaks in,
stands for: the client.

"X's counsel, Y, told the court that his client would challenge his caution interview,
alleging that he was slapped": the nearest clause subject before the pronoun is "his
client", so the pronoun is the client (X, the one the sentence names as the lawyer's) -
not the accused the report last ruled on, whom ``Pronouns._anaphor`` would give. The client
is found by ``Counsel._client_in_sentence``; this module only binds the pronoun to it.

So too where the nearest clause subject is lawyers in the plural, named for one client in
the same sentence: "Lawyers for X asked the judge to throw out his recorded interview, in
which he allegedly admitted ...". A singular "he" is never the lawyers, and they speak for
their client, of the client's statement and deeds; the accused the report last ruled on
(``Pronouns._anaphor``'s answer) is someone else. One lawyer is left alone: "The lawyer
for X said he had been charged" may tell the lawyer's own news. The client is found by
``Counsel._lawyers_clients``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.antecedents import agrees, full_name_gender
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS

__all__ = ["ClientPronouns"]

# One person's pronouns: a client noun in the singular is one person too


class ClientPronouns:
    """The client a pronoun in a clause about "his client" stands for; the state is
    ``Naming``'s, and ``_client_in_sentence`` is ``Counsel``'s."""

    lex: LegalLexicon
    _client_in_sentence: Callable[[Token], list[Named]]
    _lawyers_clients: Callable[[Token], list[Named]]

    def _client_subject(self, pronoun: Token) -> Named | None:
        """The one client a singular pronoun stands for where the nearest clause subject
        before it is "his client" ("... that his client would challenge his caution
        interview"); None where that subject is anything else, or the sentence names no
        lawyer's client, or several (only the nearest subject binds: "his client said the
        officer had slapped him" is still the client, "the officer said he ..." is not)."""
        if pronoun.lower_ not in ONE_PERSON_PRONOUNS:
            return None
        statement = self._statement_holding(pronoun)
        if statement is not None:
            # "X's counsel told the court that the statement attributed to him was never
            # made": the statement is no one's antecedent, nor anyone within its phrase
            # ("the police claim he made"); the lawyer speaks of whose it is
            outside = (t for t in subjects_before(pronoun)
                       if not statement.left_edge.i <= t.i <= statement.right_edge.i)  # fmt: skip
            lawyer = next(outside, None)
            if lawyer is None or self.lex.role_nouns.get(lawyer.lemma_.lower()) != "defence":
                return None
            return self._lawyer_speaking_of(pronoun, lawyer)
        subject = next(subjects_before(pronoun), None)
        if subject is None:
            return None
        if self.lex.role_nouns.get(subject.lemma_.lower()) == "defence":
            # only lawyers in the plural: "The lawyer for X said he had been charged" may be
            # the lawyer's own news; "he" is never "the lawyers"
            plural = subject.tag_ == "NNS"
            return self._lawyer_speaking_of(pronoun, subject) if plural else None
        if subject.lemma_.lower() not in self.lex.client_nouns:
            return None
        if subject.tag_ != "NN":
            return None  # "his clients": several, never one "he"
        clients = self._client_in_sentence(subject)
        if len(clients) != 1:
            return None
        return Named(clients[0].name, pronoun.idx, pronoun.idx + len(pronoun.text))

    def _statement_holding(self, pronoun: Token) -> Token | None:
        """The statement or confession noun, the subject of its clause, whose own phrase
        holds ``pronoun`` in a clause that tells whose it is: "the statement he gave to
        police", "the admission attributed to him", "the confession the police say he
        made" - a thing, never the pronoun's antecedent. None for a pronoun that owns it
        ("his statement": read by ``_clients_own`` and the owners' readers)."""
        nouns = self.lex.statement_or_confession_nouns
        for head in pronoun.ancestors:
            if head.pos_ in ("NOUN", "PROPN"):
                subject = head.dep_ in NOUN_SUBJECTS
                mine = pronoun.head.i == head.i
                return head if head.lemma_.lower() in nouns and subject and not mine else None
        return None

    def _lawyer_speaking_of(self, pronoun: Token, lawyer: Token) -> Named | None:
        """The one client ``pronoun`` stands for in a clause whose nearest subject is the
        plural defence role noun ``lawyer`` ("Lawyers for X asked the judge to throw out his
        confession"): the one person the lawyer is named for in its sentence. Not the "his"
        of "his client" (the lawyer's own, read by ``_client_in_sentence``), nor a pronoun
        that cannot be the client ("X's lawyer said she ..." of a man), nor one within the
        lawyer's own phrase."""
        if pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in self.lex.client_nouns:
            return None
        if lawyer.left_edge.i <= pronoun.i <= lawyer.right_edge.i:
            return None  # "counsel for him said ...": the lawyer's own phrase names the client
        # a client named by another pronoun leads back here: read each lawyer once at a time
        binding: set[int] = self.__dict__.setdefault("_lawyers_binding", set())
        if lawyer.i in binding:
            return None
        binding.add(lawyer.i)
        try:
            clients = {n.name: n for n in self._lawyers_clients(lawyer)}
        finally:
            binding.discard(lawyer.i)
        if len(clients) != 1:
            return None
        [client] = clients.values()
        told = pronoun.doc.char_span(client.start, client.end, alignment_mode="expand")
        if told is not None and not agrees(told, pronoun, full_name_gender(client.name)):
            return None
        return Named(client.name, pronoun.idx, pronoun.idx + len(pronoun.text))
