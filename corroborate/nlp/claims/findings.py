"""Court findings read without a verdict noun: "found guilty" or "not guilty", "cleared of
all charges", the prosecution's case found not proved, an attempt to overturn that failed, a
court that will not hear an appeal, a higher court's word on an earlier decision ("upheld a
decision to overturn"), and a ruling whose object is left out.

Split out of ``rulings.py`` (whose ``Rulings`` reads a ruling verb's verdict, appeal, bail
or remand noun) so that each module tells one way a report gives an outcome; ``REVERSED``,
what a higher court's reversal makes of an outcome, lives here for both.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.charges_framed import ChargesFramed
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import prep_objects

__all__ = ["REVERSED", "Findings"]

# The preposition that places a clearing at a step of the case ("at the framing of charges",
# "at the charge stage"); "during the trial" or "before trial" also tell a juror discharged.
_AT_A_STEP = frozenset({"at"})
# The parts of those whom a case lets go of without clearing them: counsel or a witness
# "discharged from the case" is released from it, not acquitted.
_FREED_FROM_SERVICE = frozenset({"court", "defence", "prosecutor", "witness"})


class Findings(ChargesFramed, Courts):
    """A court's finding told by a verb and its complement, not by a verdict noun."""

    def _not_heard(self, verb: Token, lemma: str) -> list[Draft]:
        """A court that will not hear an appeal leaves the decision standing: "the Supreme
        Court will not hear the case of X", "declined to hear X's appeal" (upheld, on the
        owner of the case). Not a hearing put off ("will not hear the case until May")."""
        lex = self.lex
        if lemma not in lex.hearing_verbs:
            return []
        # a decision not to hear ("will not hear"), not a hearing that did not happen
        negated = any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in lex.modal_auxiliaries for c in verb.children
        )
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs
        later = any(
            t.dep_ in ("prep", "mark") and t.lower_ in lex.deferring_words for t in verb.subtree
        )
        if not (negated or refused) or later:
            return []
        cases = [c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in lex.charge_nouns | lex.appeal_nouns]  # fmt: skip
        draft = Draft("ruling", verb, "upheld")
        draft.add([n for c in cases for n in self._owners(c)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _cleared(self, verb: Token) -> list[Draft]:
        """ "X was cleared of all charges", "cleared X of the murder charge": acquitted. So
        is a clearing "of" any offence ("cleared of false accounting") in a sentence that
        names a court or a defendant, and one "for" or "on" the grounds of a trial
        ("cleared for insufficient evidence", "cleared on all counts"), and one a court does
        ("the Special Court discharged X", "X was discharged by the judge")."""
        lex = self.lex
        # "the jury cleared X of fraud", the "of" phrase hung on the verb or on its object -
        # on the object only when a court clears ("police cleared X of any involvement" is
        # no acquittal)
        by_a_court = self._by_a_court(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj" and by_a_court]
        cleared_of = prep_objects(verb, ("of",)) + [
            p for o in objects for p in prep_objects(o, ("of",))
        ]
        # "cleared of murdering X", "of poisoning three patients": a crime told as a gerund
        cleared_of += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                       for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]  # fmt: skip
        charges = [p for p in cleared_of
                   if p.lemma_.lower() in lex.charge_nouns | lex.accusation_nouns | lex.crime_nouns
                   or p.lemma_.lower() in lex.crime_verbs
                   or p.lower_ in lex.everything_pronouns  # "cleared of everything"
                   or act_of(self.doc[p.left_edge.i : p.right_edge.i + 1].text)]  # fmt: skip
        grounds = [p for p in prep_objects(verb, ("for", "on"))
                   if p.lemma_.lower() in lex.clearing_grounds]  # fmt: skip
        tried = bool(cleared_of) and self._names_trial(verb.sent)
        at_step = self._at_charging_stage(verb) or self._out_of_the_case(verb)
        if not (charges or grounds or tried or by_a_court or at_step):
            return []
        draft = Draft("ruling", verb, "acquitted")
        draft.add(self._patients(verb), "accused")
        draft.add(self._agents(verb), "court")
        return [draft]

    def _at_charging_stage(self, verb: Token) -> bool:
        """ "X had been discharged at the stage of framing of charges", "discharged at the
        charge stage": a clearing at the step of charging is a court's, where "discharged
        from hospital" is not - unless a "from" phrase says it is from something else than
        the case."""
        lex = self.lex
        steps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _AT_A_STEP]
        if not any(w.lemma_.lower() in lex.charging_stage_nouns for p in steps for w in p.subtree):
            return False
        left = prep_objects(verb, ("from", "out"))
        return all(o.lemma_.lower() in lex.charge_nouns for o in left)

    def _out_of_the_case(self, verb: Token) -> bool:
        """ "X was discharged from the case", "cleared from the proceedings": a clearing out
        of the case itself (``charge_nouns`` as the "from" object) is an accused's, with no
        court named - where "discharged from hospital" or "from the army" is not. Not one
        whose own noun or title gives a part that serves the case ("Defence lawyer X was
        discharged from the case", "the witness was discharged from the trial"): released
        from it, not cleared."""
        lex = self.lex
        if not any(o.lemma_.lower() in lex.charge_nouns for o in prep_objects(verb, ("from",))):
            return False
        patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        # the patient's noun and the nouns and titles beside it ("Defence lawyer X")
        words = patients + [c for p in patients for c in p.children
                            if c.dep_ in ("appos", "compound")]  # fmt: skip
        return bool(patients) and not any(
            lex.role_nouns.get(w.lemma_.lower()) in _FREED_FROM_SERVICE for w in words
        )

    def _failed_attempt(self, verb: Token, lemma: str) -> list[Draft]:
        """An attempt to overturn that failed leaves the decision standing: "X lost her last
        chance to overturn her convictions", "the court rejected his bid to overturn the
        verdict", "X failed to overturn the conviction" (upheld; a failed bid to uphold,
        overturned). The accused is the attempt's owner, else the failing verb's subject."""
        lex = self.lex
        outcome = lex.verdict_verbs.get(self._phrasal(verb, lemma))
        if outcome not in REVERSED or any(c.dep_ == "neg" for c in verb.children):
            return []
        attempt = verb.head if verb.dep_ == "acl" else None
        failing = attempt.head if attempt is not None else verb.head
        if attempt is not None and attempt.lemma_.lower() not in lex.attempt_nouns:
            return []
        if attempt is None and verb.dep_ != "xcomp":
            return []
        fail = failing.lemma_.lower()
        if fail not in lex.failure_verbs and lex.appeal_verbs.get(fail) != "upheld":
            return []
        draft = Draft("ruling", verb, REVERSED[outcome])
        draft.add(self._owners(attempt) if attempt is not None else [], "accused")
        if not self._accused_in(draft) and fail in lex.failure_verbs:
            draft.add([n for n in self._agents(failing) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _not_proved(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The judge ruled that the prosecution had failed to prove the charges against
        X", "the prosecution failed to prove its case against X, the court said": a court's
        finding that the charge or case against someone was not proved acquits them. The
        failing clause must be the court's own word (the complement of a verb a court,
        judge or jury does); a lawyer arguing it proves nothing."""
        lex = self.lex
        failing = verb.head
        if lemma not in lex.proof_verbs or verb.dep_ != "xcomp":
            return []
        if failing.lemma_.lower() not in lex.failure_verbs or failing.dep_ != "ccomp":
            return []
        if not self._by_a_court(failing.head):
            return []
        cases = [c for c in verb.children if c.dep_ == "dobj" and self._names_charge(c)]
        against = [
            p for c in cases for p in c.children if p.dep_ == "prep" and p.lower_ == "against"
        ]
        draft = Draft("ruling", verb, "acquitted")
        draft.add(
            [n for p in against for n in self._pobj_names(p) if self._is_person(n)], "accused"
        )
        draft.add(self._agents(failing.head), "court")
        return [draft] if self._accused_in(draft) else []

    def _left_out_object(self, verb: Token) -> list[Named]:
        """ "X and Y were released after the High Court acquitted in the murder": a ruling in
        an adverbial clause with its object left out rules on the subject of the clause it
        modifies (climbing through the clauses above it). Marked resolved, so that someone
        the sentence describes as judge or lawyer is never taken."""
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return []
        return self._subject_above(verb)

    def _subject_above(self, verb: Token) -> list[Named]:
        """The subject of the clause an adverbial clause modifies, climbing through the
        clauses above it ("X walked free after the jury returned not guilty verdicts": X),
        marked resolved; none unless ``verb`` heads an adverbial clause."""
        head = verb
        while head.dep_ in ("advcl", "conj", "xcomp") and head.head.i != head.i:
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
            if subjects and verb.dep_ == "advcl":
                return [n._replace(resolved=True) for s in subjects for n in self._names(s)]
        return []

    def _embedding_outcome(self, verb: Token) -> str | None:
        """What a higher court did to the decision ``verb`` tells: "upheld a decision to
        overturn" (upheld), "reversed a decision to overturn" (overturned), "dismissed the
        appeal against the decision to acquit" (upheld); None when it is no such decision."""
        lex = self.lex
        noun = verb.head
        if verb.dep_ not in ("acl", "xcomp") or noun.lemma_.lower() not in lex.ruling_nouns:
            return None
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass"):
            return lex.verdict_verbs.get(self._phrasal(head, head.lemma_.lower()))
        if noun.dep_ == "pobj" and head.lower_ == "against":
            appeal = head.head  # "the appeal against the decision", or the verb it hangs on
            if appeal.lemma_.lower() in lex.appeal_nouns:
                appeal = appeal.head
            return lex.appeal_verbs.get(appeal.lemma_.lower())
        return None

    def _guilty(self, verb: Token) -> Draft | None:
        """ "found guilty of", "pronounced X guilty", "held them guilty" (convicted); "found
        not guilty" (acquitted)."""
        complement = [
            t
            for c in verb.children
            if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "dobj", "advmod", "attr")
            for t in c.subtree
            if t.lower_ in self.lex.verdict_adjectives
        ]
        # "found X, alias Y, and Z guilty" parsed with "guilty" a conjunct of the verb, Z its
        # subject and X the verb's object: both are found so
        adjectives = self.lex.verdict_adjectives
        split = [c for c in verb.children if c.dep_ == "conj" and c.lower_ in adjectives
                 and any(s.dep_ in ACTIVE_SUBJECTS for s in c.children)]  # fmt: skip
        complement += split
        if not complement:
            return None
        word = complement[0]
        negated = any(c.dep_ == "neg" for c in [*word.children, *verb.children])
        outcome = self.lex.verdict_adjectives[word.lower_]
        if negated:
            outcome = "acquitted" if outcome == "convicted" else "convicted"
        # "found X not guilty of murder but guilty of manslaughter": a further verdict
        # adjective conjoined to the verb or the first, with its own negation; guilty of
        # any count is convicted. The parser may conjoin it to the first one's offence
        # ("guilty" a conjunct of "murder"), so the first's whole phrase is looked through
        further = [c for h in (verb, word) for c in h.children
                   if c.dep_ == "conj" and c.lower_ in self.lex.verdict_adjectives]  # fmt: skip
        further += [t for t in word.subtree if t.dep_ == "conj" and t not in further
                    and t.lower_ in adjectives and t.head.pos_ == "NOUN"]  # fmt: skip
        for other in further:
            said = self.lex.verdict_adjectives[other.lower_]
            if any(c.dep_ == "neg" for c in other.children):
                said = "acquitted" if said == "convicted" else "convicted"
            if said == "convicted":
                outcome = said
        draft = Draft("ruling", verb, outcome)
        # "found two men guilty", "found both X and Y guilty" parsed as a small clause: the
        # subject of "guilty" (with its conjuncts) is found so; else the verb's patients
        subjects = [c for c in word.children if c.dep_ in ACTIVE_SUBJECTS]
        if word in split:
            subjects = [c for c in verb.children if c.dep_ == "dobj"] + subjects
        draft.add([n for s in subjects for n in self._names(s)], "accused")
        if not self._accused_in(draft):
            draft.add(self._patients(verb), "accused")
        if not self._accused_in(draft):
            # "found the charge against X not proven", "the charge of murder against X was
            # found not proven": the verdict is on whom the charge is against
            charges = [c for c in [*verb.children, *subjects]
                       if c.dep_ in ("dobj", "nsubjpass", *ACTIVE_SUBJECTS)
                       and c.lemma_.lower() in self.lex.charge_nouns]  # fmt: skip
            against = [t for c in charges for t in c.subtree  # "the charge of murder against X"
                       if t.dep_ == "prep" and t.lower_ == "against"]  # fmt: skip
            draft.add([n for p in against for o in p.children if o.dep_ == "pobj"
                       for n in self._names(o) if self._is_person(n)], "accused")  # fmt: skip
        draft.add(self._agents(verb), "court")
        draft.unnamed_plural = not self._accused_in(draft) and (
            self._unnamed_group(verb) or any(self._counted(s) for s in subjects)
        )
        return draft


# What an outcome becomes when a higher court reverses the decision that gave it.
REVERSED = {"overturned": "upheld", "upheld": "overturned", "acquitted": "convicted",
             "convicted": "acquitted"}  # fmt: skip
