"""The dead of a report are not its accused: "a rickshaw driver detained on suspicion of
theft was found dead in the lockup", "X had been picked up from his home and was declared
dead the next morning", "a teacher accused of blasphemy was beaten to death by a mob".

An arrest or an accusation told as background to a death - a participle describing the one
who died, or a verb whose conjunct tells he died - makes that one the victim the report is
about (a custodial death, a lynching), whoever held or blamed him before. So that arrest or
accusation is no claim: named or not, it accuses no one. Not where the death fell in an
armed clash with the law ("a suspect wanted in 12 cases was killed in an encounter": the
police's account of an accused, ``SentenceDrafts._no_victims_in_encounters``), nor where
what he was held or blamed for is itself a killing ("the suspect arrested for the murder
died in hospital": an accused who died).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.lay_blame import blamed_by_lay_punishers
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import DESCRIBING_CLAUSES, NOUN_SUBJECTS, passive_agents, prep_objects

__all__ = ["TheDead"]

# The kinds of drafts a death told after them undoes: being held, being blamed.
_BACKGROUND_KINDS = frozenset({"arrest", "accusation"})
# The complements that tell the state of the dead ("found dead", "declared dead").
_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "attr"})
# The parts of the law, whose accusation of anyone, the dead too, is one.
_OF_THE_LAW = frozenset({"court", "prosecutor", "investigator", "official"})


class TheDead:
    """Drops the accused of an arrest or accusation whose person the sentence says died."""

    lex: LegalLexicon
    # the names of those the report has told were killed, sentence by sentence
    killed_before: frozenset[str] = frozenset()

    def _not_the_dead(self, drafts: list[Draft]) -> None:
        """Drops, in place, each arrest or accusation of one the sentence says died: named
        or not ("a driver detained ..." is named in the next sentence, as a lede's one);
        each accusation of one killed before that private people made; and each accusation
        by private punishers whose sentence tells what they did to the one they blamed
        (``lay_blame``: he is a victim as the dead are, though he lived)."""
        drafts[:] = [
            d for d in drafts if not self._of_the_dead(d) and not self._blamed_by_others(d)
            and not blamed_by_lay_punishers(d)  # "a jirga ... after accusing him of ..."
        ]  # fmt: skip
        killed = {
            n.name for d in drafts if d.kind == "crime"
            for role, n in d.parties.values() if role == "victim"
            and act_of(" ".join(t.text for t in d.cue.subtree)) == "killing"
        }  # fmt: skip
        self.killed_before = self.killed_before | killed

    def _blamed_by_others(self, draft: Draft) -> bool:
        """Whether ``draft`` is an accusation of people the report told were killed, made
        by an agent who is no one of the law ("was accused by others at the camp of ...")."""
        accused = draft.accused
        if draft.kind != "accusation" or not accused:
            return False
        if any(n.name not in self.killed_before for n in accused):
            return False
        agents = passive_agents(draft.cue)
        roles = self.lex.role_nouns
        return bool(agents) and all(
            o.pos_ in ("NOUN", "PRON") and not is_custodian(o)
            and roles.get(o.lemma_.lower()) not in _OF_THE_LAW
            for o in agents
        )  # fmt: skip

    def _of_the_dead(self, draft: Draft) -> bool:
        if draft.kind not in _BACKGROUND_KINDS:
            return False
        death = self._death_after(draft.cue)
        if death is None or self._in_armed_clash(death):
            return False
        # an accused of a killing who died is still its accused
        return act_of(" ".join(t.text for t in draft.cue.subtree)) != "killing"

    def _death_after(self, cue: Token) -> Token | None:
        """The verb that tells the death of the one the cue holds or blames: the verb whose
        subject the cue's participle describes ("a driver detained ... was found dead"), or
        the cue's own conjunct with no subject of its own ("was picked up ... and was
        declared dead")."""
        if cue.dep_ in DESCRIBING_CLAUSES and cue.head.dep_ in NOUN_SUBJECTS:
            verb = cue.head.head
            if self._tells_death(verb):
                return verb
        for conj in cue.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ in NOUN_SUBJECTS for c in conj.children):
                continue  # "X was arrested and his brother died": another's death
            if self._tells_death(conj):
                return conj
        return None

    def _tells_death(self, verb: Token) -> bool:
        """ "died", "was killed", "was found dead", "was beaten to death"; not negated."""
        lex = self.lex
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
        if lemma in lex.ruling_verbs or lemma in lex.sentencing_verbs:
            return False  # "X, who was arrested in 2016, was sentenced to death": a penalty
        if lemma in lex.death_verbs:
            return True
        if any(c.dep_ in _COMPLEMENTS and c.lemma_.lower() in lex.death_states
               for c in verb.children):  # fmt: skip
            return True
        return any(o.lemma_.lower() in lex.death_states for o in prep_objects(verb, ("to",)))

    def _in_armed_clash(self, verb: Token) -> bool:
        """Whether the death fell in an armed clash ("killed in an encounter")."""
        places = prep_objects(verb, ("in", "during"))
        return any(o.lemma_.lower() in self.lex.encounter_nouns for o in places)
