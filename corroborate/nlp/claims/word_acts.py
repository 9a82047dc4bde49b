"""What one word of a sentence starts: each legal or criminal act a verb or noun of the
lexicon tells, as drafts (``_read``; a noun's, ``Nouns``): a ruling with its outcome, a verdict
upheld or set aside, bail and remand, charges framed, an arrest (or a taking into custody, a
surrender to the police or a court), an accusation (or flight, being wanted for an offence,
responsibility for a crime), a confession (or an admission of a crime) with its setting, a
crime with its agent and victim (``CrimeVerbs``). What a verb's clause tells comes from
``Verbs``, the pleas, confessions, denials and retractions a verb tells from ``AnswerVerbs``,
acts not done (negated, only possible, asked for) from ``NotDone``.

Split out of ``reader.py`` (branch spl78) as it was: ``Reader.run`` asks ``_read`` of every
word of a sentence; ``WordActs`` stands between ``Reader`` and ``ReaderChain``, so the
reader's method resolution order is the one it had.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.adjective_participles import adjective_participle_lemma
from corroborate.nlp.claims.arrested_described import described_as_arrested
from corroborate.nlp.claims.censure import censure_only
from corroborate.nlp.claims.court_supervision import left_at_liberty
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.filed_naming import named_in_filing
from corroborate.nlp.claims.fronted_participle import fronted_participle_lemma, named_after_be
from corroborate.nlp.claims.held_along import joined_to_the_ruled, shares_the_step
from corroborate.nlp.claims.held_beside import held_beside_an_arrest
from corroborate.nlp.claims.noun_participle import noun_participle
from corroborate.nlp.claims.ordered_arrest import arrested_by_order, ordered_small_clause
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.reader_chain import ReaderChain
from corroborate.nlp.claims.release_nouns import release_on_bail
from corroborate.nlp.claims.rulings import REVERSED
from corroborate.nlp.claims.split_subjects import subjects_split_by_relative

__all__ = ["WordActs"]


class WordActs(ReaderChain):
    """The drafts of the acts each word of a sentence starts (``_read``)."""

    def _read(self, token: Token) -> list[Draft]:
        lex, lemma = self.lex, self._hyphened_lemma(token)
        if self._word_of_a_name(token, lemma):
            return []
        if token.pos_ == "ADJ" and lemma in lex.responsibility_adjectives:
            held = self._held_responsible(token)  # "X was responsible for the murder"
            if held is None or self._not_done(held[0]):
                return []
            draft = Draft("accusation", token)
            draft.add(held[1], "accused")
            return [draft]
        if lemma in lex.approver_nouns or self._turned_witness(token):
            return self._approver(token)
        if self._participle_as_noun(token):  # "The accused, X and Y, were sent to jail"
            return self._read_noun(token, token.lower_)
        gerund = token.lower_.endswith("ing") and token.lower_[:-3] in lex.confess_verbs
        fronted = fronted_participle_lemma(token, lex.arrest_verbs)  # "Detained were X", NNP
        # "The detained men were named as X and Y": "detained" tagged an adjective
        fronted = fronted or adjective_participle_lemma(
            token, lex.arrest_verbs, lex.identifying_verbs
        )
        if gerund:  # "mentions X confessing to ...", tagged as a noun
            lemma = token.lower_[:-3]
        elif fronted is not None:
            lemma = fronted
        elif token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG"):
            # "X's retraction of his confession", "his claim that he confessed under torture";
            # "the defence's argument that he had been framed" (``claims.side_pleas``)
            taken_back = self._nouns_taken_back(token)
            return taken_back + self._pleaded_by_the_side(token) + self._read_noun(token, lemma)
        if self._not_done(token) and not self._term_to_serve(token, lemma):
            self._keep_in_focus(token, lemma)
            # "failed to prove the charges against X", the court's finding: an acquittal
            failed = self._failed_attempt(token, lemma) + self._not_proved(token, lemma)
            failed += self._proved(token, lemma)  # "had not proved that X gave the order"
            # "X will not face trial"; "X does not accept guilt"; "X has not been traced" (Sought)
            failed += self._spared_trial(token, lemma) + self._guilt_not_owned(token)
            return failed + self._not_heard(token, lemma) + self._sought(token, lemma)
        phrasal = self._phrasal(token, lemma)
        out: list[Draft] = self._not_heard(token, lemma)  # "declined to hear the appeal"
        # "X was fined", "X was bailed to appear": a disposal verb; not its phrasal senses
        # ("bailed out the bank")
        disposal = lex.sentencing_verbs.get(lemma) if phrasal == lemma else None
        # "Senators condemned X for the remarks": censure, no sentence (``censure``)
        if (lemma in lex.ruling_verbs or disposal is not None) and not censure_only(token, lex):
            draft = Draft("ruling", token, lex.ruling_verbs.get(lemma) or disposal)
            reduced = self._reduced_relative(token)
            patients = self._agents(token) if reduced else self._patients(token)
            if not reduced and self._passive(token):
                # "X, at whose behest ... took place, and Y were acquitted", split by the parser
                split = [n for t in subjects_split_by_relative(token) for n in self._names(t)]
                patients += [n for n in split if self._is_person(n) and n not in patients]
            if not reduced:
                # "acquitted Tahir Zahoor" typed as a place, alone or as an item of a list
                # ("acquitted X, Y and Z" with Z typed a place)
                patients += [n for n in self._places_ruled_on(token) if n not in patients]
                patients = patients or self._count_hung_on_length(token)  # "remanded both to"
                patients = patients or self._admitted_to_bail(token)  # "admitted X to bail"
                patients = patients or self._fined_named(token, lemma)  # "fined the company N"
            draft.add(patients, "accused")
            draft.add([] if reduced else self._agents(token), "court")
            draft.unnamed_plural = not patients and self._unnamed_group(token)
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if not patients and not draft.unnamed_plural and not passive:
                draft.add(self._name_after(token, self._passable(token)), "accused")
            if not self._accused_in(draft) and not draft.unnamed_plural and not passive:
                draft.add(self._left_out_object(token), "accused")
            if self._accused_in(draft):
                along = joined_to_the_ruled(draft, token, self._along_with(token))
                draft.add(along, "accused")  # "convicted alongside Y"
            # a disposal verb with no one it disposes of is no ruling ("admitted to bail",
            # its "bail" parsed as a verb whose subject is the one bailed)
            if lemma in lex.ruling_verbs or self._accused_in(draft):
                out.append(draft)
        if lemma in lex.interrogation_verbs or self._held_in_custody(token):
            out.extend(self._custody_granted(token))
        if lemma in lex.clearing_verbs:
            out.extend(self._cleared(token))
            out.extend(self._discharged_to_testify(token))  # "discharged X to testify"
        verdict = any(
            phrasal in words
            for words in (lex.verdict_verbs, lex.appeal_verbs, lex.appellant_verbs,
                          lex.case_ending_verbs, lex.bail_refusal_verbs)
        )  # fmt: skip
        bail_set = phrasal in lex.bail_setting_verbs  # "set bail at $25,000 for X"
        releasing = verdict or lemma in lex.bail_verbs or lemma in lex.remand_verbs or bail_set
        # "directed his release on a personal bond": a court's order of a release on bail
        releasing = releasing or (
            lemma in lex.custody_order_verbs
            and any(release_on_bail(token, c, lex) for c in token.children if c.dep_ == "dobj")
        )
        # "charged and left free under judicial supervision": a release by its predicate (its
        # children read only where no word above decided: this runs on every token)
        if releasing or left_at_liberty(token, lex):
            out.extend(self._verdicts(token, phrasal))
        out.extend(self._jailed(token, lemma))  # "jailed for life", "sent to prison for ..."
        out.extend(self._received(token, lemma))  # "received a three-year sentence"
        out.extend(self._term_awarded(token, phrasal))  # "gave X 14 years", "awarded X death"
        out.extend(self._gapped_awards(token, phrasal, out))  # "X to death and Y to life"
        out.extend(self._served(token, lemma))  # "was ordered to serve a minimum of 18 years"
        out.extend(self._doubt_given(token, lemma))  # "gave X the benefit of the doubt"
        out.extend(self._plea_bargained(token, lemma))  # "X entered into a plea bargain"
        out.extend(self._punished_by_bargain(token, out))  # "sentenced under a plea deal"
        out.extend(self._proved(token, lemma))  # "held the prosecution proved that X fired"
        out.extend(self._hired_doers(token))  # "the shooters were hired by X"
        out.extend(self._produced(token, lemma))  # "police produced X before the court"
        out.extend(self._charges_read(token, lemma))  # "read out the charge to X"
        out.extend(self._involved(token))  # "X and Y were involved in the attack"
        out.extend(self._named_as_list(token))  # "names X as the accused, Y as its supplier"
        out.extend(self._held_without_bail(token, lemma))  # "held without bond"
        out.extend(self._held_by_order(token, lemma))  # "allowed police to detain X"
        out.extend(self._kept_by_a_court(token, lemma))  # "the judge kept X in detention"
        out.extend(self._court_detentions(token, lemma))  # "granted a request to detain X"
        out.extend(self._days_granted(token, lemma))  # "the magistrate granted five days"
        out.extend(self._ordered_to_pay(token, lemma))  # "was ordered to pay a fine"
        for draft in (d for d in out if shares_the_step(d, token)):
            # "is in jail on judicial remand along with Y": Y is held too
            draft.add(joined_to_the_ruled(draft, token, self._along_with(token)), "accused")
        outer = self._embedding_outcome(token)
        for draft in out if outer == "overturned" else []:
            # "reversed a decision to overturn the conviction of X": the conviction stands
            draft.outcome = REVERSED.get(draft.outcome or "", draft.outcome)
        if lemma in lex.offence_verbs and not (
            self._names_offence(token)
            or self._the_papers_say(token)  # "It nominates X"
            or named_in_filing(token, self.lex)  # "filed the case ..., naming X, Y"
        ):
            return out  # "trying something new", "naming X to the Supreme Court"
        if lemma in lex.charge_verbs and self._acts_on_someone(token):
            draft = Draft("charge", token, lex.charge_verbs[lemma])
            before_court = self._appeared_charged(token)
            patients = before_court if before_court is not None else self._patients(token)
            draft.add(self._not_its_subject(token, patients), "accused")
            draft.add(self._along_with(token), "accused")  # "charged X along with Y"
            out.append(draft)
        out.extend(self._faced(token, lemma))  # "X faces charges", "X stood trial for ..."
        if lemma in lex.frame_verbs:
            framed = self._framed(token)
            # "registered a case under Sections 105 (a gloss) ... against X, which runs the
            # firm, its director Y and Z": the whole list, however it was parsed
            out.extend(framed + self._case_against_list(token, framed))
        if lemma in lex.arrest_verbs:
            draft = Draft("arrest", token, self._arrest_outcome(token, lex.arrest_verbs[lemma]))
            draft.add(self._not_its_subject(token, self._patients(token)), "accused")
            draft.add(self._counted_doers(token), "accused")  # "the third to be arrested"
            draft.add(self._along_with(token), "accused")  # "X was arrested along with Y"
            if (arrested := described_as_arrested(token)) is not None:  # "the 4th arrested, X"
                draft.add(self._names(arrested), "accused")
            if not self._accused_in(draft):  # "Arrested were the owner, X, and ..."
                named = [n for t in named_after_be(token) for n in self._names(t)]
                draft.add([n for n in named if self._is_person(n)], "accused")
            if ordered_small_clause(token, lex):  # "the judge ordered X arrested": X held
                ordered = [n for t in arrested_by_order(token) for n in self._names(t)]
                draft.add([n for n in ordered if self._is_person(n)], "accused")
            else:
                draft.add(self._agents(token), "investigator")
            out.append(draft)
        scene = lemma in lex.holding_verbs and self._held_at_the_scene(token)
        # "X was arrested in A, while Y was held in B": the holding an arrest beside it
        beside = lemma in lex.holding_verbs and held_beside_an_arrest(token, lex.arrest_verbs)
        if lemma in lex.holding_verbs and (self._held_in_a_raid(token) or self._held_for(token)
                                           or scene or beside):  # fmt: skip
            draft = Draft("arrest", token, "arrested")  # "X was held in a dawn raid"
            draft.add(self._not_its_subject(token, self._patients(token)), "accused")
            draft.add(self._agents(token), "investigator")
            if self._accused_in(draft):
                draft.add(self._along_with(token), "accused")  # "held along with Y"
            # someone held, or an unnamed plural a next sentence may name ("Five people were
            # held"); not what else is held ("held a press conference during the crackdown",
            # "a vigil was held at the scene": a scene's holding only of a person named)
            if self._accused_in(draft) or not draft.parties and not scene:
                out.append(draft)
        if lemma in lex.taking_verbs and self._into_custody(token):
            draft = Draft("arrest", token, "arrested")  # "X was taken into custody"
            draft.add(self._not_its_subject(token, self._patients(token)), "accused")
            draft.add(self._agents(token), "investigator")
            out.append(draft)
        if phrasal in lex.custody_phrasal_verbs and self._taken_by_the_law(token):
            draft = Draft("arrest", token, "arrested")  # "X was picked up from his hostel"
            patients = self._not_its_subject(token, self._patients(token))
            draft.add([n for n in patients if self._is_person(n)], "accused")
            draft.add(self._agents(token), "investigator")
            out.append(draft)
        surrender = lemma in lex.surrender_verbs or phrasal in lex.surrender_verbs
        if surrender and self._surrenders_to_law(token):
            # "X surrendered to police", "X turned himself in"; "X turned Y in to police": Y
            handed = [n for n in self._surrendered(token) if self._is_person(n)]
            draft = Draft("arrest", token, "arrested")
            draft.add(handed or [a for a in self._agents(token) if self._is_person(a)], "accused")
            out.append(draft)
        wants = self._names_offence(token) or self._wanted_by_the_law(token)  # Sought
        if lemma in lex.wanting_verbs and self._wanted(token) and wants:
            draft = Draft("accusation", token)  # "X is wanted in connection with the murder"
            draft.add([n for n in self._patients(token) if self._is_person(n)], "accused")
            out.append(draft)
        if lemma in lex.flight_verbs:
            draft = Draft("accusation", token)  # "X has been absconding since the murder"
            draft.add([a for a in self._agents(token) if self._is_person(a)], "accused")
            out.append(draft)
        out.extend(self._fled(token))  # "X, who is still at large", "X has evaded arrest"
        out.extend(self._aftermath(token))  # "X is behind bars", "awaiting trial"
        out.extend(self._questioned_then_freed(token, lemma))  # "questioned and released"
        out.extend(self._sought(token, lemma))  # "police were searching for X"
        out.extend(self._disclosed_givers(token, lemma))  # "told police Y handed him"
        out.extend(self._party_probed(token, lemma))  # "X Ltd is being investigated"
        if lemma in lex.accuse_verbs and not self._calls(token) and not noun_participle(token):
            draft = Draft("accusation", token)
            patients = self._done_to(token, self._patients(token))
            draft.add(self._not_its_subject(token, patients), "accused")
            if not self._accused_in(draft):  # "X accused that Y had close links with ..."
                draft.add(self._not_its_subject(token, self._doers_in_clause(token)), "accused")
            out.append(draft)
        out.extend(self._read_answer(token, lemma, phrasal))  # pleas, confessions, denials
        if lemma in lex.finding_verbs:
            guilty = self._guilty(token)
            if guilty is not None:
                out.append(guilty)
        if lemma in lex.declare_verbs and self._declares_absconder(token):
            draft = Draft("ruling", token, "proclaimed_offender")
            absconders = self._patients(token) or self._declared_subject(token)
            draft.add(absconders, "accused")
            # "declared two suspects proclaimed offenders": a group the next sentence names
            # (the parser may make it the subject of a small clause: "suspects proclaimed")
            groups = [c for c in token.children if c.dep_ == "dobj"] + [
                s for c in token.children if c.dep_ == "ccomp"
                for s in c.children if s.dep_ in ACTIVE_SUBJECTS
            ]  # fmt: skip
            draft.unnamed_plural = not absconders and any(self._counted(g) for g in groups)
            out.append(draft)
        if lemma in lex.complicity_verbs:
            out.extend(self._helped_to(token))
        out.extend(self._crimes(token, lemma, phrasal))  # a crime, its doers and victims
        return out
