"""A confession told through what the police say of it, in a relative clause on the noun: "X
told the court that the admission police claimed he made during interrogation was beaten out
of him", "the court excluded the confession police said they recorded from him".

Reports tell a confession so when the accused's side or the court disputes it: the noun is the
police's word, the clause inside names who made it ("he made") or whom it was taken from ("they
recorded from him"). The parser reads the noun before a bare relative clause with a custodian
subject as a compound of that subject ("the confession police | said"), and hangs the rest as
it can. The clause is ``said_made.police_said_giving``'s, the one reader of it that the
retraction readers ask too: a confession or statement noun (``confession_nouns``,
``statement_nouns``) of a custodial agent (``is_custodian``), followed by a verb of saying
(``kinds.reporting_cues``) and a verb that gives or records a statement (``confession_givers``,
``recording_verbs``). A confession noun is one whoever made it; a statement only one the report
accuses made (a witness gives police statements too). Its maker is the giving clause's subject
("he made"), or, where the police are the ones who record, the "from" object ("recorded from
him"). Made where the police say they took it: the clause's own phrase ("during primary
interrogation", ``said_made_setting``), else in custody. The confession stands as a record
whatever the accused now says of it (a retraction is read by the retraction readers).

So too one the police made known ("the confession the SSP announced after his arrest":
``police_announced``), read after the attributed one.

So too a statement the police attribute to him ("the admission police had attributed to him
was never his", "the statement police attribute to him was taken at two in the morning"):
read by the words' order, the custodian and a verb of attributing, and whose it is by the
words the retraction readers read too (``told_theirs.givers_told``: its "to" object,
``_police_attributed``); made in custody.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.police_announced import PoliceAnnounced
from corroborate.nlp.claims.said_made import police_said_giving, said_made_setting
from corroborate.nlp.claims.told_theirs import givers_told
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["PoliceSayMade"]

# The pronouns that stand for the police.
_POLICE_PRONOUNS = frozenset({"they", "we"})


class PoliceSayMade(PoliceAnnounced):
    """A confession the police say an accused made, told in a relative clause on its noun."""

    def _police_say_made(self, noun: Token) -> list[Draft]:
        lex = self.lex
        # ... or one they made known: "the confession the SSP announced" (``police_announced``)
        attributed = self._police_attributed(noun) or self._police_announced(noun)
        if attributed:
            return attributed
        if noun.lemma_.lower() not in lex.statement_or_confession_nouns:
            return []
        # the clause of the custodians' saying and giving (the one reader of it, which the
        # retraction readers ask too): "police claimed he made", "police said they recorded"
        made = police_said_giving(noun, lex, self.kinds.reporting_cues)
        if made is None:
            return []
        # "the statement police said Y made": a confession only by one the report accuses
        return self._confession_told_by_police(noun, self._makers_in(made), said_made_setting(made))

    def _police_attributed(self, noun: Token) -> list[Draft]:
        """ "the admission police had attributed to him", "the statement the police attribute
        to his client": a confession or statement noun followed, in the words' order, by a
        custodian (the subject of a bare relative, however the parser hung it: it may make
        the noun a compound of the custodian, or of the verb), a verb of attributing
        (``attribution_verbs``), not negated, whose words of whose it is (``givers_told``,
        the one reader of them: its "to" object) name a person - for a statement, one the
        report accuses. The police's word of his statement is his custodial confession,
        whatever his side now says of it.

        The clause is found by the words' order, not the parse the retraction readers walk
        (``hung_statement``: from a predicate up to a custodian subject the noun is a
        compound of; ``clients_told``: the noun's own relative clause): here the parser
        often gives neither ("the police attribute" read as a noun phrase). Which of the
        words is the giver is each reader's own question: here any person named."""
        lex = self.lex
        lemma = noun.lemma_.lower()
        if lemma not in lex.statement_or_confession_nouns:
            return []
        doc = noun.doc
        i = noun.i + 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i >= len(doc) or not is_custodian(doc[i]):
            return []
        i += 1
        while i < len(doc) and doc[i].pos_ == "AUX" and doc[i].dep_ in ("aux", "ROOT", "ccomp"):
            i += 1  # "had attributed" (the parser may make the auxiliary a verb of its own)
        if i >= len(doc) or doc[i].lemma_.lower() not in lex.attribution_verbs:
            return []
        verb = doc[i]
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        # "to him", "to his client", "to the driver": whose the police say it is
        words = givers_told(verb, lex.confession_givers)
        makers = [n for w in words for n in self._names(w) if self._is_person(n)]
        return self._confession_told_by_police(noun, makers, "custodial")

    def _makers_in(self, made: Token) -> list[Named]:
        """Who made it: the clause's subject ("he made"), or the "from" object where the
        police record it ("they recorded from him"); people only. A subject "his client"
        ("the admission police said his client made") is the client of the one lawyer the
        sentence names (``Counsel._client_in_sentence``), not whom the resolver guesses."""
        subjects = [c for c in made.children if c.dep_ in NOUN_SUBJECTS]
        if any(s.lower_ in _POLICE_PRONOUNS or is_custodian(s) for s in subjects):
            found = [n for c in made.children if c.dep_ == "prep" and c.lower_ == "from"
                     for n in self._pobj_names(c)]  # fmt: skip
        else:
            # "his client" through the one lawyer the sentence names (``_client_in_sentence``
            # reads client nouns only), every other subject through its own names
            found = [n for s in subjects for n in self._client_in_sentence(s)]
            found += [n for s in subjects if s.lemma_.lower() not in self.lex.client_nouns
                      for n in self._names(s)]  # fmt: skip
        return [n for n in found if self._is_person(n)]
