"""The accused's own word: a plea or a denial that answers the accusation, and who answers
for the accused (their lawyer, their family). Retractions are ``claims.retractions``; where
the accused spoke, ``claims.settings``. What answers the accusation and who answers it is
``claims.answering``; for whom a speaker speaks, ``claims.spoken_for``; what a told act says
that clears the accused, ``claims.clearing_acts``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.alibis import (
    denies_presence,
    places_at_home,
    places_elsewhere,
    with_the_speaker,
)
from corroborate.nlp.claims.clearing_acts import ClearingActs
from corroborate.nlp.claims.contact_denied import denies_being_at, denies_contact
from corroborate.nlp.claims.content_on_a_gerund import content_on_a_setting_gerund
from corroborate.nlp.claims.deceived import deceived
from corroborate.nlp.claims.did_not_do_it import denies_doing_it
from corroborate.nlp.claims.draft import Named, named_accused
from corroborate.nlp.claims.dragged_in import dragged_into_a_case
from corroborate.nlp.claims.firm_heads import FirmHeads, held_full_papers
from corroborate.nlp.claims.firm_itself import FirmItself
from corroborate.nlp.claims.harm_denied import denies_harming
from corroborate.nlp.claims.kin_quoted_before import KinQuotedBefore
from corroborate.nlp.claims.lawful_dealing import dealt_lawfully
from corroborate.nlp.claims.made_up import accusation_made_up
from corroborate.nlp.claims.misread_conjuncts import predicates_hung_below
from corroborate.nlp.claims.narrowed_deeds import (
    nothing_to_do_with_it,
)
from corroborate.nlp.claims.no_part import denies_a_part, denies_knowing
from corroborate.nlp.claims.none_of_it import denies_any_of_it
from corroborate.nlp.claims.not_the_doer import (
    denies_being_the_doer,
    denies_blame,
    denies_ever_doing,
    denies_handling_a_weapon,
    denies_the_deed,
)
from corroborate.nlp.claims.nothing_on_him import (
    no_evidence_against,
    not_named_in_the_case,
    nothing_recovered_from,
)
from corroborate.nlp.claims.ordinary_course import told_as_ordinary_work
from corroborate.nlp.claims.own_word import said_by_i, told_past_its_time
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.picked_up_from import taken_from_a_place
from corroborate.nlp.claims.plotted import told_as_a_plot, victim_of_a_plot
from corroborate.nlp.claims.semicolon_halves import halves_before_a_semicolon
from corroborate.nlp.claims.side_pleas import SidePleas
from corroborate.nlp.claims.side_words import SideWords
from corroborate.nlp.claims.spoken_for import SPEAKING_FOR
from corroborate.nlp.claims.testimony import evidence_clauses
from corroborate.nlp.claims.unknowing import client_subjects, described_as_unknowing, owners_pronoun
from corroborate.nlp.claims.unlinked import nothing_links
from corroborate.nlp.denials import claims_innocence
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects, subjects_through_conjuncts
from corroborate.nlp.quotes import said_after, said_before, said_next
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["SPEAKING_FOR", "Answers"]

_LEGAL = legal()


class Answers(ClearingActs, FirmHeads, FirmItself, KinQuotedBefore, SideWords, SidePleas):
    """Pleas and denials: the accused's own word, and who answers for them."""

    def _denied_in_content(self, verb: Token) -> list[Named]:
        """Whoever a reported clause clears, when the accused's side speaks: "X claimed that
        he did not rape her" (a crime verb negated), "they had nothing to do with the
        murders", "his lawyer said he was innocent". The one cleared is the clause's
        subject; the speaker is that person, or their lawyer or family - never the police,
        a prosecutor, a judge or a victim (``_answerers`` finds no one for them)."""
        speaker = self._speaker_of(verb)
        speaker = self._spoken_for_by(speaker) if speaker is not None else None
        role = self.lex.role_nouns.get(speaker.lemma_.lower()) if speaker is not None else None
        if speaker is None or (role is not None and role not in SPEAKING_FOR):
            return []
        if self._for_another_side(speaker):
            return []  # "Prosecutor Y, who represents the state, said X was at home"
        if self._kin_of_no_accused(speaker):
            return []  # "the baker's wife said she was at home": the victim's kin
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] or self._content_on_a_noun(verb)
        clauses = clauses or evidence_clauses(verb)  # "X gave evidence that he was at home"
        if not clauses and _quote_made_its_head(verb):
            clauses = [verb.head]  # 'X called out: "I am not the one ..."' parsed upside down
        # '"My client is innocent. ...," he said': the quotation's earlier sentences too
        clauses += said_before(verb, self.quotations)
        # 'X said, "I lost a friend. I am paying for things I did not do."': its later ones
        clauses += said_after(verb, self.quotations) + said_next(verb, self.quotations)
        # "His lawyer said X had been hired to move the bags, as he did every week, and had
        # no idea where they came from": the parser joins the second predicate to the
        # lawyer's verb; one who speaks for another says it of the client, not of himself
        joined = [c for c in verb.children if role is not None and c.dep_ == "conj"
                  and c.lemma_.lower() not in self.kinds.reporting_cues
                  and not any(s.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS for s in c.children)
                  and clauses and clauses[0].i < c.i]  # fmt: skip
        for clause in clauses:
            acts = list(self._coordinated(clause))
            acts += [a for a in joined if clause.i == clauses[0].i and a not in acts]
            # "X's family said they had not heard from him and maintained that he was
            # innocent": a verb of saying the parse joined to the reported clause says its
            # own clause, for the same speaker
            acts += [a for act in acts[1:] if act.lemma_.lower() in self.kinds.reporting_cues
                     for c in act.children if c.dep_ == "ccomp"
                     for a in self._coordinated(c)]  # fmt: skip
            # '"I said on the first day that we were not there," X told reporters': the
            # speaker's own earlier word, quoted, is said too
            acts += [a for c in clause.children if c.dep_ == "ccomp"
                     and said_by_i(clause, self.kinds.reporting_cues)
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            # '"I told them from the first day I was at home"': with no "that", that clause
            # hung on "day" as a relative clause
            acts += [a for c in told_past_its_time(clause, self.kinds.reporting_cues)
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            hung = predicates_hung_below(clause)
            acts += [a for a in hung if a not in acts]
            # '"My sons were at a wedding; fifty people will say so," he said': a first half
            # the parse hung on the second across the semicolon is said too
            acts += [a for c in halves_before_a_semicolon(clause)
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            # "X would prove at the trial that he was in Nakuru": what the one spoken for will
            # prove is said too (the parser may hang the "that" clause on the phrase's noun)
            acts += [a for act in list(acts) if self._proved_by_the_side(act)
                     for c in [c for c in act.children if c.dep_ == "ccomp"]
                     or self._content_on_a_noun(act)
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            # '"He was home that day, the whole lane knows it," she said': the clause a verb
            # of knowing or saying inside the reported one holds is said too
            knowing = self.kinds.onlooking_verbs | self.kinds.belief_cues
            acts += [a for act in list(acts) if act.lemma_.lower() in knowing
                     for c in act.children if c.dep_ == "ccomp"
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            for act in acts:
                dismissed = accusation_made_up(act) or self._accusation_dismissed(act)
                if dismissed is not None:
                    # "his counsel said the allegations against him were baseless": whom the
                    # accusation names, else the side that speaks
                    return self._owners(dismissed) or self._side_of(speaker)
                # "nothing was recovered from him", "there was no evidence against him": what
                # would tie the accused to the charge, denied (``claims.nothing_on_him``)
                lacking = nothing_recovered_from(act) or no_evidence_against(act)
                unnamed = not_named_in_the_case(act)  # "he was not named in the FIR"
                # "his son said his father had run the shop for twenty years": only his side
                work = role in SPEAKING_FOR and told_as_ordinary_work(act)
                if not (self._clears(act) or self._knowing_denied(act, speaker)
                        or lacking or unnamed or work
                        or self._keeps_its_ways(act, speaker)):  # fmt: skip
                    continue
                if self._narrowed_by_a_stranger(act, speaker):
                    continue
                # "no evidence linking his client to it": the one it would tie
                subjects = (
                    nothing_links(act)
                    or lacking
                    or [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
                )
                if self._in_a_false_case(act) or self._held_without_cause(act):
                    # "police implicated him in a fake case", "he was picked up without any
                    # reason": the one it was done to
                    done_to = [c for c in act.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
                    subjects = done_to or subjects
                if not subjects and act.lemma_.lower() not in self.lex.crime_verbs:
                    # "he was framed", "was falsely implicated": the one it was done to;
                    # never a crime's ("he was not attacked" clears no one)
                    subjects = [c for c in act.children if c.dep_ in PASSIVE_SUBJECTS]
                # "He was paid to drive and never asked what ...": a predicate the parser hung
                # on a verb inside the clause has the reported clause's subject too
                if not subjects and (act in joined or act in hung):  # any voice
                    subjects = [c for c in clause.children
                                if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]  # fmt: skip
                subjects = subjects or [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
                if not subjects and act.dep_ == "conj":
                    # "his client was devastated and would plead not guilty": a conjunct with
                    # no subject of its own shares the first verb's, passive or not
                    subjects = [c for c in act.head.children
                                if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]  # fmt: skip
                # "A shopkeeper said he was at a meeting": the stranger's own word
                subjects = [s for s in subjects if not self._a_strangers_own(s, speaker)]
                # a business's "it" in its own statement, asked once per subject (below twice)
                firm_of = {s.i: self._business_itself(s, speaker) for s in subjects}
                if subjects and all(self._a_deed(s) for s in subjects):
                    # "the shooting was in self-defence", "the death was an accident": the
                    # deed's doer is the side that speaks
                    return self._side_of(speaker)
                # '"My brother went with Z. He did not kill anyone," he said': the
                # speaker's kin the quoted he carries on (``claims.kin_quoted_before``)
                kin_before = {s.i: self._kin_quoted_before(s, speaker) for s in subjects}
                cleared = [n for s in subjects if kin_before[s.i] is not None
                           for n in kin_before[s.i] or []]  # fmt: skip
                cleared += [n for s in subjects if kin_before[s.i] is None
                            for n in self._client_of(s, speaker) or self._kin_of(s, speaker)
                            or self._bound_by_the_speaker(s, speaker)
                            or self._clients_he(s, speaker)
                            or self._speakers_themselves(s, speaker)
                            or self._heads_of_firm(s, speaker)
                            or firm_of[s.i]
                            or self._names(s) or self._speaking_of_self(s, speaker)
                            or self._spoken_for(s, speaker)
                            or self._the_accused_followed(s)]  # fmt: skip
                if (places_elsewhere(act) or denies_presence(act) or self._told_innocently(act)
                        or denies_handling_a_weapon(act) or denies_blame(act)
                        or denies_being_the_doer(act) or places_at_home(act)
                        or denies_a_part(act) or denies_knowing(act)
                        or denies_harming(act) or denies_the_deed(act)
                        or denies_ever_doing(act) or denies_any_of_it(act)
                        or nothing_to_do_with_it(act) or denies_contact(act)
                        or denies_being_at(act) or dragged_into_a_case(act) or dealt_lawfully(act)
                        or deceived(act) or taken_from_a_place(act) or denies_doing_it(act)
                        or work
                        or with_the_speaker(act) or nothing_links(act)
                        or held_full_papers(act) or victim_of_a_plot(act) or lacking
                        or unnamed):  # fmt: skip
                    # an alibi clears only one accused before: the victim's wife telling
                    # where her husband was that day denies nothing; nor does "he was simply
                    # doing everyone a favour" or "he did not touch anyone" said of one the
                    # report accuses of nothing - but a business clearing itself answers the
                    # report's accusation of it, told or not (``claims.firm_itself``)
                    itself = {n.name for s in subjects for n in firm_of[s.i]}
                    cleared = [n for n in cleared if n.name in self.accused_so_far | itself]
                if lacking or unnamed:
                    # "Kalam's lawyer said nothing was recovered from Jasim": a named owner's
                    # counsel speaks of his own client's charge, not of a co-accused's
                    owners = {n.name for c in speaker.children if c.dep_ == "poss"
                              for n in self._names(c)}  # fmt: skip
                    cleared = [n for n in cleared if not owners or n.name in owners]
                return cleared
        return []

    def _proved_by_the_side(self, act: Token) -> bool:
        """Whether a verb of proving inside what the accused's side reports has the accused for
        subject - a pronoun of the one spoken for, "my client", or a name the report accuses
        already ("X would prove at the trial that he was in Nakuru", "my client will
        establish that ..."); "the police had proved ..." is another's word. (A verb of
        saying there, "his client had always maintained ...", is read on its own as a verb
        of saying.)"""
        if act.lemma_.lower() not in self.lex.proof_verbs:
            return False
        if any(c.dep_ == "neg" for c in act.children):
            return False
        subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
        if len(subjects) != 1:
            return False
        subject = subjects[0]
        if subject.lower_ in PERSONAL_PRONOUNS or subject.lemma_.lower() in self.lex.client_nouns:
            return True
        return any(n.name in self.accused_so_far for n in self._names(subject))

    def _knowing_denied(self, act: Token, speaker: Token) -> bool:
        """ "his client never knew the boys were in trouble" (``no_part.denies_knowing``) - but
        not a he or she kin or counsel tell outside a quotation ("His wife said she did not
        know where he had gone": she may be the speaker herself, whom ``_spoken_for`` would
        take for her kin; inside one, '"She never knew," he said', she never is; nor is one
        that agrees with the speaker's own possessive: "Her counsel said she ...", lfd26). A
        copula's "who" clause knows for its subject: "she was a woman who never knew ..."."""
        if not (denies_knowing(act) or described_as_unknowing(act)):
            return False
        subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
        role = self.lex.role_nouns.get(speaker.lemma_.lower())
        if role in SPEAKING_FOR and self._speaks_for_no_accused(speaker):
            return False  # '"He did not know," the victim's brother said': the victim's side
        # "Ms Y said" of the lawyer the report introduced as "X's lawyer, Y" speaks for X
        side = role in SPEAKING_FOR or bool(self._represented(speaker))
        # "She said her client did not know ...": whom she acts for (``client_subjects``)
        side = side or any(self._client_of(s, speaker) for s in client_subjects(act))
        quoted = [s for s in subjects if any(a <= s.idx < b for a, b in self.quotations)]
        pronoun = any(s.lower_ in PERSONAL_PRONOUNS and s not in quoted
                      and not owners_pronoun(speaker, s) for s in subjects)  # fmt: skip
        # "He has said he did not know ...", "his client had told prosecutors he did not
        # know ...": an accused speaking of himself (``SpokenFor._accused_speaking_of_self``)
        own = any(self._accused_speaking_of_self(s, speaker) for s in subjects)
        if pronoun and (side or speaker.lower_ in PERSONAL_PRONOUNS) and not own:
            return False
        # only the accused's side: "The shop owner said X did not know anyone" answers nothing
        return side or own or any(n.name in self.accused_so_far for n in self._names(speaker))

    def _speaks_for_no_accused(self, speaker: Token) -> bool:
        """Whether kin or counsel is named as another's whom the report accuses of nothing
        ("Irfan's brother", "the victim's lawyer"): what he or she says one did not know
        speaks for that one, not for the accused (den100). A speaker owned by no name
        ("his brother", "the brother") is left to the other guards."""
        owners = self._owners(speaker, frozenset({"of"}))
        return bool(owners) and not any(n.name in self.accused_so_far for n in owners)

    def _narrowed_by_a_stranger(self, act: Token, speaker: Token) -> bool:
        """ "The guard said he had only checked the register", "the bank manager told police he
        had only signed the cheques": all a he or she did, told by one who is not the
        accused's side - a common noun that is no counsel or kin and no description or name
        of one the report accuses (a name or a pronoun may be the accused) - tells the
        speaker's own part or no one's known: that "he" is no denial of the accused, whoever
        the resolver took it for (only74). Only a deed narrowed (``_only_did``): the other
        clearings keep their own guards."""
        # the cheap tests of the parse first: ``_only_did`` reads the act's whole subtree
        subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
        if not any(s.lower_ in PERSONAL_PRONOUNS and _he_or_she(s) for s in subjects):
            return False
        if speaker.pos_ != "NOUN" or speaker.lemma_.lower() in self.lex.accused_nouns:
            # "Sharma said he ...", "he said he ...", "the suspect said he ...": the speaker
            # may be the accused
            return False
        role = self.lex.role_nouns.get(speaker.lemma_.lower())
        if role in SPEAKING_FOR or not self._only_did(act) or self._represented(speaker):
            return False
        # "the contractor said he ...", "the trader, Sharma, said he ...": a description or
        # a name of one the report accuses (a surname not yet joined to the full name)
        accused = self.accused_so_far
        if any(named_accused(n.name, accused) for n in self._names(speaker)):
            return False
        # "the contractor, Sharma, said ...": a name in apposition the parse may not resolve
        words = {w for a in accused for w in a.split()}
        apposed = [t for c in speaker.children if c.dep_ == "appos" for t in c.subtree]
        return not any(t.pos_ == "PROPN" and t.text in words for t in apposed)

    @staticmethod
    def _content_on_a_noun(verb: Token) -> list[Token]:
        """ "X shouted after the verdict that he did not touch anyone": a "that" clause with
        a subject the parser hung on the noun of the verb's phrase, as if the verdict said
        it - the verb's reported clause, where the verb has none of its own; so too one hung
        on a gerund that names where it was said ("told investigators during questioning that
        ...": ``content_on_a_setting_gerund``)."""
        return content_on_a_setting_gerund(verb) + [
            clause for prep in verb.children if prep.dep_ == "prep"
            for noun in prep.children if noun.dep_ == "pobj"
            for clause in noun.children if clause.dep_ in ("acl", "relcl")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            and any(c.dep_ in ACTIVE_SUBJECTS for c in clause.children)
        ]  # fmt: skip

    def _accusation_dismissed(self, act: Token) -> Token | None:
        """The accusation a clause calls false, not negated: its subject a charge, an
        allegation, a case ... and its predicate a word of dismissal or persecution ("the
        allegations were baseless", "the charges were politically motivated")."""
        if any(c.dep_ == "neg" for c in act.children):
            return None
        lex = self.lex
        # what may be called false: an accusation, a charge or case ("the FIR is false"), or
        # the arrest that acts on one ("the arrest was politically motivated")
        dismissable = lex.accusation_nouns | lex.charge_nouns | lex.arrest_nouns
        accusation = next((c for c in act.children if c.dep_ in NOUN_SUBJECTS
                           and c.lemma_.lower() in dismissable), None)  # fmt: skip
        if accusation is None:
            return self._called_false_by_name(act)
        if claims_innocence(accusation):
            return None
        told = [t for c in act.children if c.dep_ not in ("nsubj", "nsubjpass", "punct")
                for t in c.subtree]  # fmt: skip
        said = " ".join(t.text for t in sorted([act, *told], key=lambda t: t.i))
        called_false = self.kinds.dismissal.search(said) or self.kinds.persecution.search(said)
        # "the case against him was a conspiracy by his rivals", "the handiwork of his
        # enemies": an accusation told as its enemies' work is made up
        rivals = any(t.lemma_.lower() in lex.rival_nouns for t in told)
        # "the case was a conspiracy", "this FIR is a counterblast to his complaint"
        plotted = any(told_as_a_plot(c) for c in act.children if c.dep_ == "attr")
        return accusation if called_false or rivals or plotted else None

    def _called_false_by_name(self, act: Token) -> Token | None:
        """ "These are fabricated cases", "it is a false case": a copula whose subject points
        back (a pronoun) and whose predicate is an accusation or case its own modifier calls
        false (``kinds.dismissal``)."""
        lex = self.lex
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if act.lemma_.lower() != "be" or subject is None or subject.pos_ not in ("PRON", "DET"):
            return None
        for attr in (c for c in act.children if c.dep_ == "attr"):
            if attr.lemma_.lower() not in lex.accusation_nouns | lex.charge_nouns:
                continue
            modifiers = " ".join(c.text for c in attr.children if c.dep_ in ("amod", "compound"))
            if self.kinds.dismissal.search(modifiers) or self.kinds.persecution.search(modifiers):
                return attr
        return None

    def _innocence_claimed(self, verb: Token) -> list[Named]:
        """ "X has always maintained his innocence", "X protested her innocence", "X's family
        asserted his innocence": whose innocence the accused's side upholds, a denial. Only
        the owner's own word or their lawyer's or family's: "the judge doubted his
        innocence" or "police questioned his innocence" is no denial, nor is a negated verb
        ("never asserted his innocence"). Or innocence upheld by calling the accusation
        false: "X termed the allegations baseless", "X called the case fabricated" - the
        speaker's own denial (``_called_false``)."""
        lex = self.lex
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        if verb.lemma_.lower() in lex.calling_verbs:
            return self._called_false(verb)
        nouns = [c for c in verb.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in lex.innocence_nouns]  # fmt: skip
        # "the accused stands by his innocence", "insisted on his innocence"
        nouns += [
            o for o in prep_objects(verb, ("by", "on")) if o.lemma_.lower() in lex.innocence_nouns
        ]
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "xcomp":
            # "He continued to protest his innocence", "X went on to assert her innocence":
            # an infinitive with no subject of its own has the subject of the verb it
            # completes
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if not nouns or subject is None:
            return []
        owners = [n for noun in nouns for n in self._owners(noun)]
        # "X, who has always proclaimed his innocence, ...": a relative pronoun speaks for
        # the name the clause describes
        relative = subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl"
        said_by = self._agents(verb) if relative else self._names(subject)
        said_by = said_by or self._clients_followed(subject)  # "my client has maintained ..."
        speakers = {n.name for n in said_by}
        speaks_for = lex.role_nouns.get(subject.lemma_.lower()) in SPEAKING_FOR
        if speaks_for:
            speakers |= {n.name for n in self._owners(subject)}
        pronoun = any(
            c.dep_ == "poss" and c.pos_ == "PRON" for noun in nouns for c in noun.children
        )
        if pronoun and said_by and not speaks_for:
            # "X, who has always proclaimed his innocence": the pronoun is bound by the one
            # who speaks, whoever the report spoke of before (the resolver's reading)
            owners = said_by
        # a phrase of where or when it was upheld names no owner ("professed innocence in his
        # statement", "pleaded innocence at the examination"): only "of" does ("innocence
        # of X")
        bare = not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
            for noun in nouns
            for c in noun.children
        )
        if not owners and bare and verb.lemma_.lower() in self.kinds.reporting_cues:
            # "X claimed innocence", "X maintains innocence": no one else's, the speaker's
            owners = said_by
        if not owners and pronoun:
            # "X protested his innocence" where the resolver left "his" to no one: a
            # speaker upholds their own innocence, or their client's (the speakers above)
            named = said_by
            owners = [*named, *(self._owners(subject) if not named else [])]
        # a judge, prosecutor or victim the report names as such upholds no one's innocence
        # of their own ("Judge Z, who doubted his innocence, ..."); one read as accused
        # before, whatever else the report calls them ("X, nephew of Y"), does
        elsewhere = (self.described | self.described_here) - self.accused_so_far
        return [n for n in owners if n.name in speakers and n.name not in elsewhere]

    def _called_false(self, verb: Token) -> list[Named]:
        """Who calls an accusation false: the subject of a verb of calling whose object is a
        charge, an allegation, a case ... and whose predicate - "termed the allegations
        baseless", "called the case fabricated", "described the charges as a vendetta" - is
        a word of dismissal (the attributions' ``kinds.dismissal``) or of persecution
        (``kinds.persecution``, which said of a body accuses it). The denial is for whom
        the accusation names ("the charges against X"), else the speaker; the speaker is
        never the police, a prosecutor or a judge (``_answerers``)."""
        lex = self.lex
        # "termed the FIR false", "called his arrest politically motivated" (as a clause
        # calls it false: ``_accusation_dismissed``)
        called = lex.accusation_nouns | lex.charge_nouns | lex.arrest_nouns
        # the object may be parsed as a predicate beside its own ("called | the case | false")
        accusation = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd")
                           and c.lemma_.lower() in called), None)  # fmt: skip
        if accusation is None:
            return []
        predicates = [c for c in [*verb.children, *accusation.children]
                      if c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp")
                      or (c.dep_ in ("prep", "advmod") and c.lower_ == "as")]  # fmt: skip
        said = " ".join(t.text for p in predicates for t in p.subtree)
        kinds = self.kinds
        # "described the case as a conspiracy by business rivals", "termed it a ploy"
        plotted = any(told_as_a_plot(n) for p in predicates
                      for n in [p, *(c for c in p.children if c.dep_ == "pobj")])  # fmt: skip
        called_false = bool(said) and bool(
            kinds.dismissal.search(said) or kinds.persecution.search(said)
        )
        if not (plotted or called_false):
            return []
        answerers = self._answerers(verb)
        if called_false:
            return answerers
        # a scheme named by one who speaks in an office - the bar's president calling the
        # FIR against lawyers "a conspiracy of the health department" - is that body's
        # word, not the speaker's own denial, unless the report accuses the speaker already
        # ("announced a strike and called the FIR ...": the first conjunct's subject)
        subject = next(iter(subjects_through_conjuncts(verb, ACTIVE_SUBJECTS)), None)
        role = self.lex.role_nouns.get(subject.lemma_.lower()) if subject is not None else None
        if role is None or role in SPEAKING_FOR:
            return answerers
        return [n for n in answerers if n.name in self.accused_so_far]


def _quote_made_its_head(verb: Token) -> bool:
    """Whether the parser hung a verb of saying under the quotation it introduces: 'X called
    out as he was led away: "I am not the one ..."' - the verb a "ccomp" of the quote's root,
    which comes after it, a colon between."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and any(c.text == ":" and verb.i < c.i < head.i for c in [*verb.children, *head.children])
    )


def _he_or_she(pronoun: Token) -> bool:
    """A third person singular pronoun, read from the parse's person and number features: not
    "I" (the speaker's own word) nor "they"."""
    morph = pronoun.morph
    return morph.get("Person", []) == ["3"] and morph.get("Number", []) == ["Sing"]
