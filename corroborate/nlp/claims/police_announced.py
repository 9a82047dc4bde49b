"""A confession told through the police making it known, in a bare relative clause on its noun:
"his counsel told the court that the confession the SSP announced after his arrest was never
made", "X said the confession the police had announced was extracted under torture", "the
admission they later produced was never spoken by me".

Reports, South Asian ones above all, tell a confession so when the accused's side or the court
disputes it: the police announce at a press conference, or describe to reporters, what their
suspect told them, and the report names it only by that telling. What the police announce of
their suspect is what he told them in custody: a custodial confession, whatever his side now
says of it (a retraction or denial is the retraction and denial readers'). The clause names no
maker ("announced" has no "to him"), so whose it is comes from the sentence: the noun's own
possessive ("his confession"), else the client of the one lawyer the sentence names ("His
counsel told the court that the confession ..."), else the one who says it ("X said the
confession ..."), else the pronoun of the clause's own phrase ("after his arrest"); the last
two only where they stand for one the report accuses.

Read by the words' order, as ``police_say_made._police_attributed`` reads "the admission
police attributed to him": the noun (``confession_nouns``, ``admission_nouns``), the custodian
who is the relative clause's subject (``is_custodian``: "the police", "the SSP", "the District
Police Officer"; "they" where the sentence named a custodian before the noun), auxiliaries and
adverbs, and a verb of making known (``announcing_verbs``), not negated. An admission is a
confession only by one the report accuses; a bare statement noun is none ("the statement the
police announced" is as often their own).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated
from corroborate.nlp.speakers import PERSONAL_PRONOUNS
from corroborate.records import Setting

__all__ = ["PoliceAnnounced"]

# The pronouns that may stand for the police (where the sentence named them before).
_POLICE_PRONOUNS = frozenset({"they"})
# The words a custodian subject may run over before the verb: a compound name ("the
# District Police Officer"), auxiliaries and adverbs ("had", "later").
_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_BETWEEN_DEPS = frozenset({"aux", "auxpass", "advmod"})
# How far after the verb the pronoun of its own phrase may stand ("announced after his arrest").
_PHRASE_REACH = 3


class PoliceAnnounced(Answers):
    """A confession the police made known, told in a relative clause on its noun."""

    def _police_announced(self, noun: Token) -> list[Draft]:
        lex = self.lex
        lemma = noun.lemma_.lower()
        # a confession, or an admission: not a bare statement ("the statement the police
        # announced" is as often the police's own)
        if lemma not in lex.confession_nouns | lex.admission_nouns:
            return []
        verb = self._announcing_verb(noun)
        if verb is None:
            return []
        makers = [n for n in self._announced_owners(noun, verb) if self._is_person(n)]
        return self._confession_told_by_police(noun, makers, "custodial")

    def _confession_told_by_police(
        self, noun: Token, makers: list[Named], setting: Setting
    ) -> list[Draft]:
        """The confession the police tell ``makers`` made, by its noun: the readers of this
        module and ``police_say_made`` share it. A noun other than a confession noun ("the
        admission the police described", "the statement police said Y made") is a
        confession only by one the report accuses (a witness admits things to the police,
        and gives them statements, too)."""
        if noun.lemma_.lower() not in self.lex.confession_nouns:
            makers = [n for n in makers if n.name in self.accused_so_far]
        if not makers:
            return []
        draft = Draft("confession", noun, setting=setting)
        draft.add(makers, "accused")
        return [draft]

    def _announcing_verb(self, noun: Token) -> Token | None:
        """The verb of making known (``announcing_verbs``) of the bare relative clause right
        after ``noun`` whose subject is a custodian: "the confession | the SSP | announced",
        "the admission | they | later produced"; None when the words do not run so, or the
        verb is negated."""
        doc = noun.doc
        i = noun.i + 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        start = i
        while i < len(doc) and doc[i].tag_ in _NAME_TAGS:
            i += 1
        subject = doc[start:i]
        if len(subject):
            if not any(is_custodian(t) for t in subject):
                return None
        elif i < len(doc) and doc[i].lower_ in _POLICE_PRONOUNS:
            # "they" for the police: only where the sentence named them before the noun
            if not any(is_custodian(t) for t in doc[noun.sent.start : noun.i]):
                return None
            i += 1
        else:
            return None
        while i < len(doc) and (doc[i].pos_ == "AUX" or doc[i].dep_ in _BETWEEN_DEPS):
            if doc[i].dep_ == "neg":
                return None
            i += 1
        if i >= len(doc) or doc[i].pos_ != "VERB":
            return None
        verb = doc[i]
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        forms = {lemma, *(f"{lemma}_{p}" for p in particles)}
        if not forms & self.lex.announcing_verbs:
            return None
        if negated(verb):
            return None
        return verb

    def _announced_owners(self, noun: Token, verb: Token) -> list[Named]:
        """Whose the confession the police announced is: the noun's possessive ("his
        confession the police announced"), else the client of the one lawyer the sentence
        names, else the person who says it (the subject of the nearest verb above the noun
        that has one, a custodian's saying not counted), else the personal pronoun of the
        clause's own phrase ("announced after his arrest"); the last two only for one the
        report accuses (a bench or a witness says such things of another)."""
        owned = [n for c in noun.children if c.dep_ == "poss" for n in self._names(c)]
        if owned:
            return owned
        lawyers, client = self._sentence_client(noun)  # (``Counsel``'s, the one reader)
        if client is not None:
            return [client]
        if lawyers:
            return []  # a lawyer whose client the sentence does not tell
        said = self._sayers_above(noun)
        if said is not None:
            return [n for n in said if n.name in self.accused_so_far]
        doc = noun.doc
        after = doc[verb.i + 1 : min(verb.i + 1 + _PHRASE_REACH, noun.sent.end)]
        # the clause's own phrase: not "... announced was his own idea", the main clause's
        pronouns = [t for t in after if t.dep_ == "poss" and t.lower_ in PERSONAL_PRONOUNS
                    and verb in t.ancestors]  # fmt: skip
        return [n for t in pronouns[:1] for n in self._names(t) if n.name in self.accused_so_far]

    def _sayers_above(self, noun: Token) -> list[Named] | None:
        """The people who say what the sentence tells of the noun: the subject of the nearest
        verb above it that has one besides the noun's own clause ("X said the confession ...
        was a lie", "X denied ... and said the confession ..."). A clause the noun is the
        subject of, co-ordinated with another, does not share that one's subject ("X claimed
        that the police had beaten her and that the admission ... was never spoken": X's,
        not the police's). A subject that names no person (a bench, a court, a noun the parser made
        a second subject) is passed over. None where no verb above has a person for subject,
        or its subject is a custodian: then the sentence tells no speaker of his."""
        child = noun
        while child.head.i != child.i:
            head = child.head
            if head.pos_ not in ("VERB", "AUX"):
                child = head
                continue
            subjects = [c for c in head.children if c.dep_ in NOUN_SUBJECTS]
            others = [c for c in subjects if c.i != child.i]
            if any(is_custodian(t) for t in others):
                return None
            people = [n for t in others for n in self._names(t) if self._is_person(n)]
            if people:
                return people
            if others:  # a bench, a court; or a noun the parser made a second subject
                child = head  # ("after his arrest | was a lie"): no speaker here
                continue
            if subjects and head.dep_ == "conj":
                child = head.head  # its own subject: not the one it is co-ordinated with
                continue
            child = head
        return None
