"""Taking a confession back by a verb: what a verb of retracting ("retracted his confession",
"resiled from it", "went back on it") or of denying ("disowned his confession", "denied making
any confession") takes back, and whether a confession noun is one taken back.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.coerced import is_it
from corroborate.nlp.claims.contact_givers import contact_statement
from corroborate.nlp.claims.disowners import Disowners
from corroborate.nlp.claims.particles import with_particle_phrases
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.passive_givers import taken_back_unsaid
from corroborate.nlp.claims.said_made import said_made
from corroborate.nlp.claims.told_taken_back import own_telling, own_version, told_object

__all__ = ["TakingBack"]

# The prepositions that take what is taken back ("resiled from it", "went back on it").
_TAKEN_FROM = frozenset({"from", "on"})


class TakingBack(Disowners):
    """What a verb of taking back takes back."""

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
            # "withdrew the account he gave police": his own account to those who held him
            if c.dep_ in ("dobj", "nsubjpass") and (
                c.lemma_.lower() in self.lex.statement_nouns or is_it(c) or own_version(c, self.lex)
            ):
                return c
            taken_by = f"{verb.lemma_.lower()}_{c.lower_}" in self.kinds.retraction_cues
            if c.dep_ == "prep" and (c.lower_ in _TAKEN_FROM or taken_by):
                # "resiled from that statement", "went back on it" - not "resiled in his 342
                # statement from ...": the statement he speaks in is where, not what; "turned
                # against his statement": the preposition the verb of taking back takes
                found = next((p for p in c.children if p.dep_ == "pobj"
                              and (p.lemma_.lower() in self.lex.statement_nouns or is_it(p))),
                             None)  # fmt: skip
                found = found or self._what_he_told(c) or self._own_interview(c)
                if found is not None:
                    return found
        # "withdrew what he told the police": the free relative of his telling, its object
        told = told_object(verb, self.kinds.reporting_cues)
        if told is not None and self._told_by_accused(verb):
            return told
        return self._relative_taken_back(verb)

    def _told_by_accused(self, verb: Token) -> bool:
        """Whether those who take back a telling of their own are all ones the report
        accuses: a witness who "withdrew what he told the police" has turned hostile, and
        confessed to nothing."""
        takers = self._agents(verb)
        full = {self._full_name(n.name, n.start) for n in takers}
        return bool(full) and full <= self.accused_so_far

    def _what_he_told(self, prep: Token) -> Token | None:
        """What a free relative of his own telling stands for ("resiled from what he had
        told the numberdar", "went back on what he said to police"): the verb of telling,
        its subject a pronoun, for the statement it made."""
        for clause in (p for p in prep.children if p.dep_ == "pcomp"):
            if own_telling(clause, self.kinds.reporting_cues):
                return clause
        return None

    def _own_interview(self, prep: Token) -> Token | None:
        """An interview of his own a verb of retracting takes back ("backed away from his
        recorded interview", "resiled from his interview with detectives"): what one takes
        back is words, so an interview owned by a pronoun is his statement - never "the
        interview" (one he gave or sat in, whose words are not told as his)."""
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
            if noun.lemma_.lower() in self.lex.interview_nouns and owned:
                return noun
        return None

    def _relative_taken_back(self, verb: Token) -> Token | None:
        """The confession (or statement) a relative clause of taking back hangs on: "X's
        confession, which he repudiated at the trial", "his statement before the magistrate,
        which he had resiled from", "the admission attributed to X, which he disowned" (the
        parser may hang the clause on a noun inside the confession's phrase, or on the name
        apposed to its owner: "the confession of the driver, X, which X retracted"), also
        the second of two relatives joined ("which was inadmissible and which he had
        repudiated")."""
        relative = _first_relative(verb)
        if relative is None and verb.dep_ == "xcomp":
            # "his account in interview, which he had tried to take back at trial", "which he
            # later sought to withdraw": the relative is the trying's, its object the taking
            # back's (a verb of trying leaves the taking back done, ``claims.not_done``)
            if verb.head.lemma_.lower() in self.lex.retraction_attempt_verbs:
                relative = _first_relative(verb.head)
        if relative is None:
            return None
        wanted = self.lex.statement_or_confession_nouns
        if self._footage_disowning(verb):
            # "the custodial video, which the appellant had disowned as recorded under
            # threat": a recording of his own words (``_footage_taken_back``)
            wanted = wanted | self.lex.footage_nouns
            # "the driver's police interview, which X had disowned": an interview someone
            # owns, taken back by a verb that takes back only one's own words, is his words
            # (as ``_own_interview`` reads "resiled from his interview")
            if _owned_noun(relative.head, self.lex.interview_nouns):
                wanted = wanted | self.lex.interview_nouns
        noun = relative.head
        given = self._contact_given(noun, wanted)  # "the confession X gave the police, which"
        if given is not None:
            return given
        while noun.lemma_.lower() not in wanted and noun.dep_ in ("pobj", "prep", "appos"):
            if noun.dep_ == "appos" and not _relative_of_a_thing(relative):
                return None  # "the statement of the driver, X, who later ...": X's own clause
            made = self._making_clause_noun(noun.head) if noun.dep_ == "prep" else None
            if made is not None:
                # "the admission attributed to X, which he had disowned", "the admissions
                # made in his interview, which he later repudiated", "a statement recorded
                # while he was in police custody, which he had retracted", "the statement
                # he made in custody, which he retracted": the clause hung inside the
                # clause of its making is the noun's
                noun = made
                break
            if noun.dep_ == "prep" and noun.head.pos_ in ("VERB", "AUX") and noun.i > 0:
                # "relied on his confession | before the magistrate, which he retracted": the
                # parser hangs the confession's own phrase on the verb; the noun it follows
                before = noun.doc[noun.i - 1]
                return before if before.lemma_.lower() in wanted else None
            noun = noun.head
        return noun if noun.lemma_.lower() in wanted else None

    def _contact_given(self, held: Token, wanted: frozenset[str]) -> Token | None:
        """The statement whose clause of giving ``held`` is the object of: a relative on the
        statement, or its contact relative misparsed (``contact_givers``) - "the confession
        Bikash gave the police, which he had withdrawn", "a confession he was said to have made
        to police, which he disowned": what the relative takes back is the statement, never
        those it was given to. Else None."""
        giving = None
        if held.dep_ in ("dobj", "dative"):
            giving = held.head
        elif held.dep_ == "pobj" and held.head.dep_ in ("prep", "dative"):
            giving = held.head.head
        if giving is None or held.lemma_.lower() in wanted:
            return None
        made = self._making_clause_noun(giving)  # "the confession X gave the police, which"
        if made is not None and made.lemma_.lower() in wanted:
            return made
        givers = self.lex.statement_givers
        saying = self.kinds.said_cues
        return contact_statement(giving, wanted, givers, saying)

    def _making_clause_noun(self, verb: Token) -> Token | None:
        """The noun whose making a verb's clause tells: a participle on it ("the admission
        attributed to X", "a statement recorded in custody"), a time clause under that
        participle ("recorded while he was in custody"), or a relative clause of giving or
        recording on it ("the statement he made in custody"); else none. A relative hung on
        a noun inside such a clause is the made noun's, not the inner noun's."""
        while verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            verb = verb.head  # "recorded | while he was in custody": the participle
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return verb.head
        making = self.lex.statement_givers
        if verb.dep_ == "relcl" and verb.lemma_.lower() in making:
            return verb.head
        return None

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
            if self._disowned_unsaid(verb, c):
                return c  # "the confessional statement X gave was later disowned"
            own = verb.lemma_.lower() in lex.own_statement_disowners or bool(
                self._own_statement_said(verb)
            )
            whose = self._whose_statement(verb) if c.dep_ == "dobj" and is_it(c) and own else None
            if whose is not None:
                # "X, whose video statement was released by police, disowned it": "it" is
                # the statement of its subject's relative clause
                return whose
            # "X disputed the statement police took from him", "his lawyer disputed the
            # admission the inspector said his client made": the police's relative tells it
            # as the disowner's own, as "disowned" would (``Disowners._taken_from``)
            own = own or (c.dep_ == "dobj" and self._told_as_disowners(verb, c))
            # "disowned the admission police said he had made" (``said_made``)
            told = said_made(c, lex, self.kinds.reporting_cues) is not None
            statement = c.lemma_.lower() in lex.statement_nouns or is_it(c) or told
            # "X disowned the account he had given to the police" (``own_version``)
            statement = statement or own_version(c, lex)
            # "X disowned the video": a recording of his words, read as his statement where
            # he confessed or says it was coerced (``_footage_taken_back``)
            statement = statement or (
                c.lemma_.lower() in lex.footage_nouns and self._footage_disowning(verb)
            )
            if c.dep_ == "dobj" and statement and own:
                # "X disowned the statement he had given to police": a confession only if X
                # confessed before or the statement is his, made where confessions are
                # (``Reader``)
                return c
            if c.dep_ == "ccomp" and own and c.i > verb.i:
                # "X disowned what he told the police": his own telling (``told_object``)
                told_there = told_object(verb, self.kinds.reporting_cues)
                if told_there is not None and self._told_by_accused(verb):
                    return told_there
            if c.dep_ == "ccomp" and own:
                # "X, too, disowned the admission police said he had made": parsed with
                # "admission police" the subject of "said", the verb's clause
                said = next((s for s in c.children if s.dep_ == "nsubj"
                             and said_made(s, lex, self.kinds.reporting_cues) is not None),
                            None)  # fmt: skip
                if said is not None:
                    return said
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

    def _disowned_unsaid(self, verb: Token, noun: Token) -> bool:
        """Whether ``noun`` is a confession or statement a passive of disowning takes back
        with no one named ("the statement X made to police had been disowned"): a verb that
        only ever takes back one's own words ("disowned", "repudiated"; not "was denied" or
        "was challenged", said of anyone's) - whose it is, ``Retractions._passive_takers``."""
        if verb.lemma_.lower() not in self.lex.own_statement_disowners:
            return False
        statement = self._a_confession(noun) or noun.lemma_.lower() in self.lex.statement_nouns
        return statement and taken_back_unsaid(verb, noun)

    def _footage_disowning(self, verb: Token) -> bool:
        """Whether ``verb`` is one that only ever takes back one's own words ("disowned",
        "repudiated"): what it takes of a video or a recording is the words he is seen saying
        in it - "disputed the footage" or "challenged the CCTV clip" may mean anyone's."""
        return verb.lemma_.lower() in self.lex.own_statement_disowners

    def _footage_taken_back(self, verb: Token, noun: Token) -> bool:
        """Whether a recording a verb of disowning takes back is a statement of the taker's
        own to read as taken back: the verb or the noun says it was coerced ("disowned as
        recorded under threat", "disowned the video, saying it was made at gunpoint"), or the
        recording is custodial ("the custodial video"). A bare "X disowned the video" is
        his retraction only where the report says he confessed (``Retractions``)."""
        if noun.lemma_.lower() not in self.lex.footage_nouns:
            return True
        words = " ".join(t.text for t in verb.subtree if t.i > noun.i or t.head == verb)
        return bool(self.kinds.coercion.search(words)) or self._coercion_said(verb)

    def _whose_statement(self, verb: Token) -> Token | None:
        """The statement (or confession) a "whose" relative clause on the verb's subject
        owns ("X, whose video statement police released, disowned it"): the one thing of
        his that sentence has told, what a pronoun object of the verb stands for."""
        wanted = self.lex.statement_or_confession_nouns
        for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS):
            for clause in (c for c in subject.children if c.dep_ == "relcl"):
                found = [
                    t for t in clause.subtree if t.lemma_.lower() in wanted
                    and any(p.dep_ == "poss" and p.tag_ == "WP$" for p in t.children)
                ]  # fmt: skip
                if len(found) == 1:
                    return found[0]
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
                giving = lex.statement_givers
                words = " ".join(t.text for t in clause.subtree)
                if self.kinds.coercion.search(words) or any(
                    t.lemma_.lower() in giving for t in clause.subtree
                ):
                    out.append(clause)
        return out

    def _coercion_said(self, verb: Token) -> bool:
        """Whether the clause of saying on a verb of taking back says the statement was
        coerced ("repudiated it, claiming he was beaten into signing it")."""
        return any(self._coercion_in(c) for c in self._own_statement_said(verb))

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
        # "went back on it" with "back" an adverb; "turned against his statement", the
        # verb's own preposition
        return any(c.dep_ in ("advmod", "prep") and f"{lemma}_{c.lower_}" in cues
                   for c in verb.children)  # fmt: skip


def _first_relative(verb: Token) -> Token | None:
    """The relative clause a verb opens, or the first of the relative clauses or verbs it is
    joined to: "his statement ..., which was inadmissible and which he had repudiated", "the
    confession, which he signed and later retracted" - each conjunct on the first's noun."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


def _relative_of_a_thing(verb: Token) -> bool:
    """Whether a relative clause opens with "which" - a thing, never a person: "the
    confession of the driver, X, which X had later retracted" is the confession's clause
    whatever name the parser hung it on (a "who" would be the person's own)."""
    return any(c.lower_ == "which" for c in verb.children)


def _owned_noun(noun: Token, nouns: frozenset[str]) -> bool:
    """Whether ``noun`` is one of ``nouns`` with an owner of its own ("his interview", "the
    driver's interview"; not "the interview")."""
    return noun.lemma_.lower() in nouns and any(c.dep_ == "poss" for c in noun.children)
