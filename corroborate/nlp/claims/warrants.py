"""Those a warrant is for or against, as accused: "the court issued a warrant against
him", "a magistrate signed an arrest warrant for X", "non-bailable warrants were issued
against X and Y", "the court rejected a warrant for a realtor, X".

A warrant (``warrant_nouns``) is the law's order to bring someone in; whoever it is "for" or
"against" is a suspect the case is brought against, whether the court issues it, the
police seek it or a judge refuses it (a refused warrant was still sought against the
person). Not a warrant for a thing ("a search warrant for the house": no person), nor one
said not to exist ("no warrant against X": ``_none_brought``), nor a warrant only named
through a compound ("the warrant officer").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.custody_warrants import FOR_OR_AGAINST
from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.parties import Parties

__all__ = ["Warrants"]


class Warrants(Parties):
    """Accusations told by a warrant for someone."""

    def _warranted(self, noun: Token, lemma: str) -> list[Draft]:
        if lemma not in self.lex.warrant_nouns or noun.dep_ == "compound":
            return []
        if any(c.dep_ == "det" and c.lower_ in self.lex.negative_words for c in noun.children):
            return []  # "there is no warrant against X"
        heads = [noun]
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            # "a warrant was issued against X", "rejected a warrant for X": the parser often
            # hangs the phrase on the verb the warrant is the object of
            heads.append(noun.head)
        preps = [c for h in heads for c in h.children
                 if c.dep_ in ("prep", "dative") and c.lower_ in FOR_OR_AGAINST]  # fmt: skip
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        found: list[Named] = [n for o in objects for n in self._names(o)]
        # "a warrant for a realtor, X": the name apposed to the common noun
        found += [n for o in objects for a in o.children if a.dep_ == "appos"
                  for n in self._names(a)]  # fmt: skip
        # the parser may hang that name on the verb as an adverb ("rejected a warrant for a
        # realtor, X, 39")
        found += [n for o in objects for h in heads[1:] for c in h.children
                  if self._apposed_after_object(o, c) for n in self._names(c)]  # fmt: skip
        people = [n for n in dict.fromkeys(found) if self._is_person(n)]
        return accusation_of(noun, people)
