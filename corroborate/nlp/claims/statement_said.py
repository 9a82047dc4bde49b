"""A confession told by what the accused said inside a statement the report places in custody
or before a court: "In a statement recorded before Judicial Magistrate Y under Section 164, he
said he had driven the gunmen to the house", "X made a cautioned statement at the police
station in which he described how the bags were loaded", "a confession before a magistrate in
which he said Y paid for the killing".

Court reports tell a confession so when the statement, not a verb of confessing, carries it:
the verb is one of saying ("said", "described how"), and what makes it a confession is where
the statement was made - a magistrate or Section 164 (where the law records an accused's
confession), a caution statement or the police - the statement's own phrases
(``placed_setting``, ``TakenBackSettings._setting_taken_back``), never a court named elsewhere.

Two shapes, both read from the parse: the statement framing the verb ("in a statement ...,
he said"), and the verb in the statement's relative clause ("a statement ... in which he
said"; the parser may hang that clause on the phrase's last noun, "before the magistrate in
which", so the statement is found above it). A witness gives such a statement too, so the
speaker must be one the report accuses (before or in this sentence), or what he says must be
a crime he did (``own_deed.tells_own_crime``). A statement that denies is no confession ("in
his statement to the investigating officer he said he was at home that night"): a negated
content, a clause that clears him (``Answers._denied_in_content``) or innocence claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.examination_sections import examined_setting
from corroborate.nlp.claims.examined_answers import examined_answer
from corroborate.nlp.claims.hung_subject import first_conjunct_hung
from corroborate.nlp.claims.placed_setting import given_setting, placed_setting
from corroborate.nlp.claims.taken_back_settings import TakenBackSettings
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.kinds import setting_in
from corroborate.nlp.own_deed import tells_own_crime
from corroborate.records import Setting

__all__ = ["StatementSaid"]

# The settings in which a statement of an accused is a confession: in custody, or before a
# court where the law records confessions (``placed_setting``). One made in public is the
# footage's or the press's reader's.
_CONFESSION_SETTINGS = frozenset({"custodial", "judicial"})
# The relative words of "in which he said".
_RELATIVES = frozenset({"which", "whom"})
# The prepositions of a statement's hearers: "before the court", "to the police".
_HEARERS = frozenset({"before", "to"})


class StatementSaid(TakenBackSettings):
    """An accused's words told inside a statement placed in custody or before a court."""

    def _statement_said(self, verb: Token, drafts: list[Draft]) -> list[Draft]:
        """The confession ``verb`` tells from a placed statement, by its speaker, with the
        statement's setting; none where the sentence's ``drafts`` read him confessing already."""
        lemma = verb.lemma_.lower()
        if lemma not in self._telling_verbs() or any(c.dep_ == "neg" for c in verb.children):
            return []
        statement = self._framing_statement(verb)
        if statement is None:
            return []
        setting = self._statement_setting(statement)
        examined = None
        if setting not in _CONFESSION_SETTINGS:
            # "in his statement under Section 342 CrPC, X admitted": the section says who took it
            examined = setting = examined_setting(statement, verb, self.lex)
        if setting not in _CONFESSION_SETTINGS or self._denies(verb):
            return []
        if examined is not None:
            # the sentence's own reading of the verb ("X admitted that ...") knows no place:
            # the section framing it gives one
            for draft in drafts:
                if draft.kind == "confession" and draft.cue == verb and draft.setting is None:
                    draft.setting = examined
        here = {n.name for d in drafts for n in d.accused}
        # one the sentence reads confessing already ("made a statement before the magistrate
        # in which ...": ``Settings._recorded_as_confession``) needs no second confession
        confessing = {n.name for d in drafts if d.kind == "confession" for n in d.accused}
        speakers = [n for n in self._agents(verb)
                    if self._is_person(n) and n.name not in confessing]  # fmt: skip
        own_crime = self._own_crime_told(verb)
        confessors = [n for n in speakers if n.name in self.accused_so_far | here or own_crime]
        if not confessors:
            return []
        draft = Draft("confession", verb, setting=setting)
        draft.add(confessors, "accused")
        return [draft]

    def _telling_verbs(self) -> frozenset[str]:
        """The verbs that tell what the statement holds: saying ("said", "stated"), telling,
        recounting ("described how"), admitting and confessing."""
        lex = self.lex
        return (
            self.kinds.reporting_cues | lex.informing_verbs | self.kinds.recounting_verbs
            | lex.admission_verbs | lex.confess_verbs
        )  # fmt: skip

    def _framing_statement(self, verb: Token) -> Token | None:
        """The statement noun the verb tells from: the object of its own "in" ("in a statement
        recorded under Section 164, he said"), or, for a relative clause opened by "in which",
        the statement it describes - the noun it hangs on, or the statement above that noun
        ("made a statement before the magistrate in which ...": hung on "magistrate")."""
        nouns = self.lex.statement_or_confession_nouns
        phrases = list(verb.children)
        first = first_conjunct_hung(verb)
        if first is not None:
            # "X had appeared before Y and, in a statement ..., said": the parser hangs the
            # phrase on the first conjunct, after its "and"
            joined = min(c.i for c in first.children if c.dep_ == "cc")
            phrases += [c for c in first.children if c.i > joined]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
            # "X stood by his account in his statement before the court, saying he carried
            # the bags": the participle tells what the statement its head is in holds
            phrases += [c for c in verb.head.children if c.i < verb.i]
        for phrase in phrases:
            if phrase.dep_ != "prep" or phrase.lower_ != "in":
                continue
            for obj in phrase.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lemma_.lower() in self.lex.statement_nouns:
                    return obj
                if obj.lower_ in _RELATIVES and verb.dep_ == "relcl":
                    return _statement_above(verb.head, nouns)
        return None

    def _statement_setting(self, statement: Token) -> Setting | None:
        """Where the statement was made: its own phrases ("recorded before the magistrate",
        "under Section 164", "cautioned", "to detectives"), read as for a confession told by
        its taking back; else the phrases of the verb that gives it ("made a statement at the
        police station"), none where only the sentence around it names a setting."""
        found = placed_setting(statement, self.lex, framing=True)
        if found is not None:
            return found
        found = self._setting_taken_back(statement)
        if found != "unknown":
            return found
        return given_setting(statement, self.lex) or _hearers_hung_beside(statement)

    def _denies(self, verb: Token) -> bool:
        """Whether what the verb tells denies: a negated content ("said he had never been
        there"), a content that clears the speaker, or innocence claimed."""
        lex = self.lex
        clauses = [v for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                   for v in (c, *c.conjuncts)]  # fmt: skip
        if any(
            c.dep_ == "neg"
            or c.lemma_.lower() in lex.innocence_nouns
            or lex.verdict_adjectives.get(c.lemma_.lower()) == "acquitted"
            for v in clauses
            for c in v.children
        ):
            return True
        return bool(self._denied_in_content(verb) or self._innocence_claimed(verb))

    def _examined_deniers(self, verb: Token) -> list[Named]:
        """Who answers the charge by what ``verb`` tells from a statement taken in the trial
        court's examination ("In his 342 statement, X said ...", ``claims.examined_answers``):
        its speakers the report accuses already - none where the clause tells his own crime."""
        statement = self._framing_statement(verb)
        if statement is None or not examined_answer(verb, statement, self.lex):
            return []
        if self._own_crime_told(verb):
            return []  # "in his 342 statement he said he had stabbed the guard"
        return [n for n in self._agents(verb)
                if self._is_person(n) and n.name in self.accused_so_far]  # fmt: skip

    def _own_crime_told(self, verb: Token) -> bool:
        """Whether the verb's content tells a crime its subject did, the subject a pronoun
        or the speaker himself ("he said he had stabbed the guard")."""
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
            if subjects and subjects[0].pos_ == "PRON" and tells_own_crime(subjects):
                return True
        return False


def _statement_above(noun: Token, nouns: frozenset[str]) -> Token | None:
    """The statement or confession noun a relative clause hung on ``noun`` describes: the noun
    itself, or the one whose phrase holds it ("a statement before the magistrate | in which",
    "made a statement | before the magistrate in which": the giving verb's object)."""
    token: Token | None = noun
    while token is not None:
        if token.lemma_.lower() in nouns and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.pos_ in ("VERB", "AUX"):
            return next((c for c in token.children
                         if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)  # fmt: skip
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _hearers_hung_beside(statement: Token) -> Setting | None:
    """The setting of the hearers' phrase the parser hung on the verb right after the
    statement's own "in" phrase ("stood by his account in his statement | before the court":
    "before the court" the verb's, not the statement's); None for any other phrase."""
    phrase, doc = statement.head, statement.doc
    after = statement.right_edge.i + 1
    if phrase.dep_ != "prep" or phrase.lower_ != "in" or after >= len(doc):
        return None
    hearers = doc[after]
    if hearers.dep_ != "prep" or hearers.head != phrase.head or hearers.lower_ not in _HEARERS:
        return None
    last = hearers.right_edge
    return setting_in(doc.text[hearers.idx : last.idx + len(last)])
