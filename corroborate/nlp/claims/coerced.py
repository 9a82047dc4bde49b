"""Confessions said to be coerced or never made, told by the accused's side ("X told the court
his statement had been extracted under torture", "his lawyer said he had not confessed", "the
statement attributed to him was never made"): the confession a reported clause takes back, and
whose it is. What a verb of taking back takes back is ``claims.taking_back``. Whose the
confession is, and whether they are the accused's side at all, is ``CoercedOwners``'
(``coerced_owners``), which this class builds on; the clauses a verb of saying reports are
``content_clauses``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.abuse_told import given_under_abuse
from corroborate.nlp.claims.blank_signed import blank_signed, signer_spoken_for
from corroborate.nlp.claims.coerced_owners import CoercedOwners
from corroborate.nlp.claims.coerced_relative import coerced_relative
from corroborate.nlp.claims.confessed_nothing import confessed_nothing
from corroborate.nlp.claims.content_clauses import content_clauses
from corroborate.nlp.claims.deprived_told import given_deprived
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.hung_statement import hung_statement
from corroborate.nlp.claims.no_such import no_such_statement
from corroborate.nlp.claims.not_his_words import not_given_freely, not_his_words
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.plea_owners import plea_clauses
from corroborate.nlp.claims.police_interviews import police_record
from corroborate.nlp.claims.recorded_words import recorded_words
from corroborate.nlp.claims.relative_as_noun import relative_as_noun
from corroborate.nlp.claims.relative_statement import relative_statement
from corroborate.nlp.claims.signed_as_made import signed_as_made
from corroborate.nlp.claims.signed_it import statement_named_before
from corroborate.nlp.claims.so_called import so_called
from corroborate.nlp.claims.spoken_for import SPEAKING_FOR, may_speak_for_the_accused
from corroborate.nlp.claims.told_as_theirs import how_it_came, hung_on
from corroborate.nlp.claims.told_theirs import givers_told
from corroborate.nlp.claims.tutored import FIRST_PERSON, tutored_giver, tutored_what
from corroborate.nlp.claims.unread_statement import unread_statement
from corroborate.nlp.grammar import passive_agents
from corroborate.nlp.quotes import said_after, said_before

__all__ = ["CoercedStatements", "is_it"]


class CoercedStatements(CoercedOwners):
    """A confession the accused's side says was coerced, or never made."""

    def _a_confession(self, noun: Token) -> bool:
        """A confession noun, or a noun called one ("his confessional statement", "the
        confession video"; "the confession police said he made", parsed as a compound)."""
        nouns = self.lex.confession_nouns
        return noun.lemma_.lower() in nouns or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in nouns for c in noun.children
        )

    def _coercion_in(self, clause: Token) -> bool:
        """Whether the clause ``clause`` heads says a statement was coerced: a word of
        coercion ("extracted under torture", "forced to sign"), or the giving put after harm
        done to the giver ("signed it only after police beat him", ``abuse_told``)."""
        words = " ".join(t.text for t in clause.subtree)
        # "his confession had been obtained after he was beaten": a statement got out of him
        # is given by him as surely as one he made (``statement_obtainers``)
        givers = self.lex.confession_givers | self.lex.statement_obtainers
        return (
            bool(self.kinds.coercion.search(words))
            or given_under_abuse(clause, givers, self.kinds.abuse_verbs)
            or self._deprived(clause)
            or any(self._tutored(t) for t in clause.subtree)
        )

    def _deprived(self, clause: Token) -> bool:
        """Whether the clause gives a statement after a span held or without a want of the
        held ("signed it after three days in a cell without food", "recorded after he was
        held for thirty hours in the lock-up", ``deprived_told``)."""
        kinds = self.kinds
        # "his police interview was conducted without a solicitor": an interview is held;
        # "the statement was written without a lawyer present": a statement written down
        # for the police was given as one they took
        lex = self.lex
        givers = lex.statement_givers | lex.interview_verbs | lex.writing_verbs
        # "it had been obtained after eleven days of illegal detention": got out of him
        givers |= lex.statement_obtainers
        return given_deprived(clause, givers, lex.holding_verbs, kinds.held_wants,
                              kinds.held_spans, kinds.held_places)  # fmt: skip

    def _tutored(self, token: Token) -> bool:
        """Whether ``token`` is what the giver said or signed as others set it ("signed
        what they put before me", "told agents what they wanted to hear", ``tutored``)."""
        # "he signed a paper the police wrote": a paper or a statement, never "a letter the
        # police wrote to his wife"
        return tutored_what(token, self.lex.repeating_verbs, self.lex.dictating_verbs,
                            self._papers)  # fmt: skip

    @property
    def _papers(self) -> frozenset[str]:
        """What a tutored statement may be called: a paper signed, a statement or a
        confession ("his confession was what the SHO told him to say")."""
        return self.lex.signed_papers

    def _coerced_confession(self, verb: Token) -> Token | None:
        """The confession a reported clause says was coerced (``_coerced_statement``), unless
        everyone whose it is is a witness the report never accuses
        (``_signer_another_part``): "X, a shopkeeper who was a prosecution witness, told the
        court his statement had been extracted under torture" disowns his evidence."""
        found = self._coerced_statement(verb)
        return found if found is not None and not self._signer_another_part(verb, found) else None

    def _coerced_statement(self, verb: Token) -> Token | None:
        """The confession a reported clause says was coerced: "X told the court his statement
        had been extracted under torture", "X claimed his confession was obtained under
        duress", "X said he was forced to sign a confession" - a confession (or the speaker's
        statement) in a clause with a word of coercion, not negated, said by the accused's
        side (never the police, a prosecutor or a court)."""
        lex = self.lex
        speaker = self._teller(verb)
        if speaker is None and not self._unparsed_speakers(verb):
            return None
        if speaker is not None and not may_speak_for_the_accused(speaker, lex.role_nouns):
            return None
        # '"He signed it at four in the morning to go home. It was never his," she said':
        # the quotation's sentences before (and after) the one the verb closes it in are
        # said by the verb's speaker too (``quotes.said_before``, as ``Answers`` reads them)
        quoted = said_before(verb, self.quotations) + said_after(verb, self.quotations)
        # "the defence claim that the statement had been extracted": what a plea noun of
        # the accused's side holds is what its owner says (``plea_owners``)
        held = plea_clauses(verb, lex.side_plea_nouns)
        for clause in content_clauses(verb) + held + quoted:
            # "the statement the police attributed to his client had been taken in a hospital
            # ward": a statement only hung on him, told by his side (``_told_as_theirs``)
            theirs = self._told_as_theirs(clause, speaker)
            if theirs is not None:
                return theirs
            # "he had signed the statement, and he had not read it", "a statement that he did
            # not write": signed unread, negated or not the clause that tells it
            unread = unread_statement(clause, lex)
            if unread is not None and self._signer_accused(verb, unread):
                return unread
            # "his client does not recognise the statement, which was taken without his
            # lawyer": a passive relative on the statement tells it coerced, whatever the
            # verb it is the object of, negated or not (``coerced_relative``)
            relative = coerced_relative(
                clause, lex.statement_or_confession_nouns, self._statement_owned, self._coercion_in
            )
            if relative is not None:
                return relative
            if any(c.dep_ == "neg" for c in clause.children):
                # "the statement was never made", "the statement was not my words"
                never_made = self._never_made(clause) or not_his_words(clause, lex)
                # "the statement was not voluntary": not given of free will
                never_made = never_made or not_given_freely(clause, lex)
                if never_made is not None:
                    return never_made
                continue
            # "no such admission exists", "there was no such confession": none of it made
            made = lex.existence_verbs | lex.statement_givers
            never = no_such_statement(clause, lex.statement_or_confession_nouns, made)
            if never is not None:
                return never
            # "the confession was 'the SHO's story, not mine'": called another's
            disowned = not_his_words(clause, lex)
            if disowned is not None:
                return disowned
            # "the admission attributed to him was typed in Karachi": another's writing
            written = next((t for t in clause.subtree if self._attributed_and_written(t)), None)
            if written is not None:
                return self._read_as_noun(written) or written
            # "the police made him put his thumb on a paper", "... made him sign it": a signing
            # he was made to do, of one the report accuses (a witness's: his evidence disowned)
            thumbed = signed_as_made(clause, lex)
            if thumbed is not None and not self._signer_unaccused(verb, thumbed):
                return thumbed
            if not self._coercion_in(clause):
                continue
            for t in clause.subtree:
                lemma = t.lemma_.lower()
                # "his statement", or "the statement" (the accused's side speaks of the one
                # statement the report is about: "His lawyer says the statement was made
                # under police pressure"), or any where the report told a confession before
                owned = self._statement_owned(t)
                signed = t.dep_ == "dobj" and t.head.lemma_.lower() in lex.confession_givers
                # "she said she signed a statement typed by the police without being told
                # what it contained": a statement the speaker (or the client his counsel
                # speaks of) says he gave is his, told with "a" as with "the"
                owned = owned or (signed and signer_spoken_for(t.head, lex.client_nouns))
                # "the statement was extracted", "the statement was the product of torture",
                # "tortured before signing the statement"
                said_of = t.dep_ in PASSIVE_SUBJECTS or (
                    t.dep_ == "nsubj" and t.head.lemma_ == "be"
                )
                # "his police interview was conducted without a solicitor": a record the
                # police took is his statement too (``police_interviews``; asked last, of the
                # word said or signed only - the loop walks every word of the clause)
                statement = (
                    owned
                    and (said_of or signed)
                    and (lemma in lex.statement_nouns or police_record(t, lex))
                )
                # '"Every word was dictated by the investigating officer," X said', "his words
                # were dictated": his words said coerced, where the report told a confession
                # (never another's named words: "the witness's words were fabricated")
                statement = statement or (
                    lemma in self.kinds.own_word_nouns
                    and said_of
                    and bool(self.confessors)
                    and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children)
                )
                # "the video in which he speaks of orders was made with a gun at my head":
                # a record he speaks in, whatever it is called, is his statement
                speaking = lex.speaking_verbs | lex.confess_verbs | self.kinds.reporting_cues
                statement = statement or (said_of and recorded_words(t, speaking))
                # "Haziq had been beaten into signing it": "it", where the report told a
                # confession before, is that confession
                # "he told the court it was made after he was suffocated": "it" made, too
                statement = statement or (is_it(t) and (signed or said_of)
                                          and bool(self.confessors))  # fmt: skip
                # "he asked the court to set aside his statement, saying he signed it after
                # three days in a cell": "it" is the statement its sentence just named
                statement = statement or self._statement_signed(t) is not None
                # "he had signed whatever the police wrote": what he signed, unread, where
                # the report told a confession before, is that confession
                statement = statement or (_signed_unread(t, lex.confession_givers)
                                          and bool(self.confessors))  # fmt: skip
                # "I signed what they put before me", "he told agents what they wanted to
                # hear": what he gave, in another's words, is his statement disowned
                # (not the reporting verb's own object: '"I told them what they wanted to
                # hear," he said' is read once, by "said")
                giver = (
                    tutored_giver(t, lex.repeating_verbs, self._papers)
                    if self._tutored(t)
                    else None
                )
                statement = statement or (giver is not None and giver.head.i != verb.i)
                # "he signed blank papers after officers threatened his mother": the papers
                # are the statement later written on them (``blank_signed``)
                statement = statement or blank_signed(t, lex)
                if lemma in lex.confession_nouns or statement or self._coerced_into(t):
                    return t
                # "that the admission police claimed he made was beaten out of him": the
                # predicate's statement, parsed into the custodians' clause (``hung_statement``)
                hung = hung_statement(t, lex, self.kinds.reporting_cues)
                if hung is not None and self._coercion_in(t):
                    return hung
                # "that the admission the police claim he made was beaten out of him": the
                # present-tense relative read as one noun phrase (``relative_as_noun``)
                if said_of and (read := self._read_as_noun(t)) is not None:
                    return read
        # "his statement to police, which his lawyer said was signed without a lawyer": the
        # statement a relative of saying hangs on fills the gap of what it reports
        gap = relative_statement(verb, lex.statement_or_confession_nouns, lex.confession_givers)
        return gap[0] if gap is not None and self._coercion_in(gap[1]) else None

    def _statement_owned(self, noun: Token) -> bool:
        """Whether a statement noun is the one the accused's side speaks of: "his
        statement", "the statement", or any where the report told a confession before."""
        return bool(self.confessors) or any(
            c.dep_ == "poss" or c.lower_ == "the" for c in noun.children
        )

    def _read_as_noun(self, token: Token) -> Token | None:
        """The statement of a present-tense relative of attributing or saying the parser read
        as one noun phrase headed by ``token`` ("the admission police attribute to him",
        ``relative_as_noun``); else None."""
        return relative_as_noun(token, self.lex, self.kinds.reporting_cues)

    def _statement_signed(self, it: Token) -> Token | None:
        """The statement a signed or given "it" stands for, named just before it in its
        sentence (``signed_it``)."""
        lex = self.lex
        people = lex.people_nouns | frozenset(lex.role_nouns)
        nouns = lex.statement_or_confession_nouns
        return statement_named_before(it, lex.confession_givers, nouns, people)

    def _attributed_and_written(self, noun: Token) -> bool:
        """ "the admission attributed to him was typed in Karachi", "the words attributed to
        him had been typed before he entered the room": a statement (or his words) the
        report only hangs on him ("attributed to", ``attribution_verbs``; or a relative
        that tells whom it was taken from or who gave it, ``givers_told``), told by his side
        as the passive subject of a verb of writing (``writing_verbs``) - written, not
        spoken by him; never with "by him" ("written by himself")."""
        lex = self.lex
        nouns = lex.statement_or_confession_nouns | self.kinds.own_word_nouns
        if noun.dep_ not in PASSIVE_SUBJECTS or noun.head.lemma_.lower() not in lex.writing_verbs:
            return False
        # "the admission attributed to him", "the statement police attributed to him", "the
        # admission police said he made" (a relative that tells only who gave it); or "the
        # admission the police say he made", the present-tense relative read as one noun
        # phrase (``relative_as_noun``)
        hung = self._read_as_noun(noun) is not None or (
            noun.lemma_.lower() in nouns
            and any(c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in lex.attribution_verbs
                                                    or givers_told(c, lex.confession_givers))
                    for c in noun.children)
        )  # fmt: skip
        return hung and not any(o.tag_ == "PRP" for o in passive_agents(noun.head))

    def _told_as_theirs(self, clause: Token, speaker: Token | None) -> Token | None:
        """ "Advocate Z told the court that the statement the police attributed to his client
        had been taken in a hospital ward", "X said the admission police claimed he made was
        never made in his words": the statement a reported clause is about, where the report
        only hangs it on him (``attribution_verbs``; ``givers_told``: whom it was taken from or
        who gave it; ``hung_statement``: a contact relative split off) and his own side (the
        accused, counsel or kin) tells the clause of how it came to be, or calls it
        "so-called" (``so_called``): his side names a statement as others' only to dispute it."""
        lex = self.lex
        if speaker is None or not (
            speaker.pos_ in ("PRON", "PROPN")
            or lex.role_nouns.get(speaker.lemma_.lower()) in SPEAKING_FOR
        ):
            return None
        nouns = lex.statement_or_confession_nouns | self.kinds.own_word_nouns
        if how_it_came(clause, lex):
            found = next((t for t in clause.subtree if hung_on(t, clause, nouns, lex)), None)
            # "the statement police attribute to him was taken at two in the morning"
            read = (self._read_as_noun(t) for t in clause.children if t.dep_ in PASSIVE_SUBJECTS)
            found = found or next((s for s in read if s is not None), None)
            found = found or hung_statement(clause, lex, self.kinds.reporting_cues)
            if found is not None:
                return found
        return so_called(clause, lex.statement_or_confession_nouns, lex)

    def _confession_disclaimed(self, verb: Token) -> list[Named]:
        """ "X told the court he never confessed", "his lawyer said he had not confessed":
        one the report says confessed (``confessors``) says, or his side says, he did not - the
        confession taken back. The clause's verb of confessing, negated, its subject a
        pronoun for the side that speaks or the name of one who confessed."""
        speaker = self._speaker_of(verb)
        if speaker is None or not may_speak_for_the_accused(speaker, self.lex.role_nouns):
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

    def _confession_denied_whole(self, verb: Token) -> tuple[list[Named], Token] | None:
        """ "his counsel said his client had never confessed to anything during
        interrogation", "X told the court he had confessed to nothing": the accused's side
        says he made no confession at all (``confessed_nothing``) - one the report says he
        made, told only by its disowning, the confession and its retraction at once. Whose it
        is: the clause's subject, or whom the speaker speaks for - one the report accuses
        already (never a witness or a victim who says he told the police nothing), and no
        one the report confessed already (``_confession_disclaimed`` reads theirs). Returns
        them and the verb of confessing; None where the clause says no such thing."""
        lex = self.lex
        speaker = self._speaker_of(verb)
        if speaker is None or not may_speak_for_the_accused(speaker, lex.role_nouns):
            return None
        # '"He did not confess anything. They beat him," his brother said': the quotation's
        # sentences before (and after) the one the verb closes it in are the speaker's too
        quoted = said_before(verb, self.quotations) + said_after(verb, self.quotations)
        for clause in [c for c in verb.children if c.dep_ == "ccomp"] + quoted:
            for act in self._coordinated(clause):
                nothing = confessed_nothing(act, lex)
                if not nothing:
                    continue
                # "he had been beaten ... and had confessed to nothing": a conjunct's subject
                # is its head's
                top = act.head if act.dep_ == "conj" and not self._subjects_of(act) else act
                subjects = self._subjects_of(top)
                # "the home nurse told the court she had ...": a speaker told by the
                # description the report gave her name with speaks for herself
                told = self._description_told(speaker) if speaker.pos_ == "NOUN" else None
                side = self._side_of(speaker) or ([] if told is None else [told])
                # "defence counsel Y said his client had never confessed to anything": the
                # client the speaking lawyer acts for (``Counsel._client_of``), else the
                # accused a lawyer's "his client" follows (``_clients_followed``), is his side
                titles = [
                    speaker,
                    *(c for c in speaker.children if c.dep_ in ("compound", "appos")),
                ]
                defending = any(lex.role_nouns.get(t.lemma_.lower()) == "defence" for t in titles)
                clients = [n for s in subjects for n in self._client_of(s, speaker)
                           or (self._clients_followed(s) if defending else [])]  # fmt: skip
                side += clients
                who = clients or [n for s in subjects for n in self._names(s)] or side
                # the speaker's own side, one the report accuses: "the victim's brother said
                # he had never admitted anything" and "Inspector Y said X had never confessed
                # to anything under pressure" speak for no accused; a defence lawyer speaks for
                # the accused he names ("His counsel, Y, told the court that X had never ...")
                spoken_for = side + (who if defending else [])
                theirs = {self._full_name(n.name, n.start) for n in spoken_for}
                theirs &= self.accused_so_far
                owners = [n for n in who if self._is_person(n)
                          and self._full_name(n.name, n.start) in theirs]  # fmt: skip
                confessed = any(n.name in self.confessors for n in owners)
                if owners and len(owners) == len(who) and not confessed:
                    return owners, act
        return None

    @staticmethod
    def _subjects_of(verb: Token) -> list[Token]:
        """The active subjects of ``verb``."""
        return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]

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
            # "his lawyer said his client never made any statement": the client the lawyer
            # speaks for, as the speaker's own pronoun is the speaker
            if not any(c.dep_ in ACTIVE_SUBJECTS
                       and (c.pos_ == "PRON" or c.lemma_.lower() in lex.client_nouns)
                       for c in clause.children):  # fmt: skip
                return None
            nouns = [c for c in clause.children if c.dep_ == "dobj"]
        else:
            # "the admission police attribute to him was never made": the relative read as
            # one noun phrase stands for its statement (``relative_as_noun``)
            nouns = [self._read_as_noun(c) or c for c in clause.children
                     if c.dep_ in PASSIVE_SUBJECTS]  # fmt: skip
        if not nouns:
            # "that the statement attributed to him was never made": the parser may split
            # the reduced relative off as a clause of its own, with the noun its subject
            nouns = [s for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i
                     for s in c.children if s.dep_ in ACTIVE_SUBJECTS]  # fmt: skip
        for noun in nouns:
            # "never made the statement", "his statement", "never made any statement" (none
            # at all: the one the report tells among them)
            owned = any(c.dep_ == "poss" or c.lower_ in ("the", "any") for c in noun.children)
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

    def _tutored_givers(self, what: Token) -> list[Named]:
        """Who gave a statement told as another's words ("He signed what they put before
        him," the lawyer said): the giver named, or a third-person pronoun resolved - the
        one the quote is of, not the one who quotes it; "I" leaves it to the speaker."""
        if not self._tutored(what):
            return []
        giver = tutored_giver(what, self.lex.repeating_verbs, self._papers)
        if giver is None or giver.lower_ in FIRST_PERSON:
            return []
        return [n for n in self._names(giver) if self._is_person(n)]


def _signed_unread(token: Token, givers: frozenset[str]) -> bool:
    """Whether ``token`` is the "whatever" of a free relative a verb of giving takes for what
    was given ("signed whatever the police wrote", "signed whatever was written"): the
    parser hangs the relative's verb on the signing as a clause of its own."""
    if token.lower_ != "whatever" or token.tag_ != "WDT":
        return False
    clause = token.head
    return clause.dep_ in ("ccomp", "dobj") and clause.head.lemma_.lower() in givers


def is_it(token: Token) -> bool:
    """The pronoun "it" ("he retracted it", "he disowned it"): what is taken back is a
    confession only where the one who takes it back confessed (``Reader``)."""
    return token.tag_ == "PRP" and token.lower_ == "it"
