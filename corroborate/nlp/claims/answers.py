"""The accused's own word: a plea or a denial that answers the accusation, and who answers
for the accused (their lawyer, their family). Retractions are ``claims.retractions``; where
the accused spoke, ``claims.settings``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.alibis import denies_presence, places_elsewhere
from corroborate.nlp.claims.counsel import Counsel, answers_a_deed
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.not_the_doer import (
    denies_being_the_doer,
    denies_blame,
    denies_handling_a_weapon,
)
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.denials import claims_innocence, denies_no_accusation, own_words
from corroborate.nlp.grammar import prep_objects
from corroborate.nlp.quotes import said_after, said_before
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["SPEAKING_FOR", "Answers"]

# Who speaks for the accused: their lawyer, their family.
SPEAKING_FOR = frozenset({"defence", "relative"})


class Answers(Counsel):
    """Pleas and denials: the accused's own word, and who answers for them."""

    def _plea(self, verb: Token) -> str | None:
        """ "pleaded guilty" or "pleaded not guilty" (the negation may hang from either), or a
        plea entered: "entered a plea of not guilty", "entered a guilty plea" - "guilty" in
        the phrase of the verb's object "plea"; "no contest" for a plea on which a court
        convicts with no admission ("entered a plea of no contest", ``conviction_pleas``)."""
        guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
        if guilty is None and any(
            self.lex.verdict_adjectives.get(c.lower_) == "acquitted"
            or (c.dep_ == "dobj" and c.lemma_.lower() in self.lex.innocence_nouns)
            for c in verb.children
        ):
            # "pleaded innocent to all charges", "pleaded innocence": a plea of not guilty
            return "not guilty"
        pleas = self.lex.plea_nouns
        plea = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in pleas), None)
        told = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
        if guilty is None and any(p in told for p in self.lex.conviction_pleas):
            return "no contest"
        if guilty is None and plea is not None:
            guilty = next((t for t in plea.subtree if t.lower_ == "guilty"), None)
        if guilty is None:
            return None
        start = min(verb.i, guilty.i) + 1
        between = verb.doc[start : max(verb.i, guilty.i)]
        # "entered not-guilty pleas": the hyphened "not" is parsed as an adverb of "guilty"
        negated = any(c.dep_ == "neg" or c.lower_ == "not" for c in guilty.children) or any(
            t.dep_ == "neg" for t in between
        )
        return "not guilty" if negated else "guilty"

    def _answers(self, verb: Token) -> bool:
        """Whether a denying verb answers an accusation: its object is a charge, an
        allegation, a confession ... ("denied the charges"), or a clause ("denied that he
        was there", "denied killing him") - and what it denies is an accusation
        (``_denies_wrongdoing``)."""
        # an accusation, or the papers of a case against one ("rejected the reference", "the
        # FIR", "the indictment")
        nouns = self.lex.accusation_nouns | self.lex.charge_nouns
        denies = verb.lemma_.lower() == "deny"
        if any(c.dep_ == "dobj" and (self._a_deed(c) or self._a_tie(c))
               for c in verb.children if denies):  # fmt: skip
            return True  # "denied the offence", "denies murder", "denied any link with X"
        ties = [c for c in verb.children if c.dep_ == "dobj"
                and c.lemma_.lower() in self.lex.association_nouns]  # fmt: skip
        if denies and ties and self._answered_by_the_accused(verb):
            return True  # "he denied any link to the shaft": one accused denies a tie
        if denies_no_accusation(verb):
            return False  # "rejected the accused's claim of innocence": the accused's answer
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
                return self._denies_wrongdoing(verb, c)
            # only "deny" takes the accusation as a clause; "rejected the appeal that ..." or
            # a court's "dismissed" are no answer of the accused
            if c.dep_ in ("ccomp", "xcomp", "pcomp") and verb.lemma_.lower() == "deny":
                return self._denies_wrongdoing(verb, None) or self._own_deed_denied(verb, c)
        return False

    def _denial_told(self, noun: Token) -> list[Named]:
        """Whose denial a noun tells: a denial noun's owner or giver ("X's denial came
        after ...", "despite X's denials", "X issued a denial"), or the owner of a claim of
        innocence ("X's claim of innocence was a lie", whoever says it). A denial of a thing
        turned down ("X's denial of bail") is none, nor is a court's (one not given, "did not
        issue a denial", is the reader's to drop)."""
        lemma = noun.lemma_.lower()
        if claims_innocence(noun):
            return [n for c in noun.children if c.dep_ == "poss" for n in self._names(c)]
        if lemma not in self.lex.denial_nouns or noun.pos_ != "NOUN":
            return []  # not "her contest against X", "the dispute": a denial by name only
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            denied = [p for p in prep.children if p.dep_ == "pobj"]
            if not any(p.lemma_.lower() in self.lex.accusation_nouns or self._a_deed(p)
                       for p in denied):  # fmt: skip
                return []
        found = [n for c in noun.children if c.dep_ == "poss" for n in self._names(c)]
        verb = noun.head
        giver = noun.dep_ == "dobj" and verb.lemma_.lower() in self.lex.confession_givers
        if not found and giver:
            found = self._agents(verb)
        return [n for n in found if not self._a_court(n)]

    def _a_tie(self, noun: Token) -> bool:
        """Whether a noun is a tie to someone named: "any link with X", "connections to X" -
        a denial of being X's associate; or to the case or the crime itself ("denied any
        link to the case", "any connection with the murder")."""
        if noun.lemma_.lower() not in self.lex.association_nouns:
            return False
        cases = self.lex.charge_nouns
        # the parser may hang the tie's phrase on the verb ("denied any link | to the case")
        after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
        return any(
            c.dep_ == "prep" and (
                any(t.i in self.by_token for t in c.subtree)
                or any(p.dep_ == "pobj" and (p.lemma_.lower() in cases or self._a_deed(p))
                       for p in c.children)
            )
            for c in [*noun.children, *after]
        )  # fmt: skip

    def _a_deed(self, noun: Token) -> bool:
        """Whether a noun names a deed one stands accused of: a crime ("the killing"), an
        offence in general ("the offence", "any crime") or an act its own words name ("the
        riots", "graft") - not one named further inside its phrase ("her request for an
        inquiry into the killing" is a thing turned down)."""
        lex, lemma = self.lex, noun.lemma_.lower()
        if lemma in lex.crime_nouns or lemma in lex.offence_nouns or lemma in lex.wrongdoing_nouns:
            return True
        return act_of(own_words(noun)) is not None

    def _denies_wrongdoing(self, verb: Token, denied: Token | None) -> bool:
        """Whether what a denial denies is an accusation of wrongdoing: a charge, an
        allegation, a confession ("denied the charges"), or, for what merely reports
        something ("denied the report", "rejected her claim") or a clause ("denied that he
        was working on a book"), a sentence that names a charge, a crime (a noun or a verb),
        an accused or an act. A company denying a report of a takeover bid, or a politician
        denying that a rival had anything to do with his decision, is accused of nothing:
        the denier is then no party the report accuses (the ledger would make one of
        "criminal charges")."""
        lex = self.lex
        if denied is not None and denied.lemma_.lower() not in lex.reported_nouns:
            return True
        crimes = (lex.charge_nouns | lex.crime_nouns | lex.crime_verbs | lex.accused_nouns
                  | (lex.accusation_nouns - lex.reported_nouns))  # fmt: skip
        sentence = verb.sent
        words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
        return bool(words & crimes) or act_of(sentence.text) is not None

    def _own_deed_denied(self, verb: Token, clause: Token) -> bool:
        """ "X made a statement from the dock denying that he had ever ridden the motorcycle":
        one the report already follows as accused, denying a deed of their own (the denied
        clause's subject a he, she or I), answers the accusation, whatever the deed's words -
        the report tells what it is. A denier accused of nothing (a company denying that it
        planned a takeover) is left to ``_denies_wrongdoing``."""
        subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
        if not subjects or not all(s.lower_ in PERSONAL_PRONOUNS or _first_person(s)
                                   for s in subjects):  # fmt: skip
            return False
        return self._answered_by_the_accused(verb)

    def _answered_by_the_accused(self, verb: Token) -> bool:
        """Whether everyone a denial is answered by is someone the report follows as accused
        already."""
        deniers = self._answerers(verb)
        return bool(deniers) and all(n.name in self.accused_so_far for n in deniers)

    def _answerers(self, verb: Token) -> list[Named]:
        """Who answers the accusation: the verb's named subject; else the client of a lawyer
        or the relative of a family speaking for them ("his lawyer denied the charges");
        else, for a definite description ("the 25-year-old cricketer denied ..."), the one
        accused the report follows."""
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        teller = None if subject is not None else self._teller_of_conjunct(verb)
        subject = subject if subject is not None else self._issuer(verb) or teller
        subject = self._spoken_for_by(subject) if subject is not None else None
        against = self._accused_by_the_accusation(verb) or self._on_behalf_of(verb)
        if against:
            return against
        if subject is not None and self._defendants(subject, verb):
            end = subject.idx + len(subject.text)
            return [Named(n.name, subject.idx, end, n.members) for n in self.all_accused.values()]
        if subject is not None and self._the_accused(subject):
            # "The accused pleaded not guilty" where the report follows one accused: that one
            return self._anaphor(subject, plural=False)
        role = self.lex.role_nouns.get(subject.lemma_.lower()) if subject is not None else None
        if subject is not None and role in SPEAKING_FOR:
            # "Counsel for X denied ...", "X's lawyer rejected ...": X's answer - even where
            # the role word was taken for a name ("Counsel" capitalised)
            clients = self._owners(subject) + self._clients(subject)
            # kin answer for kin, never as the accused ("The owner's brother, Y, rejected ..."):
            # for the owner the report named by that title, or for no one it can name
            kin = role == "relative" and not answers_a_deed(verb)
            if clients or kin or self._kin_answering(subject, verb):
                return clients or self._titled_owner(subject)
        if subject is not None and self._clients_followed(subject):
            return self._clients_followed(subject)  # "his clients pleaded not guilty"
        if subject is not None and role is None and self._owner_spoken_for(subject):
            return self._owner_spoken_for(subject)  # "X's party dismissed the allegations"
        # a court that rejects a claim rules on it ("the High Court ..., rejecting his claim
        # that he was coerced"): no court answers an accusation
        found = [n for n in self._agents(verb) if not self._a_court(n)]
        if not found and teller is not None:
            found = [n for n in self._names(teller) if not self._a_court(n)]
        if found or subject is None or subject.i in self.by_token:
            return found
        if role in SPEAKING_FOR:
            return self._owners(subject)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if definite and self._titled_one(subject):
            return self._titled_one(subject)  # "constable X ... the constable denied"
        if role is None and definite and subject.tag_ == "NN":
            return self._anaphor(subject, plural=False)
        return []

    def _teller_of_conjunct(self, verb: Token) -> Token | None:
        """Who denies in "X said the funds had been spent lawfully and denied any wrongdoing":
        the parser joins the denying verb to the reported clause, whose subject is a thing
        acted on (a passive, no active subject) and cannot deny - the teller does."""
        clause = verb.head
        if verb.dep_ != "conj" or clause.dep_ != "ccomp" or self._has_subject(verb):
            return None
        if any(c.dep_ in ACTIVE_SUBJECTS for c in clause.children):
            return None  # "X said Y was at home and denied ...": Y's, as the parse says
        if clause.head.lemma_.lower() not in self.kinds.reporting_cues:
            return None
        return next((c for c in clause.head.children if c.dep_ in ACTIVE_SUBJECTS), None)

    def _issuer(self, verb: Token) -> Token | None:
        """Who gives the statement a denying participle describes: "X's lawyers issued a
        statement denying the charges" - the subject of the verb that gives it."""
        noun = verb.head
        if verb.dep_ != "acl" or noun.dep_ != "dobj":
            return None
        if noun.head.lemma_.lower() not in self.lex.confession_givers:
            return None
        return next((c for c in noun.head.children if c.dep_ in ACTIVE_SUBJECTS), None)

    def _accused_by_the_accusation(self, verb: Token) -> list[Named]:
        """Whom the denied accusation names as accused, by name: "dismissed accusations that
        X exploited racial tensions", "denied the charges against X". The denial answers for
        them, whoever speaks (X, X's party or a supporter), never accuses the speaker - named, or
        in apposition ("the allegations against its worker X"). A pronoun ("the charges
        against him") is left to the speaker's own reading."""
        out = self._doers_denied(verb)
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            if noun.lemma_.lower() not in self.lex.accusation_nouns:
                continue
            for c in noun.children:
                if c.dep_ == "acl":  # "accusations that X exploited ..."
                    heads = [s for s in c.children if s.dep_ in self._doer_deps(c)]
                elif c.dep_ == "prep" and c.lower_ == "against":
                    heads = [p for p in c.children if p.dep_ == "pobj"]
                else:
                    continue
                # a name, or a noun with one in apposition ("against its worker X"); a
                # pronoun is left to the speaker's reading
                out += [n for h in heads if h.pos_ != "PRON" for n in self._names(h)]
        return out

    def _doers_denied(self, verb: Token) -> list[Named]:
        """Whom a denied clause makes the doer, by name: "the party denied that X was involved
        in the killings", "denied that X ordered the attack" - the clause's subject, never
        one a crime verb was done to ("police denied that X had been tortured": X is its
        victim, and the police answer for themselves). A pronoun is left to the speaker's
        reading, as above."""
        if verb.lemma_.lower() != "deny":
            return []
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None or any(self._is_person(n) for n in self._names(subject)):
            return []  # "X denied that Y paid him": X's own denial, Y no answer of X's
        out: list[Named] = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for act in self._coordinated(clause):
                deps = self._doer_deps(act)
                heads = [c for c in act.children if c.dep_ in deps and c.pos_ != "PRON"]
                out += [n for h in heads if h.i in self.by_token for n in self._names(h)]
                # "denied that the constable had tortured him": the one so titled before
                titled = [h for h in heads if h.i not in self.by_token]
                out += [n for h in titled for n in self._titled_one(h, doer=True)]
        return out

    def _doer_deps(self, act: Token) -> frozenset[str]:
        """The dependencies that name the doer of a denied clause: its active subject, or its
        passive one - never for a crime verb, whose passive subject is the one it was done to
        ("reports that X had been tortured": X is the victim, and no denier answers for X)."""
        crime = act.lemma_.lower() in self.lex.crime_verbs
        return ACTIVE_SUBJECTS | (frozenset() if crime else PASSIVE_SUBJECTS)

    def _on_behalf_of(self, verb: Token) -> list[Named]:
        """Whom the speaker answers for, named after "on behalf of": "his lawyer denied the
        charges on behalf of X", "pleaded not guilty on behalf of X and Y" - their denial,
        whoever speaks it. The phrase may hang on the plea's adjective ("not guilty on
        behalf of X")."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
        return [
            n for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for b in c.children if b.dep_ == "pobj" and b.lower_ == "behalf"
            for of in b.children if of.dep_ == "prep" and of.lower_ == "of"
            for n in self._pobj_names(of)
        ]  # fmt: skip

    def _defendants(self, subject: Token, verb: Token) -> bool:
        """ "The accused denied the charges": a participle used as a noun ("the accused",
        not "the defendant") tells no number, and a past verb none either; in a report that
        has named several accused it is all of them - unless the verb says one ("the
        accused denies", "has denied")."""
        if not self._the_accused(subject):
            return False
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        return len(self.all_accused) >= 2 and not any(v.tag_ == "VBZ" for v in verbs)

    def _the_accused(self, subject: Token) -> bool:
        """ "the accused": the participle used as a noun, definite, naming no one itself."""
        lex = self.lex
        accused = subject.lower_ in lex.accused_nouns or subject.lemma_.lower() in lex.accused_nouns
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        named = any(t.i in self.by_token for t in subject.subtree)
        return accused and definite and not named and subject.tag_ in ("VBN", "JJ")

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
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] or self._content_on_a_noun(verb)
        # '"My client is innocent. ...," he said': the quotation's earlier sentences too
        clauses += said_before(verb, self.quotations)
        # 'X said, "I lost a friend. I am paying for things I did not do."': its later ones
        clauses += said_after(verb, self.quotations)
        for clause in clauses:
            acts = list(self._coordinated(clause))
            # "X's family said they had not heard from him and maintained that he was
            # innocent": a verb of saying the parse joined to the reported clause says its
            # own clause, for the same speaker
            acts += [a for act in acts[1:] if act.lemma_.lower() in self.kinds.reporting_cues
                     for c in act.children if c.dep_ == "ccomp"
                     for a in self._coordinated(c)]  # fmt: skip
            acts += [a for a in _predicates_hung_below(clause) if a not in acts]
            # '"He was home that day, the whole lane knows it," she said': the clause a verb
            # of knowing or saying inside the reported one holds is said too
            knowing = self.kinds.onlooking_verbs | self.kinds.belief_cues
            acts += [a for act in list(acts) if act.lemma_.lower() in knowing
                     for c in act.children if c.dep_ == "ccomp"
                     for a in self._coordinated(c) if a not in acts]  # fmt: skip
            for act in acts:
                dismissed = self._accusation_dismissed(act)
                if dismissed is not None:
                    # "his counsel said the allegations against him were baseless": whom the
                    # accusation names, else the side that speaks
                    return self._owners(dismissed) or self._side_of(speaker)
                if not self._clears(act):
                    continue
                subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
                if self._in_a_false_case(act) or self._held_without_cause(act):
                    # "police implicated him in a fake case", "he was picked up without any
                    # reason": the one it was done to
                    done_to = [c for c in act.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
                    subjects = done_to or subjects
                if not subjects and act.lemma_.lower() not in self.lex.crime_verbs:
                    # "he was framed", "was falsely implicated": the one it was done to;
                    # never a crime's ("he was not attacked" clears no one)
                    subjects = [c for c in act.children if c.dep_ in PASSIVE_SUBJECTS]
                subjects = subjects or [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
                if subjects and all(self._a_deed(s) for s in subjects):
                    # "the shooting was in self-defence", "the death was an accident": the
                    # deed's doer is the side that speaks
                    return self._side_of(speaker)
                cleared = [n for s in subjects
                           for n in self._client_of(s, speaker) or self._kin_of(s, speaker)
                           or self._bound_by_the_speaker(s, speaker)
                           or self._speakers_themselves(s, speaker)
                           or self._names(s) or self._speaking_of_self(s, speaker)
                           or self._spoken_for(s, speaker)
                           or self._the_accused_followed(s)]  # fmt: skip
                if (places_elsewhere(act) or denies_presence(act) or self._told_innocently(act)
                        or denies_handling_a_weapon(act) or denies_blame(act)
                        or denies_being_the_doer(act)):  # fmt: skip
                    # an alibi clears only one accused before: the victim's wife telling
                    # where her husband was that day denies nothing; nor does "he was simply
                    # doing everyone a favour" or "he did not touch anyone" said of one the
                    # report accuses of nothing
                    cleared = [n for n in cleared if n.name in self.accused_so_far]
                return cleared
        return []

    def _bound_by_the_speaker(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X said he had nothing to do with the death": a he or she that clears, told by a
        named speaker the report follows as accused, is the speaker - whoever the resolver
        took it for (a co-accused named in the sentence before), as "X, who has always
        proclaimed his innocence" binds its pronoun (``_innocence_claimed``). Not a lawyer
        named before ("Mr Y said he ...": Y's client, ``_represented``)."""
        if subject.lower_ not in PERSONAL_PRONOUNS or speaker.pos_ != "PROPN":
            return []
        if self._represented(speaker):
            return []
        return [n for n in self._names(speaker)
                if self._is_person(n) and n.name in self.accused_so_far]  # fmt: skip

    def _the_accused_followed(self, subject: Token) -> list[Named]:
        """ "His lawyer said the accused stands by his innocence": "the accused", naming no
        one, is the one accused the report follows (``_anaphor``)."""
        return self._anaphor(subject, plural=False) if self._the_accused(subject) else []

    @staticmethod
    def _content_on_a_noun(verb: Token) -> list[Token]:
        """ "X shouted after the verdict that he did not touch anyone": a "that" clause with
        a subject the parser hung on the noun of the verb's phrase, as if the verdict said
        it - the verb's reported clause, where the verb has none of its own."""
        return [
            clause for prep in verb.children if prep.dep_ == "prep"
            for noun in prep.children if noun.dep_ == "pobj"
            for clause in noun.children if clause.dep_ in ("acl", "relcl")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            and any(c.dep_ in ACTIVE_SUBJECTS for c in clause.children)
        ]  # fmt: skip

    def _accusation_dismissed(self, act: Token) -> Token | None:
        """The accusation a clause calls false: its subject a charge, an allegation, a case
        ... and its predicate a word of dismissal or persecution ("the allegations were
        baseless", "the case was fabricated", "the charges were politically motivated"), not
        negated."""
        if any(c.dep_ == "neg" for c in act.children):
            return None
        lex = self.lex
        # what may be called false: an accusation, a charge or case ("the FIR is false"), or
        # the arrest that acts on one ("the arrest was politically motivated")
        dismissable = lex.accusation_nouns | lex.charge_nouns | lex.arrest_nouns
        accusation = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")
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
        return accusation if called_false or rivals else None

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

    def _side_of(self, speaker: Token) -> list[Named]:
        """For whom a speaker answers: a lawyer's or relative's client or kin ("X's lawyer",
        "counsel for X", "Advocate Z, representing X"), else the speaker, named."""
        role = self.lex.role_nouns.get(speaker.lemma_.lower())
        if role in SPEAKING_FOR:
            return self._owners(speaker) + self._clients(speaker)
        if role is None and self._owner_spoken_for(speaker):
            return self._owner_spoken_for(speaker)  # "his party said the case was fabricated"
        # "Kimani said" of the lawyer the report introduced as "X's advocate, Brian Kimani"
        return self._clients(speaker) or self._represented(speaker) or self._names(speaker)

    def _kin_of(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's mother said her son was innocent", '"My son is innocent," said Z, the mother of
        X': a relative the speaker owns ("her son", "my son") is whom the speaking relative is
        kin to - the speaker's owner, or the owner of the relative noun in apposition to the
        speaker. A relative named by the clause itself is read as that name."""
        roles = self.lex.role_nouns
        if roles.get(subject.lemma_.lower()) != "relative":
            return []
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PRON":
            return []
        if any(t.i in self.by_token for t in subject.subtree):
            return []  # "her son, Y, was innocent": Y
        kin = [k for k in [speaker, *speaker.children] if k is speaker or k.dep_ == "appos"]
        relatives = [k for k in kin if roles.get(k.lemma_.lower()) == "relative"]
        # "The trader's son, Y, said ...": an owner told by the title given before
        return [n for k in relatives for n in self._owners(k) or self._titled_owner(k)]

    def _spoken_for(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's brother said he had been framed", "the lawyer for X said he was innocent": a
        he or she the resolver left to no one (he may be the brother or X, ``nlp.antecedents``)
        is, in a clearing told by someone who speaks for another (counsel, kin), that other -
        the speaker's owner. Only in such a denial: an accusation keeps no name. So too a
        description with no name of its own ("Their lawyers said the officers had acted in
        self-defence", "X's lawyer said the officer had fired in self-defence")."""
        described = (
            subject.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(t.i in self.by_token for t in subject.subtree)
        ) or self._the_accused(subject)  # "his lawyer said the accused stands by ..."
        if subject.lower_ not in PERSONAL_PRONOUNS and not described:
            return []
        if self.lex.role_nouns.get(speaker.lemma_.lower()) not in SPEAKING_FOR:
            return []
        return [n for n in self._owners(speaker) if self._is_person(n)]

    def _speakers_themselves(self, subject: Token, speaker: Token) -> list[Named]:
        """ "The suspects, X, Y and Z, told the court they were innocent", "X and Y said they
        had been framed": a plural pronoun that clears, told by speakers the sentence names
        (two or more people), is those speakers - not whoever the report followed before.
        And "The Y Front, of which X is a member, said he had been framed": a he or she told
        by a body that names its one member is that member (``_member_told``)."""
        if subject.lower_ in PERSONAL_PRONOUNS:
            members = self._member_told(speaker)
            return members if len(members) == 1 else []
        if subject.lower_ not in self.lex.plural_pronouns:
            return []
        named = [n for n in self._names(speaker) if self._is_person(n)]
        return named if len(named) >= 2 else []

    def _speaking_of_self(self, subject: Token, speaker: Token) -> list[Named]:
        """'"I am being punished for something I did not do," X told reporters': a first
        person singular the resolver left to no one is the one who speaks (read from the parse's
        person feature, not a word list)."""
        if not _first_person(subject):
            return []
        if _first_person(speaker):
            # '"I have always said I am innocent," X told reporters': the "I" who says it
            # is the one the quote is told by
            outer = next((v for v in speaker.head.ancestors
                          if v.lemma_.lower() in self.kinds.reporting_cues), None)  # fmt: skip
            told_by = self._speaker_of(outer) if outer is not None else None
            if told_by is None or _first_person(told_by):
                return []
            speaker = told_by
        return [n for n in self._names(speaker) if self._is_person(n)]

    @staticmethod
    def _speaker_of(verb: Token) -> Token | None:
        """Who says it: the verb's subject, or for a conjunct with none the first verb's ("X
        denied the charges and told the court that ...")."""
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "X said he would appeal, insisting he was innocent": the participle's speaker
            # is the subject of the verb it hangs on
            subject = next((c for c in verb.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "X's counsel filed an application stating that ...": the paper says what the
            # one who files it says - the subject of the verb whose object it is
            paper = verb.head
            if paper.dep_ == "dobj":
                subject = next((c for c in paper.head.children if c.dep_ in ACTIVE_SUBJECTS), None)
        return subject

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
        bare = not any(c.dep_ in ("poss", "prep") for noun in nouns for c in noun.children)
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
        accusation = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                           and c.lemma_.lower() in called), None)  # fmt: skip
        if accusation is None:
            return []
        predicates = [c for c in [*verb.children, *accusation.children]
                      if c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp")
                      or (c.dep_ in ("prep", "advmod") and c.lower_ == "as")]  # fmt: skip
        said = " ".join(t.text for p in predicates for t in p.subtree)
        kinds = self.kinds
        if not said or not (kinds.dismissal.search(said) or kinds.persecution.search(said)):
            return []
        return self._answerers(verb)

    def _clears(self, act: Token) -> bool:
        """ "did not kill", "had nothing to do with the murder", "was innocent", "was framed",
        "was falsely implicated" (a passive that says the accusation was made up)."""
        lex = self.lex
        negated = any(c.dep_ == "neg" for c in act.children)
        if act.lemma_.lower() in lex.crime_verbs and negated:
            return True
        if self._passive(act) and not negated:
            falsely = any(c.dep_ == "advmod" and c.lower_ in lex.false_adverbs
                          for c in act.children)  # fmt: skip
            if falsely or act.lemma_.lower() in lex.framed_verbs:
                return True
            if any(c.dep_ in ("oprd", "attr", "dobj") and c.lemma_.lower() in lex.framed_verbs
                   for c in act.children):  # fmt: skip
                return True  # "he was being made a scapegoat"
            if act.lemma_.lower() in lex.accuse_verbs and self._by_rivals(act):
                return True  # "he was being implicated by his rivals"
        if not negated and self._for_what_was_not_done(act):
            return True
        if not negated and (self._in_a_false_case(act) or self._justified(act)):
            return True  # "police implicated him in a fake case", "he fired in self-defence"
        if act.lemma_.lower() in self.kinds.denial_cues and self._answers(act):
            return True  # "he would contest the charges", "she denies the offence"
        if act.lemma_.lower() in lex.contesting_verbs and not negated:
            # "his client would fight the charge"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.accusation_nouns
                   for c in act.children):  # fmt: skip
                return True
        if act.lemma_.lower() in lex.guilty_pleas and self._plea(act) == "not guilty":
            return True  # "his client would plead not guilty"
        if self._described_as_cleared(act) or denies_being_the_doer(act) or denies_blame(act):
            return True  # "... who had nothing to do with it", "I am not the one who killed"
        if places_elsewhere(act) or denies_presence(act) or denies_handling_a_weapon(act):
            return True  # "her client had been in Lyon on the day of the killing"
        if self._upholds_innocence(act) or self._acts_on_no_one(act) or self._only_did(act):
            return True  # "the accused stands by his innocence", "he did not touch anyone"
        if self._held_without_cause(act):
            return True  # "he had been picked up without any reason"
        for c in act.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in lex.ignorance_nouns and not negated:
                # "his client had no idea where the money came from": knowing nothing of it
                if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                    return True
            if c.dep_ == "dobj" and c.lower_ in lex.negative_objects:
                # "had nothing to do with the murder / the riots", "did nothing wrong"
                acts = {t.lemma_.lower() for t in c.subtree}
                wrong = any(t.dep_ == "amod" and t.lower_ in lex.wrong_adjectives
                            for t in c.children)  # fmt: skip
                deed = act_of(" ".join(t.text for t in c.subtree)) is not None
                harm = acts & lex.harm_nouns  # "nothing to do with her death"
                # "nothing to do with any bookie": with anyone of a kind, the crime's party
                anyone = any(t.dep_ == "det" and t.lower_ == "any" and t.head.dep_ == "pobj"
                             for t in c.subtree)  # fmt: skip
                return (
                    bool(acts & (lex.crime_nouns | lex.accusation_nouns) or harm)
                    or wrong
                    or deed
                    or anyone
                )
            if c.dep_ in ("acomp", "attr") and lex.verdict_adjectives.get(c.lower_) == "acquitted":
                return not negated
            if c.dep_ in ("acomp", "attr") and lex.verdict_adjectives.get(c.lower_) == "convicted":
                return negated  # "his client is not guilty"
            if c.dep_ == "attr" and any(  # "he was an innocent farmer"
                a.dep_ == "amod" and lex.verdict_adjectives.get(a.lower_) == "acquitted"
                for a in c.children
            ):
                return not negated
        return False

    def _by_rivals(self, act: Token) -> bool:
        """Whether a passive's "by" agent is the accused's enemies (``rival_nouns``: "by his
        rivals", "by his political opponents")."""
        return any(
            o.lemma_.lower() in self.lex.rival_nouns
            for a in act.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj"
        )  # fmt: skip

    def _described_as_cleared(self, act: Token) -> bool:
        """ "his client was a college student with no record who had nothing to do with the
        murder": a copula whose predicate noun carries a relative clause (its subject "who")
        that clears - the relative pronoun stands for the predicate, so for the copula's
        subject (the parser may hang the clause on a noun inside the predicate's phrase)."""
        if act.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in act.children):
            return False
        return any(
            rel.dep_ == "relcl"
            and any(s.dep_ in ACTIVE_SUBJECTS and s.tag_ == "WP" for s in rel.children)
            and self._clears(rel)
            for attr in act.children if attr.dep_ == "attr"
            for rel in attr.subtree
        )  # fmt: skip

    def _in_a_false_case(self, act: Token) -> bool:
        """ "police implicated him in a fake case", "he was arrested on false charges",
        "booked in a fabricated case": the act's own phrase names an accusation or case that
        a word calls false (``false_case_adjectives``)."""
        lex = self.lex
        nouns = lex.accusation_nouns | lex.charge_nouns
        return any(
            obj.lemma_.lower() in nouns
            and any(a.dep_ in ("amod", "compound") and a.lower_ in lex.false_case_adjectives
                    for a in obj.children)
            for prep in act.children if prep.dep_ == "prep"
            for obj in prep.children if obj.dep_ == "pobj"
        )  # fmt: skip

    def _justified(self, act: Token) -> bool:
        """ "the officers had acted in self-defence", "his client fired in self-defence": what
        the act was done in makes it no crime (``justification_phrases``)."""
        phrases = self.lex.justification_phrases
        said = [
            c for c in act.children
            if (c.dep_ == "prep" and c.lower_ == "in") or c.dep_ in ("attr", "acomp")
        ]  # fmt: skip
        for part in said:
            told = "".join(t.text_with_ws for t in part.subtree).lower()
            if any(p in told.split() or p in told for p in phrases):
                return True
        return False

    def _for_what_was_not_done(self, act: Token) -> bool:
        """ "I am being punished for something I did not do", "he spent ten years in prison
        for a crime he did not commit", "her client was jailed for a crime he did not
        commit": what the act is for is a thing its own subject says, in a negated relative
        clause, they did not do - a denial of it, whatever the act."""
        heads = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        subjects = {c.lower_ for c in heads}
        # the one a passive act was done to, or a client or kin the accused's side speaks
        # of ("her client spent 14 months in prison for a crime he did not commit"), binds
        # the pronoun of the clause; "police jailed him for a crime he did not commit" does not
        binds = any(c.dep_ == "auxpass" for c in act.children) or any(
            c.lemma_.lower() in self.lex.client_nouns
            or self.lex.role_nouns.get(c.lemma_.lower()) == "relative"
            for c in heads
        )
        for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ == "for"):
            for thing in (c for c in prep.children if c.dep_ == "pobj"):
                for clause in (c for c in thing.children if c.dep_ == "relcl"):
                    doers = {c.lower_ for c in clause.children if c.dep_ in ACTIVE_SUBJECTS}
                    negated = any(c.dep_ == "neg" for c in clause.children)
                    # "her client was jailed for a crime he did not commit"
                    if binds and doers <= PERSONAL_PRONOUNS:
                        doers = doers and subjects
                    if negated and doers and doers <= subjects:
                        return True
        return False


def _predicates_hung_below(clause: Token) -> list[Token]:
    """ "his client had presented himself as soon as he heard he was being sought and had
    nothing to do with her death": a second predicate of the reported clause, with no subject
    of its own and a finite verb, that the parser joined to a verb deep inside it. Only
    through verbs and adverbs: a conjunct inside a relative clause or a noun's phrase ("the
    men who were drunk and had nothing to do with it") tells of someone else."""
    out: list[Token] = []
    for t in clause.subtree:
        if t.dep_ != "conj" or t.head.i == clause.i or not _finite(t):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        path = [
            a for a in t.ancestors if a.i != clause.i and clause.i in {b.i for b in a.ancestors}
        ]
        if all(a.pos_ in ("VERB", "AUX", "ADV") and a.dep_ not in ("relcl", "acl") for a in path):
            out.append(t)
    return out


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("had been", "was washing")."""
    finite = ("VBD", "VBZ", "VBP")
    return verb.tag_ in finite or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children
    )


def _first_person(token: Token) -> bool:
    """A first person singular pronoun ("I", "me"), read from the parse's person feature."""
    morph = token.morph
    first = morph.get("Person", []) == ["1"] and morph.get("Number", []) == ["Sing"]
    return token.pos_ == "PRON" and first
