"""Retractions: the confession a verb takes back ("retracted his confession", "resiled from
it", "denied making any confession"), a confession said to be coerced by the accused's side
("X told the court his statement had been extracted under torture"), who takes it back, and
the setting of what is taken back.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import SPEAKING_FOR, Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.given_before import given_before
from corroborate.nlp.claims.particles import with_particle_phrases
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.placed_setting import placed_setting
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["Retractions"]


class Retractions(Answers):
    """A confession taken back, and by whom."""

    def _retracted(self, verb: Token) -> Token | None:
        """The confession a retracting verb takes back: its object ("retracted his
        confession", "resiled from his confession"; "retracted his statement", a confession
        only if he made one before, ``Reader``), or what its relative clause hangs on
        ("the confession he made was later retracted", "X's confession to the murder of Y,
        which he has since recanted": the parser may hang the clause on a noun inside the
        confession's phrase)."""
        for c in with_particle_phrases(verb):  # "backed away from it": "from" on "away"
            if c.dep_ in ("dobj", "nsubjpass") and self._a_confession(c):
                return c
            if c.dep_ == "prep":  # "resiled from his confession", "went back on it"
                found = next((p for p in c.children if p.dep_ == "pobj"
                              and self._a_confession(p)), None)  # fmt: skip
                if found is not None:
                    return found
        for c in with_particle_phrases(verb):  # "retracted his statement": whose confession?
            if c.dep_ in ("dobj", "nsubjpass") and (
                c.lemma_.lower() in self.lex.statement_nouns or _it(c)
            ):
                return c
            if c.dep_ == "prep":  # "resiled from that statement", "went back on it"
                found = next((p for p in c.children if p.dep_ == "pobj"
                              and (p.lemma_.lower() in self.lex.statement_nouns or _it(p))),
                             None)  # fmt: skip
                if found is not None:
                    return found
        return self._relative_taken_back(verb)

    def _relative_taken_back(self, verb: Token) -> Token | None:
        """The confession (or statement) a relative clause of taking back hangs on: "X's
        confession, which he repudiated at the trial", "his statement before the magistrate,
        which he had resiled from" (the parser may hang the clause on a noun inside the
        confession's phrase)."""
        if verb.dep_ != "relcl":
            return None
        wanted = self.lex.confession_nouns | self.lex.statement_nouns
        noun = verb.head
        while noun.lemma_.lower() not in wanted and noun.dep_ in ("pobj", "prep"):
            if noun.dep_ == "prep" and noun.head.pos_ in ("VERB", "AUX") and noun.i > 0:
                # "relied on his confession | before the magistrate, which he retracted": the
                # parser hangs the confession's own phrase on the verb; the noun it follows
                before = noun.doc[noun.i - 1]
                return before if before.lemma_.lower() in wanted else None
            noun = noun.head
        return noun if noun.lemma_.lower() in wanted else None

    def _a_confession(self, noun: Token) -> bool:
        """A confession noun, or a noun called one ("his confessional statement", "the
        confession video"; "the confession police said he made", parsed as a compound)."""
        nouns = self.lex.confession_nouns
        return noun.lemma_.lower() in nouns or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in nouns for c in noun.children
        )

    def _disowned(self, verb: Token) -> Token | None:
        """The confession a verb of denying takes back, where its subject made it: "X
        disowned his confession", "X denied the confession", "X denied making any
        confession" (a verb of giving a confession under it)."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.disowning_verbs:
            return None
        for c in verb.children:
            if c.dep_ == "dobj" and self._a_confession(c):
                return c
            own = verb.lemma_.lower() in lex.own_statement_disowners or bool(
                self._own_statement_said(verb)
            )
            if c.dep_ == "dobj" and (c.lemma_.lower() in lex.statement_nouns or _it(c)) and own:
                # "X disowned the statement he had given to police": a confession only if X
                # confessed before or the statement is his, made where confessions are
                # (``Reader``)
                return c
            if c.dep_ == "dobj" and c.tag_ == "WDT":  # "..., which he repudiated at trial"
                found = self._relative_taken_back(verb)
                if found is not None:
                    return found
            if c.dep_ in ("xcomp", "ccomp", "pcomp") and c.lemma_.lower() in lex.confession_givers:
                found = next((o for o in c.children if o.dep_ == "dobj"
                              and self._a_confession(o)), None)  # fmt: skip
                if found is not None and not any(o.dep_ in ACTIVE_SUBJECTS for o in c.children):
                    return found
        return None

    def _own_statement_said(self, verb: Token) -> list[Token]:
        """The clauses of saying on a verb of denying that tell the statement it denies was
        the speaker's own - how he gave it or how it was taken ("he denied the statement,
        saying he had signed it after three days in a cell", "he disputed the statement,
        saying it had been taken without a lawyer present", "repudiated it, claiming he was
        beaten into signing it"): a verb of giving or recording, or a word of coercion, in a
        clause whose subject is a pronoun or the statement."""
        lex, out = self.lex, []
        sayings = [c for c in verb.children if c.dep_ == "advcl"]
        if verb.dep_ == "relcl":
            # "X's statement, which he had repudiated, claiming he was beaten into signing
            # it": the parser hangs the participle on the noun, beside the relative clause
            sayings += [c for c in verb.head.children
                        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > verb.i]  # fmt: skip
        for saying in sayings:
            if saying.lemma_.lower() not in self.kinds.reporting_cues:
                continue
            for clause in (c for c in saying.children if c.dep_ == "ccomp"):
                subjects = [c for c in clause.children
                            if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]  # fmt: skip
                if not any(s.pos_ == "PRON" or s.lemma_.lower() in lex.statement_nouns
                           for s in subjects):  # fmt: skip
                    continue
                giving = lex.confession_givers | lex.recording_verbs
                words = " ".join(t.text for t in clause.subtree)
                if self.kinds.coercion.search(words) or any(
                    t.lemma_.lower() in giving for t in clause.subtree
                ):
                    out.append(clause)
        return out

    def _coercion_said(self, verb: Token) -> bool:
        """Whether the clause of saying on a verb of taking back says the statement was
        coerced ("repudiated it, claiming he was beaten into signing it")."""
        words = (" ".join(t.text for t in c.subtree) for c in self._own_statement_said(verb))
        return any(self.kinds.coercion.search(w) for w in words)

    def _disowns(self, confession: Token) -> bool:
        """Whether a confession noun is one a verb takes back ("retracted his confession",
        "resiled from his confession", "denied making any confession", "said his confession
        was coerced"): its retraction, never a confession told on its own."""
        verb = confession.head
        if confession.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma in self.lex.disowning_verbs or self._retracting(verb):
            # "X has not withdrawn his confession": a confession, standing
            return not any(c.dep_ == "neg" for c in verb.children)
        if any(self._takes_back_relative(c, confession) for c in confession.subtree):
            return True  # "X's confession, which he repudiated at the trial"
        giver = lemma in self.lex.confession_givers and verb.dep_ in ("xcomp", "ccomp", "pcomp")
        if giver and verb.head.lemma_.lower() in self.lex.disowning_verbs:
            return True
        # "X told the court his statement had been extracted under torture"
        return any(self._coerced_confession(v) == confession for v in confession.ancestors
                   if v.lemma_.lower() in self.kinds.reporting_cues)  # fmt: skip

    def _takes_back_relative(self, verb: Token, confession: Token) -> bool:
        """Whether ``verb`` is a relative clause that takes ``confession`` back ("which he
        repudiated", "which he had resiled from"); not one that says it was never taken back
        ("which he never withdrew")."""
        if verb.dep_ != "relcl" or self._relative_taken_back(verb) != confession:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # "X's confession, which he never withdrew": standing
        return self._retracting(verb) or verb.lemma_.lower() in self.lex.disowning_verbs

    def _retracting(self, verb: Token) -> bool:
        """Whether a verb is one of retracting: "retracted", "recanted", or a phrasal one
        with its particle ("went back on", parsed with "back" as a particle or an adverb)."""
        lemma, cues = verb.lemma_.lower(), self.kinds.retraction_cues
        if lemma in cues or self._phrasal(verb, lemma) in cues:
            return True
        return any(c.dep_ == "advmod" and f"{lemma}_{c.lower_}" in cues for c in verb.children)

    def _own_disowners(self, verb: Token, confession: Token) -> list[Named]:
        """Who takes back their own confession by a verb of denying: the verb's named subject,
        where the confession is no one else's ("X rejected Y's confession" is no retraction
        of X's), never a court, a prosecutor or anyone the report names in another part."""
        found = [n for n in self._agents(verb) if not self._a_court(n)]
        pronoun = any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in verb.children)
        if not found and pronoun and self._relative_taken_back(verb) == confession:
            # "X's confession, which he repudiated at the trial": the pronoun of a relative
            # clause on X's confession is X, however many others the report follows
            found = [n for n in self._owners(confession) if self._is_person(n)]
        owners = {n.name for n in self._owners(confession)}
        if owners - {n.name for n in found}:
            return []
        elsewhere = self.described | self.described_here
        return [n for n in found if n.name not in elsewhere and self._is_person(n)]

    def _coerced_confession(self, verb: Token) -> Token | None:
        """The confession a reported clause says was coerced: "X told the court his statement
        had been extracted under torture", "X claimed his confession was obtained under
        duress", "X said he was forced to sign a confession" - a confession (or the speaker's
        statement) in a clause with a word of coercion, not negated, said by the accused's
        side (never the police, a prosecutor or a court)."""
        lex = self.lex
        speaker = self._speaker_of(verb)
        role = lex.role_nouns.get(speaker.lemma_.lower()) if speaker is not None else None
        if speaker is None and not self._unparsed_speakers(verb):
            return None
        if role is not None and role not in SPEAKING_FOR:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if any(c.dep_ == "neg" for c in clause.children):
                never_made = self._never_made(clause)
                if never_made is not None:
                    return never_made
                continue
            words = " ".join(t.text for t in clause.subtree)
            if not self.kinds.coercion.search(words):
                continue
            for t in clause.subtree:
                lemma = t.lemma_.lower()
                # "his statement", or "the statement" (the accused's side speaks of the one
                # statement the report is about: "His lawyer says the statement was made
                # under police pressure"), or any where the report told a confession before
                owned = any(c.dep_ == "poss" or c.lower_ == "the" for c in t.children)
                owned = owned or bool(self.confessors)
                # "the statement was extracted", "the statement was the product of torture",
                # "tortured before signing the statement"
                said_of = t.dep_ in PASSIVE_SUBJECTS or (
                    t.dep_ == "nsubj" and t.head.lemma_ == "be"
                )
                signed = t.dep_ == "dobj" and t.head.lemma_.lower() in lex.confession_givers
                statement = lemma in lex.statement_nouns and owned and (said_of or signed)
                # "Haziq had been beaten into signing it": "it", where the report told a
                # confession before, is that confession
                statement = statement or (_it(t) and signed and bool(self.confessors))
                # "he had signed whatever the police wrote": what he signed, unread, where
                # the report told a confession before, is that confession
                statement = statement or (_signed_unread(t, lex.confession_givers)
                                          and bool(self.confessors))  # fmt: skip
                if lemma in lex.confession_nouns or statement or self._coerced_into(t):
                    return t
        return None

    def _confession_disclaimed(self, verb: Token) -> list[Named]:
        """ "X told the court he never confessed", "his lawyer said he had not confessed":
        one the report says confessed (``confessors``) says, or his side says, he did not - the
        confession taken back. The clause's verb of confessing, negated, its subject a
        pronoun for the side that speaks or the name of one who confessed."""
        speaker = self._speaker_of(verb)
        if speaker is None:
            return []
        role = self.lex.role_nouns.get(speaker.lemma_.lower())
        if role is not None and role not in SPEAKING_FOR:
            return []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for act in self._coordinated(clause):
                if act.lemma_.lower() not in self.lex.confess_verbs:
                    continue
                if not any(c.dep_ == "neg" for c in act.children):
                    continue
                subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
                who = [n for s in subjects for n in self._names(s)] or self._side_of(speaker)
                return [n for n in who if n.name in self.confessors]
        return []

    def _never_made(self, clause: Token) -> Token | None:
        """ "the statement attributed to him in police custody was never made", "his
        confession was never given", "he never made the statement": a confession (or the one
        statement the report is about) that a negated verb of giving says was not made - told
        by the accused's side, the confession taken back."""
        lex = self.lex
        if clause.lemma_.lower() not in lex.confession_givers:
            return None
        if not self._passive(clause):
            # "X told the judge he never made the statement": the speaker's own giving,
            # denied - his pronoun the subject, the statement its object
            if not any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in clause.children):
                return None
            nouns = [c for c in clause.children if c.dep_ == "dobj"]
        else:
            nouns = [c for c in clause.children if c.dep_ in PASSIVE_SUBJECTS]
        if not nouns:
            # "that the statement attributed to him was never made": the parser may split
            # the reduced relative off as a clause of its own, with the noun its subject
            nouns = [s for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i
                     for s in c.children if s.dep_ in ACTIVE_SUBJECTS]  # fmt: skip
        for noun in nouns:
            owned = any(c.dep_ == "poss" or c.lower_ == "the" for c in noun.children)
            if self._a_confession(noun) or (noun.lemma_.lower() in lex.statement_nouns and owned):
                return noun
        return None

    def _coerced_into(self, verb: Token) -> bool:
        """A verb of confessing that completes a verb of coercing ("he had been tortured into
        confessing", "detectives coerced him into confessing", "he was forced to confess"):
        the confession the reported clause says was coerced."""
        # the small parser may take "confessing" after "into" for a noun: its verb's lemma
        gerund = verb.tag_ in ("VBG", "NN") and verb.lower_.endswith("ing")
        lemma = verb.lower_[: -len("ing")] if gerund else verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "NOUN") or lemma not in self.kinds.confession_cues:
            return False
        head = verb.head.head if verb.head.dep_ == "prep" else verb.head
        coerced = bool(self.kinds.coercion.search(head.text))
        return verb.dep_ in ("pcomp", "xcomp", "pobj") and coerced

    def _coerced_by(self, verb: Token, confession: Token) -> list[Named]:
        """Whose coerced confession (``_coerced_confession`` of ``verb``) a reported clause
        tells: the confession's owner ("his statement", resolved), else the side that speaks
        (the speaker, or a lawyer's or relative's client or kin)."""
        speaker = self._speaker_of(verb)
        owners = self._clients_own(confession) or self._owners(confession)
        owners = owners or self._coerced_named(confession)
        if speaker is None:
            return owners or self._unparsed_speakers(verb)
        return owners or self._side_of(speaker)

    def _coerced_named(self, confession: Token) -> list[Named]:
        """The one named as coerced in the clause that holds the confession ("the lawyer said
        X had been beaten into signing it"): the named, not pronoun, subject of the reported
        clause, a person."""
        clause = next((v for v in confession.ancestors if v.dep_ == "ccomp"), None)
        if clause is None:
            return []
        return [n for s in clause.children if s.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
                and s.pos_ == "PROPN" for n in self._names(s) if self._is_person(n)]  # fmt: skip

    def _unparsed_speakers(self, verb: Token) -> list[Named]:
        """Who says it where the parser gave the verb no subject ("During the hearing, X and
        Y denied the charges and told the court ...", the names hung on "the hearing"): the
        doers read for it, or for the verb it is a conjunct of - never a court."""
        found = self._agents(verb)
        if not found and verb.dep_ == "conj":
            found = self._agents(verb.head)
        return [n for n in found if not self._a_court(n)]

    def _retractors(self, verb: Token, confession: Token) -> list[Named]:
        """Who takes the confession back: the verb's named subject, else whose confession
        it was ("X's confession", "the confession of X"), else a person parsed as what was
        retracted (a statement is retracted, never a person: "the confession he [X] made
        was retracted" hangs X on the verb)."""
        found = self._agents(verb) or self._owners(confession)
        if not found:
            # "X's counsel filed an application stating that his client had resiled from
            # that statement": the client of the lawyer the sentence names
            found = [n for s in verb.children if s.dep_ in ACTIVE_SUBJECTS
                     for n in self._client_in_sentence(s)]  # fmt: skip
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
        found_after = given_before(confession, self.lex)  # "the statements given before the judge"
        # "his statement to the police": the statement's own phrase, read by the words
        found_after = found_after or placed_setting(confession, self.lex)
        if found_after is not None:
            return found_after
        # "his statement before the magistrate, which he had resiled from": where the taking
        # back is a relative clause, the noun's phrases are the confession's own
        hung = any(self._takes_back_relative(t, confession) for t in confession.subtree)
        # a statement (not a confession noun) is a confession by where it was recorded: "his
        # statement before the magistrate" is its own phrase; "recanted his confession before
        # the magistrate" may tell where he recanted (the setting stays unknown)
        statement = confession.lemma_.lower() in self.lex.statement_nouns
        for child in confession.children:
            if child.dep_ not in ("prep", "acl", "relcl", "amod", "compound"):
                continue
            recorded = (
                statement
                and child.dep_ == "prep"
                and self.kinds.confession_records.search(
                    text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
                )
            )
            if child.dep_ == "prep" and child.lower_ != "to" and not hung and not recorded:
                # "recanted his confession in court": the parse may hang the retraction's
                # place on the noun; only "his confession to the police" is the confession's,
                # and "his statement before the magistrate" (where statements are recorded;
                # one is taken back at the trial, not before a magistrate)
                continue
            taking_back = self.kinds.retraction_cues | self.lex.disowning_verbs
            last = child.right_edge
            relative = next((t for t in child.subtree
                             if self._takes_back_relative(t, confession)), None)  # fmt: skip
            if relative is not None and relative.left_edge.i > child.left_edge.i:
                # "his confession to the police, which he retracted during the trial": the
                # phrase up to the relative clause hung inside it
                last = self.doc[relative.left_edge.i - 1]
            elif any(t.lemma_.lower() in taking_back for t in child.subtree):
                continue
            found = setting_in(text[child.left_edge.idx : last.idx + len(last.text)])
            if found is None and child.dep_ == "amod":
                found = setting_in(f"{child.text} {confession.text}")  # "his judicial confession"
            if found is None and child.dep_ in ("acl", "relcl") and self._names_custodians(child):
                found = "custodial"  # "the confession recorded by the police"
            if found is not None:
                return found
        doc = confession.doc
        following = (
            doc[confession.right_edge.i + 1] if confession.right_edge.i + 1 < len(doc) else None
        )
        if (
            statement
            and following is not None
            and following.dep_ == "prep"
            and following.head == confession.head
        ):
            # "retracted his own statement | before the magistrate": where statements are
            # recorded, hung on the verb right after the noun, is the statement's own phrase
            phrase = text[following.idx : following.right_edge.idx + len(following.right_edge)]
            if self.kinds.confession_records.search(phrase):
                return "judicial"
        said = self._setting_said(confession)
        if said is not None:
            return said
        split = confession.head
        if confession.dep_ in ACTIVE_SUBJECTS and split.tag_ == "VBN" and split.dep_ == "ccomp":
            # "the statement attributed to him in police custody was never made", the reduced
            # relative split off as a clause with the noun its subject: still its own phrase
            last = split.right_edge
            found = setting_in(text[split.idx : last.idx + len(last.text)])
            if found is not None:
                return found
        if confession.dep_ in PASSIVE_SUBJECTS:
            # "his statement had been extracted under torture": what was done to it, the
            # verb with its phrases
            verb = confession.head
            last = verb.right_edge
            found = setting_in(text[verb.idx : last.idx + len(last.text)])
            if found is None and self._names_custodians(verb):
                found = "custodial"  # "was made after police officers beat him"
            if found is not None:
                return found
        return "unknown"

    def _setting_said(self, confession: Token) -> Setting | None:
        """Where the one who takes a confession back says it was made: the coercer of a
        confessing verb ("detectives had coerced him into confessing": custodial), or the
        clause of saying on the retraction that tells of it ("withdrew his confession,
        claiming it had been extracted under torture in police custody") - its subject a
        pronoun or the statement itself."""
        text = self.doc.text
        if self._coerced_into(confession):
            coercer = confession.head.head if confession.head.dep_ == "prep" else confession.head
            doers = [c for c in coercer.children if c.dep_ in ACTIVE_SUBJECTS | {"agent"}]
            if any(self._names_custodians(d) for d in doers):
                return "custodial"
            return None
        verb = confession.head.head if confession.head.dep_ == "prep" else confession.head
        for saying in verb.children:
            if saying.dep_ != "advcl" or saying.lemma_.lower() not in self.kinds.reporting_cues:
                continue
            for clause in (c for c in saying.children if c.dep_ == "ccomp"):
                subjects = [
                    c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
                ]
                if not any(s.pos_ == "PRON" or self._a_confession(s)
                           or s.lemma_.lower() in self.lex.statement_nouns
                           for s in subjects):  # fmt: skip
                    continue
                last = clause.right_edge
                found = setting_in(text[clause.left_edge.idx : last.idx + len(last.text)])
                if found is not None:
                    return found
        return None

    def _names_custodians(self, phrase: Token) -> bool:
        """Whether a phrase names those who hold the accused ("by the police", "CTD
        officials": ``custodial_agents``)."""
        return any(is_custodian(t) for t in phrase.subtree)

    def _confessed_before(self, verb: Token) -> set[str]:
        """Who confessed earlier in the sentence of a verb of taking back ("X had confessed
        before a magistrate, but at the trial he disowned it"): the subjects of its verbs of
        confessing before it (the report's earlier sentences are ``confessors``)."""
        return {
            n.name for t in verb.sent if t.i < verb.i and t.lemma_.lower() in self.lex.confess_verbs
            for n in self._agents(t)
        }  # fmt: skip

    def _owned_by(self, statement: Token, takers: list[Named]) -> bool:
        """Whether a statement taken back is the takers' own: no owner, or a pronoun, or
        named as theirs - never one owned by someone the report leaves unnamed here ("the
        convict's statement, which he had resiled from": who "he" is, the owner says)."""
        if any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in statement.children):
            return False  # "the convict's statement": whom the noun stands for is a guess
        for clause in (c for c in statement.children if c.dep_ in ("relcl", "acl")):
            subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
            if any(s.pos_ != "PRON" for s in subjects):
                return False  # "the statement the police had issued": not the taker's
        # "his" may come back as the lone surname ("Jatav") of the taker's full name
        owners = {self._full_name(n.name, n.start) for n in self._owners(statement)}
        return owners <= {self._full_name(n.name, n.start) for n in takers}

    def _as_confessor(self, named: Named, before: set[str]) -> Named | None:
        """The one of ``before`` (who confessed) a name stands for: the name itself, or the
        one full name a lone surname ends ("Dinesh Yadav confessed ... Yadav later resiled"),
        whatever type the entity recogniser gave the lone word; else none."""
        if named.name in before:
            return named
        full = self._full_name(named.name, named.start)
        if full in before:
            return named._replace(name=full)
        ending = [b for b in before if " " not in named.name and b.endswith(f" {named.name}")]
        return named._replace(name=ending[0]) if len(ending) == 1 else None

    def _abused_taking_back(self, draft: Draft, drafts: list[Draft]) -> set[str]:
        """Who a sentence names a victim only of the abuse its retraction tells ("he denied
        the charge, saying he had signed the statement after being beaten", "X's statement,
        which he had repudiated, claiming he was beaten into signing it"): victims of the
        drafts inside the retraction's clause - its verb's words but its subject's ("A suspect
        in the kidnapping of Y told the court ...": Y is the case's victim) - and of no other
        draft, nor described as anyone else."""
        cue = draft.cue
        top = cue.head if cue.dep_ == "relcl" else cue
        subjects = {t.i for c in top.children if c.dep_ in ACTIVE_SUBJECTS for t in c.subtree}
        region = {t.i for t in top.subtree} - subjects
        inside: set[str] = set()
        outside = self.described | self.described_here
        # one the report already accuses or says confessed: "his" resolved in an unnamed lede
        # to a name the entity recogniser mistyped ("in Kano ... beat him") is no one (the
        # lede's speaker is named in the next sentence, ``Ledes``)
        known = self.accused_so_far | self.confessors | {
            n.name for d in drafts if d.kind == "confession" and d.taken_back is None
            for n in d.accused
        }  # fmt: skip
        for d in drafts:
            names = {n.name for role, n in d.parties.values() if role != "accused"}
            if d.cue.i in region and d.kind == "crime":
                inside |= names & known
            elif d is not draft:
                outside |= names
        return inside - outside

    @staticmethod
    def _takes_back(draft: Draft) -> bool:
        """Whether a draft is a retraction, or the confession a retraction tells."""
        return draft.kind == "retraction" or draft.taken_back is not None

    def _pronoun_after_confessing(self, verb: Token) -> bool:
        """Whether a verb of taking back is a conjunct, with a pronoun for its subject, of a
        verb of confessing ("X had confessed ..., but he disowned it")."""
        head = verb.head
        return (
            verb.dep_ == "conj"
            and head.lemma_.lower() in self.lex.confess_verbs
            and any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in verb.children)
        )

    def _pleas_after_confessing(self, drafts: list[Draft]) -> list[Draft]:
        """A plea of not guilty by one the report says confessed (before, or in the same
        sentence: "Despite his earlier confession to police, X pleaded not guilty") takes the
        confession back: a retraction by the pleader, besides the plea's denial."""
        confessed = self.confessors | {
            n.name for d in drafts if d.kind == "confession" for n in d.accused
        }  # fmt: skip
        out: list[Draft] = []
        for d in drafts:
            if d.kind != "denial" or d.cue.lemma_.lower() not in self.lex.guilty_pleas:
                continue
            if self._plea(d.cue) != "not guilty" or self._plea_to_come(d.cue):
                continue
            pleaders = [n for role, n in d.parties.values()
                        if role == "accused" and n.name in confessed]  # fmt: skip
            if pleaders:
                retraction = Draft("retraction", d.cue)
                retraction.add(pleaders, "accused")
                out.append(retraction)
        return out

    def _plea_to_come(self, verb: Token) -> bool:
        """A plea only intended or to come ("intends to plead not guilty", "will plead not
        guilty"): no confession is taken back yet."""
        modals = self.lex.modal_auxiliaries
        return verb.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in modals for c in verb.children
        )

    def _whose(self, noun: Token) -> list[Named]:
        """Whom a relative "whose" on the noun stands for: "X, whose confession was broadcast
        on state television, ..." - the noun the relative clause hangs on, named."""
        if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children):
            return []
        clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
        return [] if clause is None else [n for n in self._names(clause.head) if self._is_person(n)]


def _signed_unread(token: Token, givers: frozenset[str]) -> bool:
    """Whether ``token`` is the "whatever" of a free relative a verb of giving takes for what
    was given ("signed whatever the police wrote", "signed whatever was written"): the
    parser hangs the relative's verb on the signing as a clause of its own."""
    if token.lower_ != "whatever" or token.tag_ != "WDT":
        return False
    clause = token.head
    return clause.dep_ in ("ccomp", "dobj") and clause.head.lemma_.lower() in givers


def _it(token: Token) -> bool:
    """The pronoun "it" ("he retracted it", "he disowned it"): what is taken back is a
    confession only where the one who takes it back confessed (``Reader``)."""
    return token.tag_ == "PRP" and token.lower_ == "it"
