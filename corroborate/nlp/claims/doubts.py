"""An acquittal told by what the court gives: "the court gave the benefit of the doubt to X",
"X was given the benefit of the doubt", "extended him the benefit of doubt"; or by
what it releases on: "X was set free on the benefit of the doubt". A court gives
it when the charge is not proven, so whoever receives it is acquitted - the recipient of a
verb of giving (``benefit_verbs``) whose object is the benefit (``benefit_nouns``) of the
doubt (``doubt_nouns``), or that verb's passive subject - given by a court or a judge, or
by no one the sentence names in a sentence that names a court or an accused ("I give him
the benefit of the doubt" is anyone's), or given to the passive's subject by no one named
in a report that names one ("X was extended the benefit of the doubt"). The words are the lexicon's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.split_subjects import subjects_split_by_relative
from corroborate.nlp.grammar import prep_objects

__all__ = ["Doubts"]


class Doubts(Answers):
    """Acquittals told as the benefit of the doubt given."""

    def _doubt_given(self, verb: Token, lemma: str) -> list[Draft]:
        """The one a verb gives the benefit of the doubt to, acquitted."""
        lex = self.lex
        if lemma not in lex.benefit_verbs:
            return self._freed_on_doubt(verb)
        benefits = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.benefit_nouns
        ]
        doubt = [o for b in benefits for o in prep_objects(b, ("of",))]
        if not any(o.lemma_.lower() in lex.doubt_nouns for o in doubt):
            return []
        # a court's, not anyone's ("I give him the benefit of the doubt"): a court or judge
        # gives it, or, the giver unsaid, the sentence names a court or an accused
        givers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS or c.dep_ == "agent"]
        # "X and Y were extended the benefit of the doubt" with no giver, in a report whose
        # sentences name a court or an accused: a passive there says no one but the court
        received = not givers and any(
            c.dep_ in PASSIVE_SUBJECTS and c not in benefits for c in verb.children
        )
        in_trial = self._names_trial(verb.sent) or (received and self._names_trial(verb.doc[:]))
        if not self._by_a_court(verb) and (givers or not in_trial):
            return []
        # "to X" on the verb, or hung by the parser on the benefit or the doubt
        given = [n for t in (verb, *benefits, *doubt) for n in self._recipients(t)]
        if not given and not any(b.dep_ == "nsubjpass" for b in benefits):
            given = self._names_of_children(verb, PASSIVE_SUBJECTS)  # "X was given the ..."
            # "X, at whose behest ... took place, and Y were given ...", split by the parser
            split = [n for t in subjects_split_by_relative(verb) for n in self._names(t)]
            given += [n for n in split if self._is_person(n) and n not in given]
        draft = Draft("ruling", verb, "acquitted")
        draft.add(given, "accused")
        return [draft]

    def _freed_on_doubt(self, verb: Token) -> list[Draft]:
        """ "X was set free on the benefit of the doubt", "the court released Y on benefit
        of doubt": whoever a verb acts on, on the ground of the benefit of the doubt, was
        acquitted - by a court, or by no one the sentence names in a report of a trial."""
        lex = self.lex
        grounds = [b for b in prep_objects(verb, ("on",)) if b.lemma_.lower() in lex.benefit_nouns]
        doubt = [o for b in grounds for o in prep_objects(b, ("of",))]
        if not any(o.lemma_.lower() in lex.doubt_nouns for o in doubt):
            return []
        givers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS or c.dep_ == "agent"]
        # the releaser unsaid: a passive ("was set free") says no one but a court
        passive = any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
        unsaid = not givers and (passive or self._names_trial(verb.sent))
        if not self._by_a_court(verb) and not unsaid:
            return []
        draft = Draft("ruling", verb, "acquitted")
        draft.add([n for n in self._patients(verb) if self._is_person(n)], "accused")
        return [draft]
