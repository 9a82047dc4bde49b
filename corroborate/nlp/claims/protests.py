"""What the accused's side says that clears, told in words no verb of denying carries: a
clause that upholds innocence ("the accused stands by his innocence", "he would prove his
innocence in court"), an arrest said to rest on nothing ("he was picked up from his home
without any reason", "police arrested him without evidence"), and an act on a person denied
for any person at all ("he did not touch anyone", "I never lied to anybody"), a deed
told as all there was ("he had merely processed a file"), and nothing done at all ("I have
done nothing").

Each is a reading of the clause's parse, asked (``claims.answers``) only of a clause the
accused, their lawyer or their family report: the police saying they held someone "without
evidence" of a crime is no one's denial, nor does a victim's family clear anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.narrowed_objects import acts_on_something
from corroborate.nlp.claims.sides import Sides
from corroborate.nlp.grammar import prep_objects

__all__ = ["Protests"]

# Prepositions whose object is what an innocence noun is held by or insisted on ("stands by
# his innocence", "insisted on his innocence").
_UPHOLDING_PREPS = ("by", "on")
# Verbs that tell no deed of their own: "has nobody", "is nobody's fool".
_LIGHT_VERBS = frozenset({"be", "have"})


class Protests(Sides):
    """Clearing clauses that name no crime: innocence upheld, a groundless arrest, no one
    harmed."""

    def _upholds_innocence(self, act: Token) -> bool:
        """ "the accused stands by his innocence", "he would prove his innocence in court",
        "he will establish his innocence": a clause, not negated, whose verb takes an
        innocence noun as its object or after "by"/"on" - its subject's own (a noun owned by
        another, "the judge's innocence", is no one's claim for the subject)."""
        if any(c.dep_ == "neg" for c in act.children):
            return False
        nouns = [c for c in act.children if c.dep_ == "dobj"]
        nouns += prep_objects(act, _UPHOLDING_PREPS)
        innocence = [n for n in nouns if n.lemma_.lower() in self.lex.innocence_nouns]
        # the owner, if any, is a pronoun bound by the subject ("his innocence")
        return any(all(c.pos_ == "PRON" for c in n.children if c.dep_ == "poss")
                   for n in innocence)  # fmt: skip

    def _told_innocently(self, act: Token) -> bool:
        """Whether a clause clears only by what it tells of a deed (all there was, or no one
        harmed): it denies an accusation of one the report accuses already, and of no one
        else - a politician "simply doing everyone a favour" answers no charge."""
        return self._only_did(act) or self._acts_on_no_one(act) or _did_nothing(act, self.lex)

    def _held_without_cause(self, act: Token) -> bool:
        """ "he had been picked up from his home without any reason", "police arrested him
        without evidence", "he was booked with no proof": an arrest or a charge whose phrase
        says it rests on no cause (``cause_nouns``) - the one it was done to is cleared."""
        lex = self.lex
        lemma = act.lemma_.lower()
        arrest = (
            lemma in lex.arrest_verbs
            or lemma in lex.charge_verbs
            or self._phrasal(act, lemma) in lex.custody_phrasal_verbs
        )
        if not arrest or any(c.dep_ == "neg" for c in act.children):
            return False
        if any(o.lemma_.lower() in lex.cause_nouns for o in prep_objects(act, ("without",))):
            return True
        # "with no evidence"
        return any(
            o.lemma_.lower() in lex.cause_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
            for o in prep_objects(act, ("with", "on"))
        )

    def _acts_on_no_one(self, act: Token) -> bool:
        """ "he did not touch anyone", "I never lied to anybody", "he had harmed nobody": a
        deed denied for any person at all - a negated verb whose object (or its phrase's) is
        a pronoun of anyone, or is owned by one ("never aimed at anyone's home") or taken
        from one ("never took a rupee from anyone"), or a verb whose object is "nobody".
        Not a verb of knowing, seeing or saying ("he did not know anyone there", "did not
        tell anybody"): those tell what one knew or said, no deed."""
        lemma = act.lemma_.lower()
        kinds = self.kinds
        if lemma in kinds.reporting_cues | kinds.belief_cues | kinds.onlooking_verbs:
            return False
        objects = [c for c in act.children if c.dep_ == "dobj"]
        objects += prep_objects(act, ("to", "at", "on", "against"))
        negated = any(c.dep_ == "neg" for c in act.children)
        if negated:
            # "never took a rupee from anyone": what the deed took, it took from no one
            objects += prep_objects(act, ("from",))
            objects += [p for o in objects for p in prep_objects(o, ("from",))]
            # "never aimed at anyone's home", "never stopped anyone's wedding": a thing of
            # anyone's, acted on - no one's at all
            owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
            return any(o.lower_ in self.lex.anyone_pronouns for o in [*objects, *owners])
        if lemma in _LIGHT_VERBS:
            return False  # "she has nobody like that": no deed
        return any(o.pos_ == "PRON" and o.lower_ in self.lex.negative_words for o in objects)

    def _only_did(self, act: Token) -> bool:
        """ "he had merely processed a file that reached his desk", "he had only accompanied a
        friend to the office", "my client was merely a driver": a deed or a part the accused's
        side says was all there was (``restrictive_adverbs``) - no crime. Not negated, and not
        a confession's own word ("he only fired once" names an act). Not a deed that is
        itself a crime or a harm: "he had merely slapped the boy", "had only beaten him once",
        "only pushed the attendant" admit a lesser act and deny nothing (only74) - save a
        verb of harm that, with a thing, tells it handled (``handling_verbs``: "only touched
        the file")."""
        lex = self.lex
        if not any(c.dep_ == "advmod" and c.lower_ in lex.restrictive_adverbs
                   and not any(g.lower_ == "not" for g in c.children)  # "not only ... but"
                   for c in act.children):  # fmt: skip
            return False
        if any(c.dep_ == "neg" for c in act.children) or self._a_crime_or_harm(act):
            return False
        if act_of(" ".join(t.text for t in act.subtree)) is not None:
            return False
        # "had only countersigned what the computer showed", "only filled in the forms":
        # a thing the parser hangs elsewhere (``narrowed_objects``, lfd26)
        return any(c.dep_ in ("dobj", "attr") for c in act.children) or acts_on_something(act)

    def _a_crime_or_harm(self, act: Token) -> bool:
        """Whether a verb tells a crime (``crime_verbs``) or a harm done (``abuse_verbs``,
        ``harm_verbs``) - not a harm verb that may tell a thing handled ("touched")."""
        lemma = act.lemma_.lower()
        lex = self.lex
        if lemma in lex.crime_verbs or lemma in self.kinds.abuse_verbs:
            return True
        return lemma in lex.harm_verbs and lemma not in lex.handling_verbs


def _did_nothing(act: Token, lex: LegalLexicon) -> bool:
    """ "I have done nothing", "he did nothing", "my son has done nothing, nothing at all": the
    verb of doing with a negative object and no more - no purpose, no phrase, no clause ("did
    nothing to stop it", "did nothing for the village", "did nothing that day" say another
    thing). Said by the accused's side of one accused, every deed is denied (it clears, like
    an alibi, only one accused already: ``Answers._denied_in_content``)."""
    if act.lemma_.lower() != "do" or any(c.dep_ == "neg" for c in act.children):
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in lex.negative_objects:
        return False
    # "nothing at all", "nothing, nothing at all": only itself again
    if any(c.dep_ not in ("punct", "advmod", "appos", "prep") for c in objects[0].children):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "at" for c in objects[0].children):
        return False
    extra = ("xcomp", "advcl", "ccomp", "prep", "npadvmod", "dative", "acomp", "oprd", "dep")
    return not any(c.dep_ in extra for c in act.children)
