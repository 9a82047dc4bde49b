"""What answers the accusation and who answers it: a plea ("pleaded not guilty"), a
denial of the deed or of a tie to it, and the answerers - the accused, their lawyer, their
family, never the police, a prosecutor or a judge. Split out of ``claims.answers``; what a
plea says, ``claims.pleas``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.counsel import answers_a_deed
from corroborate.nlp.claims.done_to_a_thing import denies_it_all
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.hung_subject import subject_made_root
from corroborate.nlp.claims.kin_apposed import kin_noun_apposed
from corroborate.nlp.claims.no_part import knowledge_of_a_thing
from corroborate.nlp.claims.participle_subject import subject_hung_on_participle
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.pleas import Pleas
from corroborate.nlp.claims.spoken_for import SPEAKING_FOR, SpokenFor, first_person
from corroborate.nlp.claims.spoken_for_clause import clause_of_the_one_spoken_for
from corroborate.nlp.claims.whom_answered import names_before_relative
from corroborate.nlp.denials import claims_innocence, denies_no_accusation, own_words
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["Answering"]


class Answering(Pleas, SpokenFor):
    """Pleas and answers to the accusation, and who gives them."""

    def _answers(self, verb: Token) -> bool:
        """Whether a denying verb answers an accusation: its object is a charge, an
        allegation, a confession ... ("denied the charges"), or a clause ("denied that he
        was there", "denied killing him") - and what it denies is an accusation
        (``_denies_wrongdoing``)."""
        # an accusation, or the papers of a case against one ("rejected the reference", "the
        # FIR", "the indictment")
        nouns = self.lex.accusation_nouns | self.lex.charge_nouns
        if any(c.dep_ == "neg" for c in verb.children):
            # "his lawyer said his client did not deny meeting the trader": a verb of
            # denying negated concedes what it takes, in a report of words as in the sentence
            return False
        denies = verb.lemma_.lower() == "deny"
        if any(c.dep_ == "dobj" and (self._a_deed(c) or self._a_tie(c))
               for c in verb.children if denies):  # fmt: skip
            return True  # "denied the offence", "denies murder", "denied any link with X"
        # "he denied any link to the shaft", "the owner denied any knowledge of the magnets"
        # (den85): one accused denies a tie, or knowing of the deed's thing
        ties = self.lex.association_nouns
        shares = [c for c in verb.children if c.dep_ == "dobj"
                  and (c.lemma_.lower() in ties or knowledge_of_a_thing(c))]  # fmt: skip
        if denies and shares and self._answered_by_the_accused(verb):
            return True
        if denies_it_all(verb) and self._answered_by_the_accused(verb):
            return True  # "the manager had denied everything in his statement"
        versions = [c for c in verb.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in self.lex.version_nouns]  # fmt: skip
        if versions and self._answered_by_the_accused(verb):
            # "In his 342 statement, X rejected the police account": one already accused who
            # rejects an account of what happened answers the accusation it tells
            return True
        if denies_no_accusation(verb):
            return False  # "rejected the accused's claim of innocence": the accused's answer
        for c in verb.children:
            c = _whole_of(c) if c.dep_ == "dobj" else c
            if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.lemma_.lower() in nouns:
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
        if lemma in self.lex.alibi_nouns and noun.pos_ == "NOUN":
            # "the jury accepted his alibi": a claim of being elsewhere is its owner's denial -
            # of one accused already, as an alibi told in words clears only such a one; and
            # not "his own alibi" in what another says ("A neighbour said his own alibi ...")
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if any(o.pos_ == "PRON" for o in owners) and self._told_by_another(noun):
                return []
            if not owners:
                return self._alibi_put_forward(noun)
            return [n for o in owners for n in self._names(o) if n.name in self.accused_so_far]
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

    def _alibi_put_forward(self, noun: Token) -> list[Named]:
        """Whose alibi an alibi noun with no owner is: the one a relative clause says put it
        forward ("rejected the Sialkot alibi, which the accused repeated in his statement"),
        else, where it is definite or counted ("the court did not accept the alibi",
        "Rejecting both alibis, the judge ..."), the accused the report follows - one for
        "the alibi", two or more for "both alibis" (a court weighs only the defence's
        alibi). Only one the report accuses already; not "an alibi" (any, not told) nor
        "the alibi of the witness" (owned in its phrase)."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return []
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
            found = [n for s in subjects for n in self._names(s) or self._the_accused_followed(s)]
            return [n for n in found if n.name in self.accused_so_far]
        marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        plural = noun.tag_ == "NNS"
        if not (marks & {"the", *self.lex.moment_pointers}) or marks & self.lex.negative_words:
            return []
        found = [n for n in self._anaphor(noun, plural=plural) if n.name in self.accused_so_far]
        return found if (len(found) >= 2) == plural else []

    def _told_by_another(self, word: Token) -> bool:
        """Whether ``word`` is inside what a named speaker the report accuses of nothing
        says: a verb of saying above it whose subject names only such people."""
        for verb in word.ancestors:
            if verb.lemma_.lower() not in self.kinds.reporting_cues:
                continue
            subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            named = [n for s in subjects for n in self._names(s)]
            return bool(named) and not any(n.name in self.accused_so_far for n in named)
        return False

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
        the report tells what it is. So does a clause with no subject of its own ("the
        owner denied ever meeting the inspector": the denier's own deed) and one of a thing
        of theirs ("the owner denied that the centre had ever used chemicals"): told by a
        name, the attribution takes the same clause as the accused's denial, so a
        description the report ties to the accused answers as the name does. A denier
        accused of nothing (a company denying that it planned a takeover) is left to
        ``_denies_wrongdoing``; a clause of another person's deed ("denied that his
        brother had fired") answers for that one, not for the denier, and so does a step of
        the proceeding done to a person (``person_object_verbs`` in the passive: "denied any
        councillor was detained"), whose subject no list need call a person."""
        subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
        if subjects and all(_a_pronoun(s) for s in subjects):
            return self._answered_by_the_accused(verb)
        passives = [c for c in clause.children if c.dep_ in PASSIVE_SUBJECTS]
        if passives and clause.lemma_.lower() in self.lex.person_object_verbs:
            return False  # "denied any councillor was detained": a step done to a person
        subjects += passives
        answerers = {n.name for n in self._answerers(verb)}
        if clause_of_the_one_spoken_for(verb, subjects, answerers, self.by_token):
            # "X's lawyer denied that his client had any link with ...": the client's own
            return self._answered_by_the_accused(verb)
        if any(self._someone_else(s) for s in subjects) or not self._denier_told(verb):
            return False
        return self._answered_by_the_accused(verb)

    def _someone_else(self, subject: Token) -> bool:
        """A clause's subject that is a person other than the denier: a name, or a noun of
        a role or tie ("his brother", "the guard") - not a pronoun, "I", nor a thing."""
        if _a_pronoun(subject):
            return False
        return subject.i in self.by_token or subject.lemma_.lower() in self.lex.role_nouns

    def _denier_told(self, verb: Token) -> bool:
        """Whether the denying verb's subject is the accused told by name, pronoun or a
        description the report ties to them ("X, the owner of the centre ... the owner"),
        or a lawyer's client ("X's lawyer said her client had always denied knowing what he
        was carrying": the client a lawyer speaks of is the one she acts for, whom
        ``_answerers`` finds and ``_answered_by_the_accused`` asks to be accused already) -
        not a noun the report never tied ("the company" read as the one accused)."""
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is None:
            return False
        return (
            subject.i in self.by_token
            or _a_pronoun(subject)
            or self._client_of_the_speaker(subject, verb)
            or bool(self._accused_described(subject))
        )

    def _client_of_the_speaker(self, subject: Token, verb: Token) -> bool:
        """Whether the denier is "her client" or "my client" in what a lawyer says, the
        lawyer acting for one accused already ("X's lawyer said her client had always denied
        knowing ...": ``_client_told_of``) - not "the prosecutor's client", nor the client
        of a victim's lawyer, who acts for no one accused."""
        if not any(c.dep_ == "poss" and _a_pronoun(c) for c in subject.children):
            return False
        clients = self._client_told_of(subject, verb)
        return bool(clients) and all(n.name in self.accused_so_far for n in clients)

    def _answered_by_the_accused(self, verb: Token) -> bool:
        """Whether everyone a denial is answered by is someone the report follows as accused
        already."""
        deniers = self._answerers(verb)
        return bool(deniers) and all(n.name in self.accused_so_far for n in deniers)

    def _kin_speaker_names(self, token: Token) -> list[str]:
        """The persons ``token`` names; for a kin noun, those it is kin of: its owners ("X's
        brother", "the brother of X", "his brother" resolved) or the one accused its owner's
        title stands for ("the transporter's brother")."""
        if self.lex.role_nouns.get(token.lemma_.lower()) == "relative":
            found = self._owners(token) or self._titled_owner(token)
        else:
            found = self._names(token)
        return [n.name for n in found if self._is_person(n)]

    def _answerers(self, verb: Token) -> list[Named]:
        """Who answers the accusation: the verb's named subject; else the client of a lawyer
        or the relative of a family speaking for them ("his lawyer denied the charges");
        else, for a definite description ("the 25-year-old cricketer denied ..."), the one
        accused the report follows."""
        antecedent = names_before_relative(verb)
        if antecedent is not None:
            # "... against X and Y, both of whom pleaded not guilty", hung on "the charge"
            return [n for n in self._names(antecedent) if self._is_person(n)]
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        teller = None if subject is not None else self._teller_of_conjunct(verb)
        subject = subject if subject is not None else self._issuer(verb) or teller
        subject = subject if subject is not None else subject_hung_on_participle(verb)
        subject = self._spoken_for_by(subject) if subject is not None else None
        if subject is not None and verb.lemma_.lower() not in self.lex.guilty_pleas:
            # "Y, X's brother, termed the arrest ...": the brother speaks, for X (den98)
            subject = kin_noun_apposed(subject, self.lex.role_nouns, self._kin_speaker_names,
                                       self.accused_so_far)  # fmt: skip
        against = self._accused_by_the_accusation(verb) or self._on_behalf_of(verb)
        if against:
            return against
        root = subject_made_root(verb) if subject is None else None
        if root is not None:
            # "X, speaking to reporters, called the case fabricated": X, made the root
            return [n for n in self._names(root) if not self._a_court(n)]
        if subject is not None and self._defendants(subject, verb):
            end = subject.idx + len(subject.text)
            return [Named(n.name, subject.idx, end, n.members) for n in self.all_accused.values()]
        if subject is not None and self._the_accused(subject):
            # "The accused pleaded not guilty" where the report follows one accused: that one
            return self._anaphor(subject, plural=False)
        role = self.lex.role_nouns.get(subject.lemma_.lower()) if subject is not None else None
        # "The victim's uncle, X, pleaded not guilty": a plea is entered by the one charged,
        # never by kin for another - the relative pleads for himself
        pleads = role == "relative" and verb.lemma_.lower() in self.lex.guilty_pleas
        own = self._kin_accused(subject) if subject is not None else []
        if own:
            return own  # "Gondal's son, Imran Nawaz, rejected ...", the son accused himself
        if subject is not None and role in SPEAKING_FOR and not (pleads and self._plea(verb)):
            # "Counsel for X denied ...", "X's lawyer rejected ...": X's answer - even where
            # the role word was taken for a name ("Counsel" capitalised)
            # "The patwari's counsel rejected ...": an owner that is a description
            owners = self._owners(subject) or self._titled_owner(subject)
            clients = owners + self._clients(subject)
            # kin accused of nothing answer for kin ("The owner's brother, Y, rejected ..."):
            # for the owner the report named by that title, or for no one it can name
            kin = role == "relative" and not answers_a_deed(verb)
            if clients or kin:
                return clients or self._titled_owner(subject)
        told_of = self._client_told_of(subject, verb) if subject is not None else []
        if told_of:
            return told_of  # "Y, for X, said his client denies"
        followed = self._clients_followed(subject) if subject is not None else []
        if followed:
            return followed  # "his clients pleaded not guilty"
        if subject is not None and self._titled_counsel(subject):
            # "Defence counsel Y, who represents the family, rejected the allegation": a
            # lawyer answers for a client - the one the report gave him, else the one
            # accused it has named - never as the accused himself
            only = len(self.all_accused) == 1
            return self._represented(subject) or (self._anaphor(subject, False) if only else [])
        if subject is not None and role is None:
            spoken_for = self._owner_spoken_for(subject)
            if spoken_for:
                return spoken_for  # "X's party dismissed the allegations"
            # "The company's owner, X, denied the charges": the accused company's answer
            body = self._body_answered_for(subject)
            if body:
                return body
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
        described = self._accused_described(subject) if definite else []
        if described:
            # "constable X ... the constable denied"; "X, the owner of the mill ... the owner"
            return described
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


def _whole_of(part: Token) -> Token:
    """ "denies every one of these charges", "rejected each of the allegations": a count or
    quantifier taken as the object stands for the nouns of its "of" phrase; any other object
    for itself."""
    if part.pos_ not in ("NUM", "PRON", "DET"):
        return part
    return next((o for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), part)  # fmt: skip


def _a_pronoun(word: Token) -> bool:
    """ "he", "she", "I": a subject that is the denier themself."""
    return word.lower_ in PERSONAL_PRONOUNS or first_person(word)
