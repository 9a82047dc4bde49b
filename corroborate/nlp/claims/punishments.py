"""Sentences told by their punishment rather than by "sentenced": the term, the fine, the
prison.

"gave X 14 years" (``_term_awarded``), "X must serve at least 20 years" (``_served``), "was
ordered to pay a fine" (``_ordered_to_pay``), "X was jailed for life" (``_jailed``), "X
received a three-year sentence" (``_received``); and the headline and reduced-relative
shapes in which the subject is the one ruled on ("X jailed for life", "X, remanded in
custody, has confessed": ``_headline_ruling``, ``_reduced_relative``, ``_subject_ruled_on``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.charged_clause import charged_by_own_clause
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.misread_purpose import recipient_read_as_purpose
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.passive_forms import order_of
from corroborate.nlp.claims.pre_arrest_bail import before_arrest
from corroborate.nlp.claims.relative_object import relative_antecedent
from corroborate.nlp.claims.sent_pending import in_filed_case, sent_after_step
from corroborate.nlp.claims.terms import a_term
from corroborate.nlp.grammar import prep_objects, to_infinitive
from corroborate.nlp.mentions.firm_names import is_company

if TYPE_CHECKING:
    from corroborate.lexicon.legal import LegalLexicon

__all__ = ["Punishments"]

# Dependents after a verb that may be its object, mislabelled ("acquitted the couple": npadvmod).
_OBJECT_LIKE = frozenset({"dobj", "dative", "npadvmod", "oprd", "attr", "ccomp"})
# Outcomes (the claims' labels, not words) that judge: one who underwent none is untried
# (``_untried``).
_JUDGED = frozenset({"convicted", "sentenced", "acquitted", "upheld", "overturned"})


def _uncounted_award(word: Token, lex: LegalLexicon) -> bool:
    """Whether ``word`` names a term a court awards without a count ("life" in "a life
    term"): one of ``awarded_terms`` that is not counted ("years" is, and "a five-year term"
    may be in office)."""
    lemma = word.lemma_.lower()
    return word.dep_ == "compound" and lemma in lex.awarded_terms and lemma not in lex.counted_terms


class Punishments(Courts):
    """Sentences read from their term, fine or prison, and the shapes that make a subject
    the one ruled on."""

    # the parts other than accused each name was given (``DescribedPeople``)
    parts_told: dict[str, set[str]]

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
        # "to manpower operator X": an occupation before the recipient, read as a purpose,
        # which ``_recipients`` takes only where the award has no other recipient
        recipients = self._recipients(verb)
        misread = [t for p in purposes if (t := recipient_read_as_purpose(p)) is not None]
        taken = [n for t in misread for n in self._names(t)]
        if len(misread) < len(purposes) or (misread and not any(n in recipients for n in taken)):
            return []
        draft = Draft("ruling", verb, "sentenced")
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
        # "The driver, X, is serving his five years at Y Correctional Institution": a counted
        # term one is now serving is a sentence passed - not time in an office or a force
        # ("is serving two years as mayor", "serving five years in the army")
        jailed = jailed or not spending and _serving_now(verb) and self._no_other_service(verb)
        # "X is serving a life sentence", "who is serving an eight-year prison term": one
        # serves a sentence only once a court has passed it
        passed = not spending and any(self._served_sentence(t) for c in held for t in c.subtree)
        if passed:
            terms = terms or held
        if not terms or not (ordered or must or jailed or passed):
            return []
        if spending and not (must and jailed):
            return []
        draft = Draft("ruling", verb, "sentenced")
        draft.add(self._patients(verb.head) if ordered else self._agents(verb), "accused")
        return [draft] if self._accused_in(draft) else []

    def _no_other_service(self, verb: Token) -> bool:
        """Whether a serving verb tells of no service but a prison's: no "as" phrase ("as
        mayor"), and any "in" or "on" place a prison ("in the army", "on the bench")."""
        terms = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
        if any(prep_objects(h, ("as",)) for h in (verb, *terms)):
            return False  # the "as" phrase hung on the verb or on its term
        return all(self._a_prison(o) for o in prep_objects(verb, ("in", "on")))

    def _served_sentence(self, noun: Token) -> bool:
        """A sentence noun one serves ("a life sentence", "his punishment"), or a term that a
        prison word makes a sentence ("a ten-year prison term"; "a second term" as mayor is
        none)."""
        lemma = noun.lemma_.lower()
        if lemma in self.lex.served_sentence_nouns:
            return True
        prison = [c for c in noun.children if c.dep_ == "compound" and self._a_prison(c)]
        return lemma in self.lex.verdict_nouns and bool(prison)

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
        # a firm is fined as a person is ("ordered Jinfeng Engineering Co to pay a fine")
        fined = [n for n in self._patients(verb.head) if self._is_person(n) or is_company(n.name)]
        draft.add(fined, "accused")
        return [draft] if self._accused_in(draft) else []

    def _jailed(self, verb: Token, lemma: str) -> list[Draft]:
        """A sentence told as confinement for a term: "X was jailed for life", "imprisoned
        for ten years", "sent to prison for seven years" (sentenced). The term makes it a
        sentence (a bare "jailed" may be custody); custody on remand is no sentence ("sent
        to jail for 14 days on judicial remand")."""
        lex = self.lex
        # "sent to prison", "put behind bars", "sent back to jail"
        prisons = [o for h in _heading(verb) for o in prep_objects(h, ("to", "behind"))]
        to_prison = any(self._a_prison(o) for o in prisons)
        confined = lemma in lex.confinement_verbs or self._phrasal(verb, lemma) in (
            lex.confinement_verbs  # "locked up for nine years"
        )
        # "was unable to post bail and was returned to jail", "taken back to the district
        # jail": a returning verb (``returning_verbs``) tells a jailing before trial as
        # "sent" does, where a step before trial goes with it - never a sentence by itself
        returned = lemma in lex.returning_verbs or any(
            c.dep_ in ("advmod", "prt") and f"{lemma}_{c.lower_}" in lex.returning_verbs
            for c in verb.children
        )
        sending = lemma in lex.remand_verbs or returned
        untried = sending and self._jailed_untried(verb)
        if not confined and not (lemma in lex.remand_verbs and to_prison) and not untried:
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
        # (the jailing's own phrase: "sent to jail after the court rejected the remand
        # prayer" tells of a remand refused, in a clause of its own)
        custody = any(t.lemma_.lower() in lex.remand_nouns for t in _own_phrase(verb))
        # "imprisoned for three years without being convicted", "held for a year without
        # trial": confinement no judgment gave ("jailed for life without parole" is one)
        unjudged = any(
            t.lemma_.lower() in lex.charge_nouns or t.lemma_.lower() in lex.ruling_verbs
            for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "without"
            for t in p.subtree
        )  # fmt: skip
        if untried and not termed and not custody:
            draft = Draft("ruling", verb, "remanded")  # "produced in court and sent to jail"
            # "..., while the two workers were sent to jail": the rest of the accused named
            draft.add(self._patients(verb) or self._sent_too(verb) or self._rest_sent(verb),
                      "accused")  # fmt: skip
            return [draft]
        if not termed or custody or unjudged or returned and lemma not in lex.remand_verbs:
            return []
        draft = Draft("ruling", verb, "sentenced")
        headline = self._subject_ruled_on(verb) and self._headline_ruling(verb)
        draft.add(self._agents(verb) if headline else self._patients(verb), "accused")
        # "jailed X for life", "jailed ... by a court"
        draft.add([] if headline else self._agents(verb), "court")
        return [draft]

    def _jailed_untried(self, verb: Token) -> bool:
        """Whether someone sent to jail with no term is sent there to await trial, as South
        Asian courts send those produced before them (judicial custody): "sent to jail
        pending trial", "was produced in court and sent to jail", "surrendered before the
        court and was sent to jail", "was produced before the court, which sent him to jail",
        "the magistrate did not offer bail, and X was sent to prison" - the jailing conjoined
        to a step before trial (``_before_trial``), or waiting on what is pending."""
        # "to" may be parsed as the dative ("was sent to Kajang prison"), or hung on an
        # adverb of the sending ("was sent back to jail")
        prisons = [o for h in _heading(verb) for c in h.children
                   if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        # "sent X to jail pending trial" parsed with "to jail" as an infinitive clause
        prisons += [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and to_infinitive(c)]  # fmt: skip
        if not any(self._a_prison(o) for o in prisons):
            return False
        if any(t.lower_ == "pending" for t in verb.subtree):
            return True
        # "sent X to jail in a case filed under the Act", "... when police produced him"
        if in_filed_case(verb, self.lex) or sent_after_step(verb, self.lex, self._before_trial):
            return True
        # "rejected the petition and ordered him sent to jail": the steps beside an order's
        # small clause are the order's ("convicted him and ordered him sent to jail" judges)
        at = order_of(verb) or verb
        steps = [at.head] if at.dep_ == "conj" else []
        steps += [c for c in at.children if c.dep_ == "conj"]
        # "X was produced before the court, which sent him to jail"; also where the sending
        # is the second verb of the relative clause ("before Magistrate Y, who recorded his
        # statement and then sent him to jail"): the clause the relative hangs in
        # - not where that verb judged ("who convicted him and sent him to jail")
        clause = at.head if at.dep_ == "conj" and at.head.dep_ == "relcl" else at
        judged = self.lex.ruling_verbs.get(clause.lemma_.lower()) in _JUDGED
        if clause.dep_ == "relcl" and not judged:
            steps += [next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), verb)]
        # a relative the parser hung on a verb ("X was arrested ... and produced before a
        # court the following day, which sent him to jail"): the verb and its conjuncts
        if clause.dep_ == "advcl" and not judged and relative_antecedent(clause) is not None:
            steps += [clause.head, *(c for c in clause.head.children if c.dep_ == "conj")]
        if any(self._before_trial(s) for s in steps):
            return True
        # "rejected his plea and sent him to jail": a step that judges no one ("convicted
        # him and sent him to jail" does) leaves the jailing told as of a clause of its own
        judging = any(self.lex.ruling_verbs.get(s.lemma_.lower()) in _JUDGED for s in steps)
        return not judging and (self._untried(verb) or self._appeared_just_before(verb))

    def _appeared_just_before(self, verb: Token) -> bool:
        """Whether those a court sends to jail are the subject of the sentence just before,
        which tells a step before trial in a sentence of its own ("X appeared before the
        magistrate's court with his lawyers. The magistrate rejected his plea and sent him
        to jail"): the appearance the jailing follows is what makes it a remand, even where
        no sentence before called X accused. Not where the court's own clause judges
        (``_jailed_untried`` asks that first)."""
        start = verb.sent.start
        if start == 0 or not self._by_a_court(verb):
            return False
        root = verb.doc[start - 1].sent.root
        sent = self._patients(verb)
        if not sent or not self._before_trial(root):
            return False
        before = {n.name for n in self._names_of_children(root, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)}
        return all(n.name in before for n in sent)

    def _untried(self, verb: Token) -> bool:
        """Whether everyone a court sends to jail, in a clause of its own, is untried as far
        as the report has told: each accused before (arrested, charged, said to have
        confessed ...) and none convicted, sentenced or otherwise judged ("X and Y gave
        confessional statements before the magistrate ... The court later sent both men to
        jail"). A convict's jailing is told with its term or its verdict, an accused's
        without."""
        sent = self._patients(verb) or self._rest_sent(verb)  # "the two workers"
        if not sent or not self._by_a_court(verb) and not self._passive(verb):
            return False
        judged = set().union(*(self.undergone.get(o, set()) for o in _JUDGED))
        return all(n.name in self.all_accused and n.name not in judged for n in sent)

    def _before_trial(self, step: Token) -> bool:
        """Whether a clause tells a step before trial: an appearance before a court
        ("produced before the magistrate", "surrendered before the court", "gave
        confessional statements before the magistrate") or a word on bail ("did not offer
        bail", "his bail plea was rejected")."""
        lex = self.lex
        if step.lemma_.lower() in lex.producing_verbs | lex.surrender_verbs:
            return True
        courts = prep_objects(step, ("before",))
        words = [w for o in courts for w in (o, *(c for c in o.children if c.dep_ == "compound"))]
        if any(lex.names_a_court([w.lower_]) for w in words):
            return True
        said = [c for c in step.children if c.dep_ in ("dobj", "nsubjpass")]
        # "was unable to post bail", "failed to raise the bond": bail the step's own
        # infinitive tells of (hung on the verb or on its adjective)
        own = [step, *(c for c in step.children if c.dep_ == "acomp")]
        tried = [x for a in own for x in a.children if x.dep_ == "xcomp"]
        said += [c for x in tried for c in x.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in lex.bail_nouns for o in said):
            return True
        # "X was placed on a five-day remand, and Y was sent to jail": a remand
        placed = prep_objects(step, ("on", "to", "in"))
        return any(o.lemma_.lower() in lex.remand_nouns | lex.custody_nouns for o in placed)

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
        if _not_got(verb, lex):  # "could not post bail", "failed to post the bond"
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "received a fine of 800 euro": a fine is a sentence as much as a prison term
        penalties = (lex.verdict_nouns | lex.fine_nouns) - lex.ruling_nouns
        awards = [t for o in objects for t in self._coordinated(o) if not obtaining
                  and t.lemma_.lower() in penalties]  # fmt: skip
        # a term is a sentence only as a prison's, as one a court awards uncounted ("got
        # life terms"), as one its "of" phrase counts ("a term of seven years") or as the
        # one just told for another ("received the same term"): "a second term" in office
        # is none
        awards = [t for t in awards if t.lemma_.lower() != "term" or _sentence_term(t, lex)]
        # "X received 12 years", "got life": the term itself, counted
        awards += [o for o in objects if a_term(o, lex) and not obtaining]
        # "X got bail from the sessions court": released on bail
        bailed = [o for o in objects if o.lemma_.lower() in lex.bail_nouns]
        if not awards and not bailed:
            return []
        draft = Draft("ruling", verb, "sentenced" if awards else "bail")
        # "his lawyer secured bail for him": whom it is for; never counsel or a court
        given = [n for o in prep_objects(verb, ("for",)) for n in self._names(o)]
        # or on the bail itself, a name or a personal pronoun: "posted bail for X", "his
        # counsel obtained bail for him" (not "bail for the offence")
        given += [n for b in bailed for o in prep_objects(b, ("for",)) if _bailed_one(o)
                  for n in self._names(o)]  # fmt: skip
        # one described as someone else (a lawyer, a relative) is no getter - unless accused
        # before, or by a relative clause of their own ("X's father Y, who is nominated in
        # the FIR for abetment, obtained pre-arrest bail")
        elsewhere = (self.described | self.described_here) - self.accused_so_far
        elsewhere -= {n.name for s in charged_by_own_clause(verb, lex) for n in self._names(s)}
        # an officer's bail is his own; so is a relative's pre-arrest bail
        own_bail: tuple[str, ...] = ("investigator",)
        if any(before_arrest(b, lex) for b in bailed):
            own_bail += ("relative",)
        elsewhere -= self._told_only_as(verb.sent, own_bail)
        agents = self._agents(verb)
        if awards:  # "His son, X, received six months": a term is the one sentenced's own
            elsewhere -= {n.name for n in agents if self._told_in_ruled_parts(
                n.name, self._parts_described(n.name, verb.sent))}  # fmt: skip
        # "X and his son Y were directed to furnish bonds": a relative co-ordinated with a
        # getter is no one else's helper - both get the one bail the verb tells
        kept = agents if any(n.name not in elsewhere for n in agents) else []
        getters = given or kept
        draft.add([n for n in getters if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _told_only_as(self, sent: Span, roles: tuple[str, ...]) -> set[str]:
        """The names told only in one of ``roles`` (one part each), here or before. As
        officers ("the inspector, X", "the branch superintendent, Y"): the police seek custody,
        never bail for another, so an officer who obtains bail obtains his own - unlike counsel
        or kin, who get it for a client; as relatives ("his father, X"): kin get pre-arrest bail
        only for themselves (``pre_arrest_bail``)."""
        parts = {name: set(told) for name, told in self.parts_told.items()}
        for d in self._descriptions(sent, []):
            for part, n in d.parties.values():
                parts.setdefault(n.name, set()).add(part)
        return {name for name, told in parts.items() if len(told) == 1 and not told - set(roles)}

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


def _sentence_term(term: Token, lex: LegalLexicon) -> bool:
    """Whether a "term" noun is a prison term: a prison's or an uncounted award's ("a
    prison term", "life terms"), one whose "of" phrase is an awarded term ("a term of seven
    years"), or "the same term" - the one a report has just told another got (one does not
    receive an office's term "the same" way it is given, and "as mayor" rules any out)."""
    if prep_objects(term, ("as",)):  # "a second term as mayor", "the same term as chairman"
        return False
    if any(c.lemma_.lower() in lex.prison_nouns or _uncounted_award(c, lex) for c in term.children):
        return True
    if any(a_term(o, lex) for o in prep_objects(term, ("of",))):
        return True
    same = any(c.dep_ == "amod" and c.lower_ == "same" for c in term.children)
    return same and any(c.dep_ == "det" and c.lower_ == "the" for c in term.children)


def _serving_now(verb: Token) -> bool:
    """Whether a verb is in the progressive: "is serving", "was serving" (a participle with
    a form of "be" as its auxiliary)."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children
    )


def _not_got(verb: Token, lex: LegalLexicon) -> bool:
    """Whether a verb of getting tells nothing got: negated ("did not receive", "could not
    post bail") or the complement of failing or only seeking ("failed to post the bond",
    "hopes to secure bail")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head.lemma_.lower()
    return verb.dep_ == "xcomp" and head in lex.failure_verbs | lex.request_verbs


def _heading(verb: Token) -> list[Token]:
    """The verb and the adverbs that head its way ("sent back to jail", "sent straight to
    prison"), on which the parser hangs the "to" phrase of where one is sent."""
    return [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "ADV")]


# The links of a verb's own clauses, whose words tell of another act than the verb's.
_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj"})


def _own_phrase(verb: Token) -> list[Token]:
    """The words of ``verb``'s phrase, less the clauses hung on it ("sent to jail after the
    court rejected the remand prayer": not the "after" clause)."""
    clauses = {t.i for c in verb.children if c.dep_ in _CLAUSES for t in c.subtree}
    # a gerund's clause under a preposition is a clause too: "sent him to jail after
    # rejecting a police prayer for remand" - the remand refused, not the jailing's term
    clauses |= {t.i for c in verb.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                for t in c.subtree}  # fmt: skip
    return [t for t in verb.subtree if t.i not in clauses]


# The personal pronouns a bail's "for" phrase may name its one with ("bail for him").
_BAILED_PRONOUNS = frozenset({"him", "her", "them"})


def _bailed_one(noun: Token) -> bool:
    """Whether the object of a bail's "for" is whom the bail is for: a name ("bail for X")
    or a personal pronoun ("secured bail for him") - never an offence or a sum."""
    return noun.pos_ == "PROPN" or noun.lower_ in _BAILED_PRONOUNS
