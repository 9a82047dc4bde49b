"""Rulings read from a verb and the noun it governs: a verdict upheld or set aside, bail and
remand, an appeal dismissed or allowed, a case thrown out.

``Rulings`` adds to ``Descriptions`` what a ruling verb says of its object: the outcome, the
accused it rules on (the owner of the sentence or appeal, a recipient, a lost object) and the
court. Custody, remand and bail are read by ``Custody``, sentences told by their term, fine
or prison by ``Punishments``, findings told without a verdict noun ("found guilty", "cleared
of", a higher court's word on an earlier decision) by ``Findings``, charges framed and
absconders declared by ``ChargesFramed``, appeals lost or won and cases thrown out by
``EndedCases``, and what every ruling reading asks (is it a court's, whom does it rule on) by
``Courts``, which they build on.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.claims.bail_asked import bail_asker_verb, bail_of_which, offered_in_asking
from corroborate.nlp.claims.bail_clause import bail_read_as_clause
from corroborate.nlp.claims.bail_terms import for_phrases_on_terms
from corroborate.nlp.claims.case_owners import CaseOwners
from corroborate.nlp.claims.court_placed import placed_in_custody
from corroborate.nlp.claims.court_supervision import placed_under
from corroborate.nlp.claims.custody import Custody
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.ended_cases import EndedCases
from corroborate.nlp.claims.findings import REVERSED, Findings
from corroborate.nlp.claims.judicial_places import custody_owner, judicial_place
from corroborate.nlp.claims.lessened import conviction_fell
from corroborate.nlp.claims.noncustodial import on_probation, sentence_order
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.party_told import told_by_a_party
from corroborate.nlp.claims.pending import surety_objects
from corroborate.nlp.claims.plea_told import bail_plea_told
from corroborate.nlp.claims.pre_arrest_bail import before_arrest
from corroborate.nlp.claims.punishments import Punishments
from corroborate.nlp.claims.release_nouns import release_on_bail, stated_condition
from corroborate.nlp.claims.retained_objects import retained_grant
from corroborate.nlp.claims.the_convict import TheConvict
from corroborate.nlp.claims.verdict_clauses import decided_against, given_in_clause
from corroborate.nlp.claims.verdicts_listed import verdicts_hung_on_names
from corroborate.nlp.claims.which_thing import thing_of_which
from corroborate.nlp.claims.whose_owner import whose_antecedent
from corroborate.nlp.grammar import had_done, prep_objects, to_infinitive

__all__ = ["REVERSED", "Rulings"]

# The outcomes of a verdict noun whose "for" phrase may name whom it is on: a sentence given,
# kept or set aside ("the eight-year term for X")
_FOR_WHOM = frozenset({"sentenced", "upheld", "overturned"})
# The outcomes a verdict's own words tell ("not guilty verdicts", "a verdict of guilty").
_TOLD_VERDICTS = frozenset({"convicted", "acquitted"})


class Rulings(EndedCases, Findings, Custody, Punishments, CaseOwners, TheConvict):
    """What a court did, read from its verb and the verdict or appeal noun it governs."""

    def _verdicts(self, verb: Token, phrasal: str) -> list[Draft]:
        lex = self.lex
        out: list[Draft] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        objects = [thing_of_which(o) or o for o in objects]  # "the petition of X, which it ..."
        objects = [bail_of_which(o, lex) or o for o in objects]  # "applied for bail, which ..."
        if had_done(verb):  # "had his conviction overturned", "had his interim bail confirmed"
            objects += [c for c in verb.children if c.dep_ == "nsubj"]
        # a verdict described by its appeal ("his conviction overturned"; a headline-like
        # "X overturned sentences" parsed as a modifier), not by its first award ("the
        # sentences awarded to X", which tells an earlier ruling)
        if verb.dep_ in ("acl", "amod") and lex.verdict_verbs.get(phrasal) != "sentenced":
            objects.append(verb.head)
        # "set aside death and other sentences" with "sentences" hung on the verb as a conjunct
        objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        objects = [t for o in objects for t in self._coordinated(o)]  # "death and other sentences"
        clause = bail_read_as_clause(verb, lex)  # "denied X bail", "bail" parsed as a verb
        objects += [clause[0]] if clause is not None else []
        # "confirmed the death sentence of X and the life term of Y": "term" hung on X
        objects += [v for o in objects if o.lemma_.lower() in lex.verdict_nouns
                    for v in verdicts_hung_on_names(o, lex.verdict_nouns)]  # fmt: skip
        for noun in objects:
            # "granted a seven-day remand order": the order is the remand it names
            lemma = _remand_named(noun, verb, lex) or noun.lemma_.lower()
            outcome: str | None = None
            extended: Token | None = None
            police_kept = False
            bail = self._asks_bail(noun) or self._bail_again(verb, noun)
            # "approved X's release on bail", "ordered the release of X on bail"
            freed = release_on_bail(verb, noun, lex)
            bail = bail or freed
            if lemma in lex.appeal_nouns and phrasal in lex.appellant_verbs:
                out.extend(self._appeal_ended(verb, noun, lex.appellant_verbs[phrasal]))
                continue
            if lemma in lex.charge_nouns and phrasal in lex.case_ending_verbs:
                out.extend(self._case_ended(verb, noun, lex.case_ending_verbs[phrasal]))
                continue
            ordered = sentence_order(noun, lex)  # "a community corrections order"
            # "confirmed the first-instance ruling against X": a decision kept, a verdict
            against = decided_against(noun, lex.verdict_verbs.get(phrasal), lex)
            if (lemma in lex.verdict_nouns or ordered or against) and phrasal in lex.verdict_verbs:
                outcome = lex.verdict_verbs[phrasal]
                if outcome == "upheld" and conviction_fell(verb, lex):
                    outcome = "overturned"  # "commuted ..., since the charges were not proven"
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
            elif bail and verb.lemma_.lower() in lex.bail_verbs and offered_in_asking(verb, lex):
                continue  # "applied for bail, offering a surety": the asker's offer
            elif bail and (
                verb.lemma_.lower() in lex.bail_verbs or freed or phrasal in lex.bail_setting_verbs
            ):  # ("set bail at $25,000 for X": its amount fixed, as US courts grant it)
                # "offered no bail", "was granted no bail": bail withheld, as if refused - kept
                # in custody ("no objection to bail" leaves the bail noun its own)
                withheld = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                outcome = "remanded" if withheld else "bail"
            elif bail and phrasal in lex.bail_refusal_verbs and not before_arrest(noun, lex):
                # bail refused or cancelled: kept in custody; not bail before arrest refused
                # ("rejected the anticipatory bail plea of X"), which keeps no one anywhere
                outcome = "remanded"
            elif (
                phrasal in lex.bail_refusal_verbs
                and bail_plea_told(noun, lex)
                and not before_arrest(noun, lex)
            ):
                outcome = "remanded"  # "... the bail petition of X. The plea of Y was dismissed"
            elif lemma in lex.remand_nouns and verb.lemma_.lower() in lex.remand_verbs:
                outcome = "remanded"  # "granted a seven-day physical remand of X"
            elif self._custody_of_the_law(verb, noun):
                outcome = "remanded"  # "the court extended by 12 days the custody of X"
            elif (extended := self._extended_custody(verb, noun)) is not None:
                outcome = "remanded"  # "granted police a 10-day extension of custody"
            elif police_kept := self._custody_to_custodians(verb, noun):
                outcome = "remanded"  # "the magistrate granted police custody for a week"
            if outcome is None:
                continue
            if phrasal in lex.verdict_verbs and told_by_a_party(verb, lex):
                continue  # "the prosecutor confirmed the verdict": told, not ruled
            draft = Draft("ruling", verb, outcome)
            owners = self._owners(noun) or self._case_owners(verb, noun)  # "in his case"
            # "upheld the five-year term and fine awarded to X": the last conjunct's owner
            owners = owners or self._conjuncts_owners(noun)
            # "the sentence the court had given X, 53": the clause's object is its recipient
            owners = owners or [n for t in given_in_clause(noun, lex) for n in self._names(t)]
            if not owners and (whose := whose_antecedent(noun)) is not None:
                owners = [n for n in self._names(whose) if self._is_person(n)]  # "X, whose ..."
            if not owners and lemma in lex.conviction_nouns:
                # "set aside the convictions of X" with X's name typed a place: only people
                # are convicted, as only they are acquitted (``Verbs._places_ruled_on``);
                # not any verdict ("upheld the judgment of Lahore": a court's)
                owners = [n for o in prep_objects(noun, ("of",)) for t in self._coordinated(o)
                          if t.i in self.places and (n := self._place_as_person(t))]  # fmt: skip
            if bail and verb.dep_ == "relcl" and verb.head.i == noun.i:
                owners = owners or self._bail_asker(noun)  # "X applied for bail, which ..."
            if extended is not None and extended.i != noun.i:
                # "an extension of his custody"; not "of custody to the DRI": the DRI holds
                owners += self._held_not_holders(verb, noun, self._owners(extended), extended)
            # "upheld the verdict of the Kailali District Court, which had sentenced X": a
            # court's verdict is not on the court - it is on whom that court ruled
            courts = [n for n in owners if self._a_court(n)]
            owners = [n for n in owners if n not in courts]
            owners += self._ruled_by_owner(noun) if courts else []
            owners += [n for t in against for n in self._names(t)
                       if self._is_person(n) and n not in owners]  # fmt: skip
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
            # ("granted the CIB a custody extension": the agency a remand is granted to is
            # never the one held - ``given_to_custodians``, in ``_recipients``; a body by its
            # own name given a remand or custody extension holds too, ``_holding_body``)
            draft.add(self._held_not_holders(verb, noun, self._recipients(verb)), "accused")
            if clause is not None and noun.i == clause[0].i:  # "denied X bail": X
                draft.add([n for t in clause[1] for n in self._names(t)], "accused")
            if self._bail_again(verb, noun):  # "... but cancelled it": whom it was granted to
                draft.add(self._recipients(verb.head), "accused")
            if lemma in lex.ruling_nouns:  # "a verdict of not guilty for X"
                draft.add(self._verdict_of_for(noun), "accused")
            if lemma in lex.ruling_nouns and outcome in _TOLD_VERDICTS:
                # "X walked free after the jury returned not guilty verdicts": a verdict that
                # says what it found but names no one, in a clause of when or why, is on the
                # one the clause above it tells of (not a judge or court there)
                above = [] if self._accused_in(draft) else self._subject_above(verb)
                draft.add([n for n in above if self._is_person(n) and not self._a_court(n)],
                          "accused")  # fmt: skip
            # "five days' remand for X and three days for the garage owner": whom it holds
            held_for = outcome == "remanded" and lemma in lex.remand_nouns
            if (outcome in _FOR_WHOM and (lemma in lex.verdict_nouns or ordered)) or bail:
                # "a life sentence for X", "bail was refused for X", "confirmed ... and the
                # eight-year term for Y"
                draft.add(self._sentenced_for(verb, noun), "accused")
            elif held_for:
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
                    and any(self._counted(o) or _bare_count(o) for o in prep_objects(noun, ("of",)))
                )
            )
            if draft.unnamed_plural and outcome in REVERSED and self._told_before(noun):
                # "..., overturning the ATC sentences" after the report told who was
                # sentenced: their sentences, not a group still to be named
                draft.add(self._sentences_told(noun), "accused")
                draft.unnamed_plural = False
            if not self._accused_in(draft) and not draft.unnamed_plural:
                after = self._name_after(verb, self._passable(noun))
                draft.add(self._held_not_holders(verb, noun, after), "accused")
            remand = lemma in lex.remand_nouns or extended is not None or police_kept
            if outcome == "remanded" and remand and not self._accused_in(draft):
                # "granted police five days' physical remand": whom the police brought
                draft.unnamed_plural = False
                by_court = any(r == "court" for r, _ in draft.parties.values())
                draft.add(self._followed_held(verb, noun, by_court), "accused")
            out.append(draft)
        # "released on bail", "sent on physical remand", "sent to judicial custody"; "sent
        # to jail for 14 days on judicial remand", the "on" phrase hung on the term or place
        heads = [verb, *prep_objects(verb, ("for", "to"))]
        # "sent him back to judicial custody": the parser hangs "to" on the adverb "back"
        heads += [c for c in verb.children
                  if c.dep_ in ("advmod", "prt") and c.pos_ in ("ADV", "ADP")
                  and not any(g.dep_ == "pobj" for g in c.children)]  # fmt: skip
        # "sent X to jail on judicial remand" parsed with "to jail" as an infinitive clause
        heads += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and self._a_prison(c)
                  and to_infinitive(c)]  # fmt: skip
        preps = [  # "to" may be parsed as the dative ("was sent to police custody")
            c for h in heads for c in h.children
            if c.dep_ in ("prep", "dative")
            and (c.lower_ in ("on", "to", "in", "under") or c.lower_ in lex.surety_prepositions)
        ]  # fmt: skip
        preps += [p for p in self._remand_hung_below(verb) if p not in preps]
        # "placed X in pre-trial detention": the parser may hang the "in" phrase on X - or,
        # after a list of objects, on its last ("placed X, 61, and his son Y, 33, under
        # judicial supervision")
        placed = [o for o in verb.children if o.dep_ == "dobj"]
        placed += [c for o in placed for a in (o, *_appositions(o)) for c in a.conjuncts]
        preps += [c for o in placed for c in o.children if c.dep_ == "prep"
                  and (c.lower_ == "in" or c.lower_ == "under" and o.dep_ == "conj")
                  and c not in preps]  # fmt: skip
        for prep in preps:
            for pobj in surety_objects(prep, lex):  # "on bond pending trial"
                lemma = pobj.lemma_.lower()
                if prep.lower_ in lex.surety_prepositions and lemma not in lex.bail_nouns:
                    continue  # "released against surety bonds", never "against his will"
                released = lemma in lex.bail_nouns or pobj.lower_ in lex.release_terms
                # "released on condition that he report weekly", but not from hospital
                stated = stated_condition(pobj, lex) and not self._freed_from_elsewhere(verb)
                released = released or stated
                if prep.lower_ == "under":  # "placed under judicial control", "house arrest"
                    under = placed_under(verb, prep, pobj, lex, self._by_a_court)
                    if under is None:
                        continue
                    outcome = under
                elif prep.lower_ == "in":  # (only custody a court places someone in)
                    if not placed_in_custody(verb, prep, pobj, lex, self._by_a_court):
                        continue
                    outcome = "remanded"  # "the judge placed him in pre-trial detention"
                elif released and verb.lemma_.lower() in lex.bail_verbs:
                    outcome = "bail"
                elif on_probation(verb, pobj, lex):  # "placed on probation for three years"
                    outcome = "sentenced"
                elif lemma in lex.remand_nouns and verb.lemma_.lower() in lex.remand_verbs:
                    outcome = "remanded"
                elif (
                    (lemma in lex.custody_nouns or judicial_place(pobj, lex))
                    and prep.lower_ == "to"
                    and verb.lemma_.lower() in lex.remand_verbs
                    and not any(custody_owner(c) for c in pobj.children)
                ):
                    # "sent to judicial custody for 14 days", "sent back to the judicial
                    # lock-up" (``judicial_place``): a court's remand; not someone's
                    # custody ("handed to the custody of her aunt", "to his mother's
                    # custody"); custody one is taken into is an arrest (``Doers``)
                    outcome = "remanded"
                else:
                    continue
                draft = Draft("ruling", verb, outcome)
                held = self._patients(verb) or self._sent_too(verb) or self._rest_sent(verb)
                draft.add(held or self._count_hung_on_length(verb), "accused")  # "both over"
                # "handed over three suspects ... on physical remand": a group the next
                # sentences may name
                sent = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
                if not sent and verb.dep_ == "conj" and self._passive(verb.head):
                    # "two men were arrested and have been released on bail": the conjunct
                    # with no subject of its own holds the passive's group
                    own = (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS)
                    if not any(c.dep_ in own for c in verb.children):
                        sent = [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS]
                draft.unnamed_plural = not self._accused_in(draft) and any(
                    self._counted(c) for c in sent
                )
                out.append(draft)
        return out

    def _bail_asker(self, noun: Token) -> list[Named]:
        """Who asked for the bail a relative clause grants: the person subject of the verb
        whose "for" phrase holds it ("X moved the court for bail, which was granted")."""
        asking = bail_asker_verb(noun)
        if asking is None:
            return []
        subjects = self._names_of_children(asking, ACTIVE_SUBJECTS)
        return [n for n in subjects if self._is_person(n) and not self._a_court(n)]

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
        # (or the past tense the tagger made of one that keeps a grant as its object: "X
        # was produced before the magistrate and granted bail", ``retained_objects``)
        if verb.dep_ != "conj" or (verb.tag_ != "VBN" and not retained_grant(verb)):
            return []
        if any(c.dep_ in (*ACTIVE_SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children):
            return []
        if self._passive(verb.head):
            return self._names_of_children(verb.head, PASSIVE_SUBJECTS)
        if self._passive(verb) and self._shares_subject(verb):
            # "X surrendered at the station and was granted bail": a passive with its own
            # auxiliary shares the subject of an active first conjunct, as "X appealed and
            # was acquitted" does (``_patients``)
            return self._names_of_children(verb.head, ACTIVE_SUBJECTS)
        return []

    def _sentenced_for(self, verb: Token, noun: Token) -> list[Named]:
        """ "handed down a life sentence for X": whom a sentence is "for", when the "for"
        phrase names a person itself, or the group the report follows ("continued bail for
        both men") - not what it is for ("a sentence for the murder of X", whose X is the
        victim)."""
        preps = [
            c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
        ]
        if self._asks_bail(noun):
            preps += for_phrases_on_terms(verb, noun)  # "set bail at $25,000 unsecured for X"
        return [
            n for p in preps for o in p.children
            if o.dep_ == "pobj" and (o.pos_ in ("PROPN", "PRON") or self._plural_anaphor(o)
                                     or self._description_told(o) is not None)
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


def _bare_count(word: Token) -> bool:
    """Whether a number stands alone for a group of two or more with "the" or "all" ("the
    detention of the three", "the custody of all four"): people the report counts, whom a
    later sentence may name ("Police identified them as X, Y and Z")."""
    if word.pos_ != "NUM" or not any(v >= 2 for v in number_values([word])):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in word.children)


def _appositions(noun: Token) -> list[Token]:
    """The appositions of a noun ("X, 44, a bank clerk"), on whose last the parser may hang
    the list's next item ("..., and her cousin Y")."""
    return [c for c in noun.children if c.dep_ == "appos"]


def _remand_named(noun: Token, verb: Token, lex: LegalLexicon) -> str | None:
    """The remand noun a remand verb's object names as its compound ("granted a seven-day
    remand order", "extended the remand period"): the object is that remand, read as the
    remand noun itself. None for any other noun, or a verb that grants no remand ("sought
    a remand order": the request verbs are no remand verbs)."""
    if verb.lemma_.lower() not in lex.remand_verbs or noun.lemma_.lower() in lex.remand_nouns:
        return None
    told = [
        c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in lex.remand_nouns
    ]
    return told[0].lemma_.lower() if told else None
