"""What an act the accused's side tells says that clears the accused: "did not kill", "had
nothing to do with the murder", "was innocent", "was framed", "was falsely implicated", "was
implicated by his rivals", "booked in a fabricated case", "fired in self-defence", "jailed for
a crime he did not commit", "was a college student who had nothing to do with it".

``_clears`` is the one test; the word lists are the lexicon's, the shapes of each kind of
denial its own module's (``claims.alibis``, ``claims.not_the_doer``, ``claims.no_part`` ...).
``Answers`` asks it of the clause a speaker of the accused's side reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.alibis import (
    denies_presence,
    places_at_home,
    places_elsewhere,
    with_the_speaker,
)
from corroborate.nlp.claims.answering import Answering
from corroborate.nlp.claims.contact_denied import denies_being_at, denies_contact
from corroborate.nlp.claims.deceived import deceived
from corroborate.nlp.claims.did_not_do_it import denies_doing_it
from corroborate.nlp.claims.dragged_in import dragged_into_a_case
from corroborate.nlp.claims.firm_heads import held_full_papers
from corroborate.nlp.claims.harm_denied import denies_harming
from corroborate.nlp.claims.lawful_dealing import dealt_lawfully
from corroborate.nlp.claims.narrowed_deeds import (
    denies_meaning_to,
    did_nothing_but,
    disowns,
    nothing_to_do_with_it,
)
from corroborate.nlp.claims.no_part import a_way_of_knowing, denies_a_part
from corroborate.nlp.claims.none_of_it import denies_any_of_it
from corroborate.nlp.claims.not_the_doer import (
    denies_being_the_doer,
    denies_blame,
    denies_ever_doing,
    denies_handling_a_weapon,
    denies_the_deed,
)
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.picked_up_from import taken_from_a_place
from corroborate.nlp.claims.plotted import victim_of_a_plot
from corroborate.nlp.claims.relative_conjuncts import relative_predicates
from corroborate.nlp.claims.ulterior import accused_for_another_end
from corroborate.nlp.claims.unlinked import nothing_links
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["ClearingActs"]


class ClearingActs(Answering):
    """Whether an act told by the accused's side clears the accused."""

    def _clears(self, act: Token) -> bool:
        """ "did not kill", "had nothing to do with the murder", "was innocent", "was framed",
        "was falsely implicated" (a passive that says the accusation was made up)."""
        lex = self.lex
        negated = any(c.dep_ == "neg" for c in act.children)
        if act.lemma_.lower() in lex.crime_verbs and negated:
            return True
        if self._passive(act) and not negated:
            falsely = any(c.dep_ == "advmod" and c.lower_ in lex.false_adverbs
                          for c in act.children)  # fmt: skip
            if falsely or act.lemma_.lower() in lex.framed_verbs:
                return True
            if any(c.dep_ in ("oprd", "attr", "dobj") and c.lemma_.lower() in lex.framed_verbs
                   for c in act.children):  # fmt: skip
                return True  # "he was being made a scapegoat"
            if act.lemma_.lower() in lex.accuse_verbs and self._by_rivals(act):
                return True  # "he was being implicated by his rivals"
            if dragged_into_a_case(act):
                return True  # "he had been dragged into the case only because ..."
            if accused_for_another_end(act):
                return True  # "he was named only to settle an old land dispute"
            if deceived(act):
                return True  # "he had been told he was carrying milk", "used by the men"
            if taken_from_a_place(act):
                return True  # "he had been picked up from his rickshaw stand" (den92)
        # "I will not apologise for something I did not do": the act's own "not" refuses
        # the act, not the deed the thing's clause disowns - only a passive's ("he was not
        # jailed for a crime he did not commit") tells of no punishment to disown
        if (not negated or not self._passive(act)) and self._for_what_was_not_done(act):
            return True
        if not negated and (self._in_a_false_case(act) or self._justified(act)):
            return True  # "police implicated him in a fake case", "he fired in self-defence"
        if act.lemma_.lower() in self.kinds.denial_cues and self._answers(act):
            return True  # "he would contest the charges", "she denies the offence"
        if act.lemma_.lower() in lex.contesting_verbs and not negated:
            # "his client would fight the charge"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.accusation_nouns
                   for c in act.children):  # fmt: skip
                return True
        if act.lemma_.lower() in lex.guilty_pleas and self._plea(act) == "not guilty":
            return True  # "his client would plead not guilty"
        if self._described_as_cleared(act) or denies_being_the_doer(act) or denies_blame(act):
            return True  # "... who had nothing to do with it", "I am not the one who killed"
        if places_elsewhere(act) or denies_presence(act) or denies_handling_a_weapon(act):
            return True  # "her client had been in Lyon on the day of the killing"
        if places_at_home(act) or denies_a_part(act) or with_the_speaker(act) or nothing_links(act):
            return True  # "her husband had been at home", "his client had no role in it"
        if denies_harming(act) or denies_the_deed(act) or denies_ever_doing(act):
            # "his client never hit the boy", "he never laid a hand on him", "he never fired
            # a shot", "my client never handled the slips"
            return True
        if denies_meaning_to(act) or did_nothing_but(act):
            return True  # "he never set out to cheat anyone", "did nothing but shout"
        if denies_doing_it(act):
            return True  # "I did not do this", "he would never do it" (``claims.did_not_do_it``)
        if denies_contact(act) or denies_being_at(act) or denies_any_of_it(act):
            # "his client had never met the trader", "she was not at Marsh Lane", "he had
            # not taken a single rupee"
            return True
        if self._upholds_innocence(act) or self._told_innocently(act) or dealt_lawfully(act):
            # "the accused stands by his innocence", "he did not touch anyone", "I have done
            # nothing", "his client bought the spices with receipts"
            return True
        if held_full_papers(act):
            return True  # "the company held a valid licence" (``claims.firm_heads``)
        if victim_of_a_plot(act):
            return True  # "my client is the victim of a conspiracy" (``claims.plotted``)
        if self._held_without_cause(act):
            return True  # "he had been picked up without any reason"
        for c in act.children:
            if c.dep_ == "dobj" and (c.lemma_.lower() in lex.ignorance_nouns
                                     or a_way_of_knowing(c)) and not negated:  # fmt: skip
                # "his client had no idea where the money came from", "had no way of knowing"
                if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                    return True
            if c.dep_ == "dobj" and c.lower_ in lex.negative_objects:
                # "had nothing to do with the murder / the riots", "did nothing wrong"
                acts = {t.lemma_.lower() for t in c.subtree}
                wrong = any(t.dep_ == "amod" and t.lower_ in lex.wrong_adjectives
                            for t in c.children)  # fmt: skip
                # "he did nothing wrong" where the parser hung "wrong" on the verb
                wrong = wrong or any(t.dep_ in ("advcl", "acomp", "oprd", "xcomp")
                                     and t.lower_ in lex.wrong_adjectives and t.i == c.i + 1
                                     for t in act.children)  # fmt: skip
                deed = act_of(" ".join(t.text for t in c.subtree)) is not None
                harm = acts & lex.harm_nouns  # "nothing to do with her death"
                # "nothing to do with any bookie": with anyone of a kind, the crime's party
                anyone = any(t.dep_ == "det" and t.lower_ == "any" and t.head.dep_ == "pobj"
                             for t in c.subtree)  # fmt: skip
                return (
                    bool(acts & (lex.crime_nouns | lex.accusation_nouns) or harm)
                    or wrong
                    or deed
                    or anyone
                    or nothing_to_do_with_it(act)  # "... with it", "... with the matter"
                )
            if c.dep_ in ("acomp", "attr") and lex.verdict_adjectives.get(c.lower_) == "acquitted":
                return not negated
            if c.dep_ in ("acomp", "attr") and lex.verdict_adjectives.get(c.lower_) == "convicted":
                return negated  # "his client is not guilty"
            if c.dep_ == "attr" and any(  # "he was an innocent farmer"
                a.dep_ == "amod" and lex.verdict_adjectives.get(a.lower_) == "acquitted"
                for a in c.children
            ):
                return not negated
        return False

    def _by_rivals(self, act: Token) -> bool:
        """Whether a passive's "by" agent is the accused's enemies (``rival_nouns``: "by his
        rivals", "by his political opponents"), or a phrase of the passive tells enmity as
        its cause or its enemies as its source (``enmity_nouns``: "implicated out of
        rivalry", "named because of an old enmity", "at the behest of his rivals")."""
        if any(
            o.lemma_.lower() in self.lex.rival_nouns
            for a in act.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj"
        ):  # fmt: skip
            return True
        enmity = self.lex.rival_nouns | self.lex.enmity_nouns
        # the noun may sit a level down: "because | of | enmity", "at | the behest | of | rivals"
        return any(
            t.pos_ == "NOUN" and t.lemma_.lower() in enmity
            for p in act.children if p.dep_ == "prep"
            for t in p.subtree
        )  # fmt: skip

    def _described_as_cleared(self, act: Token) -> bool:
        """ "his client was a college student with no record who had nothing to do with the
        murder": a copula whose predicate noun carries a relative clause (its subject "who")
        that clears - the relative pronoun stands for the predicate, so for the copula's
        subject (the parser may hang the clause on a noun inside the predicate's phrase); so
        may a later predicate of the relative clause ("a trader who sold phones and had no
        knowledge of any stolen one", ``relative_predicates``, lfd38). The pronoun may be the
        clause's passive subject: "he was a truck driver who had been falsely implicated",
        "her son was a rickshaw driver who had been picked up from home" - what was done to
        "who" was done to the copula's subject (den99)."""
        if act.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in act.children):
            return False
        relative = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
        return any(
            rel.dep_ == "relcl"
            and any(s.dep_ in relative and s.tag_ == "WP" for s in rel.children)
            and any(self._clears(told) for told in relative_predicates(rel))
            for attr in act.children if attr.dep_ == "attr"
            for rel in attr.subtree
        )  # fmt: skip

    def _in_a_false_case(self, act: Token) -> bool:
        """ "police implicated him in a fake case", "he was arrested on false charges",
        "booked in a fabricated case": the act's own phrase names an accusation or case that
        a word calls false (``false_case_adjectives``)."""
        lex = self.lex
        nouns = lex.accusation_nouns | lex.charge_nouns
        return any(
            obj.lemma_.lower() in nouns
            and any(a.dep_ in ("amod", "compound") and a.lower_ in lex.false_case_adjectives
                    for a in obj.children)
            for prep in act.children if prep.dep_ == "prep"
            for obj in prep.children if obj.dep_ == "pobj"
        )  # fmt: skip

    def _justified(self, act: Token) -> bool:
        """ "the officers had acted in self-defence", "his client fired in self-defence": what
        the act was done in makes it no crime (``justification_phrases``)."""
        phrases = self.lex.justification_phrases
        said = [
            c for c in act.children
            if (c.dep_ == "prep" and c.lower_ == "in") or c.dep_ in ("attr", "acomp")
        ]  # fmt: skip
        for part in said:
            told = "".join(t.text_with_ws for t in part.subtree).lower()
            if any(p in told.split() or p in told for p in phrases):
                return True
        return False

    def _for_what_was_not_done(self, act: Token) -> bool:
        """ "I am being punished for something I did not do", "he spent ten years in prison
        for a crime he did not commit", "her client was jailed for a crime he did not
        commit": what the act is for is a thing its own subject says, in a negated relative
        clause, they did not do - a denial of it, whatever the act. A clause that disowns it
        ("for a theft she had nothing to do with", ``narrowed_deeds.disowns``) is as a negated
        one; so is a case or charge the act's infinitive faces ("came back to face a case he had
        nothing to do with"), where only the disowning clause reads (den68)."""
        heads = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        subjects = {c.lower_ for c in heads}
        # the one a passive act was done to, or a client or kin the accused's side speaks
        # of ("her client spent 14 months in prison for a crime he did not commit"), binds
        # the pronoun of the clause; "police jailed him for a crime he did not commit" does not
        binds = any(c.dep_ == "auxpass" for c in act.children) or any(
            c.lemma_.lower() in self.lex.client_nouns
            or self.lex.role_nouns.get(c.lemma_.lower()) == "relative"
            for c in heads
        )
        # "I am not going to say sorry for something I did not do": the "for" may hang on
        # the act's infinitive, whose subject is the act's own
        verbs = [act] + [c for c in act.children if c.dep_ == "xcomp"
                         and not any(s.dep_ in ACTIVE_SUBJECTS for s in c.children)]  # fmt: skip
        things = [
            (thing, False)
            for verb in verbs
            for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for thing in prep.children if thing.dep_ == "pobj"
        ]  # fmt: skip
        # "he came back to face a case he had nothing to do with": a case or charge the act's
        # own infinitive takes, only where the clause on it disowns it (a "not" there may be
        # of anything: "to face a charge he did not understand")
        things += [(thing, True) for thing in self._cases_faced(act)]
        for thing, disowned_only in things:
            if thing.lower_ in self.lex.negative_objects and self._kept_in_prison(act):
                return True  # "he had spent four months in jail for nothing"
            for clause in (c for c in thing.children if c.dep_ == "relcl"):
                doers = {c.lower_ for c in clause.children if c.dep_ in ACTIVE_SUBJECTS}
                negated = disowns(clause) or (
                    not disowned_only and any(c.dep_ == "neg" for c in clause.children)
                )
                # "her client was jailed for a crime he did not commit"
                if binds and doers <= PERSONAL_PRONOUNS:
                    doers = doers and subjects
                if negated and doers and doers <= subjects:
                    return True
        return False

    def _cases_faced(self, act: Token) -> list[Token]:
        """The case or charge nouns an infinitive of the act takes as its object ("came back
        to face a case ...", "returned to answer a charge ...")."""
        nouns = self.lex.charge_nouns | self.lex.accusation_nouns
        return [
            thing
            for verb in act.children if verb.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children)
            for thing in verb.children
            if thing.dep_ == "dobj" and thing.lemma_.lower() in nouns
        ]  # fmt: skip

    def _kept_in_prison(self, act: Token) -> bool:
        """A punishment or a term held: a passive ("was jailed", "was punished") or a verb with
        a phrase in prison ("spent four months in jail")."""
        if any(c.dep_ == "auxpass" for c in act.children):
            return True
        return any(o.lemma_.lower() in self.lex.prison_nouns for o in prep_objects(act, ("in",)))
