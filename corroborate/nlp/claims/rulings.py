"""Rulings read from a verb: a verdict upheld or set aside, bail and remand, an appeal
dismissed or allowed, charges framed, a finding of guilt, an absconder declared.

``Rulings`` adds to ``Descriptions`` what a ruling verb says of its object: the outcome, the
accused it rules on (the owner of the sentence or appeal, a recipient, a lost object) and the
court; a higher court's word on an earlier decision turns that decision's outcome. Custody,
remand and bail are read by ``Custody``, sentences told by their term, fine or prison by
``Punishments``, and what every ruling reading asks (is it a court's, whom does it rule on)
by ``Courts``, which they build on.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.case_owners import CaseOwners
from corroborate.nlp.claims.custody import Custody
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.noncustodial import on_probation, sentence_order
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.pending import surety_object
from corroborate.nlp.claims.punishments import Punishments
from corroborate.nlp.claims.the_convict import TheConvict
from corroborate.nlp.claims.verdicts_listed import verdicts_hung_on_names
from corroborate.nlp.claims.which_thing import thing_of_which
from corroborate.nlp.grammar import prep_objects

__all__ = ["REVERSED", "Rulings"]

# The outcomes of a verdict noun whose "for" phrase may name whom it is on: a sentence given,
# kept or set aside ("the eight-year term for X")
_FOR_WHOM = frozenset({"sentenced", "upheld", "overturned"})


class Rulings(Custody, Punishments, CaseOwners, TheConvict):
    """What a court did, read from its verb and the verdict or appeal noun it governs."""

    def _verdicts(self, verb: Token, phrasal: str) -> list[Draft]:
        lex = self.lex
        out: list[Draft] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        objects = [thing_of_which(o) or o for o in objects]  # "the petition of X, which it ..."
        if verb.tag_ == "VBN":  # "had his conviction overturned"
            objects += [c for c in verb.children if c.dep_ == "nsubj"]
        # a verdict described by its appeal ("his conviction overturned"; a headline-like
        # "X overturned sentences" parsed as a modifier), not by its first award ("the
        # sentences awarded to X", which tells an earlier ruling)
        if verb.dep_ in ("acl", "amod") and lex.verdict_verbs.get(phrasal) != "sentenced":
            objects.append(verb.head)
        # "set aside death and other sentences" with "sentences" hung on the verb as a conjunct
        objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        objects = [t for o in objects for t in self._coordinated(o)]  # "death and other sentences"
        # "confirmed the death sentence of X and the life term of Y": "term" hung on X
        objects += [v for o in objects if o.lemma_.lower() in lex.verdict_nouns
                    for v in verdicts_hung_on_names(o, lex.verdict_nouns)]  # fmt: skip
        for noun in objects:
            lemma = noun.lemma_.lower()
            outcome: str | None = None
            extended: Token | None = None
            bail = self._asks_bail(noun) or self._bail_again(verb, noun)
            if lemma in lex.appeal_nouns and phrasal in lex.appellant_verbs:
                out.extend(self._appeal_ended(verb, noun, lex.appellant_verbs[phrasal]))
                continue
            if lemma in lex.charge_nouns and phrasal in lex.case_ending_verbs:
                out.extend(self._case_ended(verb, noun, lex.case_ending_verbs[phrasal]))
                continue
            ordered = sentence_order(noun, lex)  # "a community corrections order"
            if (lemma in lex.verdict_nouns or ordered) and phrasal in lex.verdict_verbs:
                outcome = lex.verdict_verbs[phrasal]
                if outcome == "sentenced" and lemma in lex.ruling_nouns and not ordered:
                    # "pronounced the verdict", "announced its judgment": a decision given,
                    # whose content the verb does not say ("a guilty verdict" does)
                    outcome = self._verdict_content(noun)
            elif lemma in lex.acquittal_nouns and lex.verdict_verbs.get(phrasal) == "upheld":
                outcome = "acquitted"
            elif lemma in lex.acquittal_nouns and lex.verdict_verbs.get(phrasal) == "sentenced":
                # "ordered the acquittal of X", "announced X's acquittal": the decision given
                # is the acquittal itself (a request for it, "sought the acquittal", is none)
                outcome = "acquitted"
            elif lemma in lex.appeal_nouns and phrasal in lex.appeal_verbs:
                # an appeal dismissed: the appellant's conviction stands; allowed: it falls.
                # An appeal against an acquittal is the prosecution's: the _embedding_outcome
                # of "the appeal against the decision to acquit" reads it.
                if self._against_acquittal(noun):
                    continue
                outcome = lex.appeal_verbs[phrasal]
            elif bail and verb.lemma_.lower() in lex.bail_verbs:
                outcome = "bail"
            elif bail and phrasal in lex.bail_refusal_verbs and not self._before_arrest(noun):
                # bail refused or cancelled: kept in custody; not bail before arrest refused
                # ("rejected the anticipatory bail plea of X"), which keeps no one anywhere
                outcome = "remanded"
            elif lemma in lex.remand_nouns and verb.lemma_.lower() in lex.remand_verbs:
                outcome = "remanded"  # "granted a seven-day physical remand of X"
            elif self._custody_of_the_law(verb, noun):
                outcome = "remanded"  # "the court extended by 12 days the custody of X"
            elif (extended := self._extended_custody(verb, noun)) is not None:
                outcome = "remanded"  # "granted police a 10-day extension of custody"
            if outcome is None:
                continue
            draft = Draft("ruling", verb, outcome)
            owners = self._owners(noun) or self._case_owners(verb, noun)  # "in his case"
            if extended is not None and extended.i != noun.i:
                owners += self._owners(extended)  # "an extension of his custody"
            # "upheld the verdict of the Kailali District Court, which had sentenced X": a
            # court's verdict is not on the court - it is on whom that court ruled
            courts = [n for n in owners if self._a_court(n)]
            owners = [n for n in owners if n not in courts]
            owners += self._ruled_by_owner(noun) if courts else []
            if lemma in lex.appeal_nouns:
                # "the appeal filed by X and Y": the appellants, if people ("appeals filed
                # by the Sindh government" are the prosecution's)
                owners += [n for n in self._makers(noun) if self._is_person(n)]
            # "the appeal of his co-accused, X": a person in apposition to a verdict or an
            # appeal, which no person is, is its owner's name hung on the wrong noun
            owners += [n for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                       for n in self._names(c) if self._is_person(n)]  # fmt: skip
            if not owners and noun.tag_ == "NN" and any(c.lower_ == "the" for c in noun.children):
                # "X was convicted in 2026, but the High Court set aside the conviction": the
                # one the clause before ruled on; "The sentence was overturned": the one
                # sentence of the accused followed
                owners = self._ruled_on_before(verb) or self._anaphor(noun, plural=False)
                owners = owners or self._the_convict(noun)  # the one of several convicted
            draft.add(owners, "accused")
            draft.add(self._recipients(verb), "accused")
            if self._bail_again(verb, noun):  # "... but cancelled it": whom it was granted to
                draft.add(self._recipients(verb.head), "accused")
            if lemma in lex.ruling_nouns:  # "a verdict of not guilty for X"
                draft.add(self._verdict_of_for(noun), "accused")
            if (outcome in _FOR_WHOM and (lemma in lex.verdict_nouns or ordered)) or bail:
                # "a life sentence for X", "bail was refused for X", "confirmed ... and the
                # eight-year term for Y"
                draft.add(self._sentenced_for(verb, noun), "accused")
            if noun.dep_ != "nsubjpass":  # "X was granted bail", "X was given life imprisonment"
                draft.add(self._names_of_children(verb, PASSIVE_SUBJECTS), "accused")
                draft.add(self._shared_passive_subject(verb), "accused")
            draft.add(self._agents(verb) if noun.dep_ != "nsubjpass" else [], "court")
            draft.unnamed_plural = not self._accused_in(draft) and (
                noun.tag_ in ("NNS", "NNPS")  # "overturned the sentences handed down by the ATC"
                or any(self._plural_anaphor(t) for t in self._recipient_tokens(verb))
                # "extended the custody of three persons arrested on ..."
                or (
                    outcome == "remanded"
                    and any(self._counted(o) for o in prep_objects(noun, ("of",)))
                )
            )
            if draft.unnamed_plural and outcome in REVERSED and self._told_before(noun):
                # "..., overturning the ATC sentences" after the report told who was
                # sentenced: their sentences, not a group still to be named
                draft.add(self._sentences_told(noun), "accused")
                draft.unnamed_plural = False
            if not self._accused_in(draft) and not draft.unnamed_plural:
                draft.add(self._name_after(verb, self._passable(noun)), "accused")
            remand = lemma in lex.remand_nouns or extended is not None
            if outcome == "remanded" and remand and not self._accused_in(draft):
                # "granted police five days' physical remand": whom the police brought
                draft.unnamed_plural = False
                by_court = any(r == "court" for r, _ in draft.parties.values())
                draft.add(self._followed_held(verb, noun, by_court), "accused")
            out.append(draft)
        # "released on bail", "sent on physical remand", "sent to judicial custody"; "sent
        # to jail for 14 days on judicial remand", the "on" phrase hung on the term or place
        heads = [verb, *prep_objects(verb, ("for", "to"))]
        # "sent X to jail on judicial remand" parsed with "to jail" as an infinitive clause
        heads += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and self._a_prison(c)
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
        preps = [  # "to" may be parsed as the dative ("was sent to police custody")
            c for h in heads for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to")
        ]  # fmt: skip
        preps += [p for p in self._remand_hung_below(verb) if p not in preps]
        for prep in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                pobj = surety_object(pobj, lex.bail_nouns)  # "on bond pending trial"
                lemma = pobj.lemma_.lower()
                released = lemma in lex.bail_nouns or pobj.lower_ in lex.release_terms
                if released and verb.lemma_.lower() in lex.bail_verbs:
                    outcome = "bail"
                elif on_probation(verb, pobj, lex):  # "placed on probation for three years"
                    outcome = "sentenced"
                elif lemma in lex.remand_nouns and verb.lemma_.lower() in lex.remand_verbs:
                    outcome = "remanded"
                elif (
                    lemma in lex.custody_nouns
                    and prep.lower_ == "to"
                    and verb.lemma_.lower() in lex.remand_verbs
                    and not any(self._custody_owner(c) for c in pobj.children)
                ):
                    # "sent to judicial custody for 14 days": a court's remand; not someone's
                    # custody ("handed to the custody of her aunt", "to his mother's
                    # custody"); custody one is taken into is an arrest (``Doers``)
                    outcome = "remanded"
                else:
                    continue
                draft = Draft("ruling", verb, outcome)
                held = self._patients(verb) or self._sent_too(verb)
                draft.add(held or self._count_hung_on_length(verb), "accused")  # "both over"
                # "handed over three suspects ... on physical remand": a group the next
                # sentences may name
                sent = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
                draft.unnamed_plural = not self._accused_in(draft) and any(
                    self._counted(c) for c in sent
                )
                out.append(draft)
        return out

    def _ruled_by_owner(self, noun: Token) -> list[Named]:
        """Whom the court that owns a verdict noun ruled on, as its relative clause tells
        ("the verdict of the district court, which had sentenced X to life": X)."""
        lex = self.lex
        courts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        clauses = [c for o in courts for c in o.children if c.dep_ == "relcl"
                   and c.lemma_.lower() in lex.ruling_verbs]  # fmt: skip
        return [n for c in clauses for n in self._names_of_children(c, frozenset({"dobj"}))
                if not self._a_court(n)]  # fmt: skip

    def _before_arrest(self, noun: Token) -> bool:
        """Whether bail (or a plea for it) is asked before any arrest: "anticipatory bail",
        "pre-arrest bail", "his anticipatory bail plea" (``pre_arrest_words`` before it in
        its phrase, as written: the tagger splits "pre-arrest")."""
        phrase = self.doc[noun.left_edge.i : noun.i + 1].text.lower().split()
        return any(w in self.lex.pre_arrest_words for w in phrase)

    def _appeal_ended(self, verb: Token, appeal: Token, outcome: str) -> list[Draft]:
        """ "X lost his appeal" (upheld), "X won an appeal against his conviction"
        (overturned): the appellant is the subject of a verb of the appellant's side (or the
        appeal's owner); an appeal against an acquittal is the prosecution's."""
        if self._against_acquittal(appeal):
            return []
        draft = Draft("ruling", verb, outcome)
        draft.add([n for n in self._agents(verb) if self._is_person(n)], "accused")
        if not self._accused_in(draft):
            draft.add([n for n in self._owners(appeal) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _case_ended(self, verb: Token, case: Token, outcome: str) -> list[Draft]:
        """ "dismissed the charges against X", "the case against X was thrown out": a court
        ends the case before a verdict, on whom the charge or case is against (never its
        owner: "dismissed X's case" may be X's own petition)."""
        if self._none_brought(case):
            return []
        draft = Draft("ruling", verb, outcome)
        against = [c for h in (case, verb) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "against"]  # fmt: skip
        draft.add([n for p in against for n in self._pobj_names(p)], "accused")
        if not against and self._the_one_case(case):
            # "withdrew the charges against X ... A magistrate then terminated the case": the
            # one case of the accused the report follows
            draft.add(self._anaphor(case, plural=False), "accused")
        draft.add(self._agents(verb) if case.dep_ != "nsubjpass" else [], "court")
        return [draft] if self._accused_in(draft) else []

    @staticmethod
    def _the_one_case(case: Token) -> bool:
        """Whether a case noun is "the case" and nothing more: singular, definite, with no
        owner or phrase of its own ("X's case", "the case of Y" may be anyone's petition)."""
        return (
            case.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in case.children)
            and not any(c.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl")
                        for c in case.children)
        )  # fmt: skip

    def _ruled_on_before(self, verb: Token) -> list[Named]:
        """Whom the clause a verb is conjoined to rules on, when that clause is a ruling
        verb's ("X was convicted in 2026, but the court set aside the conviction")."""
        head = verb.head
        if verb.dep_ != "conj" or head.lemma_.lower() not in self.lex.ruling_verbs:
            return []
        return [n for n in self._patients(head) if self._is_person(n)]

    def _shared_passive_subject(self, verb: Token) -> list[Named]:
        """ "X was spared jail and given a suspended sentence": a past participle conjoined
        to a passive, with no subject of its own, shares the passive's subject (its object
        is what X was given, so the passive's own reading of a bare conjunct misses it)."""
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or not self._passive(verb.head):
            return []
        if any(c.dep_ in (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children):
            return []
        return self._names_of_children(verb.head, PASSIVE_SUBJECTS)

    def _sentenced_for(self, verb: Token, noun: Token) -> list[Named]:
        """ "handed down a life sentence for X": whom a sentence is "for", when the "for"
        phrase names a person itself - not what it is for ("a sentence for the murder of X",
        whose X is the victim)."""
        preps = [
            c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
        ]
        return [
            n for p in preps for o in p.children
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "PRON")
            for n in self._names(o) if self._is_person(n)
        ]  # fmt: skip

    def _verdict_of_for(self, decision: Token) -> list[Named]:
        """ "a verdict of not guilty for X", "a verdict of not proven against X": the parser
        hangs the "for" or "against" phrase on the verdict's word in its "of" phrase, not on
        the verdict; the person it names is whom the verdict is on."""
        ofs = [c for c in decision.children if c.dep_ == "prep" and c.lower_ == "of"]
        words = [w for o in ofs for w in o.children if w.dep_ in ("amod", "acomp", "pcomp")]
        if not words:
            return []
        preps = [p for w in words for p in w.children
                 if p.dep_ == "prep" and p.lower_ in ("for", "against")]  # fmt: skip
        if decision.dep_ == "dobj":  # "returned a verdict of guilty on Friday against X"
            verb = decision.head
            preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"]
        return [n for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                for n in self._names(o) if self._is_person(n)]  # fmt: skip

    def _told_before(self, noun: Token) -> bool:
        """Whether a plural verdict noun with no owner and no count ("the sentences", "the
        ATC sentences", not "two sentences") stands for sentences the report has told: two
        or more people sentenced or convicted before it."""
        counted = any(c.dep_ == "nummod" for c in noun.children)
        return not counted and len(self.sentenced) >= 2

    def _sentences_told(self, noun: Token) -> list[Named]:
        """Whom the sentences told before were given to, marked at the verdict noun and
        resolved (a name the sentence describes as someone else is never taken)."""
        end = noun.idx + len(noun.text)
        return [Named(n.name, noun.idx, end, n.members, resolved=True)
                for n in self.sentenced.values()]  # fmt: skip

    def _verdict_content(self, decision: Token) -> str | None:
        """What a verdict or judgment says, from its own words: "a guilty verdict"
        (convicted), "a not guilty verdict" (acquitted); also in an "of" phrase, the
        British and Irish order ("a majority verdict of guilty against X", "verdicts of not
        guilty for X"), where the parser hangs the adjective on "of" itself. None when they
        do not say."""
        ofs = [c for c in decision.children if c.dep_ == "prep" and c.lower_ == "of"]
        words = [(w, decision) for w in decision.children if w.dep_ in ("amod", "compound")]
        content = ("amod", "pobj", "acomp", "pcomp")  # "of guilty", "of not proven"
        words += [(w, o) for o in ofs for w in o.children if w.dep_ in content]
        for word, holder in words:
            outcome = self.lex.verdict_adjectives.get(word.lower_)
            if outcome is not None:
                # the parse hangs "not" on the adjective or on the noun (or "of") itself
                if any(c.dep_ == "neg" for c in [*word.children, *holder.children]):
                    return REVERSED.get(outcome, outcome)
                return outcome
        return None

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
                   or act_of(self.doc[p.left_edge.i : p.right_edge.i + 1].text)]  # fmt: skip
        grounds = [p for p in prep_objects(verb, ("for", "on"))
                   if p.lemma_.lower() in lex.clearing_grounds]  # fmt: skip
        tried = bool(cleared_of) and self._names_trial(verb.sent)
        if not (charges or grounds or tried or by_a_court):
            return []
        draft = Draft("ruling", verb, "acquitted")
        draft.add(self._patients(verb), "accused")
        draft.add(self._agents(verb), "court")
        return [draft]

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
        head = verb
        while head.dep_ in ("advcl", "conj", "xcomp") and head.head is not head:
            head = head.head
            subjects = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
            if subjects and verb.dep_ == "advcl":
                return [n._replace(resolved=True) for s in subjects for n in self._names(s)]
        return []

    def _against_acquittal(self, appeal: Token) -> bool:
        """ "the appeal against the acquittal of X", "against the decision to acquit X"."""
        return any(
            t.lemma_.lower() in self.lex.acquittal_nouns
            or self.lex.ruling_verbs.get(t.lemma_.lower()) == "acquitted"
            for c in appeal.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for t in c.subtree
        )

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

    def _framed(self, verb: Token) -> list[Draft]:
        """ "framed charges against X", "registered a case against X"."""
        out: list[Draft] = []
        for noun in verb.children:
            if noun.dep_ in ("dobj", "nsubjpass") and self._names_charge(noun):
                if self._none_brought(noun):
                    continue  # "police filed no charges against X"
                draft = Draft("charge", verb, "charged")
                # "framed charges of murder against X": the parser may hang the "against"
                # phrase on the offence the charge noun's "of" names
                offences = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]  # fmt: skip
                for prep in (c for n in (noun, *offences) for c in n.children):
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                out.append(draft)
        return out

    def _names_charge(self, noun: Token) -> bool:
        """A charge or case noun, or a paper named by one: "the charges", "a case", "a
        charge sheet", "the case file" (a charge noun as its compound)."""
        nouns = self.lex.charge_nouns
        compounds = (c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
        return noun.lemma_.lower() in nouns or any(c in nouns for c in compounds)

    def _none_brought(self, noun: Token) -> bool:
        """Whether a charge or case noun says none was brought: "no charges", "neither
        case" (its determiner a negative word of the lexicon)."""
        return any(c.dep_ == "det" and c.lower_ in self.lex.negative_words for c in noun.children)

    def _declares_absconder(self, verb: Token) -> bool:
        return any(
            t.lemma_.lower() in self.lex.absconder_nouns
            for c in verb.children
            if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp", "acomp")
            for t in c.subtree
        )

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
