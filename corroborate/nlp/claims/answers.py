"""The accused's own word: a plea, a denial or retraction that answers the accusation, and
where the accused spoke (the setting of a confession, retraction or denial).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp import names
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.rulings import Rulings
from corroborate.nlp.kinds import setting_in, setting_of
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Kind, Setting

__all__ = ["Answers"]

# Who speaks for the accused: their lawyer, their family.
_SPEAKING_FOR = frozenset({"defence", "relative"})


class Answers(Rulings):
    """Pleas, denials, retractions and the settings of what the accused said."""

    kinds = kinds_lexicon()  # the denial and retraction cues are the attributions' own

    def _plea(self, verb: Token) -> str | None:
        """ "pleaded guilty" or "pleaded not guilty" (the negation may hang from either), or a
        plea entered: "entered a plea of not guilty", "entered a guilty plea" - "guilty" in
        the phrase of the verb's object "plea"."""
        guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
        pleas = self.lex.plea_nouns
        plea = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in pleas), None)
        if guilty is None and plea is not None:
            guilty = next((t for t in plea.subtree if t.lower_ == "guilty"), None)
        if guilty is None:
            return None
        start = min(verb.i, guilty.i) + 1
        between = verb.doc[start : max(verb.i, guilty.i)]
        negated = any(c.dep_ == "neg" for c in guilty.children) or any(
            t.dep_ == "neg" for t in between
        )
        return "not guilty" if negated else "guilty"

    def _answers(self, verb: Token) -> bool:
        """Whether a denying verb answers an accusation: its object is a charge, an
        allegation, a confession ... ("denied the charges"), or a clause ("denied that he
        was there", "denied killing him") - and what it denies is an accusation
        (``_denies_wrongdoing``)."""
        nouns = self.lex.accusation_nouns
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
                return self._denies_wrongdoing(verb, c)
            # only "deny" takes the accusation as a clause; "rejected the appeal that ..." or
            # a court's "dismissed" are no answer of the accused
            if c.dep_ in ("ccomp", "xcomp", "pcomp") and verb.lemma_.lower() == "deny":
                return self._denies_wrongdoing(verb, None)
        return False

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

    def _answerers(self, verb: Token) -> list[Named]:
        """Who answers the accusation: the verb's named subject; else the client of a lawyer
        or the relative of a family speaking for them ("his lawyer denied the charges");
        else, for a definite description ("the 25-year-old cricketer denied ..."), the one
        accused the report follows."""
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        against = self._accused_by_the_accusation(verb) or self._on_behalf_of(verb)
        if against:
            return against
        if subject is not None and self._defendants(subject, verb):
            end = subject.idx + len(subject.text)
            return [Named(n.name, subject.idx, end, n.members) for n in self.all_accused.values()]
        role = self.lex.role_nouns.get(subject.lemma_.lower()) if subject is not None else None
        if subject is not None and role in _SPEAKING_FOR:
            # "Counsel for X denied ...", "X's lawyer rejected ...": X's answer - even where
            # the role word was taken for a name ("Counsel" capitalised)
            clients = self._owners(subject) + self._clients(subject)
            if clients:
                return clients
        if subject is not None and self._clients_followed(subject):
            return self._clients_followed(subject)  # "his clients pleaded not guilty"
        # a court that rejects a claim rules on it ("the High Court ..., rejecting his claim
        # that he was coerced"): no court answers an accusation
        found = [n for n in self._agents(verb) if not self._a_court(n)]
        if found or subject is None or subject.i in self.by_token:
            return found
        if role in _SPEAKING_FOR:
            return self._owners(subject)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if role is None and definite and subject.tag_ == "NN":
            return self._anaphor(subject, plural=False)
        return []

    def _clients_followed(self, subject: Token) -> list[Named]:
        """Whom "his client" or "my clients" stands for where the sentence names no one: a
        lawyer's client in a court report is the accused it follows (the one, or all of
        them for a plural). A client with a name of its own is read as that name."""
        if subject.lemma_.lower() not in self.lex.client_nouns:
            return []
        if not any(c.dep_ == "poss" for c in subject.children):
            return []
        if any(t.i in self.by_token for t in subject.subtree):
            return []
        return self._anaphor(subject, plural=subject.tag_ == "NNS")

    def _a_court(self, named: Named) -> bool:
        """Whether a name is a court's ("the Durban High Court", "Supreme Court"): its last
        word a court's role noun."""
        return self.lex.names_a_court(names.words(named.name))

    def _clients(self, speaker: Token) -> list[Named]:
        """Whom a lawyer or family speaks for, named after "for": "counsel for X", "the lawyer
        for X"."""
        return [n for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for"
                for n in self._pobj_names(c)]  # fmt: skip

    def _accused_by_the_accusation(self, verb: Token) -> list[Named]:
        """Whom the denied accusation names as accused, by name: "dismissed accusations that
        X exploited racial tensions", "denied the charges against X". The denial answers for
        them, whoever speaks (X, X's party or a supporter), never accuses the speaker. A
        pronoun ("the charges against him") is left to the speaker's own reading."""
        out = self._doers_denied(verb)
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            if noun.lemma_.lower() not in self.lex.accusation_nouns:
                continue
            for c in noun.children:
                if c.dep_ == "acl":  # "accusations that X exploited ..."
                    heads = [s for s in c.children if s.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
                elif c.dep_ == "prep" and c.lower_ == "against":
                    heads = [p for p in c.children if p.dep_ == "pobj"]
                else:
                    continue
                out += [n for h in heads if h.i in self.by_token for n in self._names(h)]
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
                crime = act.lemma_.lower() in self.lex.crime_verbs
                deps = ACTIVE_SUBJECTS | (frozenset() if crime else PASSIVE_SUBJECTS)
                heads = [c for c in act.children if c.dep_ in deps and c.pos_ != "PRON"]
                out += [n for h in heads if h.i in self.by_token for n in self._names(h)]
        return out

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
        lex = self.lex
        accused = subject.lower_ in lex.accused_nouns or subject.lemma_.lower() in lex.accused_nouns
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        named = any(t.i in self.by_token for t in subject.subtree)
        if not accused or not definite or named or subject.tag_ not in ("VBN", "JJ"):
            return False
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        return len(self.all_accused) >= 2 and not any(v.tag_ == "VBZ" for v in verbs)

    def _denied_in_content(self, verb: Token) -> list[Named]:
        """Whoever a reported clause clears, when the accused's side speaks: "X claimed that
        he did not rape her" (a crime verb negated), "they had nothing to do with the
        murders", "his lawyer said he was innocent". The one cleared is the clause's
        subject; the speaker is that person, or their lawyer or family - never the police,
        a prosecutor, a judge or a victim (``_answerers`` finds no one for them)."""
        speaker = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        role = self.lex.role_nouns.get(speaker.lemma_.lower()) if speaker is not None else None
        if speaker is None or (role is not None and role not in _SPEAKING_FOR):
            return []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for act in self._coordinated(clause):
                if not self._clears(act):
                    continue
                subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
                if not subjects and act.lemma_.lower() not in self.lex.crime_verbs:
                    # "he was framed", "was falsely implicated": the one it was done to;
                    # never a crime's ("he was not attacked" clears no one)
                    subjects = [c for c in act.children if c.dep_ in PASSIVE_SUBJECTS]
                subjects = subjects or [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
                return [n for s in subjects
                        for n in self._client_of(s, speaker) or self._names(s)
                        or self._speaking_of_self(s, speaker)
                        or self._spoken_for(s, speaker)]  # fmt: skip
        return []

    def _spoken_for(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's brother said he had been framed", "the lawyer for X said he was innocent": a
        he or she the resolver left to no one (he may be the brother or X, ``nlp.antecedents``)
        is, in a clearing told by someone who speaks for another (counsel, kin), that other -
        the speaker's owner. Only in such a denial: an accusation keeps no name."""
        if subject.lower_ not in PERSONAL_PRONOUNS:
            return []
        if self.lex.role_nouns.get(speaker.lemma_.lower()) not in _SPEAKING_FOR:
            return []
        return [n for n in self._owners(speaker) if self._is_person(n)]

    def _speaking_of_self(self, subject: Token, speaker: Token) -> list[Named]:
        """'"I am being punished for something I did not do," X told reporters': a first
        person singular the resolver left to no one is the one who speaks (read from the parse's
        person feature, not a word list)."""
        morph = subject.morph
        first = morph.get("Person", []) == ["1"] and morph.get("Number", []) == ["Sing"]
        if subject.pos_ != "PRON" or not first:
            return []
        return [n for n in self._names(speaker) if self._is_person(n)]

    def _client_of(self, subject: Token, speaker: Token) -> list[Named]:
        """ "X's lawyer said his client was innocent": a client is whoever the speaking lawyer
        acts for - the lawyer's owner (the clause's "client" names no one itself)."""
        lex = self.lex
        if subject.lemma_.lower() not in lex.client_nouns:
            return []
        if lex.role_nouns.get(speaker.lemma_.lower()) != "defence":
            return []
        return self._owners(speaker)

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
        speaks_for = lex.role_nouns.get(subject.lemma_.lower()) in _SPEAKING_FOR
        if speaks_for:
            speakers |= {n.name for n in self._owners(subject)}
        pronoun = any(
            c.dep_ == "poss" and c.pos_ == "PRON" for noun in nouns for c in noun.children
        )
        if pronoun and said_by and not speaks_for:
            # "X, who has always proclaimed his innocence": the pronoun is bound by the one
            # who speaks, whoever the report spoke of before (the resolver's reading)
            owners = said_by
        if not owners and pronoun:
            # "X protested his innocence" where the resolver left "his" to no one: a
            # speaker upholds their own innocence, or their client's (the speakers above)
            named = said_by
            owners = [*named, *(self._owners(subject) if not named else [])]
        # a judge, prosecutor or victim the report names as such upholds no one's innocence
        # of their own ("Judge Z, who doubted his innocence, ...")
        elsewhere = self.described | self.described_here
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
        accusation = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                           and c.lemma_.lower() in lex.accusation_nouns), None)  # fmt: skip
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
        if not negated and self._for_what_was_not_done(act):
            return True
        for c in act.children:
            if c.dep_ == "dobj" and c.lower_ in lex.negative_objects:
                acts = {t.lemma_.lower() for t in c.subtree}
                return bool(acts & (lex.crime_nouns | lex.accusation_nouns))
            if c.dep_ in ("acomp", "attr") and lex.verdict_adjectives.get(c.lower_) == "acquitted":
                return not negated
        return False

    @staticmethod
    def _for_what_was_not_done(act: Token) -> bool:
        """ "I am being punished for something I did not do", "he spent ten years in prison
        for a crime he did not commit": what the act is for is a thing its own subject says,
        in a negated relative clause, they did not do - a denial of it, whatever the act."""
        subjects = {c.lower_ for c in act.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS}
        for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ == "for"):
            for thing in (c for c in prep.children if c.dep_ == "pobj"):
                for clause in (c for c in thing.children if c.dep_ == "relcl"):
                    doers = {c.lower_ for c in clause.children if c.dep_ in ACTIVE_SUBJECTS}
                    negated = any(c.dep_ == "neg" for c in clause.children)
                    if negated and doers and doers <= subjects:
                        return True
        return False

    def _retracted(self, verb: Token) -> Token | None:
        """The confession a retracting verb takes back: its object ("retracted his
        confession"), or what its relative clause hangs on ("the confession he made was
        later retracted", "X's confession to the murder of Y, which he has since recanted":
        the parser may hang the clause on a noun inside the confession's phrase)."""
        nouns = self.lex.confession_nouns
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
                return c
        if verb.dep_ != "relcl":
            return None
        noun = verb.head
        while noun.lemma_.lower() not in nouns and noun.dep_ in ("pobj", "prep"):
            noun = noun.head
        return noun if noun.lemma_.lower() in nouns else None

    def _retractors(self, verb: Token, confession: Token) -> list[Named]:
        """Who takes the confession back: the verb's named subject, else whose confession
        it was ("X's confession", "the confession of X"), else a person parsed as what was
        retracted (a statement is retracted, never a person: "the confession he [X] made
        was retracted" hangs X on the verb)."""
        found = self._agents(verb) or self._owners(confession)
        if not found:
            people = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS | {"dobj"}]
            found = [n for c in people for n in self._names(c) if self._is_person(n)]
        return found

    def _setting_taken_back(self, confession: Token) -> Setting:
        """Where a confession told only by its retraction was made: a phrase attached to the
        confession noun ("his confession made in police custody", "the confession he had made
        to the JIT", "his confession to the police"), never the retraction's ("recanted his
        confession in court": the retraction was judicial, the confession may not have been);
        else unknown."""
        text = self.doc.text
        for child in confession.children:
            if child.dep_ not in ("prep", "acl", "relcl", "amod", "compound"):
                continue
            if child.dep_ == "prep" and child.lower_ != "to":
                # "recanted his confession in court": the parse may hang the retraction's
                # place on the noun; only "his confession to the police" is the confession's
                continue
            if any(t.lemma_.lower() in self.kinds.retraction_cues for t in child.subtree):
                continue
            last = child.right_edge
            found = setting_in(text[child.left_edge.idx : last.idx + len(last.text)])
            if found is not None:
                return found
        return "unknown"

    def _setting(self, cue: Token, kind: Kind = "confession") -> Setting:
        """Where the accused spoke (a confession, retraction or denial): the phrase attached
        to it ("before a magistrate", "during interrogation", "to the court", "in police
        custody") - to the verb, or for a noun to the verb it is the object of - else a
        setting phrase in its clause, then in its sentence before it ("During interrogation
        by the police, he confessed"), then the nearest around it (``kinds.setting_of``: the
        scene set in the sentences before). A denial is never custodial: one that cites a
        JIT report was not made in custody."""
        text = self.doc.text

        def fits(found: Setting | None) -> Setting | None:
            return None if kind == "denial" and found == "custodial" else found

        verbs = [cue] if cue.pos_ in ("VERB", "AUX") else [cue, cue.head]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ not in ("prep", "advcl", "advmod", "agent", "dative", "npadvmod"):
                    continue
                last = child.right_edge
                found = fits(setting_in(text[child.left_edge.idx : last.idx + len(last.text)]))
                if found is not None:
                    return found
        if kind != "denial" and (self._taken_by_investigators(cue) or self._told_by_police(cue)):
            return "custodial"
        if kind != "denial" and self._recorded_by_court(cue):
            return "judicial"
        # A court that speaks of the confession is not where it was made: "Magistrate Judge
        # D ruled that police had ... to elicit the confession"
        text = self._without_courts_speaking(cue)
        clause = cue.head if cue.pos_ not in ("VERB", "AUX") else cue
        last = clause.right_edge
        end = max(last.idx + len(last.text), cue.idx + len(cue.text))
        return (
            fits(setting_in(text[clause.left_edge.idx : end]))
            or fits(setting_in(text[cue.sent.start_char : cue.idx]))
            or setting_of(text, cue.idx, end, kind)
        )

    def _taken_by_investigators(self, cue: Token) -> bool:
        """A confession the police or investigators took: "police used to extract a
        confession", "his confession was coerced by police" - the subject (or "by" agent) of
        the verb the confession noun is the object of, or of the verbs that verb is the
        purpose or complement of ("made promises to elicit the confession")."""
        if cue.pos_ in ("VERB", "AUX") or cue.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = cue.head
        while True:
            doers = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
            doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
            if verb.dep_ == "acl":  # "the techniques police used", parsed "police" <- "used"
                doers.append(verb.head)
            if any(t.lemma_.lower() in self.lex.custodial_agents
                   for d in doers for t in d.subtree):  # fmt: skip
                return True
            head = verb.head
            if verb.dep_ == "acl" and head.dep_ == "dobj":  # "made promises to elicit"
                head = head.head
            if verb.dep_ not in ("xcomp", "advcl", "acl") or head.pos_ not in ("VERB", "AUX"):
                return False
            verb = head

    def _recorded_by_court(self, cue: Token) -> bool:
        """A confession a magistrate or judge took down: "Judge Z recorded the confession of
        X", "the magistrate recorded his statement" - the court is the subject of a verb of
        recording whose object is the confession noun. A court that speaks of the confession
        ("the judge ruled the confession inadmissible") is not where it was made
        (``_without_courts_speaking``)."""
        verb = cue.head
        if cue.pos_ in ("VERB", "AUX") or cue.dep_ != "dobj":
            return False
        if verb.lemma_.lower() not in self.lex.recording_verbs:
            return False
        text = self.doc.text
        return any(setting_in(text[s.left_edge.idx : s.right_edge.idx + len(s.right_edge)])
                   == "judicial" for s in verb.children if s.dep_ in ACTIVE_SUBJECTS)  # fmt: skip

    def _told_by_police(self, cue: Token) -> bool:
        """A confession the police or investigators tell of, as the clause of their own
        reporting verb: "Police said X had confessed to killing ...", "investigators say X
        confessed" - made to them, where no phrase attached to it says otherwise (that phrase
        is read first: "police told the court X had confessed before a magistrate" is
        judicial). Only the reporting verb the confession's clause hangs from: a court that
        "heard that police said ..." is the court's hearing, not where X spoke."""
        clause = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.kinds.reporting_cues:
            return False
        tellers = [c for c in clause.head.children if c.dep_ in ACTIVE_SUBJECTS]
        agents = self.lex.custodial_agents
        return any(t.lemma_.lower() in agents or t.lower_ in agents
                   for s in tellers for t in s.subtree)  # fmt: skip

    def _without_courts_speaking(self, cue: Token) -> str:
        """The document's text with a court that is the subject of a verb governing ``cue``
        blanked (same length, so offsets hold)."""
        text = self.doc.text
        chars: list[str] | None = None
        for verb in cue.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS):
                lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                if cue in subject.subtree or setting_in(text[lo:hi]) != "judicial":
                    continue
                chars = chars if chars is not None else list(text)
                chars[lo:hi] = " " * (hi - lo)
        return text if chars is None else "".join(chars)
