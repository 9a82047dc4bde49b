"""Whom a he or his that opens its sentence continues: the one person the sentence before
was about.

``SentenceBefore`` reads the main subject of the sentence before as the report's focus
(``_subject_just_before``): one accused who agrees with the pronoun, whoever was ruled on
last; a description subject's named bearer (``_described_bearer``, and the "him" of a
clause whose subject is that description, ``described_object``); the one accused among
those a sentence about a thing names; the object of a sentence that names no person ("the
court tendered him a pardon"); the teller of a quotation closed before the pronoun, and the
"he" an unnamed speaker vouches for ("Court sources said he ..."). Split out of
``pronouns.py`` at the 600-line limit (branch spl79), each method as it was; ``Pronouns``
builds on it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.antecedents import (
    a_tie,
    agrees,
    bound_subject,
    full_name_gender,
    pronoun_gender,
)
from corroborate.nlp.claims.attributed import main_subjects
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.paragraph_focus import ParagraphFocus
from corroborate.nlp.claims.plural_pronouns import PluralPronouns
from corroborate.nlp.claims.speaker_goes_on import speaker_goes_on
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.mentions.persons_places import a_persons_word
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS, ROLE_NOUNS
from corroborate.records import Mention, Range

__all__ = ["SentenceBefore"]

_SAYING = kinds_lexicon().reporting_cues
# The dependencies of a pronoun as an object ("remanded him", "sent to him").
_OBJECTS = frozenset({"dobj", "pobj", "dative"})


class SentenceBefore(PluralPronouns, ParagraphFocus):
    """Whom a pronoun that opens its sentence continues from the sentence before; the state
    is ``Naming``'s. A base of ``Pronouns``."""

    described_here: set[str]
    accused_so_far: set[str]
    quotations: list[Range]
    _name_at: Callable[[Token], Named | None]
    _tie_read: Callable[[Token, Token], Named | None]  # ``PronounChain``'s
    _apposed_person: Callable[[Token], Mention | None]  # ``Pronouns``'
    _owner_of_a_thing: Callable[[Token], Mention | None]  # ``Pronouns``'

    def _subject_just_before(self, pronoun: Token, vouched: bool = False) -> Named | None:
        """ "Y was released hours after the verdict ... His counsel said his client had
        always maintained his innocence": a he or his that opens what its sentence says of
        people (no person named before it there - a body may be -, no pronoun of another
        gender) continues the main subject of the sentence before, active or passive, where
        that is one accused of the report who agrees with it - the report's focus, whoever
        was ruled on last. Where that subject is a thing ("The hearing turned on X. ... he
        recorded a confessional statement"), the one person the sentence names is its focus.
        ``vouched``: the pronoun is reported by an unnamed speaker (``_reported_pronoun``),
        whose words before it name no one ("Court sources" may be an organisation's)."""
        start = pronoun.sent.start
        if start == 0 or pronoun.lower_ not in ONE_PERSON_PRONOUNS:
            return None
        gender = pronoun_gender(pronoun)
        quoted = self._quotation_closed_before(pronoun)
        # "Judge Z released him on bail": the object of a verb is never its subject, so a
        # judge or court no one accuses, named as that subject, is not one it might be
        excluded = self._unaccused_binder(pronoun)
        if any(((m := self.by_token.get(t.i)) is not None and m.type == "person"
                or (t.lower_ in PERSONAL_PRONOUNS and pronoun_gender(t) != gender))
               and not (quoted and quoted[0] <= t.idx < quoted[1]) and t.i not in excluded
               for t in self.doc[start:pronoun.i] if not vouched):  # fmt: skip
            return None
        before = self.doc[start - 1].sent
        if quoted:
            # '"I never went near that house. I didn't know ...," he said': the speaker
            # of a quotation of several sentences is the subject before it opens
            opened = next(t for t in self.doc if t.idx + len(t.text) > quoted[0]).sent
            if opened.start == 0:
                return None
            before = self.doc[opened.start - 1].sent
        # "X gave a statement ..., said Inspector Y": X, not the speaker (``main_subjects``)
        subjects = main_subjects(before)
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.lower_ == "i":
            # '"I signed because I was afraid," he said. The court ordered him held': the "I"
            # of a quotation is its teller, the subject of the verb of saying after it
            tellers = [c for c in before.root.children if c.dep_ == "nsubj" and c.i > subject.i]
            subject = tellers[0] if len(tellers) == 1 else subject
        # "X recorded his statement. Court sources said he admitted .... He was then sent to
        # jail": a speaker the report names no one by only vouches for what "he" did
        reported = _reported_pronoun(subject, gender)
        if reported is not None:
            return self._subject_just_before(reported, vouched=True)
        if subject.lower_ in ONE_PERSON_PRONOUNS and pronoun_gender(subject) == gender:
            return self._subject_just_before(subject) or self._tie_read(subject, pronoun)
        m = self.by_token.get(subject.i)
        bearer = self._described_bearer(subject, pronoun) if m is None else None
        if bearer is not None:
            return bearer  # "The manager had denied .... His counsel argued": the manager's
        if m is None and subject.pos_ == "NOUN" and subject.lower_ not in ROLE_NOUNS:
            people = {p.name: p for t in before if (p := self.by_token.get(t.i)) is not None
                      and p.type == "person"}  # fmt: skip
            m = next(iter(people.values())) if len(people) == 1 else None
            # "The state will use a statement X made to Detective Y after his arrest, in
            # which he said he slapped Z. His attorney said ...": of several named, the one
            # the report accuses - the officer and the victim beside him are not "his"; not
            # where a person subject speaks on ("X's brother, Y, said ... '...,' he said")
            person = a_tie(subject) or subject.lemma_.lower() in self.lex.people_nouns
            person = person or self._apposed_person(subject) is not None
            on = person and speaker_goes_on(subject, pronoun, self.quotations)
            m = m or (None if on else self._one_accused_among(list(people.values())))
            # "Y's confessional statement was recorded by magistrate Z. ... him": the owner
            m = self._owner_of_a_thing(subject) or m
        if m is None and subject.pos_ == "NOUN":
            # "the court tendered him a pardon. He was sent back to the lock-up": a court
            # or a thing is never "he"; the one pronoun its clause took as object is
            return self._object_just_before(before, gender)
        if m is None or m.type != "person":
            return None
        name = self._full_name(m.name, m.start)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        # Only one the report already accuses, or one newly named who opens a paragraph
        # (``ParagraphFocus``; anywhere, world26, cost a held-out set outcomes)
        new = name not in self.accused_so_far
        focus = not quoted and self._opens_paragraph_as_focus(before, subject, pronoun, name)
        new = new and not focus
        if new or span is None or not agrees(span, pronoun):
            return None
        return Named(name, pronoun.idx, pronoun.idx + len(pronoun.text))

    def _described_bearer(self, subject: Token, pronoun: Token) -> Named | None:
        """The one named person a description subject of the sentence before stands for
        ("His manager, X, was jailed. ... The manager, too, had denied everything. His
        counsel argued ..."): the report goes on about its subject whether it wrote the name
        or the noun it gave him, so the opening pronoun is that bearer - not the accused it
        followed before (the owner). Only one the report accuses and no one described as
        someone else; the pronoun's sex, the bearer's and the noun's agree."""
        if subject.pos_ != "NOUN" or subject.tag_ == "NNS" or subject.lower_ in ROLE_NOUNS:
            return None
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "The driver and the owner had denied it": either may be "his"
        found = self._name_at(subject)
        if found is None or found.members is not None or found.name not in self.accused_so_far:
            return None
        if found.name in self.described | self.described_here:
            return None
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return None
        told = [span, self.doc[subject.i : subject.i + 1]]
        sex = full_name_gender(found.name)  # "Lukas Novak", where "the driver" tells none
        if not all(agrees(t, pronoun, sex) for t in told):
            return None
        # "The driver had told the court that X ran the business. His lawyer ...": another
        # person of the pronoun's sex in that sentence may be "his" as well - left as it was
        for t in subject.sent:
            m = self.by_token.get(t.i)
            if m is None or m.type != "person" or t.i in range(span.start, span.end):
                continue
            other = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            name = self._full_name(m.name, m.start)
            sex = full_name_gender(name)
            if name != found.name and other is not None and agrees(other, pronoun, sex):
                return None
        return Named(found.name, pronoun.idx, pronoun.idx + len(pronoun.text), resolved=True)

    def described_object(self, subject: Token, pronoun: Token) -> Named | None:
        """The one named accused a "him" or "her" object stands for where the nearest subject
        before it of a clause it is part of is "the NOUN", a noun for a person the report ties
        to that accused ("The driver had not complained to the magistrate who remanded him"):
        the clause is about its subject, so the object is that bearer, not the accused the
        report followed last. Only a person's noun (``a_persons_word``): "the statement
        attributed to him", "the car that hit him" tell of no one; and only where
        ``_described_bearer`` finds one bearer - otherwise None, and the pronoun's usual tie
        stands. ``subject`` is ``persons_subject(pronoun)``, found once by the caller."""
        return self._described_bearer(subject, pronoun)

    def persons_subject(self, pronoun: Token) -> Token | None:
        """The nearest subject before a "him" or "her" object of a clause it is part of but
        its own, where it is "the NOUN" and the noun one for a person; None otherwise."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in _OBJECTS:
            return None
        subject = next(subjects_before(pronoun), None)
        if subject is None or subject.pos_ != "NOUN" or subject.i in self.by_token:
            return None
        # a pronoun is never its own clause's subject ("the foreman returned verdicts
        # against her"): only an enclosing clause's ("the driver said police hit him")
        own = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if own is None or subject.head.i == own.i:
            return None
        if not a_persons_word(subject.lemma_.lower()):
            return None  # "the statement attributed to him", "the court that convicted him"
        if [c.lower_ for c in subject.children if c.dep_ in ("det", "poss")] != ["the"]:
            return None  # "his driver", "a driver": not the one the report described
        return subject

    def _unaccused_binder(self, pronoun: Token) -> set[int]:
        """The words of the subject an object pronoun can never be (``bound_subject``:
        "Judge Z released him"), where that subject names no one the report accuses; empty
        otherwise ("X hit him": X may be whom the sentence before was about)."""
        bound = bound_subject(pronoun)
        if bound is None or bound.i > pronoun.i:
            return set()
        words = {t.i for t in bound.subtree}
        for i in words:
            m = self.by_token.get(i)
            if m is not None and self._full_name(m.name, m.start) in self.accused_so_far:
                return set()
        return words

    def _one_accused_among(self, people: list[Mention]) -> Mention | None:
        """The one of ``people`` the report has read as accused, where the others are not
        (a victim, an officer, a witness): the one a sentence about a thing is about. Its
        pronoun would otherwise fall to the accused followed, so it only ever chooses
        between accused - never one of the others."""
        if len(people) < 2:
            return None
        accused = [p for p in people if self._full_name(p.name, p.start) in self.accused_so_far]
        return accused[0] if len(accused) == 1 else None

    def _object_just_before(self, before: Span, gender: str | None) -> Named | None:
        """The one he or him of ``gender`` the main verb of ``before`` takes as object, read
        as ``_subject_just_before`` reads it (the focus it continues), where ``before`` names
        no person ("the court tendered him a pardon"); None otherwise."""
        if any(t.i in self.by_token for t in before):
            return None
        objects = [t for t in before if t.lower_ in ONE_PERSON_PRONOUNS and t.head.dep_ == "ROOT"
                   and t.dep_ in ("dobj", "dative") and pronoun_gender(t) == gender]  # fmt: skip
        return self._subject_just_before(objects[0]) if len(objects) == 1 else None

    def _quotation_closed_before(self, pronoun: Token) -> tuple[int, int] | None:
        """The quotation of more than one sentence that closes before ``pronoun`` in its
        sentence, the pronoun outside it ('"... I didn't know," he said'); None if none."""
        start = pronoun.sent[0].idx
        for s, e in self.quotations:
            if s < start < e <= pronoun.idx:
                return (s, e)
        return None


def _reported_pronoun(subject: Token, gender: str | None) -> Token | None:
    """The he or she of ``gender`` that is the one subject of the clause a verb of saying
    reports, where that verb's own subject is a common noun, not a name ("Court sources
    said he admitted ...", "Villagers said he walked ..."): the sentence is about the one
    the pronoun continues, the unnamed speaker only vouches for it. None for a named or
    titled speaker ("Inspector Y said he ...": the inspector may be the focus), one person
    ("the prosecutor said he would appeal": himself) or a pronoun speaker."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or verb.lemma_.lower() not in _SAYING:
        return None
    # a plural or a body ("sources", "villagers", "police"), which "he" is never: "The
    # prosecutor said he would appeal" may be the prosecutor's own word of himself
    if subject.tag_ != "NNS" and subject.lemma_.lower() not in legal().collective_role_nouns:
        return None
    if any(c.pos_ == "PROPN" or c.ent_type_ == "PERSON" for c in subject.subtree):
        return None  # "the prosecutor, Y, said he ...": a person named ("Court sources": none)
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(reported) != 1:
        return None
    inner = [c for c in reported[0].children if c.dep_ in NOUN_SUBJECTS]
    if len(inner) != 1 or inner[0].lower_ not in ONE_PERSON_PRONOUNS:
        return None
    return inner[0] if pronoun_gender(inner[0]) == gender else None
