"""The claim reader: each legal or criminal act of a sentence, as a ``Claim``.

A verb or noun of the lexicon starts a claim (``WordActs._read``; a noun's, ``Nouns``): a
ruling with its outcome, a verdict upheld or set aside, bail and remand, charges framed, an
arrest (or a taking into custody, a surrender to the police or a court), an accusation (or
flight, being wanted for an offence, responsibility for a crime), a confession (or an
admission of a crime) with its setting, a crime with its agent and victim (``CrimeVerbs``).
The parties come from ``Parties`` and ``Descriptions``, what a ruling verb decides from
``Rulings``, pleas, denials, retractions and settings from ``Answers``, doers the parse hides
from ``Doers``, charges told by what the accused undergoes from ``Facing``, accusations a
noun's clause tells from ``Allegations``, acts told by their count from ``Ordinals``, acts not
done (negated, only possible, asked for) from ``NotDone``; a ruling on a group the sentence
counts but does not name waits for the sentence that names it. What a verb's clause tells
``_read`` comes from ``Verbs``, the pleas, confessions, denials and retractions a verb tells
from ``AnswerVerbs``, whom a sentence's drafts make the accused the report follows from
``SentenceDrafts`` and ``FollowedAccused``, and a draft becomes a ``Claim`` in ``Finished``.
The mixins and their order are ``ReaderChain``'s; this module holds ``run``, the walk over a
document's sentences that binds what one sentence leaves unnamed to the sentence naming it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.admitted_deed import kept_in_crime_context
from corroborate.nlp.claims.affiliations import drop_affiliations
from corroborate.nlp.claims.among_victims import of_one_among_victims
from corroborate.nlp.claims.billed import a_price_charged
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.lede_ages import aged_apart
from corroborate.nlp.claims.named_onward import named_onward
from corroborate.nlp.claims.refused import refused_confession
from corroborate.nlp.claims.word_acts import WordActs
from corroborate.nlp.kinds import setting_in
from corroborate.records import Claim, Mention

__all__ = ["Reader"]

# How many sentences after it a lede that counts its people may be named in.
_LEDE_WAITS = 3


class Reader(WordActs):
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
        self.proceedings_told = set()  # whose case "X v. State" is (``CaseCaptions``)
        self.released = set()  # the arrested let go since (``Released``)
        self.parts_waiting, self.parts_completed = [], []  # (``LedeParts``)
        self.one_waiting = []  # a lede's one "a NOUN" waiting for its name (``LedeParts``)
        self.last_confessed = None  # whose confession "the statement ... recorded" tells again
        self.settings_confessed = {}  # where each confessor confessed so far (``Finished``)
        # ages given and written, and the parts told of each name (``DescribedPeople``)
        self.ages_named, self.ages_seen, self.parts_told = {}, set(), {}
        # single ledes, with the claim made of each where it named a body's member as accused
        unnamed_before: list[tuple[Span, Draft, Claim | None]] = []
        # plural ledes, with their count and the number of the sentence that tells them
        many_before: list[tuple[Span, Draft, int, int]] = []
        # descriptions an act befell, with their noun, for an identifying next sentence
        described_before: list[tuple[Span, Draft, Token]] = []
        bare_deeds: list[Claim] = []  # confessions waiting for a crime context (``admitted_deed``)
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
            # every token, a draft's cue above or not: the old guard "no draft has this
            # cue" compared tokens by identity, never held, and these readers grew without
            # it (held, it loses a custodial confession told within a spokesman's words)
            for token in sent:  # "the statement had been recorded before a magistrate"
                drafts.extend(self._recorded_later(token))
                drafts.extend(self._told_within_report(token))  # "police said X told them"
                drafts.extend(self._told_custodians(token, token.lemma_.lower()))
                drafts.extend(self._answered_yes(token))  # "Asked ..., X said: 'Yes'"
                drafts.extend(self._told_press(token))  # 'X told reporters: "I hit him"'
                drafts.extend(self._known_wrong_told(token))  # '"I knew it was wrong"'
                drafts.extend(self._said_on_footage(token, token.lemma_.lower(), drafts))
                drafts.extend(self._statement_said(token, drafts))  # "in a statement, he said"
                drafts.extend(self._statement_challenged(token))  # "would challenge it"
                drafts.extend(self._police_say_made(token))  # "the admission police say X made"
            drafts.extend(self._listed(sent))
            drafts.extend(self._descriptions(sent, drafts))
            drafts.extend(self._captioned(sent, drafts))  # "[X v. State of Odisha]"
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
                kept |= self._ruled_on_here(d, drafts)  # "ASI X ...: the court declared him"
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
            # a deed admitted bare with no crime context yet: kept at the end only if another
            # claim puts its maker in one, and meanwhile remembered of no one (``admitted_deed``)
            bare_deeds += [made[id(d)] for d in drafts if d.wants_context and id(d) in made]
            drafts = [d for d in drafts if not d.wants_context]
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
            # where each confessed: "it" said coerced later; a court only where the sentence
            # says so by its words ("before the magistrate"), never a statement only tendered
            # or read out in court, which was made elsewhere
            placed: bool | None = None  # asked only of a judicial confession's sentence
            for claim in made.values():
                if claim.kind != "confession":
                    continue
                if claim.setting == "judicial" and placed is None:
                    placed = setting_in(sent.text) == "judicial"
                if claim.setting != "judicial" or placed:
                    for p in claim.participants:
                        if p.role == "accused":
                            self.settings_confessed.setdefault(p.name, set()).add(
                                str(claim.setting)
                            )
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
            if named_next is not None and (
                self._aged_apart(named_next, unnamed_before)
                or self._titled_apart(named_next, unnamed_before)
            ):
                named_next = None  # "a 22-year-old driver ... X, 24, was riding home": two
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
            # "Police arrested a revenue clerk ... [the complainant's story] ... The clerk, X,"
            for lede_sent, one in (
                [] if bound_many else self._lede_one_named(sent, number, named_with)
            ):
                claims.append(self._claim(lede_sent, one))
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
        claims = kept_in_crime_context(claims, bare_deeds)
        claims = self.without_groups_named(claims)
        # "the contractor denied ..." told before "The contractor, X,": its one bearer
        claims = named_onward(claims, self.noun_named, self._cast_apart())
        claims.sort(key=lambda c: (c.start, c.cue))
        return claims, self.extra

    def _aged_apart(
        self, named: Named, unnamed_before: list[tuple[Span, Draft, Claim | None]]
    ) -> bool:
        """Whether the next sentence's subject is given an age the unnamed ones of the lede
        are not ("a 22-year-old driver ... X, 24, was riding home": ``lede_ages``)."""
        return aged_apart(self.doc, named, self._lede_nouns(unnamed_before))

    def _titled_apart(
        self, named: Named, unnamed_before: list[tuple[Span, Draft, Claim | None]]
    ) -> bool:
        """Whether the next sentence's subject is titled a police officer or an official
        ("Inspector X told reporters ...") while no noun of the lede is of that office ("a
        motorist was arrested"): another person. "A police officer accused of ... Constable
        X appeared": the same one."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        role = self._described_role(span)[0] if span is not None else None
        if role not in self.lex.office_holding_roles:
            return False
        roles = self.lex.role_nouns
        return all(roles.get(n.lemma_.lower()) != role for n in self._lede_nouns(unnamed_before))

    def _lede_nouns(self, unnamed_before: list[tuple[Span, Draft, Claim | None]]) -> list[Token]:
        """The nouns each unnamed lede acts on, and the subject of one that answers ("A
        22-year-old man accused of ... denied")."""
        return [
            n for _, lede, _ in unnamed_before
            for n in [*self._acted_on(lede.cue),
                      *(c for c in lede.cue.children if c.dep_ in ("nsubj", "nsubjpass"))]
        ]  # fmt: skip
