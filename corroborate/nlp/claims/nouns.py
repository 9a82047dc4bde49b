"""Claims a noun starts: "the murder of Y", "the charges against X", "X's confession",
"his acquittal", "on allegations of ...".

A noun of the lexicon (a crime, a charge or case, a confession, an arrest, an acquittal, an
accusation, a warrant: ``Warrants``) starts a claim (``_read_noun``, which ``Reader._read``
calls for a noun): its parties from its owners, its "against" and "of" phrases, the verb it
hangs on; a confession given by the verb's subject ("X gave his confession": ``_own_giver``),
an acquittal only where one was given (``_acquittal_told``), the people a charge is against
(``_charged_against``), the verb an accusation gives the grounds of (``_grounds_of``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon import legal as legal_words
from corroborate.nlp.claims.allegations import Allegations
from corroborate.nlp.claims.cautioned import confession_compound, under_caution
from corroborate.nlp.claims.contact_givers import contact_givers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.everyday import plans_no_crime
from corroborate.nlp.claims.not_done import NotDone
from corroborate.nlp.claims.ordinals import Ordinals
from corroborate.nlp.claims.owned_pleas import owned_guilty_plea
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, CONFESSION_OWNER_PREPS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.placed_statements import PlacedStatements
from corroborate.nlp.claims.taken_back_nouns import TakenBackNouns
from corroborate.nlp.claims.terms import awarded_term
from corroborate.nlp.claims.trial_of import TrialOf
from corroborate.nlp.claims.warrants import Warrants
from corroborate.nlp.claims.weighed_admission import owned_admission
from corroborate.records import ParticipantRole

__all__ = ["Nouns"]

# The prepositions that give an act's grounds: "lynched on allegations of ...", "sacked over".
_GROUNDS_PREPS = frozenset({"on", "over"})
# The prepositions after a crime noun that name its victim, doer or accused themselves
# ("the murder of Y", "by X", "against X"), not a phrase of the crime's own ("for ransom").
_NOT_A_CRIMES_PHRASE = frozenset({"of", "by", "against"})


class Nouns(TrialOf, NotDone, Allegations, Ordinals, TakenBackNouns, PlacedStatements, Warrants):
    """Reads the claim a noun of the lexicon starts (``_read_noun``), with the parties only
    such a noun has."""

    def _own_giver(self, noun: Token) -> list[Named]:
        """ "X recorded his statement before a magistrate", "X gave his confession": a
        confession whose owner is a possessive pronoun, given by the verb's named subject, is
        the subject's (the pronoun is bound by it) - never a court's or an officer's who
        records it ("Magistrate Z recorded his statement"); by any other verb, only where
        the subject is accused ("X has not withdrawn his confession")."""
        lex = self.lex
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return []
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return []
        if self._recorded_by_court(noun):
            return []
        elsewhere = self.described | self.described_here
        subjects = [n for n in self._names_of_children(verb, ACTIVE_SUBJECTS)
                    if self._is_person(n) and n.name not in elsewhere]  # fmt: skip
        if verb.lemma_.lower() in lex.statement_givers:
            return subjects
        # "X has not withdrawn his confession", "X stood by his confession": any verb, where
        # its subject is one the report accuses (not "the officer doubted his confession")
        return [n for n in subjects if n.name in self.accused_so_far]

    def _cautioned_statement(self, noun: Token) -> bool:
        """ "The judge admitted X's warn and caution statement", "he signed his cautioned
        statement only after he was beaten": a statement marked as taken under caution
        (``caution_words``), with an owner of its own (a possessive, "of X") - a suspect is
        cautioned only when police mean to use what he says against him, so it is his
        confession (custodial, by ``kinds.custodial``). So too an interview so marked ("the
        judge admitted X's caution interview", ``interview_nouns``): the caution makes it one
        with the police, never one given to the press (``under_caution``)."""
        if not under_caution(noun, self.lex):
            return False
        return any(c.dep_ == "poss" for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )

    def _read_noun(self, token: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if token.pos_ not in ("NOUN", "PROPN") and not self._participle_as_noun(token):
            return []
        denied_by = self._denial_told(token)  # "X's denial", "X issued a denial"
        # "X did not issue a denial": none given; but "the court did not accept his denial"
        # weighs one given (a verb that gives it, negated, is what says none was)
        not_given = (
            token.dep_ == "dobj"
            and self._not_done(token.head)
            and token.head.lemma_.lower() in lex.confession_givers
        )
        if denied_by and not not_given:
            draft = Draft("denial", token)
            draft.add(denied_by, "accused")
            return [draft]
        told = (
            lemma in lex.confession_nouns
            or any(c.dep_ == "amod" and c.lemma_.lower() in lex.confession_nouns
                   for c in token.children)
            # "X's confession statement was admitted": a statement the noun before names one
            or confession_compound(token, lex)
            or self._told_again(token)
            or self._recorded_as_confession(token)  # "recorded his statement under Section 164"
            or self._cautioned_statement(token)  # "X's warn and caution statement"
            # "X's statement before the magistrate", "the admission attributed to X"
            or bool(self._placed_statement_owners(token))
        )  # "his confession", "a confessional statement", then "such a statement"  # fmt: skip
        # "the court took his admission into account": an accused's own admission, weighed
        weighed = not told and owned_admission(token, lex)
        # "jailed after his guilty plea", "took into account his guilty plea": his own plea
        weighed = weighed or (not told and owned_guilty_plea(token, lex))
        if told or weighed:
            if self._disowns(token):
                return []  # "retracted his confession": a retraction, told elsewhere
            self.confession_words.add(lemma)
            # "X's retracted confession": a confession, and its retraction by its owner
            retraction_cues = self.kinds.retraction_cues
            # "the confession, withdrawn at trial, ...": a participle after it says so too
            retracted_by = next((c for c in token.children if _participle_in(c, retraction_cues)
                                 and (c.dep_ == "amod" or (c.dep_ == "acl" and c.tag_ == "VBN"))),
                                None)  # fmt: skip
            draft = Draft("confession", token)
            owners = self._own_giver(token) or self._clients_own(token)
            owners = owners or self._placed_statement_owners(token)
            owners = owners or self._owners(token, CONFESSION_OWNER_PREPS)
            owners = owners or self._makers(token) or [
                # "extracted a confession from X"
                n for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                for n in self._pobj_names(c)
            ]  # fmt: skip
            if not owners and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
                # "X gave a confessional statement"; "his confession was recorded"
                giver = token.head.lemma_.lower() in lex.confession_givers
                owners = self._agents(token.head) if giver else []
                if token.head.lemma_.lower() in lex.recording_verbs and not owners:
                    # "X recorded a confessional statement before a magistrate": the one
                    # who records it is the confessor, unless the sentence gives them
                    # another part ("Magistrate Z recorded ...", an officer who took it)
                    elsewhere = self.described | self.described_here
                    by_court = self._recorded_by_court(token)
                    owners = [n for n in self._agents(token.head) if n.name not in elsewhere
                              and self._is_person(n) and not by_court]  # fmt: skip
                # "the third suspect to make such a statement after X and Y"
                owners += self._counted_doers(token.head) if giver else []
            if not owners:
                owners = self._whose(token)  # "X, whose confession was broadcast, ..."
            if not owners:
                # "accepting a confession he made to undercover officers": the subject of a
                # relative clause that gives it (parsed a clause on the noun when a name is
                # its subject: "the confession Y made to detectives")
                owners = [n for c in token.children if _gives_clause(c)
                          and c.lemma_.lower() in lex.statement_givers
                          for n in self._agents(c) if self._is_person(n)]  # fmt: skip
            if not owners:
                # "the confession Bikash gave the police", "a confession he was said to have
                # made": the same clause, its giver hung beside the noun by the parser
                giving = lex.statement_givers
                saying = self.kinds.said_cues
                owners = [n for s in contact_givers(token, giving, saying)
                          for n in self._names(s) if self._is_person(n)]  # fmt: skip
            if not owners and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                # "He re-emerged in a televised confession": the one who appeared in it
                verb = token.head.head
                if verb.lemma_.lower() not in lex.disowning_verbs:
                    owners = [n for n in self._agents(verb) if self._is_person(n)]
            if not owners and retracted_by is not None:
                owners = self._sole_confessor(token)  # "The recanted confession was excluded"
            if weighed:  # never "the complainant's admission that she saw nothing"
                owners = [n for n in owners if n.name in self.accused_so_far]
            draft.add(owners, "accused")
            if retracted_by is None:
                return [draft]
            retraction = Draft("retraction", retracted_by)
            retraction.add(owners, "accused")
            return [draft, retraction]
        grounds = self._grounds_of(token) if lemma in lex.grounds_nouns else None
        if grounds is not None:
            # "X was lynched on allegations of blasphemy", "Y was sacked over charges of
            # graft": whom the act was done to stands accused of what the grounds say - the
            # act is the grounds' own, never the one done to them (lynching is the mob's)
            draft = Draft("accusation", token, scope=token)
            deps = PASSIVE_SUBJECTS if self._passive(grounds) else frozenset({"dobj"})
            draft.add(self._names_of_children(grounds, deps), "accused")
            return [draft]
        # "allegations that X killed Y", "rumours that he had committed ...", "the
        # misconduct by X"
        alleged = self._alleged_in_clause(token) or self._wrongdoing_by(token)
        if alleged:
            return alleged
        if lemma in lex.accusation_nouns and self._hedged(token):
            # "his alleged involvement in the murder", "the alleged role of X in the case":
            # whose part the report says is alleged stands accused
            draft = Draft("accusation", token)
            draft.add(self._hedged_owners(token), "accused")
            return [draft]
        if lemma in lex.acquittal_nouns and self._acquittal_told(token):
            # "appealed against the acquittal of X", "X's acquittal sparked protests": an
            # acquittal the sentence speaks of has been given
            draft = Draft("ruling", token, "acquitted")
            draft.add([n for n in self._owners(token) if self._is_person(n)], "accused")
            return [draft]
        warranted = self._warranted(token, lemma)  # "issued a warrant against X"
        if warranted:
            return warranted
        if lemma in lex.arrest_nouns and token.dep_ != "compound":
            # "the arrest of X", "X's arrest"; not "demanded the arrest of X", "X's arrest
            # warrant" (a compound), nor a verb not done ("did not confirm the arrest of X")
            governing = self._governing_verb(token)
            if governing is not None and (
                governing.lemma_.lower() in lex.request_verbs or self._not_done(governing)
            ):
                return []
            draft = Draft("arrest", token, "arrested")
            draft.add([n for n in self._owners(token) if self._is_person(n)], "accused")
            return [draft]
        tried = self._trial_of(token)  # "ordered a fresh trial of X": X is tried
        if tried:
            return tried
        # an accusation noun's "against" names whom it accuses as a charge's does ("the
        # allegation against X", "accusations against him were never proved")
        charging = lemma in lex.charge_nouns or lemma in lex.grounds_nouns
        against = self._charged_against(token) if charging else []
        if against:
            # "charges against X were dropped", "the case against X": whom a charge or a
            # case is against was accused, whatever became of it; not one asked for or not
            # brought ("demanded a case against X", "filed no charges against X"). A verb not
            # done on something else the charge only qualifies leaves it brought ("could not
            # reach a verdict on the charges against X").
            governing = self._governing_verb(token)
            own = governing is not None and token.head.i == governing.i
            # "failed to prove the charges against X": a charge proved or not was brought
            proved = governing is not None and governing.lemma_.lower() in lex.proof_verbs
            asked = governing is not None and governing.lemma_.lower() in lex.request_verbs
            not_done = own and governing is not None and self._not_done(governing)
            if not proved and (asked or not_done):
                return []
            draft = Draft("accusation", token)
            draft.add(against, "accused")
            unproved = proved and governing is not None and self._not_done(governing)
            if unproved and governing is not None and self._held_by_a_court(governing):
                # "The court held that the prosecution had failed to prove the charges
                # against X": the court finds them unproved - an acquittal
                acquittal = Draft("ruling", token, "acquitted")
                acquittal.add(against, "accused")
                return [draft, acquittal]
            return [draft]
        if lemma in lex.crime_nouns and not awarded_term(token, lex):  # "awarded X death"
            draft = Draft("crime", token)
            draft.add(self._noun_doers(token), "accused")  # "the murder of Y by X"
            draft.add(self._charged_offence_owners(token), "victim")
            draft.add(self._owners_past_phrase(token), "victim")  # "kidnapping for ransom of Y"
            # "the Pearl murder case": the name before the crime word is its victim.
            draft.add(self._compound_names(token), "victim")
            return [draft]
        if lemma in lex.complaint_nouns:
            # "registered on the complaint of the victim's father, X", "X's complaint", "the
            # complaint filed by X": whose complaint set the case going is its complainant
            # (a witness); what it is "against" is read as a charge noun's
            draft = Draft("role", token)
            complainants = self._owners(token, frozenset({"of"})) + self._makers(token)
            draft.add([n for n in complainants if self._is_person(n)], "witness")
            return [draft] if draft.parties else []
        role: ParticipantRole | None = None
        further = self._counted_further(token)  # "three members ... a fourth member, X"
        if further:
            draft = Draft("accusation", token)
            draft.add(further, "accused")
            return [draft]
        if lemma in lex.accused_nouns or token.lower_ in lex.accused_nouns:
            if plans_no_crime(token, lex):
                return []  # "his digital mastermind", "the mastermind of the campaign"
            role = "accused"
        elif lex.role_nouns.get(lemma) not in (None, "court"):
            role = lex.role_nouns[lemma]
        if role is None:
            return []
        draft = Draft("accusation" if role == "accused" else "role", token)
        draft.add(self._described(token), role)
        if role in legal_words.OFFICES and role != "defence":
            # not counsel: "a vocal advocate of trade deals" is a supporter
            draft.add(self._holding_office(token), role)
        # "four convicts, A, B, C and D": a plural accused noun with its names lists them
        draft.listing = role == "accused" and token.tag_ == "NNS" and len(draft.parties) >= 2
        return [draft]

    def _acquittal_told(self, noun: Token) -> bool:
        """Whether an acquittal noun tells one given: not one asked for or tried ("sought the
        acquittal of X", "moved for X's acquittal"), nor one a verdict verb rules on ("upheld
        / overturned the acquittal of X", read by ``Rulings``), nor one not done; what an
        appeal is "against" has been given ("appealed against the acquittal of X")."""
        lex = self.lex
        if noun.dep_ == "pobj" and noun.head.lower_ == "against":
            return True
        governing = self._governing_verb(noun)
        if governing is None:
            return True
        lemma = governing.lemma_.lower()
        ruled = self._phrasal(governing, lemma) in lex.verdict_verbs | lex.appeal_verbs.keys()
        asked = lemma in lex.request_verbs or lemma in lex.ruling_verbs
        return not (ruled or asked or self._not_done(governing))

    def _charged_offence_owners(self, noun: Token) -> list[Named]:
        """Whom a crime noun was done to ("the murder of Y", "an attack against Y"); not,
        where the noun is the offence of a charge ("framed charges of murder against X",
        the parser hanging "against" on "murder"), the one the charge is against."""
        owners = self._owners(noun)
        prep = noun.head
        charge = prep.head if noun.dep_ == "pobj" and prep.lower_ == "of" else None
        if charge is None or charge.lemma_.lower() not in self.lex.charge_nouns:
            return owners
        against = {n.name for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
                   for n in self._pobj_names(c)}  # fmt: skip
        return [n for n in owners if n.name not in against]

    def _owners_past_phrase(self, noun: Token) -> list[Named]:
        """Whom a crime noun was done to when a short phrase of its own stands between them:
        "the kidnapping for ransom of Y", which the parser reads as "for ransom" hung on the
        verb and "of Y" on "ransom". Read along the tokens: a preposition right after the
        noun (not "of", "by" or "against", which name the victim, the doer or the accused),
        its object a common noun within two words, and that object's "of" phrase."""
        doc = noun.doc
        prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if prep is None or prep.pos_ != "ADP" or prep.lower_ in _NOT_A_CRIMES_PHRASE:
            return []
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.i > prep.i + 2 or obj.pos_ != "NOUN" or obj.i in self.by_token:
            return []
        return [n for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                for n in self._pobj_names(c) if self._is_person(n)]  # fmt: skip

    def _charged_against(self, noun: Token) -> list[Named]:
        """The people a charge or case noun is against ("the charges against X and Y") or,
        for a charge owned by whom it charges, its owner ("X's charge"), not
        through a compound ("a charge-sheet", "the case file")."""
        if noun.dep_ == "compound" or self._none_brought(noun):
            return []  # "filed no charges against X"
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"]
        found = [n for c in preps for n in self._pobj_names(c)]
        if noun.lemma_.lower() in self.lex.owned_charge_nouns:
            # "X's accessory charge was stayed", "Y's trial": the owner is the one charged -
            # a named owner ("a man accused of killing X ... at his second trial": "his" is
            # whom the sentence is about, which a pronoun's nearest name need not be)
            found += [n for c in noun.children if c.dep_ == "poss" and c.i in self.by_token
                      for n in self._names(c)]  # fmt: skip
        # "charges against a third clerk, X": the name apposed to the common noun
        objects = [o for c in preps for o in c.children if o.dep_ == "pobj"]
        found += [n for o in objects for a in o.children if a.dep_ == "appos"
                  for n in self._names(a)]  # fmt: skip
        if objects and not found:
            # the parser may hang that apposition on the charge noun across its object
            found = [n for a in noun.children if a.dep_ == "appos" and a.i > objects[0].i
                     for n in self._names(a)]  # fmt: skip
        if objects and not found:
            # "a case against Wadera X and 15 others", the name typed as a building: a case
            # is against people (a country's name stays a country: "a case against Pakistan")
            found = [
                n for o in objects for t in self._coordinated(o)
                if (p := self.places.get(t.i)) is not None and p.label != "GPE"
                and (n := self._place_as_person(t)) is not None
            ]  # fmt: skip
        return [n for n in dict.fromkeys(found) if self._is_person(n)]

    def _grounds_of(self, noun: Token) -> Token | None:
        """The verb an accusation noun gives the grounds of ("lynched on allegations of
        X", "sacked over charges"), when the noun names no one of its own ("on allegations
        against Y", "on the charges of the police" are other grammar)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in _GROUNDS_PREPS:
            return None
        if prep.head.pos_ != "VERB" or self._owners(noun):
            return None
        return prep.head

    def _held_by_a_court(self, verb: Token) -> bool:
        """Whether a court says what ``verb`` tells: a court (a judge, a bench) is the subject
        of a clause it hangs in ("the judge ruled that the prosecution had failed to prove
        ...", "the court said the prosecution could not prove ...")."""
        while True:
            if self._by_a_court(verb):
                return True
            if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or verb.head.i == verb.i:
                return False
            verb = verb.head


def _gives_clause(clause: Token) -> bool:
    """A clause on a noun with a subject of its own: a relative clause ("a confession he
    made"), or one the parser calls a clause on the noun ("a confession Y made") - not a
    participle ("the confession made to police", whose maker ``_makers`` reads)."""
    if clause.dep_ == "relcl":
        return True
    return clause.dep_ == "acl" and any(c.dep_ == "nsubj" for c in clause.children)


def _participle_in(word: Token, verbs: frozenset[str]) -> bool:
    """Whether a participle is one of ``verbs``, whatever the tagger made of it: "the
    recanted confession" may come back an adjective with the lemma "recanted"."""
    lower = word.lower_
    stems = {word.lemma_.lower(), lower[:-2], lower[:-1]}  # "recanted", "retracted", "withdrawn"
    return bool(stems & verbs)
