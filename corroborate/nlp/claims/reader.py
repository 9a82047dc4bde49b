"""The claim reader: each legal or criminal act of a sentence, as a ``Claim``.

A verb or noun of the lexicon starts a claim (``_read``; a noun's, ``Nouns``): a ruling with its
outcome, a verdict upheld or set aside, bail and remand, charges framed, an arrest (or a
taking into custody, a surrender to the police or a court), an accusation (or flight, being
wanted for an offence, responsibility for a crime), a confession (or an admission of a
crime) with its setting, a crime with its agent and victim (``CrimeVerbs``). The parties
come from ``Parties`` and ``Descriptions``, what a ruling verb decides from ``Rulings``, pleas,
denials, retractions and settings from ``Answers``, doers the parse hides from ``Doers``,
charges told by what the accused undergoes from ``Facing``, accusations a noun's clause tells
from ``Allegations``, acts told by their count from ``Ordinals``, acts not done (negated,
only possible, asked for) from ``NotDone``; a ruling on a group the sentence counts but does
not name waits for the sentence that names it. What a verb's clause tells ``_read`` comes
from ``Verbs``, the pleas, confessions, denials and retractions a verb tells from
``AnswerVerbs``, whom a sentence's drafts make the accused the report follows from
``SentenceDrafts`` and ``FollowedAccused``, and a draft becomes a ``Claim`` in ``Finished``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.affiliations import drop_affiliations
from corroborate.nlp.claims.after_admitting import AfterAdmitting
from corroborate.nlp.claims.aftermath import Aftermath
from corroborate.nlp.claims.allegations import Allegations
from corroborate.nlp.claims.alleged_deeds import AllegedDeeds
from corroborate.nlp.claims.among_victims import of_one_among_victims
from corroborate.nlp.claims.answer_verbs import AnswerVerbs
from corroborate.nlp.claims.answered_yes import AnsweredYes
from corroborate.nlp.claims.approvers import Approvers
from corroborate.nlp.claims.arrested_described import described_as_arrested
from corroborate.nlp.claims.as_did import AsDid
from corroborate.nlp.claims.bail_admitted import BailAdmitted
from corroborate.nlp.claims.bail_forgone import BailForgone
from corroborate.nlp.claims.billed import a_price_charged
from corroborate.nlp.claims.branded import Branded
from corroborate.nlp.claims.case_against import CaseAgainst
from corroborate.nlp.claims.censure import censure_only
from corroborate.nlp.claims.challenged import StatementChallenged
from corroborate.nlp.claims.charges_read import ChargesRead
from corroborate.nlp.claims.conviction_appealed import ConvictionAppealed
from corroborate.nlp.claims.crime_verbs import CrimeVerbs
from corroborate.nlp.claims.doers import Doers
from corroborate.nlp.claims.doubts import Doubts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.facing import Facing
from corroborate.nlp.claims.filed_naming import named_in_filing
from corroborate.nlp.claims.finished import Finished
from corroborate.nlp.claims.flight_risk import FlightRisk
from corroborate.nlp.claims.followed_accused import FollowedAccused
from corroborate.nlp.claims.footage import Footage
from corroborate.nlp.claims.fugitives import Fugitives
from corroborate.nlp.claims.gapped_awards import GappedAwards
from corroborate.nlp.claims.held_along import joined_to_the_ruled, shares_the_step
from corroborate.nlp.claims.held_beside import held_beside_an_arrest
from corroborate.nlp.claims.identified_next import IdentifiedNext
from corroborate.nlp.claims.involvement import Involvement
from corroborate.nlp.claims.lede_parts import LedeParts
from corroborate.nlp.claims.ledes import Ledes
from corroborate.nlp.claims.list_fellows import ListFellows
from corroborate.nlp.claims.named_as import NamedAs
from corroborate.nlp.claims.nested_speech import NestedSpeech
from corroborate.nlp.claims.not_done import NotDone
from corroborate.nlp.claims.noun_participle import noun_participle
from corroborate.nlp.claims.nouns import Nouns
from corroborate.nlp.claims.ordinals import Ordinals
from corroborate.nlp.claims.papers_say import PapersSay
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.plea_bargains import PleaBargains
from corroborate.nlp.claims.police_say_made import PoliceSayMade
from corroborate.nlp.claims.probed_party import ProbedParty
from corroborate.nlp.claims.proclaimed import Proclaimed
from corroborate.nlp.claims.produced import Produced
from corroborate.nlp.claims.proved import Proved
from corroborate.nlp.claims.public_confessors import PublicConfessors
from corroborate.nlp.claims.punished_admission import PunishedAdmission
from corroborate.nlp.claims.recorded_later import RecordedLater
from corroborate.nlp.claims.refused import refused_confession
from corroborate.nlp.claims.released import Released
from corroborate.nlp.claims.responsibility import Responsibility
from corroborate.nlp.claims.retractions import Retractions
from corroborate.nlp.claims.rulings import REVERSED
from corroborate.nlp.claims.sentence_drafts import SentenceDrafts
from corroborate.nlp.claims.sought import Sought
from corroborate.nlp.claims.spared_trial import SparedTrial
from corroborate.nlp.claims.split_subjects import subjects_split_by_relative
from corroborate.nlp.claims.statement_said import StatementSaid
from corroborate.nlp.claims.status_aside import StatusAside
from corroborate.nlp.claims.the_dead import TheDead
from corroborate.nlp.claims.told_custodians import ToldCustodians
from corroborate.nlp.claims.told_press import ToldPress
from corroborate.nlp.claims.tried_within import StatementTriedWithin
from corroborate.nlp.claims.verbs import Verbs
from corroborate.nlp.claims.victims_told import VictimsTold
from corroborate.records import Claim, Mention

__all__ = ["Reader"]

# How many sentences after it a lede that counts its people may be named in.
_LEDE_WAITS = 3


class Reader(
    PublicConfessors,  # first: it asks ``Settings``, which the chain below holds
    Nouns,
    AnswerVerbs,  # here, the chain's method resolution order is the one it had without it
    Approvers,
    CrimeVerbs,  # (as Approvers: before its base, the chain's order the one it had without it)
    Verbs,
    Finished,
    FollowedAccused,  # before SentenceDrafts, whose predicates it asks (same order)
    SentenceDrafts,
    SparedTrial,  # before NotDone and Facing, which it extends
    NotDone,
    Doers,
    Facing,
    Allegations,
    Ordinals,
    Responsibility,
    Branded,
    IdentifiedNext,  # before Ledes, which it extends
    LedeParts,  # (so does this)
    Ledes,
    Doubts,
    PleaBargains,
    Proved,
    GappedAwards,
    Produced,
    ToldCustodians,
    ToldPress,
    PoliceSayMade,
    AnsweredYes,
    Footage,
    Involvement,
    Fugitives,
    Aftermath,
    Proclaimed,
    FlightRisk,
    BailForgone,
    NamedAs,
    ProbedParty,
    ListFellows,
    ChargesRead,
    BailAdmitted,
    AsDid,
    ConvictionAppealed,
    StatusAside,
    Released,
    Sought,
    CaseAgainst,
    AllegedDeeds,
    StatementSaid,  # before Retractions: both take their settings from ``TakenBackSettings``
    StatementTriedWithin,  # before its base: it asks ``StatementChallenged`` who challenges
    StatementChallenged,
    Retractions,
    RecordedLater,
    NestedSpeech,
    VictimsTold,
    TheDead,
    PapersSay,
    AfterAdmitting,
    PunishedAdmission,
):
    """Reads one parsed document into claims (``run``); what a ruling verb, a plea or a
    denial says is read by ``Rulings`` and ``Answers``, doers the parse hides by ``Doers``."""

    def run(self) -> tuple[list[Claim], list[Mention]]:
        claims: list[Claim] = []
        self.confession_words = set()
        self.people_counted = set()  # "arrested three men": 3 (``Ordinals``)
        self.confession_acts = {}
        self.victim_acts = {}
        self.act_told: str | None = None  # the act the report last named (``the_act_told``)
        self.undergone = {}
        self.proceedings, self.role_apposed = {}, {}  # "the applicant" (``ProceduralRoles``)
        self.released = set()  # the arrested let go since (``Released``)
        self.parts_waiting, self.parts_completed = [], []  # (``LedeParts``)
        self.last_confessed = None  # whose confession "the statement ... recorded" tells again
        # ages given and written, and the parts told of each name (``DescribedPeople``)
        self.ages_named, self.ages_seen, self.parts_told = {}, set(), {}
        # single ledes, with the claim made of each where it named a body's member as accused
        unnamed_before: list[tuple[Span, Draft, Claim | None]] = []
        # plural ledes, with their count and the number of the sentence that tells them
        many_before: list[tuple[Span, Draft, int, int]] = []
        # descriptions an act befell, with their noun, for an identifying next sentence
        described_before: list[tuple[Span, Draft, Token]] = []
        for number, sent in enumerate(self.doc.sents):
            self.sentence_number = number
            self.described_here = {
                n.name for d in self._descriptions(sent, []) for role, n in d.parties.values()
                if role not in ("accused", "official")
            }  # fmt: skip
            drafts: list[Draft] = []
            self.unmade_here = []
            for token in sent:
                self.remember_counsel(token)  # "X's counsel, Y": Y speaks for X hereafter
                drafts.extend(self._read(token))
                drafts.extend(self._responsible(token))  # "X claimed responsibility for"
                drafts.extend(self._branded(token))  # "X, a militant group"
                drafts.extend(self._proclaimed(token))  # "X, a proclaimed offender"
                drafts.extend(self._flight_risk(token))  # "the judge said X posed a flight risk"
                drafts.extend(self._bail_forgone(token))  # "X was not seeking bail"
                drafts.extend(self._conviction_appealed(token))  # "X appealed his conviction"
                drafts.extend(self._status_aside(token))  # "X, now on bail, said ..."
                drafts.extend(self._alleged_deed(token))  # "X, who allegedly organised it"
                drafts.extend(self._arrested_identified(token))  # "named the arrested as X"
            for token in sent:  # "the statement had been recorded before a magistrate"
                if not any(d.cue is token for d in drafts):
                    drafts.extend(self._recorded_later(token))
                    drafts.extend(self._told_within_report(token))  # "police said X told them"
                    drafts.extend(self._told_custodians(token, token.lemma_.lower()))
                    drafts.extend(self._answered_yes(token))  # "Asked ..., X said: 'Yes'"
                    drafts.extend(self._told_press(token))  # 'X told reporters: "I hit him"'
                    drafts.extend(self._said_on_footage(token, token.lemma_.lower(), drafts))
                    drafts.extend(self._statement_said(token, drafts))  # "in a statement, he said"
                    drafts.extend(self._statement_challenged(token))  # "would challenge it"
                    drafts.extend(self._police_say_made(token))  # "the admission police say X made"
            drafts.extend(self._listed(sent))
            drafts.extend(self._descriptions(sent, drafts))
            drafts.extend(self._as_did(drafts))  # "X remains in custody, as does Y"
            drafts.extend(self._statements_tried(sent, drafts))  # "admitted after a voir dire"
            # A pronoun resolved to someone this sentence names as victim, judge ... was
            # resolved wrongly ("helping X murder Y, has had his conviction overturned"); not
            # an official, who may well be the accused ("X, a former minister, was released
            # as he was cleared of all charges").
            here = {
                n.name for d in drafts for role, n in d.parties.values()
                if role not in ("accused", "official")
            }  # fmt: skip
            others = self.described | here
            for d in drafts:
                # "he denied the charge, saying he had signed the statement after being
                # beaten": the victim of the beating the retraction tells is still the one
                # who takes his confession back
                kept = self._abused_taking_back(d, drafts) if self._takes_back(d) else set()
                # "... after he was kidnapped. He re-emerged in a televised confession"
                kept |= self._confessed_in_public(d, here, drafts)
                d.parties = {
                    k: (role, n) for k, (role, n) in d.parties.items()
                    if not (role == "accused" and n.resolved and n.name in others - kept)
                }  # fmt: skip
            self._list_fellows(sent, drafts)  # "indicted X alias Y and Z, warder W and V"
            self._not_the_dead(drafts)  # "a driver detained ... was found dead"
            drafts = [d for d in drafts if not of_one_among_victims(d, self.lex)]
            drafts = [d for d in drafts if not refused_confession(d, self.lex)]  # "refused to"
            drafts = [d for d in drafts if not a_price_charged(d)]  # "charged £500"
            for d in drafts:  # "a Department of Public Works laborer": not the department
                drop_affiliations(d, self.doc, self.by_token, self.lex)
            drafts += self._pleas_after_confessing(drafts)  # "despite his confession, X ..."
            self._no_victims_in_encounters(drafts)
            self._no_body_on_the_case(drafts)  # "..., the District Police Office said"
            drafts = self._only_an_occasion(drafts)  # "... when he was produced before"
            made = {id(d): self._claim(sent, d) for d in drafts if d.parties}
            # steps of "the agent" no one is named for, read again for them (``untied``)
            claims.extend(self._claim(sent, d) for d in self.untied_drafts(sent, drafts))
            claims.extend(made.values())
            self.remember_victims(sent)  # after: a sentence's own victims raise nothing in it
            self.remember_kin(drafts)  # whom "the husband" stands for in the next sentences
            self.remember_couples(drafts)  # and whom "the couple" does ("her husband, Y")
            self.remember_described(sent)  # and whom "the munshi" does ("the kiln munshi, X")
            self.remember_parts(drafts)  # "his uncle, X": a relative, who may yet be accused
            self.remember_proceedings(sent, drafts)  # whose bail or appeal: "the applicant"
            self.remember_counted(sent, drafts)  # "arrested three men": "a fourth youth, X"
            self.act_told = act_of(sent.text) or self.act_told
            self.accused_so_far |= {n.name for d in drafts for n in d.accused}
            for d in drafts:  # who was arrested, convicted ... ("the four arrested")
                self.undergone.setdefault(d.outcome or "", set()).update(n.name for n in d.accused)
            self.released |= self._released(drafts)  # "detained X but released him"
            confessed = [
                n for d in drafts if d.kind in ("confession", "retraction") for n in d.accused
            ]  # fmt: skip
            if confessed:
                self.last_confessed = (number, confessed)
            self.confessors |= {  # whose "statement" a later retraction takes back
                n.name for d in drafts if d.kind == "confession" for n in d.accused
            }  # fmt: skip
            # "A 22-year-old man has been refused bail ... Liam Dwyer, 22, appeared ...": the
            # unnamed one of the sentence before, named here
            named_next = (
                self._named_next(
                    sent,
                    self._not_their_rank(others, drafts, [(s, d) for s, d, _ in unnamed_before]),
                )
                if unnamed_before
                else None
            )
            if named_next is not None:
                for lede_sent, lede, member in unnamed_before:
                    draft = Draft(lede.kind, lede.cue, lede.outcome, taken_back=lede.taken_back)
                    draft.add([named_next], "accused")
                    # "a worker of the UHF ... confessed": the one member, named now, in
                    # place of the body's members the lede was read to accuse
                    if member is not None:
                        claims = [c for c in claims if c is not member]
                        others_of = {k: v for k, v in lede.parties.items() if v[0] != "accused"}
                        draft.parties.update(others_of)  # the court, the police ... it told
                    claims.append(self._claim(lede_sent, draft))
            # "The driver ... was taken into custody. Police identified him as X"
            for lede_sent, lede, lede_noun in described_before if named_next is None else []:
                identified = self._identified_next(sent, lede_noun, others)
                if identified is not None:
                    draft = Draft(lede.kind, lede.cue, lede.outcome, taken_back=lede.taken_back)
                    draft.add([identified], "accused")
                    claims.append(self._claim(lede_sent, draft))
            described_before = [
                (sent, d, n) for d in drafts if (n := self._described_one(d)) is not None
            ]
            unnamed_before = [
                (sent, d, made.get(id(d)) if d.accused else None)
                for d in drafts if self._unnamed_one(d)
            ]  # fmt: skip
            # (an official is no one else: "Governor X was charged ... the magistrate, who
            # released him on bail" - the accused may well hold an office)
            self.described |= {
                n.name for d in drafts for role, n in d.parties.values()
                if role not in ("accused", "official")
            }  # fmt: skip
            # The sentence that names a group counted before: a list, or rulings, charges
            # and arrests naming two or more ("convicted X, Y and Z, while W was sentenced
            # to ...": W is of the group too)
            rulings = [d for d in drafts if d.kind in ("ruling", "charge", "arrest")]
            named = {n.name for d in rulings for n in d.accused}
            listed = [d for d in drafts if d.listing and d.parties] or (
                rulings if len(named) >= 2 else []
            )
            # "... extended the detention of the three. Police identified them as X, Y, Z"
            group = self._group_identified(sent) if self.unnamed_rulings else None
            listed = listed or ([group] if group is not None else [])
            # a list of others ("Two other suspects, X and Y, were released") names a group
            # besides the one an unnamed ruling spoke of
            besides_only = bool(listed) and all(d.besides for d in listed)
            bound_by_list = (
                [r for _, r in self.unnamed_rulings] if listed and not besides_only else []
            )
            for ruling_sent, ruling in self.unnamed_rulings if listed and not besides_only else []:
                # "sentenced 16 policemen ... The convicts are X, Y and Z"
                draft = Draft(ruling.kind, ruling.cue, ruling.outcome)
                draft.parties = {k: v for d in listed for k, v in d.parties.items()}
                claims.append(self._claim(ruling_sent, draft))
                # "acquitted the 16 PAC men ... Those acquitted include X, Y": they, not a group
                self.groups_named |= {
                    (n.name, str(n.members)) for n in self.counted_members(ruling)
                }
            if listed:
                self.unnamed_rulings = []
            self.unnamed_rulings += [
                (sent, d) for d in drafts
                if d.kind == "ruling" and (d.unnamed_plural or self.counted_members(d))
            ]  # fmt: skip
            # "Three men have been jailed ... X, Y and Z admitted robbery": the plural lede's
            # people, named together next as many as it counted (not a ruling a list above
            # has bound: "Five people were held in a raid ... X, Y, Z, V and W were charged"
            # binds the arrest)
            ledes = [(s, d) for s, d, _, _ in many_before]
            named_with = self._not_their_rank(others, drafts, ledes)
            many = self._group_named(sent, named_with, keep=bool(many_before))
            if many:
                self.last_group = many
            bound_many: list[Named] = []
            for lede_sent, lede, counted, _ in many_before if many else []:
                if counted in (0, len(many)) and lede not in bound_by_list:
                    draft = Draft(lede.kind, lede.cue, lede.outcome)
                    draft.add(many, "accused")
                    claims.append(self._claim(lede_sent, draft))
                    bound_many = many
            if many:
                self.last_group_accused = bool(bound_many)
            # "Two checkers and a driver have been charged ... The checkers, X and Y, ..."
            for lede_sent, part in [] if bound_many else self._lede_parts_named(sent, named_with):
                claims.append(self._claim(lede_sent, part))
            self.remember_lede_parts(sent, number, drafts)
            # a lede that counts its people waits a few sentences for them while no group
            # is named: "extended the custody of three persons ... [the judge, the police's
            # request] ... X, Y and Z were arrested last week"
            waiting = [
                (s, d, size, told) for s, d, size, told in many_before
                if size > 0 and not many and number - told < _LEDE_WAITS
            ]  # fmt: skip
            many_before = [
                (sent, d, size, number) for d in drafts
                if (size := self._unnamed_many(d)) is not None
            ] + waiting  # fmt: skip
            # whom "he", "they", "the pair" stand for in the sentences next
            self._follow_the_accused(drafts, rulings, named_next, bound_many)
            self.follow_lede_group()  # "two checkers and a driver", all named: "them"
        claims = self.without_groups_named(claims)
        claims.sort(key=lambda c: (c.start, c.cue))
        return claims, self.extra

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
        if gerund:  # "mentions X confessing to ...", tagged as a noun
            lemma = token.lower_[:-3]
        elif token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG"):
            # "X's retraction of his confession", "his claim that he confessed under torture"
            return self._nouns_taken_back(token) + self._read_noun(token, lemma)
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
        if verdict or lemma in lex.bail_verbs or lemma in lex.remand_verbs:
            out.extend(self._verdicts(token, phrasal))
        out.extend(self._jailed(token, lemma))  # "jailed for life", "sent to prison for ..."
        out.extend(self._received(token, lemma))  # "received a three-year sentence"
        out.extend(self._term_awarded(token, phrasal))  # "gave X 14 years", "awarded X death"
        out.extend(self._gapped_awards(token, phrasal, out))  # "X to death and Y to life"
        out.extend(self._served(token, lemma))  # "was ordered to serve a minimum of 18 years"
        out.extend(self._doubt_given(token, lemma))  # "gave X the benefit of the doubt"
        out.extend(self._plea_bargained(token, lemma))  # "X entered into a plea bargain"
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
