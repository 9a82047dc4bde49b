"""Whether an accused's admission confesses: what he admits, and where he said it.

``OwnAdmissions`` adds to ``Answers`` the readings of an admitting verb that make it a
confession: a crime or his part in one admitted ("admitted the murder", "admitted his role in
the poisoning of Y", "admitted his guilt", "admitted the facts"), his own deed admitted where
it was said - in custody, or in court or in public by one the report accuses ("During
interrogation X admitted that he had kept the boy", "owned up to the firing") - and the idiom
of telling everything in custody ("spilled the beans"). Split out of ``doers.py`` at the
600-line limit (branch spl79), each method as it was; ``Doers`` builds on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.admission_phrases import (
    gerund_phrases,
    object_phrases,
    said_phrases,
    statement_giver,
)
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.everyday import names_crime
from corroborate.nlp.claims.granted_before_court import before_court, own_facts
from corroborate.nlp.claims.granted_workings import admits_others_doing, adverbial_that_clauses
from corroborate.nlp.claims.misparsed_gerunds import misparsed_gerunds
from corroborate.nlp.claims.own_object_part import own_object_part
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.passive_deed import (
    admits_passive_deed,
    admits_passive_doing,
    admitted_by,
    own_passive_part,
    that_clauses_hung_on,
)
from corroborate.nlp.claims.stranded_subject import phrases_set_off_before
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Setting

__all__ = ["OwnAdmissions"]


class OwnAdmissions(Answers):
    """Whether an admitting verb confesses: a crime or a part in one admitted, the
    admitter's own deed admitted in custody (or, by one the report accuses, in court or in
    public), and who the admitter and his pronouns are; a base of ``Doers``."""

    def _admits_crime(self, verb: Token) -> bool:
        """Whether an admitting verb (``admission_verbs``) confesses a crime of the one who
        admits: its object is a crime word ("admitted the murder", "admitted killing Y") or
        a part in a crime (``part_nouns``: "admitted his role in the poisoning of Y"), guilt
        itself (``guilt_nouns``: "admitted his guilt") or the charge's facts told bare
        (``admitted_fact_forms``: "admitted the facts", civil-law wording), its
        "to" phrase one of those ("admitted to the attack"), or its clause tells a crime
        verb done by a personal pronoun ("admitted that he had shot Y"). Not a passive ("was
        admitted to hospital"), nor a clause about a crime ("admitted the attack was an
        intelligence failure"), nor an object only near one ("admitted his failure to
        prevent the attack")."""
        lex = self.lex
        if self._passive(verb):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "pcomp")]
        objects += prep_objects(verb, frozenset({"to"}), ("pobj", "pcomp"))
        for o in objects:
            if names_crime([o], lex):
                return True
            if o.lemma_.lower() in lex.part_nouns and names_crime(o.subtree, lex):
                return True
            if o.lemma_.lower() in lex.part_nouns and any(
                names_crime(h.subtree, lex) for h in prep_objects(verb, frozenset({"in"}))
            ):
                return True  # "admitted his role in the killing": "in" hung on the verb
            if o.lemma_.lower() in lex.guilt_nouns:  # "admitted his guilt"
                return True
            if o.dep_ == "dobj" and o.lower_ in lex.admitted_fact_forms and own_facts(o):
                return True  # "admitted the facts": the charge's facts, in civil-law wording
            # "admitted the allegations", "admitted to the accusations against him": the
            # accusation itself, as a denial answers it ("denied the allegations"); a charge or a
            # count is left to the plea (``pleaded_nouns``)
            if o.lemma_.lower() in lex.grounds_nouns - lex.pleaded_nouns:
                return True
        return any(
            c.dep_ == "ccomp" and c.lemma_.lower() in lex.crime_verbs
            and any(s.dep_ in ACTIVE_SUBJECTS and s.lower_ in PERSONAL_PRONOUNS
                    for s in c.children)
            for c in verb.children
        )  # fmt: skip

    def _admits_own_deed_told_there(self, verb: Token, custody_only: bool = False) -> bool:
        """Whether an admitting verb confesses because of where it was said: "During
        interrogation X admitted that he had kept the boy", "X admitted during questioning
        that he took the money", "X had, during interrogation, admitted to preparing the
        liquor". An admission of one's own doing made under interrogation is a confession
        whatever words tell the deed (the investigators' questions are about the crime): a
        phrase on the verb that sets it in custody (``kinds.custodial``), and what is
        admitted the admitter's own deed - a clause whose subject is a personal pronoun, on
        the verb or on its phrase ("during questioning that he took"), or a gerund he does
        ("admitted to preparing", "admitted taking", or its perfect: "admitted to having
        met the buyers and having pledged the gold"). Said in court ("in court", "before the
        magistrate") or in public ("a television interview in which X admitted that he had
        ..."), only by one the report accuses: "the third accused, X, who admitted in court
        that he drove the van". Not "admitted that the room was his" said to
        reporters, nor "admitted the attack was a failure" (no deed of his). A passive only
        with an "it" for the clause and a "by" admitter ("It was admitted by X during
        questioning that ...": ``passive_deed.admitted_by``). A "before" phrase that names
        a court or a judge ("admitted before the magistrate that he bought", "accepted before
        Judge Y that he had prepared") is the accused's own answer to the charge, whoever the
        report has called accused so far (``granted_before_court``). ``custody_only``: in
        custody or before a court alone (a verb of granting, ``custody_admission_verbs``:
        "accepted in court that he ..." is a witness's concession as often as an
        accused's)."""
        if self._passive(verb) and not admitted_by(verb):
            return False
        phrases, settings = self._where_admitted(verb)
        # In court or in public a witness or anyone admits his own doings too ("admitted in
        # court that he had lied"): there only one the report calls accused confesses by it
        told = bool(settings & {"judicial", "public"}) and self._admitter_accused(verb)
        # ... or in a statement he recorded before a magistrate: his own confessional
        # statement, whoever the report has called accused so far (``statement_giver``)
        told = told or ("judicial" in settings and statement_giver(verb) is not None)
        told = told and not custody_only
        # ... or said "before the court" or "before Judge Y": the accused's own answer to
        # the charge, whoever the report has called accused so far ("Broker X accepted
        # before the court that he had prepared the letters"), as with a verb of granting
        # ("accepted", ``granted_before_court``)
        court_only = not told and self._answered_before_court(verb, phrases)
        if "custodial" not in settings and not (told or court_only):
            return False
        court_only = court_only and "custodial" not in settings
        holders = [verb, *(o for p in phrases for o in p.children if o.dep_ == "pcomp")]
        clauses = [c for h in holders for c in h.children if c.dep_ == "ccomp"]
        clauses += that_clauses_hung_on(phrases)  # "during questioning | that ...", a relcl
        # "accepted before Judge Y that he had prepared ...": after a name the parser makes
        # the "that" clause an adverbial one; opened by "that", it is what is admitted
        clauses += [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.lower_ == "that"]
        # ... and one whose "that" the parser left off its front ("during questioning that |
        # for several years he had confirmed", "while in custody ... that he had agreed")
        clauses += adverbial_that_clauses(verb)
        # "admitted that the alarm had sounded and that he had switched it off": each clause
        # co-ordinated with the first is admitted too
        clauses += [j for c in clauses for j in c.conjuncts]
        if court_only:  # "accepted before the court that he had not been there": a denial
            clauses = [c for c in clauses if not any(n.dep_ == "neg" for n in c.children)]
        own_clause = any(
            s.dep_ in ACTIVE_SUBJECTS and self._admitters_pronoun(verb, s)
            for c in clauses for s in c.children
        )  # fmt: skip
        # "admitted that he was paid for each trip": his part told as a passive of himself
        own_clause = own_clause or own_passive_part(clauses, self.lex)
        # "admitted during interrogation that the chairman paid her to stamp the ballots":
        # his part told as what another did to him, in custody only (in court a witness
        # tells what was done to him as often)
        own_clause = own_clause or (
            "custodial" in settings
            and own_object_part(clauses, lambda p: self._admitters_pronoun(verb, p), self.lex)
        )
        gerunds = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and _gerund(c)]
        gerunds += [o for o in prep_objects(verb, frozenset({"to"}), ("pcomp",))
                    if _gerund(o)]  # fmt: skip
        # "X, in a police interview, admitted opening parcels": the gerund the parser made a
        # word of the object, or an adverbial clause ("acknowledged drilling the wells")
        gerunds += misparsed_gerunds(verb)
        # "admitted during interrogation that the files were forged": the investigators'
        # passive, a crime with no doer named (``passive_deed``), in custody only
        passive = "custodial" in settings and admits_passive_deed(clauses, self.lex)
        # "the manager admitted during interrogation that the mixing was done at night": any
        # doing told in the investigators' passive, by one the report accuses
        passive = passive or (
            "custodial" in settings
            and admits_passive_doing(clauses)
            and self._admitter_accused(verb)
        )
        # "admitted during interrogation that the institute had charged each candidate": the
        # crime's workings told as another's act, granted in custody by one the report
        # accuses (``granted_workings``)
        passive = passive or (
            "custodial" in settings
            and admits_others_doing(clauses, self.lex)
            and self._admitter_accused(verb)
        )
        # "owned up to the firing": owning up tells one's own deed by itself
        owned_up = _owned_up_to(verb, self.lex.admission_verbs)
        return own_clause or bool(gerunds) or self._own_part(verb) or passive or owned_up

    def _answered_before_court(self, verb: Token, phrases: list[Token]) -> bool:
        """Whether ``verb`` (of admitting or granting) was said "before the court" or
        "before Judge Y" (``granted_before_court``) by one the report names: a name the
        mention finder found (not one the claim reader made up itself, label "claim"), or a
        personal pronoun for one. A run of capitalised words no name was found in, made a
        name only as the parser's subject ("Broker X Y": "Broker X" and "Y"), is no one to
        call accused on his own words."""
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        # "One of the two nationals, X, also admitted ...": the name apposed to the subject
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
        found = [self.by_token.get(s.i) for s in subjects]
        if not any(m is not None and m.label != "claim" for m in found) and not any(
            s.lower_ in PERSONAL_PRONOUNS for s in subjects
        ):
            return False
        return before_court(phrases, verb, self.lex)

    def _where_admitted(self, verb: Token) -> tuple[list[Token], set[Setting | None]]:
        """The phrases that may tell where an admitting verb was said, and the settings they
        name (None for a phrase that names none). "admitted stealing the phones during
        interrogation": the phrase the parser hangs on the admitted gerund, on the admitted
        noun ("his role | in a statement under caution"), or on the passive "is said" it is
        the infinitive of (``admission_phrases``); "recorded a statement before a magistrate
        in which he admitted ...": the phrases of the verb that gives the statement the
        admission is told in (``statement_giver``). "Police said X had admitted stealing the
        car": what the police tell their suspect admitted is what he told them - a setting,
        as "during interrogation" is - where no phrase sets it elsewhere and the one who
        admits is one the report accuses."""
        text = self.doc.text
        phrases = [c for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod")]
        phrases += gerund_phrases(verb) + object_phrases(verb) + said_phrases(verb)
        # "said X, in a police interview, admitted ...": the phrase hung on "said"
        phrases += phrases_set_off_before(verb, self.kinds.reporting_cues)
        giver = statement_giver(verb)
        if giver is not None:
            phrases += [c for c in giver.children if c.dep_ == "prep"]
        settings: set[Setting | None] = {
            setting_in(text[p.left_edge.idx : p.right_edge.idx + len(p.right_edge)])
            or self._where_which(verb, p)  # "the interview in which X admitted ..."
            for p in phrases
        }
        if not settings - {None} and self._admitter_accused(verb) and self._told_by_police(verb):
            settings.add("custodial")
        return phrases, settings

    def _told_all_in_custody(self, verb: Token) -> bool:
        """ "During interrogation X spilled the beans", "X spilled the whole story, the SHO
        claimed": the idiom of telling everything (``telling_all_verbs`` with one of
        ``telling_all_objects``) is a confession where it was told in custody - a phrase on
        the verb, or the police telling it (``_where_admitted``) - by one the report
        accuses: what the questions were about is the crime. Not said anywhere else ("spilled
        the beans to reporters"), nor by a witness or an officer."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.telling_all_verbs or self._passive(verb):
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.telling_all_objects
                   for c in verb.children):  # fmt: skip
            return False
        _, settings = self._where_admitted(verb)
        return settings - {None} == {"custodial"} and self._admitter_accused(verb)

    def _own_part(self, verb: Token) -> bool:
        """ "During interrogation X admitted his role", "admitted his involvement in a
        statement to police": his own part (``part_nouns``, owned by his pronoun), in what
        the questions are about - not a part in something named ("his role in the club":
        a crime named there is ``_admits_crime``'s). An "in" phrase that names where it
        was admitted is none ("his role in a warn and caution statement":
        ``admission_phrases.object_phrases``)."""
        told_there = object_phrases(verb)
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.part_nouns
            and any(p.dep_ == "poss" and self._admitters_pronoun(verb, p) for p in c.children)
            and not any(p.dep_ == "prep" and p.lower_ == "in" and p not in told_there
                        for p in c.children)
            for c in verb.children
        )  # fmt: skip

    def _admitters_pronoun(self, verb: Token, pronoun: Token) -> bool:
        """Whether ``pronoun``, in what ``verb`` admits, may stand for those who admit: a
        personal pronoun, or a plural one ("their", "they") where the verb's subject is a
        group - a plural noun, a number or a quantifier ("both have admitted their
        involvement", "the two admitted that they had kept watch"), or names joined ("X and
        Y admitted that they had carried out the attack": they are the two); not "he
        admitted that they had fired", another's deed."""
        if pronoun.lower_ in PERSONAL_PRONOUNS:
            return True
        lex = self.lex
        return pronoun.lower_ in lex.plural_pronouns and any(
            s.tag_ in ("NNS", "NNPS", "CD") or s.lower_ in lex.plural_pronouns
            or s.lower_ in lex.group_quantifiers
            or any(c.dep_ == "conj" for c in s.children)
            for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
        )  # fmt: skip

    def _admitter_accused(self, verb: Token) -> bool:
        """Whether the one who admits is one the report accuses: read as accused before,
        or the noun of the admitting clause is, or is apposed to, an accused noun ("the
        third accused, X, who admitted ...", "the accused admitted ...")."""
        if any(n.name in self.accused_so_far for n in self._agents(verb)):
            return True
        nouns = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        if verb.dep_ == "relcl":
            nouns.append(verb.head)
        nouns += [n.head for n in nouns if n.dep_ == "appos"]
        nouns += [c for n in nouns for c in n.children if c.dep_ == "appos"]
        # "the third accused, driver X, who admitted ...": the parser takes "accused" for a
        # modifier of the name, so a word that calls the name accused counts on it too
        words = [*nouns, *(c for n in nouns for c in n.children if c.dep_ in ("amod", "compound"))]
        return any(n.lower_ in self.lex.accused_nouns for n in words)


def _owned_up_to(verb: Token, admission_verbs: frozenset[str]) -> bool:
    """ "During initial interrogation X has owned up to the firing": owning up is owning
    one's own fault, so whatever deed the "to" phrase names is the one who owns up - where
    ``_admits_own_deed_told_there`` has placed it in custody or in a telling by one the
    report accuses. A deed told by a noun; not whom one owned up to ("owned up to police")."""
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "prt" and f"{lemma}_{c.lower_}" in admission_verbs
               for c in verb.children):  # fmt: skip
        return False
    return any(
        o.pos_ == "NOUN" and not is_custodian(o)
        for o in prep_objects(verb, frozenset({"to"}), ("pobj",))
    )


def _gerund(verb: Token) -> bool:
    """Whether ``verb`` is a gerund: "admitted taking", or its perfect, "admitted (to)
    having taken" - the parser tags the participle (VBN) and hangs "having" on it as an
    auxiliary, so the participle with a "having" of its own is the gerund too."""
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in verb.children
    )
