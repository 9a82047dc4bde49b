"""A court's "measure" before trial: the measure of restraint it chooses, imposes or gives.

Courts of the former Soviet states, the Balkans and Latin America do not "remand" or "bail"
a suspect: they choose a *measure* ("measure of restraint", "preventive measure",
"precautionary" or "alternative measures") and the report says which:

- custody named as the measure's content - "the court chose detention as a measure of
  restraint for X", "imposed the security measure of arrest in prison on X", "X was given
  the measure of house arrest", "granted X alternative measures, including house arrest",
  "chose a measure of restraint in the form of arrest for X" (``measure_form_nouns``):
  custody before trial a court orders, a **remand**;
- a measure that is in itself a release on conditions (``release_measure_words``:
  precautionary, alternative, non-custodial) with no custody named - "the judge imposed
  precautionary measures on X", "X was released under alternative measures": **bail**, as
  "released on conditions" is; so is a release told by its condition ("X was released under
  a ban on leaving the country", "released with a travel ban": ``release_condition_nouns``).

The measure noun (``restraint_measure_nouns``) is a court's step only with a word that makes
it one (``restraint_measure_words``: "of restraint", "preventive", "precautionary") or with
custody as its content: "security measures" around a courthouse are none. The verb is one of
imposing (``measure_imposing_verbs``) done by a court (or a passive with no doer: the measure
words are a court's own), or a verb of releasing with an "under"/"with" phrase; never negated,
nor an infinitive no order governs ("prosecutors asked the court to choose detention",
"refused to impose house arrest"). A measure only asked for or rejected ("sought detention as
a measure of restraint", "rejected house arrest") is told by verbs not in the list. The
person is whom the "for" or "on" phrase names (on the verb, its object or the measure), or
the passive's subject ("X was given the measure of house arrest").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.judicial_places import custody_noun
from corroborate.nlp.grammar import has_agent, negated, prep_objects, to_infinitive

__all__ = ["CourtMeasures"]

# Where a measure's content hangs: "the measure of arrest", "measures, including house arrest",
# "detention as a measure" (the verb's object, read from the verb), an apposition.
_CONTENT_PREPOSITIONS = ("of", "including")
_PERSON_PREPOSITIONS = ("for", "on", "against")
_RELEASE_PREPOSITIONS = ("under", "with")


class CourtMeasures(Courts):
    """Remands and bails told as a court's measure before trial."""

    def _measures_imposed(self, verb: Token, lemma: str) -> list[Draft]:
        """The remand or bail ``verb`` tells by a measure it imposes or releases under."""
        lex = self.lex
        imposing = lemma in lex.measure_imposing_verbs
        releasing = lemma in lex.bail_verbs
        if not (imposing or releasing) or negated(verb):
            return []
        if to_infinitive(verb) and verb.head.lemma_.lower() not in lex.custody_order_verbs:
            return []
        passive = self._passive(verb)
        if imposing and not (self._by_a_court(verb) or (passive and not has_agent(verb))):
            return []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if imposing:
            held = [*objects, *prep_objects(verb, ("as",))]
        else:
            held = prep_objects(verb, _RELEASE_PREPOSITIONS)
        measures = [m for m in held if self._a_measure(m)]
        # "released under a ban on leaving the country": the condition told for the measure
        conditions = [m for m in held if releasing and self._a_release_condition(m)]
        if not (measures or conditions) or self._freed_from_elsewhere(verb):
            return []
        # "chose a measure of restraint in the form of arrest": the content in a phrase of
        # its own, on the verb or on the measure
        forms = [f for h in (verb, *measures) for f in self._measure_forms(h)]
        custody = imposing and any(
            self._custody_in(m) or any(self._custodial(o) for o in (*objects, *forms))
            for m in measures
        )
        released = bool(conditions) or any(self._releasing_measure(m) for m in measures)
        if not (custody or released):
            return []  # "chose a measure of restraint for X": which one the report does not say
        # "a measure of restraint for X": the parser may hang the "for" phrase on "restraint"
        kinds = [o for m in measures for o in prep_objects(m, ("of",))]
        # "in the form of arrest for four months for X": or on the form's content or the length
        lengths = [n for n in prep_objects(verb, ("for",)) if n.ent_type_ == "DATE"]
        hosts = [verb, *objects, *measures, *kinds, *forms, *lengths]
        people = [n for h in hosts for o in prep_objects(h, _PERSON_PREPOSITIONS)
                  for n in self._names(o)]  # fmt: skip
        if passive or releasing:
            people += self._patients(verb)
        draft = Draft("ruling", verb, "remanded" if custody else "bail")
        draft.add([n for n in people if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _a_measure(self, noun: Token) -> bool:
        """Whether ``noun`` is a court's measure before trial: a measure noun with a word
        that makes it one ("measure of restraint", "precautionary measures") or with custody
        as its content ("the measure of house arrest")."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.restraint_measure_nouns:
            return False
        words = _own_words(noun) | {o.lower_ for o in prep_objects(noun, ("of",))}
        return bool(words & lex.restraint_measure_words) or self._custody_in(noun)

    def _measure_forms(self, head: Token) -> list[Token]:
        """The form nouns of a measure's "in the form of" phrase ("a measure of restraint in
        the form of arrest", on the verb or on the measure) and their "of" objects (and
        those's conjuncts): the content, and where the parser may hang the "for" or "on"
        phrase of whom it holds."""
        nouns = self.lex.measure_form_nouns
        forms = [o for o in prep_objects(head, ("in",)) if o.lemma_.lower() in nouns]
        contents = [c for f in forms for c in prep_objects(f, ("of",))]
        return [*forms, *contents, *(c for o in contents for c in o.conjuncts)]

    def _freed_from_elsewhere(self, verb: Token) -> bool:
        """Whether the release is from somewhere no one is held ("released from hospital
        under a ban on driving"), not from custody or prison."""
        places = prep_objects(verb, ("from",))
        return any(not (self._custodial(p) or self._a_prison(p)) for p in places)

    def _a_release_condition(self, noun: Token) -> bool:
        """Whether a noun is a condition of a release ("a ban on leaving the country", "a
        travel ban"), not someone's ("his ban")."""
        if noun.lemma_.lower() not in self.lex.release_condition_nouns:
            return False
        return not any(c.dep_ == "poss" for c in noun.children)

    def _releasing_measure(self, noun: Token) -> bool:
        """Whether a measure is a release on conditions by its own word ("alternative
        measures") and names no custody as its content."""
        releasing = bool(_own_words(noun) & self.lex.release_measure_words)
        return releasing and not self._custody_in(noun)

    def _custody_in(self, measure: Token) -> bool:
        """Whether custody is the measure's content: its "of" or "including" phrase (and
        their conjuncts), or its apposition."""
        contents = list(prep_objects(measure, _CONTENT_PREPOSITIONS))
        contents += [c for c in measure.children if c.dep_ == "appos"]
        contents += [c for o in contents for c in o.conjuncts]
        return any(self._custodial(c) for c in contents)

    def _custodial(self, noun: Token) -> bool:
        """Whether a noun is custody or an arrest ("detention", "arrest in prison", "house
        arrest"), not someone's ("his custody")."""
        return custody_noun(noun, self.lex, arrests=True)


def _own_words(measure: Token) -> set[str]:
    """The words written on a measure noun that say which measure it is ("alternative",
    "precautionary", "security")."""
    return {c.lower_ for c in measure.children if c.dep_ in ("amod", "compound")}
