"""The claim reader: each legal or criminal act of a sentence, as a ``Claim``.

A verb or noun of the lexicon starts a claim (``_read``, ``_read_noun``): a ruling with its
outcome, a verdict upheld or set aside, bail and remand, charges framed, an arrest (or a
taking into custody, a surrender to the police or a court), an accusation (or flight, being
wanted for an offence, responsibility for a crime), a confession (or an admission of a
crime) with its setting, a crime with its agent and victim. The parties
come from ``Parties`` and ``Descriptions``, what a ruling verb decides from ``Rulings``, pleas,
denials, retractions and settings from ``Answers``, doers the parse hides from ``Doers``,
charges told by what the accused undergoes from ``Facing``, accusations a noun's clause tells
from ``Allegations``, acts told by their count from ``Ordinals``, acts not done (negated,
only possible, asked for) from ``NotDone``; a ruling on a group the sentence counts but does
not name waits for the sentence that names it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon import legal as legal_words
from corroborate.nlp.acts import act_of, everyday_senses
from corroborate.nlp.claims.allegations import Allegations
from corroborate.nlp.claims.branded import Branded
from corroborate.nlp.claims.doers import Doers
from corroborate.nlp.claims.doubts import Doubts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.everyday import confesses_no_crime, plans_no_crime
from corroborate.nlp.claims.facing import Facing
from corroborate.nlp.claims.fugitives import Fugitives
from corroborate.nlp.claims.governed import asides, governed_words
from corroborate.nlp.claims.involvement import Involvement
from corroborate.nlp.claims.ledes import Ledes
from corroborate.nlp.claims.named_as import NamedAs
from corroborate.nlp.claims.not_done import NotDone
from corroborate.nlp.claims.ordinals import Ordinals
from corroborate.nlp.claims.parties import (
    ACTIVE_SUBJECTS,
    CONFESSION_OWNER_PREPS,
    PASSIVE_SUBJECTS,
)
from corroborate.nlp.claims.produced import Produced
from corroborate.nlp.claims.responsibility import Responsibility
from corroborate.nlp.claims.retractions import Retractions
from corroborate.nlp.claims.rulings import REVERSED
from corroborate.nlp.claims.terms import awarded_term
from corroborate.nlp.claims.victims_told import VictimsTold
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import (
    HELD_WITHOUT_CHARGE,
    Claim,
    Kind,
    Mention,
    Participant,
    ParticipantRole,
    Range,
)

__all__ = ["Reader"]

# The prepositions that give an act's grounds: "lynched on allegations of ...", "sacked over".
_GROUNDS_PREPS = frozenset({"on", "over"})
# The prepositions after a crime noun that name its victim, doer or accused themselves
# ("the murder of Y", "by X", "against X"), not a phrase of the crime's own ("for ransom").
_NOT_A_CRIMES_PHRASE = frozenset({"of", "by", "against"})
# The kinds whose act is what their cue governs: what is confessed or alleged (``governed``).
_GOVERNED_KINDS = frozenset({"confession", "accusation"})
# How many sentences after it a lede that counts its people may be named in.
_LEDE_WAITS = 3
# The outcomes of a first award: whose sentences a later "overturned the sentences" means.
_SENTENCING = frozenset({"sentenced", "convicted"})
# A clause with no subject of its own shares its head's, up through these links: "Trump
# responded by calling X a fool and accusing him of ...": the subject of "accusing" is Trump.
_SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


class Reader(
    NotDone,
    Doers,
    Facing,
    Allegations,
    Ordinals,
    Responsibility,
    Branded,
    Ledes,
    Doubts,
    Produced,
    Involvement,
    Fugitives,
    NamedAs,
    Retractions,
    VictimsTold,
):
    """Reads one parsed document into claims (``run``); what a ruling verb, a plea or a
    denial says is read by ``Rulings`` and ``Answers``, doers the parse hides by ``Doers``."""

    def run(self) -> tuple[list[Claim], list[Mention]]:
        claims: list[Claim] = []
        self.confession_words = set()
        self.confession_acts = {}
        self.victim_acts = {}
        self.act_told: str | None = None  # the act the report last named (``the_act_told``)
        self.undergone = {}
        unnamed_before: list[tuple[Span, Draft]] = []
        # plural ledes, with their count and the number of the sentence that tells them
        many_before: list[tuple[Span, Draft, int, int]] = []
        for number, sent in enumerate(self.doc.sents):
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
            drafts.extend(self._listed(sent))
            drafts.extend(self._descriptions(sent, drafts))
            # A pronoun resolved to someone this sentence names as victim, judge ... was
            # resolved wrongly ("helping X murder Y, has had his conviction overturned"); not
            # an official, who may well be the accused ("X, a former minister, was released
            # as he was cleared of all charges").
            others = self.described | {
                n.name for d in drafts for role, n in d.parties.values()
                if role not in ("accused", "official")
            }  # fmt: skip
            for d in drafts:
                d.parties = {
                    k: (role, n) for k, (role, n) in d.parties.items()
                    if not (role == "accused" and n.resolved and n.name in others)
                }  # fmt: skip
            drafts += self._pleas_after_confessing(drafts)  # "despite his confession, X ..."
            self._no_victims_in_encounters(drafts)
            claims.extend(self._claim(sent, d) for d in drafts if d.parties)
            self.remember_victims(sent)  # after: a sentence's own victims raise nothing in it
            self.remember_kin(drafts)  # whom "the husband" stands for in the next sentences
            self.act_told = act_of(sent.text) or self.act_told
            self.accused_so_far |= {
                n.name for d in drafts for role, n in d.parties.values() if role == "accused"
            }
            for d in drafts:  # who was arrested, convicted ... ("the four arrested")
                self.undergone.setdefault(d.outcome or "", set()).update(
                    n.name for role, n in d.parties.values() if role == "accused"
                )
            self.confessors |= {  # whose "statement" a later retraction takes back
                n.name for d in drafts if d.kind == "confession"
                for role, n in d.parties.values() if role == "accused"
            }  # fmt: skip
            # "A 22-year-old man has been refused bail ... Liam Dwyer, 22, appeared ...": the
            # unnamed one of the sentence before, named here
            named_next = (
                self._named_next(sent, self._not_their_rank(others, drafts, unnamed_before))
                if unnamed_before
                else None
            )
            if named_next is not None:
                for lede_sent, lede in unnamed_before:
                    draft = Draft(lede.kind, lede.cue, lede.outcome, taken_back=lede.taken_back)
                    draft.add([named_next], "accused")
                    claims.append(self._claim(lede_sent, draft))
            unnamed_before = [(sent, d) for d in drafts if self._unnamed_one(d)]
            self.described |= {
                n.name for d in drafts for role, n in d.parties.values() if role != "accused"
            }
            # The sentence that names a group counted before: a list, or rulings, charges
            # and arrests naming two or more ("convicted X, Y and Z, while W was sentenced
            # to ...": W is of the group too)
            rulings = [d for d in drafts if d.kind in ("ruling", "charge", "arrest")]
            named = {n.name for d in rulings for role, n in d.parties.values() if role == "accused"}
            listed = [d for d in drafts if d.listing and d.parties] or (
                rulings if len(named) >= 2 else []
            )
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
            # and the defendants who plead ("X pleaded not guilty alongside Y and Z"): whom
            # "they" and "all three defendants" stand for next
            accused = [
                n for d in drafts
                if d.kind in ("ruling", "charge", "arrest") or d.listing
                or self._in_the_case(d) or self._pleads(d) or self._stands_accused(d)
                for role, n in d.parties.values() if role == "accused"
            ]  # fmt: skip
            sentenced = [
                n for d in rulings if d.kind == "ruling" and d.outcome in _SENTENCING
                for role, n in d.parties.values() if role == "accused"
            ]  # fmt: skip
            for n in sentenced:
                self.sentenced.setdefault(n.name, n)
            if named_next is not None and not accused:
                accused = [named_next]  # whom "he" stands for next
            if bound_many and not accused:
                accused = bound_many  # whom "the pair", "they" stand for next
            if accused:
                # "The other accused included X, Y": the group grows ("All the accused
                # denied the charges" next are those followed before and X, Y)
                lists = [d for d in drafts if d.listing and d.parties]
                besides = bool(lists) and all(d.besides for d in lists)
                # "The EOW also arrested Y": Y joins them ("Both were remanded" next)
                besides = besides or any(self._added(d) for d in rulings)
                before = self.last_accused if besides else []
                self.last_accused = list(dict.fromkeys([*before, *accused]))
                for n in accused:
                    self.all_accused.setdefault(n.name, n)
            elif self.unmade_here:
                self.last_accused = list(dict.fromkeys(self.unmade_here))
        claims = self.without_groups_named(claims)
        claims.sort(key=lambda c: (c.start, c.cue))
        return claims, self.extra

    def _added(self, draft: Draft) -> bool:
        """Whether a ruling, charge or arrest adds its people to those told before: its verb
        has an additive adverb ("police also arrested Y", "Y was arrested too")."""
        cue, words = draft.cue, self.lex.additive_adverbs
        return cue.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advmod" and c.lower_ in words for c in cue.children
        )

    def _doers_written(self, draft: Draft) -> bool:
        """Whether every accused of a draft is named where it stands (a name, not a pronoun
        or a common noun resolved to someone)."""
        accused = [n for role, n in draft.parties.values() if role == "accused"]
        doc = self.doc
        return bool(accused) and all(
            (span := doc.char_span(n.start, n.end, alignment_mode="expand")) is not None
            and any(t.i in self.by_token for t in span)
            for n in accused
        )

    def _no_victims_in_encounters(self, drafts: list[Draft]) -> None:
        """ "Two suspected robbers, X and Y, were killed in an exchange of fire with police":
        the dead the sentence itself accuses (a description, an accusation) fell in an armed
        clash with the law (``encounter_nouns``), as the police tell it - accused, not the
        victims of a crime. A policeman killed there, whom nothing accuses, stays a victim."""
        accused = {n.name for d in drafts if d.kind != "crime"
                   for role, n in d.parties.values() if role == "accused"}  # fmt: skip
        for d in drafts:
            if d.kind != "crime" or not self._in_an_encounter(d.cue):
                continue
            d.parties = {
                k: (role, n) for k, (role, n) in d.parties.items()
                if not (role == "victim" and n.name in accused)
            }  # fmt: skip

    def _in_an_encounter(self, verb: Token) -> bool:
        """Whether a killing verb's "in" or "during" phrase is an armed clash ("killed in an
        encounter", "in an exchange of fire")."""
        places = prep_objects(verb, ("in", "during"))
        return any(o.lemma_.lower() in self.lex.encounter_nouns for o in places)

    def _in_the_case(self, draft: Draft) -> bool:
        """Whether an accusation puts people in the case's papers: "X and Y are named in the
        indictment", "named as accused in the charge sheet" - a verb of accusing whose own
        phrase names a charge or case, as a charge would. They become the parties the
        report follows ("They were remanded", "his clients pleaded not guilty")."""
        cue = draft.cue
        if draft.kind != "accusation" or cue.pos_ not in ("VERB", "AUX"):
            return False
        nouns = self.lex.charge_nouns
        return any(t.lemma_.lower() in nouns for t in cue.subtree if t.i > cue.i)

    def _not_their_rank(
        self, others: set[str], drafts: list[Draft], ledes: list[tuple[Span, Draft]]
    ) -> set[str]:
        """The names a sentence gives another part, less the ranks of the officers an unnamed
        lede told of ("A police officer has been charged ... Constable X appeared"): the
        rank names the lede's own one, no other part."""
        if not any(self._counts_office_holders(d) for _, d in ledes):
            return others
        ranked = {
            n.name for d in drafts for role, n in d.parties.values() if role == "investigator"
        }
        return others - ranked

    def _stands_accused(self, draft: Draft) -> bool:
        """Whether an accusation says who stands accused, as a charge does: "X and Y are
        accused of killing Z", "X, accused of fraud, ..." - the passive participle with no
        one named as the accuser ("accused by his rival of lying" is one party's word).
        They become the parties the report follows ("Both the accused denied the charges")."""
        cue = draft.cue
        if draft.kind != "accusation" or cue.tag_ != "VBN":
            return False
        if cue.lemma_.lower() not in self.lex.accuse_verbs:
            return False
        # "after being accused of blasphemy" tells why something befell them, not a case
        being = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in cue.children)
        return not being and not any(c.dep_ == "agent" for c in cue.children)

    def _admits_charge(self, verb: Token) -> bool:
        """ "X admitted two counts of fraud", "admitted the charge", "admitted to one count
        of conspiracy": what is admitted is a count or charge (``pleaded_nouns``), which one
        admits only by a plea in court."""
        nouns = self.lex.pleaded_nouns
        admitted = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("to",))
        return any(c.lemma_.lower() in nouns for c in admitted)

    def _pleads(self, draft: Draft) -> bool:
        """Whether a denial or confession is a plea entered in court ("pleaded not guilty")."""
        cue = draft.cue
        return draft.kind in ("denial", "confession") and (
            cue.lemma_.lower() in self.lex.guilty_pleas and self._plea(cue) is not None
        )

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
        if lemma in lex.approver_nouns:
            return self._turned_approver(token)
        if self._participle_as_noun(token):  # "The accused, X and Y, were sent to jail"
            return self._read_noun(token, token.lower_)
        gerund = token.lower_.endswith("ing") and token.lower_[:-3] in lex.confess_verbs
        if gerund:  # "mentions X confessing to ...", tagged as a noun
            lemma = token.lower_[:-3]
        elif token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBD", "VBG"):
            return self._read_noun(token, lemma)
        if self._not_done(token) and not self._term_to_serve(token, lemma):
            self._keep_in_focus(token, lemma)
            # "failed to prove the charges against X", the court's finding: an acquittal
            failed = self._failed_attempt(token, lemma) + self._not_proved(token, lemma)
            return failed + self._not_heard(token, lemma)
        phrasal = self._phrasal(token, lemma)
        out: list[Draft] = self._not_heard(token, lemma)  # "declined to hear the appeal"
        # "X was fined", "X was bailed to appear": a disposal verb; not its phrasal senses
        # ("bailed out the bank")
        disposal = lex.sentencing_verbs.get(lemma) if phrasal == lemma else None
        if lemma in lex.ruling_verbs or disposal is not None:
            draft = Draft("ruling", token, lex.ruling_verbs.get(lemma) or disposal)
            reduced = self._reduced_relative(token)
            patients = self._agents(token) if reduced else self._patients(token)
            if not reduced:
                # "acquitted Tahir Zahoor" typed as a place, alone or as an item of a list
                # ("acquitted X, Y and Z" with Z typed a place)
                patients += [n for n in self._places_ruled_on(token) if n not in patients]
            draft.add(patients, "accused")
            draft.add([] if reduced else self._agents(token), "court")
            draft.unnamed_plural = not patients and self._unnamed_group(token)
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if not patients and not draft.unnamed_plural and not passive:
                draft.add(self._name_after(token, self._passable(token)), "accused")
            if not self._accused_in(draft) and not draft.unnamed_plural and not passive:
                draft.add(self._left_out_object(token), "accused")
            if self._accused_in(draft):
                draft.add(self._along_with(token), "accused")  # "convicted alongside Y"
            # a disposal verb with no one it disposes of is no ruling ("admitted to bail",
            # its "bail" parsed as a verb whose subject is the one bailed)
            if lemma in lex.ruling_verbs or self._accused_in(draft):
                out.append(draft)
        if lemma in lex.interrogation_verbs or self._held_in_custody(token):
            out.extend(self._custody_granted(token))
        if lemma in lex.clearing_verbs:
            out.extend(self._cleared(token))
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
        out.extend(self._served(token, lemma))  # "was ordered to serve a minimum of 18 years"
        out.extend(self._doubt_given(token, lemma))  # "gave X the benefit of the doubt"
        out.extend(self._hired_doers(token))  # "the shooters were hired by X"
        out.extend(self._produced(token, lemma))  # "police produced X before the court"
        out.extend(self._involved(token))  # "X and Y were involved in the attack"
        out.extend(self._named_as_list(token))  # "names X as the accused, Y as its supplier"
        out.extend(self._held_without_bail(token, lemma))  # "held without bond"
        out.extend(self._held_by_order(token, lemma))  # "allowed police to detain X"
        out.extend(self._days_granted(token, lemma))  # "the magistrate granted five days"
        out.extend(self._ordered_to_pay(token, lemma))  # "was ordered to pay a fine"
        outer = self._embedding_outcome(token)
        for draft in out if outer == "overturned" else []:
            # "reversed a decision to overturn the conviction of X": the conviction stands
            draft.outcome = REVERSED.get(draft.outcome or "", draft.outcome)
        if lemma in lex.offence_verbs and not self._names_offence(token):
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
            out.extend(self._framed(token))
        if lemma in lex.arrest_verbs:
            draft = Draft("arrest", token, self._arrest_outcome(token, lex.arrest_verbs[lemma]))
            draft.add(self._not_its_subject(token, self._patients(token)), "accused")
            draft.add(self._counted_doers(token), "accused")  # "the third to be arrested"
            draft.add(self._along_with(token), "accused")  # "X was arrested along with Y"
            draft.add(self._agents(token), "investigator")
            out.append(draft)
        if lemma in lex.holding_verbs and (self._held_in_a_raid(token) or self._held_for(token)):
            draft = Draft("arrest", token, "arrested")  # "X was held in a dawn raid"
            draft.add(self._not_its_subject(token, self._patients(token)), "accused")
            draft.add(self._agents(token), "investigator")
            # someone held, or an unnamed plural a next sentence may name ("Five people were
            # held"); not what else is held ("held a press conference during the crackdown")
            if self._accused_in(draft) or not draft.parties:
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
        if lemma in lex.wanting_verbs and self._wanted(token) and self._names_offence(token):
            draft = Draft("accusation", token)  # "X is wanted in connection with the murder"
            draft.add([n for n in self._patients(token) if self._is_person(n)], "accused")
            out.append(draft)
        if lemma in lex.flight_verbs:
            draft = Draft("accusation", token)  # "X has been absconding since the murder"
            draft.add([a for a in self._agents(token) if self._is_person(a)], "accused")
            out.append(draft)
        out.extend(self._fled(token))  # "X, who is still at large", "X has evaded arrest"
        if lemma in lex.accuse_verbs and not self._calls(token):
            draft = Draft("accusation", token)
            patients = self._done_to(token, self._patients(token))
            draft.add(self._not_its_subject(token, patients), "accused")
            if not self._accused_in(draft):  # "X accused that Y had close links with ..."
                draft.add(self._not_its_subject(token, self._doers_in_clause(token)), "accused")
            out.append(draft)
        plea = self._plea(token) if lemma in lex.guilty_pleas else None
        if lemma in lex.admission_verbs and self._admits_charge(token):
            plea = "guilty"  # "X admitted two counts of fraud": a plea, in court
        confessed = lemma in lex.confess_verbs and not confesses_no_crime(token, lex)
        admitted = lemma in lex.admission_verbs and (
            self._admits_crime(token) or self._admits_own_deed_in_custody(token)
        )
        confessors: list[Named] = []
        if confessed or admitted or plea == "guilty":
            draft = Draft("confession", token, "guilty_plea" if plea else None)
            confessors = self._agents(token)
            if not confessors and token.dep_ == "conj" and self._shares_subject(token):
                # "X was arrested and confessed": no one is "confessed", so the subject
                # shared with a passive first conjunct is the confessor
                confessors = self._subjects(token)
            if not confessors and _after_apposition(token):
                # "The suspect, X son of Y, confessed during interrogation" parsed as a
                # participle of "suspect": the verb of the noun the apposition closes
                confessors = self._names(token.head)
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
        if plea == "not guilty" or (lemma in self.kinds.denial_cues and self._answers(token)):
            # "X pleaded not guilty", "X denied the charges", "X denied killing him"
            draft = Draft("denial", token)
            draft.add(self._answerers(token), "accused")
            if plea == "not guilty":  # "X pleaded not guilty alongside Y": Y pleaded too
                draft.add(self._along_with(token), "accused")
            out.append(draft)
        elif lemma in self.kinds.reporting_cues:
            # "X said he did not kill her", "his lawyer said he was innocent"
            deniers = self._denied_in_content(token)
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
            if not retractors and self._pronoun_after_confessing(token):
                # "X had confessed before a magistrate, but at the trial he disowned it": the
                # pronoun stands for the one who confessed in the first conjunct
                retractors = self._agents(token.head)
            before = self.confessors | self._confessed_before(token)
            if retractors and all(n.name in before for n in retractors):
                draft = Draft("retraction", token)
                draft.add(retractors, "accused")
                out.append(draft)
            elif (retractors and self._owned_by(retracted, retractors)
                  and self._setting_taken_back(retracted) != "unknown"):  # fmt: skip
                told = Draft("confession", token, taken_back=retracted)
                told.add(retractors, "accused")
                draft = Draft("retraction", token)
                draft.add(retractors, "accused")
                out += [told, draft]
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
        if lemma in lex.finding_verbs:
            guilty = self._guilty(token)
            if guilty is not None:
                out.append(guilty)
        if lemma in lex.declare_verbs and self._declares_absconder(token):
            draft = Draft("ruling", token, "proclaimed_offender")
            absconders = self._patients(token)
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
        if lemma in lex.crime_verbs or phrasal in lex.crime_verbs or lemma == "die":
            draft = Draft("crime", token)
            if lemma == "die":
                draft.add(self._agents(token), "victim")
            else:
                if not self._abuse_claimed(token):
                    draft.add(self._patients(token), "victim")
                # "shot a short film": acting on a thing, the verb tells no crime and no doer;
                # "X shot himself": no one else did it
                everyday = bool(everyday_senses([token]))
                acts_on_itself = self.acts_on_itself(token)
                agents = [] if everyday or acts_on_itself else self._agents(token)
                agents = [a for a in agents if self.can_do(a)]
                draft.add(agents, "accused")
                leaders = [] if everyday else self._leaders(token)  # "gunmen led by X attacked"
                draft.add(leaders, "accused")
                # "killed on the orders of X", "X hired Y to kill Z"
                draft.add([] if everyday else self._instigators(token), "accused")
            out.append(draft)
        return out

    def _hyphened_lemma(self, token: Token) -> str:
        """The token's lemma, joined to the word before a hyphen when the two make a charge
        verb the tokenizer split ("charge-sheeted": "charge", "-", "sheeted")."""
        lemma = token.lemma_.lower()
        if token.i >= 2 and self.doc[token.i - 1].text == "-":
            joined = f"{self.doc[token.i - 2].lower_}-{lemma}"
            if joined in self.lex.charge_verbs:
                return joined
        return lemma

    def _abuse_claimed(self, verb: Token) -> bool:
        """ "X submitted a petition stating that he had been tortured during remand": a
        word of coercion (``kinds.coercion``) in a clause someone reports is the accused's
        complaint of how a confession was taken - it makes no one the case's victim (who
        would never be its accused)."""
        if not self.kinds.coercion.search(verb.text):
            return False
        cues = self.kinds.reporting_cues
        return any(a.dep_ in ("ccomp", "conj") and a.head.lemma_.lower() in cues
                   for a in [verb, *verb.ancestors])  # fmt: skip

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
        if verb.lemma_.lower() in lex.confession_givers | lex.recording_verbs:
            return subjects
        # "X has not withdrawn his confession", "X stood by his confession": any verb, where
        # its subject is one the report accuses (not "the officer doubted his confession")
        return [n for n in subjects if n.name in self.accused_so_far]

    def _turned_approver(self, noun: Token) -> list[Draft]:
        """ "X turned approver", "X became an approver": an accomplice who confesses for a
        pardon; his confession, whatever the tagger makes of the word (a noun, an adverb),
        where it completes a verb of becoming (``becoming_verbs``) whose subject is X."""
        verb = noun.head
        if noun.dep_ not in ("attr", "acomp", "oprd", "advmod", "dobj", "xcomp"):
            return []
        if verb.lemma_.lower() not in self.lex.becoming_verbs or self._not_done(verb):
            return []
        draft = Draft("confession", noun)
        turned = [n for n in self._agents(verb) if self._is_person(n)]
        if not turned and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "..., with one of the arrested men, X, turning approver": the absolute "with"
            # names who does it (the parser hangs the participle on the main verb)
            turned = [n for p in prep_objects(verb.head, ("with",)) if p.i < verb.i
                      for n in self._names(p) if self._is_person(n)]  # fmt: skip
        draft.add(turned, "accused")
        return [draft]

    def _read_noun(self, token: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if token.pos_ not in ("NOUN", "PROPN") and not self._participle_as_noun(token):
            return []
        denied_by = self._denial_told(token)  # "X's denial", "X issued a denial"
        if denied_by and not (token.dep_ == "dobj" and self._not_done(token.head)):
            draft = Draft("denial", token)
            draft.add(denied_by, "accused")
            return [draft]
        if (
            lemma in lex.confession_nouns
            or any(c.dep_ == "amod" and c.lemma_.lower() in lex.confession_nouns
                   for c in token.children)
            or self._told_again(token)
            or self._recorded_as_confession(token)  # "recorded his statement under Section 164"
        ):  # "his confession", "a confessional statement", then "such a statement"  # fmt: skip
            if self._disowns(token):
                return []  # "retracted his confession": a retraction, told elsewhere
            self.confession_words.add(lemma)
            # "X's retracted confession": a confession, and its retraction by its owner
            retraction_cues = self.kinds.retraction_cues
            retracted_by = next((c for c in token.children if c.dep_ == "amod"
                                 and c.lemma_.lower() in retraction_cues), None)  # fmt: skip
            draft = Draft("confession", token)
            owners = self._own_giver(token) or self._owners(token, CONFESSION_OWNER_PREPS)
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
                # relative clause that gives it
                owners = [n for c in token.children if c.dep_ == "relcl"
                          and c.lemma_.lower() in lex.confession_givers | lex.recording_verbs
                          for n in self._agents(c) if self._is_person(n)]  # fmt: skip
            if not owners and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
                # "He re-emerged in a televised confession": the one who appeared in it
                verb = token.head.head
                if verb.lemma_.lower() not in lex.disowning_verbs:
                    owners = [n for n in self._agents(verb) if self._is_person(n)]
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
        against = self._charged_against(token) if lemma in lex.charge_nouns else []
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
        """The people a charge or case noun is against ("the charges against X and Y"), not
        through a compound ("a charge-sheet", "the case file")."""
        if noun.dep_ == "compound" or self._none_brought(noun):
            return []  # "filed no charges against X"
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"]
        found = [n for c in preps for n in self._pobj_names(c)]
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

    def _not_its_subject(self, verb: Token, patients: list[Named]) -> list[Named]:
        """A personal pronoun that is the object of a verb never stands for the subject of
        its own clause - that would be "himself": in "Mrs. X accused him of sexism" and "Y
        responded by accusing him of ...", "him" is not Mrs. X nor Y. A pronoun resolved to
        that subject was resolved wrongly and names no one the sentence accuses."""
        text = self.doc.text
        pronouns = [n for n in patients if text[n.start : n.end].lower() in PERSONAL_PRONOUNS]
        if not pronouns:
            return patients
        subjects = {n.name for n in self._clause_subjects(verb)}
        return [n for n in patients if n not in pronouns or n.name not in subjects]

    def _doers_in_clause(self, verb: Token) -> list[Named]:
        """Who does what an accusing verb's clause tells: "X accused that Y had close links
        with ...", "police suspect that Y killed Z" (the clause's subject), "X accused
        that he was tortured by Y" (a passive clause's "by" agent, never its subject, who
        is what was done to). The accusation is put as a clause where South Asian English
        puts it as an object ("accused Y of ...")."""
        return [
            n for c in verb.children if c.dep_ == "ccomp" and self._tells_offence(c)
            for n in self._agents(c)
        ]  # fmt: skip

    def _tells_offence(self, clause: Token) -> bool:
        """Whether a clause tells an offence: a crime verb, or an offence or act named in it.
        "I suspect that X is going to have something to say" is an everyday sense."""
        return clause.lemma_.lower() in self.lex.crime_verbs or self._names_offence(clause)

    def _clause_subjects(self, verb: Token) -> list[Named]:
        """The names of the subject of ``verb``'s clause: its own, else the one it shares
        with the clause it hangs from (``_SHARES_SUBJECT``)."""
        token = verb
        while True:
            found = self._names_of_children(token, ACTIVE_SUBJECTS)
            if found or token.dep_ not in _SHARES_SUBJECT or token.head is token:
                return found
            token = token.head

    def _word_of_a_name(self, token: Token, lemma: str) -> bool:
        """Whether an accused noun or a verb is a word of the name NER found around it: the
        rapper "Killer Mike", a headline NER took whole ("FDIC Accused Of Covering Up ...").
        It names; it accuses no one. (A description NER kept beside a name, "accused Imran",
        is no word of the name "Imran"; titles such as "Justice X" are not asked.)"""
        m = self.by_token.get(token.i)
        if m is None or token.text not in m.name.split():
            return False
        accused = lemma in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        return accused or token.pos_ in ("VERB", "AUX")

    def _places_ruled_on(self, verb: Token) -> list[Named]:
        """The names typed as places that a ruling verb has as its object (or passive
        subject) and their conjuncts: a court rules on people, never on a place. Not a
        country or city (NER's GPE) unless beside a person: "condemned North Korea" is
        censure, not a sentence."""
        deps = PASSIVE_SUBJECTS if self._passive(verb) else frozenset({"dobj"})
        # only a person is acquitted or convicted ("His co-accused, X, was acquitted" with X
        # typed a country); a country may be condemned
        of_people = self.lex.ruling_verbs.get(verb.lemma_.lower()) in ("acquitted", "convicted")
        out: list[Named] = []
        for head in (c for c in verb.children if c.dep_ in deps):
            items = self._coordinated(head)
            people = of_people or any(
                (m := self.by_token.get(t.i)) is not None and m.type == "person" for t in items
            )
            for t in items:
                place = self.places.get(t.i)
                if place is None or (place.label == "GPE" and not people):
                    continue
                named = self._place_as_person(t)
                out += [named] if named is not None else []
        return out

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

    def _held_in_a_raid(self, verb: Token) -> bool:
        """ "Five people were held in a dawn raid", "police held X during a raid on ...": a
        holding verb whose "in" or "during" phrase is a police swoop (``raid_nouns``)."""
        places = prep_objects(verb, ("in", "during"))
        return any(o.lemma_.lower() in self.lex.raid_nouns for o in places)

    def _held_by_a_court(self, verb: Token) -> bool:
        """Whether a court says what ``verb`` tells: a court (a judge, a bench) is the subject
        of a clause it hangs in ("the judge ruled that the prosecution had failed to prove
        ...", "the court said the prosecution could not prove ...")."""
        while True:
            if self._by_a_court(verb):
                return True
            if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or verb.head is verb:
                return False
            verb = verb.head

    def _held_for(self, verb: Token) -> bool:
        """ "Police held X and Y for the murder of a shopkeeper", "Two youths held for
        killing a shopkeeper": a holding verb whose "for" phrase names an offence (a crime
        noun, a crime verb's gerund, an act) is an arrest, as South Asian English writes
        it; not "held X responsible for" (a predicate), nor "held for two days"."""
        lex = self.lex
        if any(c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children):
            return False
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for o in prep.children:
                if o.dep_ == "pobj" and (
                    o.lemma_.lower() in lex.crime_nouns
                    or act_of(" ".join(t.text for t in o.subtree))
                ):
                    return True
                if o.dep_ == "pcomp" and o.lemma_.lower() in lex.crime_verbs:
                    return True
        return False

    def _appeared_charged(self, verb: Token) -> list[Named] | None:
        """ "X appeared before a Nairobi magistrate charged with robbery": a charging
        participle the parser hung on the court before which someone appears describes the
        one who appears (a court is never charged) - the subject of the verb the court's
        phrase hangs on. None when the participle describes no court."""
        head = verb.head
        if verb.dep_ != "acl" or self.lex.role_nouns.get(head.lemma_.lower()) != "court":
            return None
        if head.dep_ != "pobj":
            return []
        clause = head.head.head
        return [n for n in self._names_of_children(clause, ACTIVE_SUBJECTS) if self._is_person(n)]

    def _term_to_serve(self, verb: Token, lemma: str) -> bool:
        """ "X will serve at least 15 years", "will spend the rest of his life behind bars":
        a term to come, certain (``obligation_auxiliaries``), tells a sentence already
        passed - not a term one "could" serve, nor one one "will not"."""
        lex = self.lex
        serving = lemma in lex.serving_verbs or lemma in lex.spending_verbs
        certain = any(c.dep_ == "aux" and c.lower_ in lex.obligation_auxiliaries
                      for c in verb.children)  # fmt: skip
        return serving and certain and not any(c.dep_ == "neg" for c in verb.children)

    def _names_offence(self, verb: Token, besides: bool = False) -> bool:
        """Whether the verb's own phrase names an offence or a case: a verb that also has an
        everyday sense ("try", "nominate", "name", "capture") charges, arrests or accuses only
        there ("tried for murder", "nominated in 60 cases", "named in the FIR"). Not elsewhere
        in the sentence: "Gruenberg, who was nominated for his post" beside "the perpetrator
        of the attacks", "hoping to capture the Senate" in a sentence about a jobs report."""
        lex = self.lex
        # an accused noun names one too: "named X as the main accused"
        nouns = lex.charge_nouns | lex.crime_nouns | lex.accusation_nouns | lex.accused_nouns
        phrase = self.doc[verb.left_edge.i : verb.right_edge.i + 1]
        # ``besides``: words other than the verb itself ("charged" is a charge noun's lemma)
        words = [t for t in phrase if not besides or t.i != verb.i]
        text = " ".join(t.text for t in words)
        return any(t.lemma_.lower() in nouns for t in words) or act_of(text) is not None

    def _calls(self, verb: Token) -> bool:
        """ "a firm named X", "was named chairman": the verb gives a name or a title (an
        object predicate), which accuses no one - unless it is an accused noun ("was named
        the prime suspect")."""
        lex = self.lex
        return any(
            c.dep_ == "oprd" and c.lemma_.lower() not in lex.accused_nouns
            and c.lower_ not in lex.accused_nouns
            for c in verb.children
        )  # fmt: skip

    def _arrest_outcome(self, verb: Token, outcome: str) -> str:
        """An arrest's outcome; "detained without charge", "held without trial": the charge
        negated, custody with no charge (``HELD_WITHOUT_CHARGE``)."""
        negated = prep_objects(verb, ("without",))
        if any(o.lemma_.lower() in self.lex.bare_charge_nouns for o in negated):
            return HELD_WITHOUT_CHARGE
        return outcome

    def _acts_on_someone(self, verb: Token) -> bool:
        """ "charged X with murder" / "X was charged"; not "charged a fee", "tried to flee"."""
        if verb.dep_ == "xcomp" or any(c.dep_ == "xcomp" for c in verb.children):
            return False
        # or "A man has been charged with murder", named in the next sentence (``Ledes``),
        # where the verb's phrase names the offence ("charged a fee" acts on no one)
        unnamed = self._acts_on_one_unnamed(verb) or self._acts_on_many_unnamed(verb)
        unnamed = unnamed and self._names_offence(verb, besides=True)
        return bool(self._patients(verb) or self._appeared_charged(verb)) or unnamed

    def _claim(self, sent: Span, draft: Draft) -> Claim:
        text = self.doc.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        cue = (draft.cue.idx, draft.cue.idx + len(draft.cue.text))
        participants = tuple(
            Participant(n.name, role, n.start, n.end, n.members)
            for role, n in sorted(draft.parties.values(), key=lambda v: v[1].start)
        )
        setting = None
        outcome = draft.outcome
        if draft.kind in ("confession", "retraction", "denial"):  # where the accused spoke
            kind: Kind = "denial" if draft.kind == "denial" else "confession"
            plea = draft.cue.lemma_.lower() in self.lex.guilty_pleas and self._plea(draft.cue)
            setting = (
                "judicial"
                if outcome == "guilty_plea" or (draft.kind == "retraction" and plea)
                else self._setting_taken_back(draft.taken_back)
                if draft.taken_back is not None
                else self._setting(draft.cue, kind, retraction=draft.kind == "retraction")
            )
            if draft.cue.lemma_.lower() in self.lex.approver_nouns:
                # an approver's statement is recorded by a magistrate, whoever the sentence
                # names besides ("Police filed a chargesheet ..., with X turning approver")
                setting = "judicial"
            outcome = None
        # The act is the trigger's own clause's ("Although X was acquitted in several cases, he
        # was sentenced for espionage": the acquittals are not for espionage); a noun or the
        # sentence's main verb takes the whole sentence's - for a confession or an accusation
        # the words its cue governs first, then the sentence less its asides (``governed``).
        cue_token = draft.scope or draft.cue
        blanks = [(p.start, p.end) for p in participants] + everyday_senses(sent)
        clause = cue_token.pos_ in ("VERB", "AUX") and cue_token.dep_ != "ROOT"
        if draft.scope is not None or clause:
            lo = cue_token.left_edge.idx
            hi = cue_token.right_edge.idx + len(cue_token.right_edge.text)
            act = act_of(_masked(text, lo, hi, blanks))
        elif draft.kind in _GOVERNED_KINDS:
            parties = [(p.start, p.end) for p in participants]
            act = act_of(_kept(text, start, end, governed_words(cue_token, parties), blanks))
            if act is None:
                # a confession's sentence beyond its cue tells evidence and setting, whose
                # relative clauses name no act confessed ("before a magistrate, which ...
                # matched a pistol"); an accusation's, read from a noun of the accused ("the
                # absconders", "gunmen"), may tell the act only there ("the attack that
                # killed 67")
                aside = asides(sent, cue_token, parties) if draft.kind == "confession" else []
                act = act_of(_masked(text, start, end, blanks + aside))
        else:
            act = act_of(_masked(text, start, end, blanks))
        if draft.kind == "confession":
            act = self._confessed_act(draft.cue, act)  # "such a statement": the one told
        if draft.kind == "crime":
            act = self.act_told_of_victims(draft.cue, act)  # "shot the guards" told killed
        if draft.kind == "crime" and act is None and self._doers_written(draft):
            # "X claimed responsibility for the attack": the act told before; only of doers
            # the sentence names ("the four militants who carried out the attack" may be
            # others than the accused the report follows)
            act = self.act_told if self.the_act_told(draft.cue) else None
        return Claim(
            kind=draft.kind,
            start=start,
            end=end,
            cue=cue,
            participants=participants,
            outcome=outcome,
            setting=setting,
            act=act,
        )


def _after_apposition(verb: Token) -> bool:
    """Whether a past form the parser hung on a noun as its participle follows the comma that
    closes an apposition to that noun ("The suspect, X, confessed ..."): the noun's own verb,
    the finite verb of the sentence the apposition interrupts."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
        return False
    comma = verb.doc[verb.i - 1]
    return comma.text == "," and any(
        c.dep_ == "appos" and c.right_edge.i in (comma.i - 1, comma.i) for c in noun.children
    )


def _kept(text: str, start: int, end: int, kept: list[Range], blanks: list[Range]) -> str:
    """The sentence with only the ``kept`` ranges left, less ``blanks`` (``_masked``)."""
    chars = [" "] * (end - start)
    for k_start, k_end in kept:
        lo, hi = max(k_start - start, 0), min(k_end - start, len(chars))
        chars[lo:hi] = text[start + lo : start + hi]
    return _masked("".join(chars), 0, len(chars), [(b - start, e - start) for b, e in blanks])


def _masked(text: str, start: int, end: int, blanks: list[Range]) -> str:
    """The sentence with ``blanks`` blanked - the parties' names (a name never decides the
    act) and crime words in an everyday sense (``everyday_senses``)."""
    chars = list(text[start:end])
    for b_start, b_end in blanks:
        lo, hi = max(b_start - start, 0), min(b_end - start, len(chars))
        if hi > lo:  # a party outside the clause ("helped X to kill Y": X) blanks nothing
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)
