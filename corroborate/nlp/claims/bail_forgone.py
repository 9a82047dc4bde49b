"""Bail not asked for: the accused stays in custody. "X was not seeking bail", "X did not
apply for bail", "there was no application for bail in respect of X", "there would be no
bail application on X's behalf".

Courts in Ireland, South Africa, the Caribbean and South Asia often report a first
appearance of someone who asks for no release this way and never say "remanded": no bail
sought by one held is custody kept, as a bail refused is (the README's conventions read
both as a remand). Two shapes:

- a verb of asking for bail (``bail_seeking_verbs``), negated, with a bail noun
  (``bail_nouns``) as its object or its "for" phrase: its subject is held - a person, and no
  lawyer, court or official (a role noun in the subject's phrase: "His solicitor did not
  apply for bail" names no one held; the client is not the subject);
- a bail request noun (``bail_request_nouns``) with "no" for its determiner and bail as its
  compound or "for" phrase: held is whom it would have been for - an "in respect of" or "on
  behalf of" phrase, an "on X's behalf" (``behalf_nouns``), or a "for" phrase naming a person.

- a verb of granting bail (``bail_verbs``) with bail as its object, negated, done by a court
  or told in the passive ("the court did not grant bail to X", "the judge did not allow X
  bail", "X was not granted bail", "bail was never offered to X"): bail withheld is a bail
  refused, custody kept; held is whom it was not given to (lfa21).

Not read: a verb only negated above it ("did not need to apply for bail"), or only possible
("may not seek bail", "could not grant bail"), and "did not oppose bail" (opposing is the
other side's); a grant negated by someone not a court ("the bank did not grant bail").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.grammar import prep_objects

__all__ = ["BailForgone"]


class BailForgone(Courts):
    """Custody read from bail that no one asks for (``_bail_forgone``)."""

    def _bail_forgone(self, noun: Token) -> list[Draft]:
        lex = self.lex
        if noun.lemma_.lower() not in lex.bail_nouns or noun.pos_ != "NOUN":
            return []
        held = self._not_seeking(noun) or self._no_request(noun) or self._not_granted(noun)
        draft = Draft("ruling", noun, "remanded")
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _not_seeking(self, noun: Token) -> list[Named]:
        """The subject of a negated verb asking for bail: "X did not apply for bail"."""
        lex = self.lex
        verb = _bail_head(noun, "dobj")
        if verb is None:
            return []
        if verb.lemma_.lower() not in lex.bail_seeking_verbs or verb.pos_ not in ("VERB", "AUX"):
            return []
        if not any(c.dep_ == "neg" for c in verb.children):
            return []
        if any(c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries for c in verb.children):
            return []  # "he may not seek bail": a plan, not custody
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        if any(self._has_role(s) for s in subjects):
            # "His solicitor did not apply for bail for X": the one named for; with no such
            # phrase, the client is not named
            named_for = [p for h in (verb, noun) for p in prep_objects(h, ("for",))]
            subjects = [p for p in named_for if p.lemma_.lower() not in lex.bail_nouns]
            subjects = [p for p in subjects if not self._has_role(p)]
        return [n for s in subjects for n in self._names(s)
                if self._is_person(n) and not self._a_court(n)]  # fmt: skip

    def _not_granted(self, noun: Token) -> list[Named]:
        """Whom a court did not grant bail to: "the court did not grant bail to X", "X was
        not granted bail", "did not allow X bail" - the verb's recipient or its passive's
        subject, a person and no court."""
        lex = self.lex
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return []
        if verb.lemma_.lower() not in lex.bail_verbs:
            return []
        if not any(c.dep_ == "neg" for c in verb.children):
            return []
        if any(c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries for c in verb.children):
            return []  # "could not grant bail": what the court can do, not what it did
        if not (self._passive(verb) or self._by_a_court(verb)):
            return []
        held = self._recipients(verb)
        if noun.dep_ != "nsubjpass":  # "X was not granted bail"
            held += self._names_of_children(verb, frozenset({"nsubjpass"}))
        return [n for n in held if self._is_person(n) and not self._a_court(n)]

    def _no_request(self, noun: Token) -> list[Named]:
        """Whom "no application for bail" would have been for: "there was no application
        for bail in respect of X", "no bail application on X's behalf"."""
        lex = self.lex
        request = _bail_head(noun, "compound")
        if request is None:
            return []
        if request.lemma_.lower() not in lex.bail_request_nouns:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in request.children):
            return []
        heads = [request, noun]  # the parser may hang the phrase on "bail"
        whom: list[Token] = []
        for head in heads:
            for behalf in prep_objects(head, ("on", "in")):
                if behalf.lemma_.lower() not in lex.behalf_nouns:
                    continue
                whom += [c for c in behalf.children if c.dep_ == "poss"]  # "on X's behalf"
                whom += prep_objects(behalf, ("of",))  # "in respect of X", "on behalf of X"
        whom += [
            p for p in prep_objects(request, ("for",)) if p.lemma_.lower() not in lex.bail_nouns
        ]
        if any(self._has_role(w) for w in whom):
            return []
        return [n for w in whom for n in self._names(w)
                if self._is_person(n) and not self._a_court(n)]  # fmt: skip

    def _has_role(self, head: Token) -> bool:
        """Whether a noun phrase is a lawyer's, a court's or an official's by a role noun at
        its head or written before its name ("Solicitor Y", "the prosecution")."""
        words = [head, *(c for c in head.children if c.dep_ == "compound")]
        return any(w.lemma_.lower() in self.lex.role_nouns for w in words)


def _bail_head(noun: Token, own_dep: str) -> Token | None:
    """The word "bail" is asked with: the head of "for bail" ("apply for bail", "application
    for bail"), or the head it hangs on by its own relation ("seek bail", "bail application")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        return head.head
    return head if noun.dep_ == own_dep else None
