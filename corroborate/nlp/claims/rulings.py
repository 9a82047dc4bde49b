"""Rulings read from a verb: a verdict upheld or set aside, bail and remand, an appeal
dismissed or allowed, charges framed, a finding of guilt, an absconder declared.

``Rulings`` adds to ``Descriptions`` what a ruling verb says of its object: the outcome, the
accused it rules on (the owner of the sentence or appeal, a recipient, a lost object) and the
court; a higher court's word on an earlier decision turns that decision's outcome.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp import names
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.terms import a_term
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects

__all__ = ["REVERSED", "Rulings"]


class Rulings(Descriptions):
    """What a court did, read from its verb and the verdict or appeal noun it governs."""

    def _verdicts(self, verb: Token, phrasal: str) -> list[Draft]:
        lex = self.lex
        out: list[Draft] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
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
        for noun in objects:
            lemma = noun.lemma_.lower()
            outcome: str | None = None
            bail = self._asks_bail(noun) or self._bail_again(verb, noun)
            if lemma in lex.appeal_nouns and phrasal in lex.appellant_verbs:
                out.extend(self._appeal_ended(verb, noun, lex.appellant_verbs[phrasal]))
                continue
            if lemma in lex.charge_nouns and phrasal in lex.case_ending_verbs:
                out.extend(self._case_ended(verb, noun, lex.case_ending_verbs[phrasal]))
                continue
            if lemma in lex.verdict_nouns and phrasal in lex.verdict_verbs:
                outcome = lex.verdict_verbs[phrasal]
                if outcome == "sentenced" and lemma in lex.ruling_nouns:
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
            if outcome is None:
                continue
            draft = Draft("ruling", verb, outcome)
            owners = self._owners(noun)
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
            draft.add(owners, "accused")
            draft.add(self._recipients(verb), "accused")
            if self._bail_again(verb, noun):  # "... but cancelled it": whom it was granted to
                draft.add(self._recipients(verb.head), "accused")
            if (outcome == "sentenced" and lemma in lex.verdict_nouns) or bail:
                # "a life sentence for X", "bail was refused for X"
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
                lemma = pobj.lemma_.lower()
                released = lemma in lex.bail_nouns or pobj.lower_ in lex.release_terms
                if released and verb.lemma_.lower() in lex.bail_verbs:
                    outcome = "bail"
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
                draft.add(self._patients(verb) or self._sent_too(verb), "accused")
                # "handed over three suspects ... on physical remand": a group the next
                # sentences may name
                sent = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
                draft.unnamed_plural = not self._accused_in(draft) and any(
                    self._counted(c) for c in sent
                )
                out.append(draft)
        return out

    def _remand_hung_below(self, verb: Token) -> list[Token]:
        """An "on remand" phrase the parser hung deep in the verb's object phrase: "handed
        over three suspects allegedly involved in the kidnapping of a schoolboy from X to
        the police on physical remand for 14 days" (hung on "police", itself on
        "schoolboy"). Only a remand verb's, and only through nouns, prepositions and
        participles - never through a clause with a subject or a clause of its own (the
        man "who is on remand in another case" is not sent on it here)."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.remand_verbs:
            return []
        clauses = ("relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj")
        found = []
        for prep in verb.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.i == verb.i:
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if not any(o.lemma_.lower() in lex.remand_nouns for o in objects):
                continue
            path, head = [], prep.head
            while head.i != verb.i:
                path.append(head)
                head = head.head
            if any(t.dep_ in clauses or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                   for t in path):  # fmt: skip
                continue
            found.append(prep)
        return found

    def _custody_of_the_law(self, verb: Token, noun: Token) -> bool:
        """Whether a court's remand verb acts on someone's custody as the law's: "the court
        extended by 12 days the custody of three persons", "the magistrate extended the
        police custody of X" - custody (``custody_nouns``) of someone ("of" or a
        possessor) that a court (``_by_a_court``) grants, extends or hands over, to no one
        or to the police. Not custody a court gives to a parent ("granted custody of the
        children to their mother"): one handed to anyone but a custodial agent."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.custody_nouns:
            return False
        if verb.lemma_.lower() not in lex.remand_verbs or not self._by_a_court(verb):
            return False
        if not any(c.lower_ == "of" or c.dep_ == "poss" for c in noun.children):
            return False
        givers = [c for c in verb.children if c.dep_ == "dative"]
        givers += [o for h in (verb, noun) for o in prep_objects(h, ("to",))]
        return all(any(is_custodian(t) for t in g.subtree) for g in givers)

    @staticmethod
    def _custody_owner(child: Token) -> bool:
        """Whether a dependent of a custody noun says whose custody it is ("the custody of
        her aunt", "his mother's custody"); a length is no one's ("14 days' judicial
        custody")."""
        if child.lower_ == "of":
            return True
        return child.dep_ == "poss" and child.ent_type_ != "DATE"

    def _bail_again(self, verb: Token, noun: Token) -> bool:
        """ "granted bail to X, but cancelled it a week later": "it" the object of a
        conjunct whose first verb granted bail - that bail."""
        head = verb.head
        return (
            noun.lower_ == "it"
            and noun.dep_ == "dobj"
            and verb.dep_ == "conj"
            and any(c.dep_ == "dobj" and self._asks_bail(c) for c in head.children)
        )

    def _asks_bail(self, noun: Token) -> bool:
        """Whether a noun is bail or a request for it: "bail", "a surety"; "his bail plea",
        "the application for bail" (a request noun with bail as its compound or "for")."""
        lex = self.lex
        if noun.lemma_.lower() in lex.bail_nouns:
            return True
        if noun.lemma_.lower() not in lex.bail_request_nouns:
            return False
        asked = [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, ("for",))
        return any(t.lemma_.lower() in lex.bail_nouns for t in asked)

    def _a_court(self, named: Named) -> bool:
        """Whether a name is a court's ("the Durban High Court", "Supreme Court"): its last
        word a court's role noun."""
        return self.lex.names_a_court(names.words(named.name))

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

    def _term_awarded(self, verb: Token, phrasal: str) -> list[Draft]:
        """A sentence told by its term alone: "gave X 14 years", "X was given 14 years",
        "awarded X death", "handed him life" - a verb of awarding (``verdict_verbs``:
        sentenced) with a term (``awarded_terms``; years and months counted) and a person
        who receives it. Not time given to do something ("gave him two years to repay")."""
        lex = self.lex
        if lex.verdict_verbs.get(phrasal) != "sentenced":
            return []
        objects = ("dobj", "npadvmod", "nsubjpass", "attr")
        terms = [c for c in verb.children if c.dep_ in objects and a_term(c, lex)]
        if not terms:
            return []
        purposes = [c for h in (verb, *terms) for c in h.children
                    if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.tag_ == "VB"]  # fmt: skip
        if purposes:
            return []
        draft = Draft("ruling", verb, "sentenced")
        recipients = self._recipients(verb)
        if not any(t.dep_ == "nsubjpass" for t in terms):
            recipients += self._names_of_children(verb, PASSIVE_SUBJECTS)
        if not recipients and not any(t.dep_ == "dobj" for t in terms):
            # "handed him 24 years" parsed with the term as an adverb: the object, which
            # the term is not, is the one who receives it
            recipients = self._names_of_children(verb, frozenset({"dobj"}))
        if not recipients:
            # "awarded Shahid Bashir death", the recipient parsed as the term's compound
            recipients = [n for t in terms for c in t.children if c.dep_ == "compound"
                          and c.i < t.i for n in self._names(c)]  # fmt: skip
        draft.add([n for n in recipients if self._is_person(n)], "accused")
        if not self._passive(verb):
            draft.add(self._agents(verb), "court")
        return [draft] if self._accused_in(draft) else []

    def _served(self, verb: Token, lemma: str) -> list[Draft]:
        """A sentence told as the term to serve: "X was ordered to serve a minimum of 18
        years", "X must serve at least 20 years", "served ten years in prison" (sentenced). A
        counted term (or life) the verb takes, served because a court ordered it, because it
        must be, or in prison; time in an office ("served two years as mayor") is none."""
        lex = self.lex
        spending = lemma in lex.spending_verbs  # "will spend 20 years behind bars"
        if lemma not in lex.serving_verbs and not spending:
            return []
        # the term the verb takes, or one hung on its prison ("spend 20 years behind bars"
        # parsed with "years" on "behind")
        places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "behind")]
        held = [c for h in [verb, *places] for c in h.children if c.dep_ in ("dobj", "npadvmod")]
        terms = [t for c in held for t in c.subtree if a_term(t, lex)]
        ordered = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.ordering_verbs
        must = any(
            c.dep_ == "aux" and c.lower_ in lex.obligation_auxiliaries for c in verb.children
        )
        jailed = any(self._a_prison(o) for o in prep_objects(verb, ("in", "behind")))
        if not terms or not (ordered or must or jailed) or spending and not (must and jailed):
            return []
        draft = Draft("ruling", verb, "sentenced")
        draft.add(self._patients(verb.head) if ordered else self._agents(verb), "accused")
        return [draft] if self._accused_in(draft) else []

    def _ordered_to_pay(self, verb: Token, lemma: str) -> list[Draft]:
        """ "X was ordered to pay a fine of 500,000 shillings", "the judge ordered X to pay a
        2,000 euro fine": a penalty (``fine_nouns``) a court orders paid, a sentence; the
        one ordered to pay is the ordering verb's object or passive subject."""
        lex = self.lex
        if lemma not in lex.paying_verbs or verb.dep_ != "xcomp":
            return []
        if verb.head.lemma_.lower() not in lex.ordering_verbs:
            return []
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.fine_nouns for c in verb.children):
            return []
        draft = Draft("ruling", verb, "sentenced")
        draft.add([n for n in self._patients(verb.head) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _sent_too(self, verb: Token) -> list[Named]:
        """ "X and Y were produced before the magistrate and sent to judicial custody": a
        conjunct with no object of its own after a passive, tagged a past tense (its form is
        the participle's), shares the passive's subject - one sends someone, never nothing."""
        if verb.dep_ != "conj" or any(c.dep_ in ("dobj", *ACTIVE_SUBJECTS) for c in verb.children):
            return []
        first = verb.head
        while first.dep_ == "conj":
            first = first.head
        return self._names_of_children(first, PASSIVE_SUBJECTS) if self._passive(first) else []

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

    def _held_without_bail(self, verb: Token, lemma: str) -> list[Draft]:
        """ "X is being held without bail", "the judge ordered him held without bond": kept
        in custody with no release on surety is a remand. The one held is the passive's
        subject, or the subject of a bare participle clause ("ordered him held")."""
        lex = self.lex
        if lemma not in lex.holding_verbs:
            return []
        if not any(o.lemma_.lower() in lex.bail_nouns for o in prep_objects(verb, ("without",))):
            return []
        held = self._patients(verb)
        bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if not held and bare:
            held = self._names_of_children(verb, ACTIVE_SUBJECTS)
        draft = Draft("ruling", verb, "remanded")
        draft.add(held, "accused")
        return [draft]

    def _held_by_order(self, verb: Token, lemma: str) -> list[Draft]:
        """ "The magistrate allowed police to detain X for ten more days", "the judge
        ordered that both defendants be kept at the correctional centre", "ordered that X
        remain in judicial custody": a holding verb, or a verb of staying in custody
        (``remaining_verbs``), in the clause a court orders or allows
        (``custody_order_verbs``) - a remand. Not one a court only asks for or that police
        order themselves."""
        lex = self.lex
        head = verb.head
        # "ordered that X remain in judicial custody", "X will remain in custody till
        # March 12, the court ordered": staying in custody, as a court orders it
        remaining = lemma in lex.remaining_verbs and self._held_in_custody(verb)
        request = head.lemma_.lower() in lex.bail_request_nouns and head.dep_ == "dobj"
        if verb.dep_ == "acl" and request and lemma in lex.holding_verbs:
            # "allowed an application by police to hold X": the court allows the request,
            # and what is requested is the holding
            head = head.head
        elif remaining and verb.dep_ not in ("ccomp", "xcomp"):
            return self._remains_held(verb)
        elif not (lemma in lex.holding_verbs or remaining) or verb.dep_ not in ("ccomp", "xcomp"):
            return []
        if head.lemma_.lower() not in lex.custody_order_verbs or not self._by_a_court(head):
            return []
        draft = Draft("ruling", verb, "remanded")
        held = self._patients(verb) if not remaining else self._agents(verb)
        if remaining and not held and verb.dep_ == "xcomp":
            held = self._names_of_children(head, frozenset({"dobj"}))  # "ordered X to remain"
        draft.add([n for n in held if self._is_person(n)], "accused")
        # "allowed detectives to hold three suspects for 14 days": a group a later sentence
        # names ("The suspects, X, Y and Z, ...")
        kept = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        draft.unnamed_plural = not self._accused_in(draft) and any(self._counted(c) for c in kept)
        return [draft] if self._accused_in(draft) or draft.unnamed_plural else []

    def _remains_held(self, verb: Token) -> list[Draft]:
        """ "X, who remains in custody at the county jail, is scheduled for trial", "X remains
        in custody": a person said to stay in custody is held on remand (pending trial, or a
        retrial), whoever ordered it; not one who no longer does ("X does not remain in
        custody", "X no longer remains in custody"), nor one in someone's custody ("X
        remains in the custody of her kidnappers")."""
        negations = [t for c in verb.children if c.dep_ in ("neg", "advmod") for t in c.subtree]
        if any(t.dep_ == "neg" or t.lower_ == "no" for t in negations):
            return []
        places = [o for h in (verb, *verb.children) for o in prep_objects(h, ("in",))]
        custody = [o for o in places if o.lemma_.lower() in self.lex.custody_nouns]
        if any(self._custody_owner(c) for o in custody for c in o.children):
            return []
        # "remains in protective custody": a witness kept safe, not an accused held
        if any(c.lower_ in self.lex.sheltering_words for o in custody for c in o.children):
            return []
        draft = Draft("ruling", verb, "remanded")
        draft.add([n for n in self._agents(verb) if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _jailed(self, verb: Token, lemma: str) -> list[Draft]:
        """A sentence told as confinement for a term: "X was jailed for life", "imprisoned
        for ten years", "sent to prison for seven years" (sentenced). The term makes it a
        sentence (a bare "jailed" may be custody); custody on remand is no sentence ("sent
        to jail for 14 days on judicial remand")."""
        lex = self.lex
        # "sent to prison", "put behind bars"
        prisons = prep_objects(verb, ("to", "behind"))
        to_prison = any(self._a_prison(o) for o in prisons)
        confined = lemma in lex.confinement_verbs or self._phrasal(verb, lemma) in (
            lex.confinement_verbs  # "locked up for nine years"
        )
        if not confined and not (lemma in lex.remand_verbs and to_prison):
            return []
        # the term, however deep in the "for" phrase ("jailed for a total of 15 years"), or
        # hung on the prison ("put behind bars for seven years")
        fors = [o for h in [verb, *prisons] for o in prep_objects(h, ("for",))]
        terms = [t for o in fors for t in o.subtree]
        termed = any(t.ent_type_ == "DATE" or t.lower_ in lex.term_words for t in terms)
        # or jailed for an offence: "jailed for the attack", "for a string of robberies"
        offences = lex.crime_nouns | lex.offence_nouns
        termed = termed or any(
            o.lemma_.lower() in offences or act_of(" ".join(t.text for t in o.subtree))
            for o in fors
        )
        custody = any(t.lemma_.lower() in lex.remand_nouns for t in verb.subtree)
        # "imprisoned for three years without being convicted", "held for a year without
        # trial": confinement no judgment gave ("jailed for life without parole" is one)
        unjudged = any(
            t.lemma_.lower() in lex.charge_nouns or t.lemma_.lower() in lex.ruling_verbs
            for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "without"
            for t in p.subtree
        )  # fmt: skip
        if not termed or custody or unjudged:
            return []
        draft = Draft("ruling", verb, "sentenced")
        headline = self._subject_ruled_on(verb) and self._headline_ruling(verb)
        draft.add(self._agents(verb) if headline else self._patients(verb), "accused")
        # "jailed X for life", "jailed ... by a court"
        draft.add([] if headline else self._agents(verb), "court")
        return [draft]

    def _a_prison(self, noun: Token) -> bool:
        """A prison noun, by lemma or as written: "behind bars" (whose lemma "bar" is no
        prison's)."""
        prisons = self.lex.prison_nouns
        return noun.lemma_.lower() in prisons or noun.lower_ in prisons

    def _received(self, verb: Token, lemma: str) -> list[Draft]:
        """A sentence told from the side of the one who got it: "X received a three-year
        sentence", "Y got life imprisonment" (sentenced): a verb of receiving
        (``receiving_verbs``) whose object is a sentence, a term or a penalty - not a
        decision ("received the verdict calmly" tells how X took it, not what it was); or
        bail ("X got bail", released on bail)."""
        lex = self.lex
        # "X obtained six months' anticipatory bail": bail only (a prosecutor obtains a
        # conviction against someone else)
        obtaining = lemma in lex.bail_obtaining_verbs
        if not (lemma in lex.receiving_verbs or obtaining) or self._passive(verb):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        awards = [t for o in objects for t in self._coordinated(o) if not obtaining
                  and t.lemma_.lower() in lex.verdict_nouns - lex.ruling_nouns]  # fmt: skip
        # a term is a sentence only as a prison's: "a second term" in office is none
        awards = [t for t in awards if t.lemma_.lower() != "term" or any(
            c.lemma_.lower() in lex.prison_nouns for c in t.children)]  # fmt: skip
        # "X received 12 years", "got life": the term itself, counted
        awards += [o for o in objects if a_term(o, lex) and not obtaining]
        # "X got bail from the sessions court": released on bail
        bailed = [o for o in objects if o.lemma_.lower() in lex.bail_nouns]
        if not awards and not bailed:
            return []
        draft = Draft("ruling", verb, "sentenced" if awards else "bail")
        # "his lawyer secured bail for him": whom it is for; never counsel or a court
        given = [n for o in prep_objects(verb, ("for",)) for n in self._names(o)]
        elsewhere = self.described | self.described_here
        getters = given or [n for n in self._agents(verb) if n.name not in elsewhere]
        draft.add([n for n in getters if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

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
        (convicted), "a not guilty verdict" (acquitted); None when they do not say."""
        for word in decision.children:
            outcome = self.lex.verdict_adjectives.get(word.lower_)
            if word.dep_ in ("amod", "compound") and outcome is not None:
                # the parse hangs "not" on the adjective or on the noun itself
                if any(c.dep_ == "neg" for c in [*word.children, *decision.children]):
                    return REVERSED.get(outcome, outcome)
                return outcome
        return None

    def _reduced_relative(self, verb: Token) -> bool:
        """ "X, remanded in custody, has confessed" parsed as a past tense ("X remanded"): a
        ruling verb right after a comma that follows its subject, with no object, describes
        its subject - whom the court ruled on, not the court."""
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        after_comma = before is not None and before.text == ","
        return self._subject_ruled_on(verb) and (after_comma or self._headline_ruling(verb))

    def _subject_ruled_on(self, verb: Token) -> bool:
        """A past-tense ruling verb with a subject before it, no auxiliary and no object: a
        shape in which the subject may be the one ruled on ("X, remanded ...", "X jailed")."""
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i]
        return (
            verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and bool(subjects)
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        )

    def _headline_ruling(self, verb: Token) -> bool:
        """A headline's passive with its "was" left out: "X convicted of killing Y", "X
        jailed for life", "X sentenced to death" - the sentence's main verb, its offence or
        term in an "of", "for" or "to" phrase, and no object: a court convicts or jails
        someone, so with no one after the verb the subject is the one ruled on."""
        complements = [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
        ]
        # an object the parser mislabelled ("acquitted the couple", tagged npadvmod) or a
        # court as subject ("the High Court acquitted ...") makes it an active ruling
        objects = [c for c in verb.children if c.i > verb.i and c.dep_ in _OBJECT_LIKE]
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        court = any(self.lex.role_nouns.get(s.lemma_.lower()) == "court" for s in subjects)
        return verb.dep_ == "ROOT" and bool(complements) and not objects and not court

    def _custody_granted(self, verb: Token) -> list[Draft]:
        """Remand in other words: "police were given five days to grill X", "granted the
        police three days to interrogate X" - days granted to question someone."""
        lex, grant = self.lex, verb.head
        if verb.dep_ not in ("xcomp", "acl", "advcl", "relcl") or verb.tag_ != "VB":
            return []
        if verb.dep_ in ("acl", "relcl"):  # "five days to grill X" hung on "days"
            grant = grant.head
        if grant.lemma_.lower() not in lex.remand_verbs:
            return []
        days = [t for c in grant.children if c.dep_ in ("dobj", "nsubjpass", "dative")
                for t in c.subtree if t.ent_type_ == "DATE"]  # fmt: skip
        if self._held_in_custody(verb):  # "permission to hold X in custody for 12 days"
            days += [t for t in prep_objects(verb, ("for",)) if t.ent_type_ == "DATE"]
        if not days:
            return []
        draft = Draft("ruling", verb, "remanded")
        draft.add(self._names_of_children(verb, frozenset({"dobj"})), "accused")
        # "to hold the suspects in custody": a group the next sentence may name
        held = [c for c in verb.children if c.dep_ == "dobj"]
        draft.unnamed_plural = not self._accused_in(draft) and any(self._counted(c) for c in held)
        return [draft]

    def _days_granted(self, verb: Token, lemma: str) -> list[Draft]:
        """A remand told as the days a court grants: "Police produced X before the court with
        a plea for a seven-day remand, and the magistrate granted five days", "the magistrate
        granted the detectives the 14 days they sought" - a length (a date phrase) a court
        gives to no one or to the police, for no purpose of another kind ("granted him two
        weeks to file a reply" is none), where the custody is the police's or a remand is
        asked. The one held is whom the clause it is conjoined to produces or sends, else
        the accused the report follows."""
        lex = self.lex
        if lemma not in lex.remand_verbs or not self._by_a_court(verb):
            return []
        if any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
            return []
        lengths = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "DATE"]
        if not lengths or any(c.tag_ == "VB" for t in lengths for c in t.children):
            return []
        given = [c for c in verb.children if c.dep_ == "dative"]
        if any(not any(is_custodian(t) for t in g.subtree) for g in given):
            return []
        asked = any(t.lemma_.lower() in lex.remand_nouns | lex.custody_nouns for t in verb.sent)
        if not given and not asked:
            return []
        held: list[Named] = []
        if verb.dep_ == "conj":
            held = [n for n in self._patients(verb.head) if self._is_person(n)]
        if not held:
            end = verb.idx + len(verb.text)
            held = [Named(n.name, verb.idx, end, n.members) for n in self.last_accused]
        draft = Draft("ruling", verb, "remanded")
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _held_in_custody(self, verb: Token) -> bool:
        """Whether a verb keeps its object in custody: "hold X in custody", "keep X in
        custody" - custody (``custody_nouns``) as its "in" phrase."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # or on its object
        custody = self.lex.custody_nouns
        # the "in" phrase may be parsed as the verb's predicate ("keep him in custody", oprd)
        ins = [c for h in heads for c in h.children if c.lower_ == "in" and c.dep_ == "oprd"]
        places = [o for p in ins for o in p.children if o.dep_ == "pobj"]
        places += [o for h in heads for o in prep_objects(h, ("in",))]
        return any(o.lemma_.lower() in custody for o in places)

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

    def _by_a_court(self, verb: Token) -> bool:
        """Whether a court does ``verb``: its subject, or its passive's "by" phrase, is a
        court, a judge or a jury ("the Special NIA Court", "Judge X", "the sessions court
        discharged X", "X was discharged by the magistrate": the noun or a compound of it)."""
        doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]  # fmt: skip
        if not doers and verb.dep_ == "conj" and not self._passive(verb):
            # "Judge Z set X's sentencing for May 2 and ordered him detained": a conjunct
            # with no subject of its own shares its first verb's
            doers = [c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS]
        # the compounds of the doer, however deep ("Senior Magistrate Jane Wambui": the
        # title hangs on the first name)
        words = [w for d in doers for w in (d, *(c for c in d.subtree if c.dep_ == "compound"))]
        # a court's role noun ("the jury", "the magistrate") or a court's name
        lex = self.lex
        return any(
            lex.role_nouns.get(w.lemma_.lower()) == "court" or lex.names_a_court([w.lower_])
            for w in words
        )

    def _names_trial(self, sentence: Span) -> bool:
        """Whether a sentence names a court or a defendant ("the jury", "his co-defendant")."""
        lex = self.lex
        return any(
            lex.role_nouns.get(t.lemma_.lower()) == "court" or t.lemma_.lower() in lex.accused_nouns
            for t in sentence
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
        # any count is convicted
        further = [c for h in (verb, word) for c in h.children
                   if c.dep_ == "conj" and c.lower_ in self.lex.verdict_adjectives]  # fmt: skip
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

    @staticmethod
    def _accused_in(draft: Draft) -> bool:
        return any(role == "accused" for role, _ in draft.parties.values())

    def _phrasal(self, verb: Token, lemma: str) -> str:
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if particle is None:
            # "set aside" parsed with "aside" as an adverb: a phrasal verb all the same
            particle = next(
                (c.lower_ for c in verb.children if c.dep_ == "advmod"
                 and f"{lemma}_{c.lower_}" in self.lex.verdict_verbs),
                None,
            )  # fmt: skip
        return f"{lemma}_{particle}" if particle else lemma


# Dependents after a verb that may be its object, mislabelled ("acquitted the couple": npadvmod).
_OBJECT_LIKE = frozenset({"dobj", "dative", "npadvmod", "oprd", "attr", "ccomp"})

# What an outcome becomes when a higher court reverses the decision that gave it.
REVERSED = {"overturned": "upheld", "upheld": "overturned", "acquitted": "convicted",
             "convicted": "acquitted"}  # fmt: skip
