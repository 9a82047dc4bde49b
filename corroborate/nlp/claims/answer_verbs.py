"""What a verb tells the accused answered to the charge (``_read_answer``), read apart from
the acts ``Reader._read`` reads: a plea (guilty, which is a conviction too, no contest or not
guilty), a confession or an admission of a crime, a denial (told in court, in what someone
said, or as innocence maintained) and a retraction of a confession (bare, disclaimed, coerced,
or taking back a statement the report told or one it tells by the taking back).

Split out of ``Reader._read`` (branch mend27) as it was, called at the same place in its
order of drafts, so that ``reader.py`` keeps to walking the sentences and registering what
reads them. What the words mean is asked of ``Answering`` and ``Answers`` (pleas, denials),
``Retractions`` (what is taken back, and by whom) and ``RecordedLater`` (the one owner of a
statement recorded before, who "resiled from it").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.admitted_deed import admitted_bare_deeds, bare_deed_in_crime_context
from corroborate.nlp.claims.charge_admitted_where import charge_admitted_in_custody
from corroborate.nlp.claims.confessed_nothing import confessed_nothing_setting
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.everyday import confesses_no_crime
from corroborate.nlp.claims.granted_before_court import grants_own_facts
from corroborate.nlp.claims.guilt_refused import guilt_refused
from corroborate.nlp.claims.recorded_later import RecordedLater
from corroborate.nlp.claims.retractions import Retractions
from corroborate.nlp.claims.testimony import evidence_clauses
from corroborate.nlp.claims.verbs import Verbs
from corroborate.nlp.grammar import disowned_act
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["AnswerVerbs"]


class AnswerVerbs(Verbs, Retractions, RecordedLater):
    """The pleas, confessions, denials and retractions a verb tells (``_read_answer``)."""

    # ``Ordinals`` defines it; declared only, as a base it would reorder the reader's chain
    # (its method resolution order is the one it had before the split)
    _counted_doers: Callable[[Token], list[Named]]
    # ``PleaBargains`` defines it; declared only, as ``_counted_doers``
    _admitted_by_bargain: Callable[[Token], bool]
    # ``PleaBargains`` defines it; declared only, as ``_counted_doers``
    _plea_under_bargain: Callable[[Token], bool]
    # ``PleaBargains`` defines it; declared only, as ``_counted_doers``
    _admitted_in_settlement: Callable[[Token], bool]
    # ``AfterAdmitting`` defines it; declared only, as ``_counted_doers``
    _doers_of_time_participle: Callable[[Token], list[Named]]
    # ``PunishedAdmission`` defines it; declared only, as ``_counted_doers``
    _admitted_before_sentence: Callable[[Token], bool]
    # ``StatementSaid`` defines it; declared only, as ``_counted_doers``
    _examined_deniers: Callable[[Token], list[Named]]

    def _guilt_not_owned(self, token: Token) -> list[Draft]:
        """ "X does not accept criminal guilt", "X did not admit guilt", "X does not feel
        guilty": guilt not owned where no plea is taken, the accused's denial
        (``guilt_refused``) - asked where ``Reader._read`` reads a negated verb, which never
        reaches ``_read_answer``."""
        if not guilt_refused(token, self.lex):
            return []
        draft = Draft("denial", token)
        draft.add(self._answerers(token), "accused")
        return [draft]

    def _read_answer(self, token: Token, lemma: str, phrasal: str) -> list[Draft]:
        """The drafts of what ``token`` (its lemma, and its phrasal form: "owned up") tells
        the accused answered, in the order ``Reader._read`` has always made them: a guilty
        plea's confession before its conviction, a confession told by its taking back before
        the retraction, so that the retraction is the accused's latest word."""
        lex = self.lex
        out: list[Draft] = []
        plea = self._plea(token) if lemma in lex.guilty_pleas else None
        if plea is None and lemma in lex.guilty_pleas and self._plea_under_bargain(token):
            plea = "guilty"  # "X entered the plea under a plea agreement": a guilty plea
        # "X admitted to the charges during his interrogation": the charge admitted to those
        # who hold him, a confession in custody and no plea (``charge_admitted_where``)
        admits_charge = lemma in lex.admission_verbs and self._admits_charge(token)
        charge_in_custody = admits_charge and charge_admitted_in_custody(token)
        if lemma in lex.admission_verbs and (
            (admits_charge and not charge_in_custody)
            or self._admitted_by_bargain(token)
            # "X, who admitted ill-treating a resident, was jailed for ten months"
            or self._admitted_before_sentence(token)
        ):  # "X admitted two counts of fraud", "admitted his part under a plea deal": a plea
            plea = "guilty"
        confessed = lemma in lex.confess_verbs and not confesses_no_crime(token, lex)
        # "X admitted the murder"; the phrasal "X owned up to the stabbing"
        admitting = lemma in lex.admission_verbs or phrasal in lex.admission_verbs
        admitted = admitting and (
            self._admits_crime(token) or self._admits_own_deed_told_there(token)
        )
        # ... or the deed told bare, a gerund he does or his part ("X admitted fishing in a
        # protected area", "who admitted his part at trial": ``admitted_deed``) - a lawful
        # deed is admitted so too ("Senator X has admitted using the tax code"), so only in a
        # crime context: told before a court, a crime word in the deed, an admitter the
        # report accused already; else the draft waits for another claim that accuses him
        bare = False
        bare_in_context = False
        if admitting and not admitted:
            where = self._where_admitted(token)[1]
            deeds = admitted_bare_deeds(token, lex, where)
            bare = bool(deeds)
            bare_in_context = bare and (
                bare_deed_in_crime_context(token, deeds, lex, where)
                or self._admitter_accused(token)
            )
        # "X accepted before the investigation team that he fired", "during interrogation, X
        # disclosed that he sold ...": a verb of granting confesses one's own deed in custody,
        # and only by one the report accuses (a witness questioned concedes things too); or
        # before a court or judge, whoever the report has called accused so far ("X accepted
        # before Judge Y that he had prepared the syringes": ``granted_before_court``)
        admitted = admitted or (
            lemma in lex.custody_admission_verbs
            and self._admits_own_deed_told_there(token, custody_only=True)
            and (
                self._admitter_accused(token)
                or self._answered_before_court(token, self._where_admitted(token)[0])
            )
        )
        admitted = admitted or charge_in_custody
        # "X concluded an agreement with the prosecutor in which he admitted his guilt": an
        # admission the agreement holds, approved by the court (``PleaBargains``)
        settled = (
            plea is None
            and (lemma in lex.admission_verbs or lemma in lex.custody_admission_verbs)
            and self._admitted_in_settlement(token)
        )
        admitted = admitted or settled
        # "During interrogation X spilled the beans": the idiom of telling everything, in
        # custody, by one the report accuses
        admitted = admitted or self._told_all_in_custody(token)
        # "In his statement before the court, X accepted the charge": granting the charge
        # itself confesses wherever it is said, by one the report accuses or in his own
        # statement (the report may name him accused only by a description: "a passenger
        # accused of smuggling"); "the court accepted the charge sheet" is no one's; a
        # statement, not a plea
        # "X accepted the facts in an abbreviated procedure": the charge's facts, the
        # civil-law wording of the charge accepted (``granted_before_court``)
        granted = (
            lemma in lex.charge_accepting_verbs
            and (self._admits_charge(token) or grants_own_facts(token, lex))
            and (self._admitter_accused(token) or _in_own_statement(token, lex))
        )
        admitted = admitted or granted
        # confessed by the bare deed alone, and nothing in the sentence says it is a crime
        wants_context = bare and not bare_in_context and not admitted and not confessed
        wants_context = wants_context and plea is None
        admitted = admitted or bare
        if disowned_act(token, lex):
            # "X denied ever having confessed", "X disputes that he admitted the theft": the
            # confessing is what a verb of disowning turns down, not what X did
            confessed = admitted = False
        confessors: list[Named] = []
        if confessed or admitted or plea == "guilty":
            draft = Draft("confession", token, "guilty_plea" if plea else None)
            draft.wants_context = wants_context
            if settled or (granted and self._admitted_before_sentence(token)):
                # "X was fined after he accepted the charge": the court punished him on the
                # charge he accepted before it (``PunishedAdmission``), no plea of his own
                draft.setting = "judicial"
            confessors = self._agents(token)
            if not confessors and token.dep_ == "conj" and self._shares_subject(token):
                # "X was arrested and confessed": no one is "confessed", so the subject
                # shared with a passive first conjunct is the confessor
                confessors = self._subjects(token)
            if not confessors and _after_apposition(token):
                # "The suspect, X son of Y, confessed during interrogation" parsed as a
                # participle of "suspect": the verb of the noun the apposition (or a
                # relative clause: "X, who had refused food, confessed") closes
                confessors = self._names(token.head)
            if not confessors:
                # "X was jailed after admitting the charge": the subject of the verb the
                # phrase of time hangs on (``AfterAdmitting``)
                confessors = self._doers_of_time_participle(token)
            if not confessors and token.dep_ == "acl" and token.tag_ == "VBG":
                # "X had made a statement admitting the shooting": the one who gives it
                statement = token.head
                giver = statement.head
                if statement.dep_ == "dobj" and giver.lemma_.lower() in lex.confession_givers:
                    confessors = [n for n in self._agents(giver) if self._is_person(n)]
            draft.add(confessors, "accused")
            draft.add(self._counted_doers(token), "accused")  # "the third to confess after X"
            out.append(draft)
        if plea in ("guilty", "no contest"):
            # a court convicts on a plea of guilt or of no contest, without a trial
            convicted = Draft("ruling", token, "convicted")
            # whoever pleads guilty is convicted on it, as they confess by it (a name NER
            # typed an organisation too: "X, who pleaded guilty in June")
            pleaders = confessors if plea == "guilty" else []
            convicted.add(pleaders or [n for n in self._agents(token) if self._is_person(n)],
                          "accused")  # fmt: skip
            convicted.add(self._along_with(token), "accused")  # "pleaded guilty alongside Y"
            out.append(convicted)
        if (plea == "not guilty" or (lemma in self.kinds.denial_cues and self._answers(token))
                or guilt_refused(token, lex)):  # fmt: skip
            # "X pleaded not guilty", "X denied the charges", "X denied killing him"; guilt
            # denied or not owned where no plea is taken ("X does not accept criminal guilt")
            draft = Draft("denial", token)
            draft.add(self._answerers(token), "accused")
            if plea == "not guilty":  # "X pleaded not guilty alongside Y": Y pleaded too
                draft.add(self._along_with(token), "accused")
            out.append(draft)
        elif (lemma in self.kinds.reporting_cues or phrasal in lex.speaking_phrasal_verbs
              or evidence_clauses(token)):  # fmt: skip
            # "X said he did not kill her", "his lawyer said he was innocent", "X called out
            # as he was led away: ..."
            deniers = self._denied_in_content(token)
            # "His lawyer, Y, said his client had never dealt in liquor": the words of
            # denying of a side, for whom it speaks (``claims.side_words``)
            deniers = deniers or self._denied_by_his_side(token)
            # "In his statement under Section 342, X said he had been at home": his answer
            # to the charge, whatever its words (``claims.examined_answers``)
            deniers = deniers or self._examined_deniers(token)
            if deniers:
                draft = Draft("denial", token)
                draft.add(deniers, "accused")
                out.append(draft)
        upheld = self._innocence_claimed(token)  # "X has always maintained his innocence"
        if upheld:
            draft = Draft("denial", token)
            draft.add(upheld, "accused")
            out.append(draft)
        retracting = self._retracting(token)
        retracted = self._retracted(token) if retracting else self._disowned(token)
        if retracted is None and retracting and lemma in lex.bare_retraction_verbs:
            # "X, who had confessed to the magistrate, later recanted": no object, no
            # confession told by it (a witness recants testimony too)
            if not any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in token.children):
                draft = Draft("retraction", token)
                draft.add(self._agents(token), "accused")
                out.append(draft)
        disclaimed = (
            self._confession_disclaimed(token) if lemma in self.kinds.reporting_cues else []
        )
        if disclaimed:  # "X told the court he never confessed"
            draft = Draft("retraction", token)
            draft.add(disclaimed, "accused")
            out.append(draft)
        whole = (
            self._confession_denied_whole(token)
            if lemma in self.kinds.reporting_cues and not disclaimed
            else None
        )
        if whole is not None:
            # "his client had never confessed to anything during interrogation": the
            # confession the police say he made, told only by its disowning, and its
            # retraction, made where its own phrase says (``confessed_nothing_setting``)
            owners, act = whole
            told = Draft("confession", token)
            told.add(owners, "accused")
            told.setting = confessed_nothing_setting(act)
            draft = Draft("retraction", token)
            draft.add(owners, "accused")
            out += [told, draft]
        under = (
            self._confessed_under_coercion(token)
            if lemma in self.kinds.reporting_cues and not disclaimed
            else []
        )
        if under:  # "X told the court he confessed only because officers threatened him"
            draft = Draft("retraction", token)
            draft.add(under, "accused")
            out.append(draft)
        coerced = self._coerced_confession(token) if lemma in self.kinds.reporting_cues else None
        if coerced is not None:
            # "X told the court his statement had been extracted under torture": a confession
            # he takes back, made where it was coerced
            coerced_by = self._coerced_by(token, coerced)
            told = Draft("confession", token, taken_back=coerced)
            told.add(coerced_by, "accused")
            draft = Draft("retraction", token)
            draft.add(coerced_by, "accused")
            out += [told, draft]
        if retracted is not None and not self._a_confession(retracted):
            # "X retracted his statement before the court": the confession the report told
            # X made, taken back; a statement no one confessed in is only a statement - unless
            # the statement is X's own, made where confessions are ("X disowned the statement
            # he had given to police"): a confession told by its taking back
            retractors = (self._retractors(token, retracted) if retracting
                          else self._own_disowners(token, retracted))  # fmt: skip
            # "X's confession ... He had withdrawn it": the one whose confession "it" is
            retractors = self._owner_of_it(token, retracted) or retractors
            if not retractors and self._pronoun_after_confessing(token):
                # "X had confessed before a magistrate, but at the trial he disowned it": the
                # pronoun stands for the one who confessed in the first conjunct
                retractors = self._agents(token.head)
            # "a statement X recorded ... the constable resiled from it": its one owner
            retractors = retractors or self._described_taker(token, retracted)
            before = self.confessors | self._confessed_before(token)
            # "Dinesh Yadav had confessed ... Yadav later resiled from his statement": the
            # surname stands for the full name that confessed
            as_confessors = [self._as_confessor(n, before) for n in retractors]
            if retractors and all(as_confessors):
                draft = Draft("retraction", token)
                draft.add([n for n in as_confessors if n is not None], "accused")
                out.append(draft)
            elif (retractors and self._owned_by(retracted, retractors)
                  and (self._setting_taken_back(retracted) != "unknown"
                       # "X's statement, which he had repudiated, claiming he was beaten
                       # into signing it": a statement said coerced is a confession
                       or self._coercion_said(token))):  # fmt: skip
                told = Draft("confession", token, taken_back=retracted)
                told.add(retractors, "accused")
                draft = Draft("retraction", token)
                draft.add(retractors, "accused")
                out += [told, draft]
            elif self._own_taken_back(token, retracted, retractors):
                # "Y, too, resiled from what he had told the numberdar": where the statement
                # was made is not told, but one the report accuses takes his own back - a
                # retraction of his, whoever tells (or does not tell) the confession
                draft = Draft("retraction", token)
                draft.add(retractors, "accused")
                out.append(draft)
        elif retracted is not None:
            retractors = self._retractors(token, retracted)
            if not retracting:
                retractors = self._own_disowners(token, retracted)
            if self._disowns(retracted):
                # "X retracted his confession" tells that X had confessed (the noun itself is
                # read only where no verb disowns it, ``_read_noun``): the confession first,
                # so that the retraction is his latest word (one cue, the verb's)
                told = Draft("confession", token, taken_back=retracted)
                told.add(retractors, "accused")
                out.append(told)
            draft = Draft("retraction", token)
            draft.add(retractors, "accused")
            out.append(draft)
        return out


def _after_apposition(verb: Token) -> bool:
    """Whether a past form the parser hung on a noun as its participle follows the comma that
    closes an apposition or a relative clause of that noun ("The suspect, X, confessed ...",
    "X, who had refused food for two days, confessed"): the noun's own verb, the finite verb
    of the sentence the apposition or clause interrupts."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
        return False
    comma = verb.doc[verb.i - 1]
    return comma.text == "," and any(
        c.dep_ in ("appos", "relcl") and c.right_edge.i in (comma.i - 1, comma.i)
        for c in noun.children
    )


def _in_own_statement(verb: Token, lex: LegalLexicon) -> bool:
    """ "In his statement before the court, X accepted the charge": a phrase on the verb whose
    noun is a statement (``statement_nouns``) owned by a personal pronoun - what the one who
    speaks says in his own statement (one accepts only a charge against himself there), not
    what a judge weighs "in his judgment"."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in lex.statement_nouns
        and any(p.dep_ == "poss" and p.lower_ in PERSONAL_PRONOUNS for p in o.children)
        for c in verb.children if c.dep_ == "prep" for o in c.children
    )  # fmt: skip
