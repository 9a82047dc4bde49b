"""What a pronoun, or a noun for the accused with no name of its own, stands for.

"he", "his", "the suspect": the one accused the report follows (``_the_one_followed``),
unless a nearer subject of its own sentence may be it (``_nearer_subject``), the one person
the sentence before is about when it opens its sentence (``_subject_just_before``; a
description there is its named bearer, ``_described_bearer``), the nearest
clause subject among several followed (``_followed_subject``), the one accused its sentence
names before it (``_accused_named_before``), another accused the sentence before turned to
(``_turned_to_another``), or the resolver may choose (``_resolver_may_choose``,
``_owner_of_a_thing``); the last person named before it (``_named_before``). "they", "all of
them", "the five convicts": the group followed (``_anaphor``; which group,
``claims.plural_pronouns``). ``Naming._name_at`` asks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.antecedents import (
    a_tie,
    agrees,
    binds,
    bound_subject,
    full_name_gender,
    owned_by_a_rival,
    pronoun_gender,
)
from corroborate.nlp.claims.attributed import main_subjects
from corroborate.nlp.claims.counted import counted_several
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.kin_speaker import kin_of_another_says
from corroborate.nlp.claims.paragraph_focus import ParagraphFocus
from corroborate.nlp.claims.plural_pronouns import PluralPronouns
from corroborate.nlp.claims.relative_object import subject_beyond_relative
from corroborate.nlp.claims.ruled_on import ruled_on_before
from corroborate.nlp.claims.speaker_goes_on import speaker_goes_on
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects
from corroborate.nlp.mentions.persons_places import a_persons_word
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS, ROLE_NOUNS
from corroborate.records import Mention, Range

__all__ = ["Pronouns", "subjects_before"]

_SAYING = kinds_lexicon().reporting_cues
# The dependencies of a pronoun as an object ("remanded him", "sent to him").
_OBJECTS = frozenset({"dobj", "pobj", "dative"})


class Pronouns(PluralPronouns, ParagraphFocus):
    """Whom a pronoun or an unnamed noun for the accused stands for; the state is
    ``Naming``'s, and so is ``_name_at``, which reads a word of a clause's subject."""

    described_here: set[str]
    accused_so_far: set[str]
    last_group_accused: bool
    quotations: list[Range]
    # The accused of the last confession (or its retraction) told and its sentence's
    # number; the number of the sentence read now. Set by ``Reader.run``.
    last_confessed: tuple[int, list[Named]] | None
    sentence_number: int
    _name_at: Callable[[Token], Named | None]
    _ranks_told: Callable[[Token], list[Named]]  # ``RankTold``'s: "the two ASIs"
    _tie_read: Callable[[Token, Token], Named | None]  # ``PronounChain``'s

    def _the_one_followed(self, noun: Token) -> bool:
        """Whether ``noun`` is a definite singular noun for the accused ("the suspect", "the
        accused"): the one party the report has been following, where it follows one."""
        return (
            noun.lower_ in ROLE_NOUNS
            and noun.tag_ in ("NN", "VBN")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not counted_several(noun)  # "the three accused" are several: no one of them
        )

    def _nearer_subject(self, pronoun: Token) -> bool:
        """Whether a person its own sentence names is the subject of a clause the pronoun is
        part of, before it, and may be it ("Later X was charged because he had robbed the
        depot"): the pronoun does not reach back past that subject to the accused the report
        has been following; the resolver reads it within its sentence."""
        beyond = subject_beyond_relative(pronoun)
        for subject in subjects_before(pronoun):
            m = self.by_token.get(subject.i) or self._owner_of_a_thing(subject)
            m = m or self._apposed_person(subject)  # "The woman ..., X, told ... her"
            if m is None and subject.pos_ == "PROPN" and subject.i not in self.places:
                missed = self._name_at(subject)  # a name NER missed ("Yadav, lodged in")
                if (missed is not None and self._is_person(missed)
                        and missed.name not in self.described):  # fmt: skip
                    return True
            if m is None or m.type != "person":
                continue
            name = self._full_name(m.name, m.start)
            if beyond is not None and subject.i == beyond.i and name in self.all_accused:
                return False  # "X was produced before M, who remanded him": X, by the grammar
            if name in self.described | self.described_here:
                continue  # "Judge Y ordered him held": never the judge
            if any(n.name == name for n in self.last_accused):
                continue  # "X had claimed that he ...": the accused followed himself
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and agrees(span, pronoun):
                return True
        return False

    def _owner_subject(self, pronoun: Token) -> Named | None:
        """ "held that the confession of X was voluntary and that his later claim of torture
        was an afterthought": where the nearest clause subject before the pronoun is a thing
        one accused owns, the pronoun is that owner - not the last person named before it
        (the magistrate who recorded the confession), which the resolver would choose."""
        for subject in subjects_before(pronoun):
            if self.by_token.get(subject.i) is not None:
                return None  # a person is the subject: the resolver reads it
            owner = self._owner_of_a_thing(subject)
            if owner is None or owner.type != "person":
                continue
            name = self._full_name(owner.name, owner.start)
            span = self.doc.char_span(owner.start, owner.end, alignment_mode="expand")
            if name not in self.all_accused or span is None or not agrees(span, pronoun):
                return None
            return Named(name, pronoun.idx, pronoun.idx + len(pronoun.text), resolved=True)
        return None

    def _resolver_may_choose(self, pronoun: Token) -> bool:
        """Whether a he or his that the accused followed leaves to several ("X and Y were
        convicted ... his appeal") may still be read by the resolver: where the sentence
        before has for its subject a thing one accused owns ("The appeal of X was dismissed.
        His counsel had argued that ... his confession"): the report has turned to X."""
        start = pronoun.sent.start
        if start == 0:
            return False
        before = self.doc[start - 1].sent
        for subject in (t for t in before if t.dep_ in NOUN_SUBJECTS):
            if subject.head.dep_ != "ROOT":
                continue
            owner = self._owner_of_a_thing(subject)
            if owner is not None and owner.type == "person":
                name = self._full_name(owner.name, owner.start)
                return any(n.name == name for n in self.last_accused)
        return False

    def _followed_subject(self, pronoun: Token) -> Named | None:
        """ "X and Y were remanded ... Y told the court that he was innocent", "X said ...,
        while Y claimed that his confession had been extracted": where the report follows
        several accused, a pronoun whose nearest clause subject before it (in its sentence)
        is one of them stands for that one - not for all, nor for none."""
        followed = {n.name for n in self.last_accused if n.members is None}
        if len(followed) < 2:
            return None
        for subject in subjects_before(pronoun):
            m = self.by_token.get(subject.i)
            if m is None or m.type != "person":
                continue
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name not in followed or span is None or not agrees(span, pronoun):
                return None
            end = pronoun.idx + len(pronoun.text)
            return Named(name, pronoun.idx, end)  # bound by the grammar, not guessed
        return None

    def _turned_to_another(self, pronoun: Token) -> bool:
        """Whether the sentence before has for its main subject an accused of the report,
        named, other than the one followed (or one of several followed), who may be the
        pronoun ("X, Y and Z were indicted ... Y submitted a petition stating that he had
        been tortured. He asked the tribunal to disregard it"): the report has turned to Y,
        not back to those last ruled on; the resolver reads it."""
        start = pronoun.sent.start
        if start == 0:
            return False
        followed = {n.name for n in self.last_accused}
        for subject in self.doc[start - 1].sent:
            if subject.dep_ != "nsubj" or subject.head.dep_ != "ROOT":
                continue
            same_sex = pronoun_gender(subject) in (None, pronoun_gender(pronoun))
            if subject.lower_ in PERSONAL_PRONOUNS and same_sex:
                return self._turned_to_another(subject)  # "Y ... He asked ... His lawyer"
            m = self.by_token.get(subject.i)
            if m is None or m.type != "person":
                continue
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            # another than the one followed, or one of several followed ("X, Y and Z were
            # charged ... Y stood up in the dock. His counsel ..."): the subject narrows it
            turned = name not in followed or len(followed) > 1
            return (name in self.accused_so_far and turned
                    and span is not None and agrees(span, pronoun))  # fmt: skip
        return False

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

    def _apposed_person(self, subject: Token) -> Mention | None:
        """The one person named in apposition to a common noun ("The woman at the centre
        of the case, X, who ..."): the noun's referent, as the subject a pronoun after it
        in its clause may stand for."""
        if subject.pos_ != "NOUN":
            return None
        found = [m for c in subject.children if c.dep_ == "appos"
                 if (m := self.by_token.get(c.i)) is not None and m.type == "person"]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _owner_of_a_thing(self, subject: Token) -> Mention | None:
        """The person who owns a subject that is a thing, not a person ("The appeal of X was
        dismissed and his conviction maintained", "X's appeal failed because he ..."): the
        clause is about X. Never the owner of a noun for a person ("X's lawyer said he":
        he or X, ``antecedents.owned_by_a_rival``)."""
        if subject.pos_ != "NOUN" or subject.lemma_.lower() in self.lex.role_nouns:
            return None
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += prep_objects(subject, ("of",))
        found = [self.by_token[o.i] for o in owners if o.i in self.by_token]
        return found[0] if len(found) == 1 else None

    def _accused_named_before(self, pronoun: Token) -> Named | None:
        """The one person the report has read as accused whom the pronoun's own sentence
        names before it, when they may be the pronoun: "Judge Z set X's sentencing for May
        4 and ordered him detained" - him is X, the nearer accused, not the one the report
        followed before this sentence."""
        found: dict[str, Named] = {}
        # "X was produced before M, who remanded him": X bound by the grammar, not guessed
        beyond = subject_beyond_relative(pronoun)
        for t in self.doc[pronoun.sent.start : pronoun.i]:
            m = self.by_token.get(t.i)
            if m is None or m.type != "person" or t.i != self._mention_root(m):
                continue
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            # "The court acquitted X, observing that ... against him": X, accused by the verb
            ruled_on = name in self.all_accused or ruled_on_before(t, pronoun)
            if ruled_on and span is not None and agrees(span, pronoun):
                found[name] = Named(name, pronoun.idx, pronoun.idx + len(pronoun.text),
                                    resolved=beyond is None or beyond.i != t.i)  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def _mention_root(self, m: Mention) -> int:
        """The index of a mention's last word (each word of it maps to it)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.end - 1 if span is not None and len(span) else -1

    def _named_before(self, token: Token) -> str | None:
        """The last person named in ``token``'s sentence before it whom the document does not
        describe as someone else (victim, relative, judge ...) and who may be the pronoun
        (``nlp.antecedents``): none where that person is named as the owner of a noun for
        another ("the lawyer for X said his ...": his or X's)."""
        for t in reversed(self.doc[token.sent.start : token.i]):
            m = self.by_token.get(t.i)
            name: str | None = None
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m else None
            if span is not None and len(span) and m is not None and m.type == "person":
                bound = bound_subject(token)
                if not agrees(span, token) or binds(bound, span.start, span.end):
                    continue
                if owned_by_a_rival(span, token):
                    return None
            if m is not None and m.type == "person":
                name = self._full_name(m.name, m.start)
            elif m is None and t.text[:1].isupper() and " " in self._full_name(t.text, t.idx):
                # a word of a full name NER missed here ("Reed's lawyers")
                name = self._full_name(t.text, t.idx)
            if name is not None and name not in self.described | self.described_here:
                return name
        return None

    def _anaphor(self, token: Token, plural: bool) -> list[Named]:
        """ "all of them", "the convicts", "he": the parties last ruled on, charged,
        arrested or listed as accused - all of them for a plural, the one person for "he"."""
        # "the couple" after "X ... her husband, Y": the pair named, followed or not
        pair = self._married_pair(token) if plural else []
        kin = plural and kin_of_another_says(token, self.by_token, self.accused_so_far)
        if pair is None or kin:
            return []  # no one where two pairs were named; a victim's kin speak of themselves
        if plural:
            found = (
                pair
                or self._kin_group(token)  # "the Ravuvu brothers" after "Brothers X and Y"
                or self._described_group(token)  # "both attendants" after "attendants Y and Z"
                or self._ranks_told(token)  # "the two ASIs" after "ASI Y, ASI Z"
                or self._clause_group(token)
                or self._listed_group(token)
                or self._all_of_the_count(token)
                or self._counted_group(token)
                or self._known_of_count(token)  # "the four" announced, three named
                or self._confessors_just_before(token)
                or self._kin_group_before(token)  # "for the brothers, ... they would plead"
                or self.last_accused
                # "the pair", "the two men": the last group named together; a bare "they"
                # or "them" only where the group is accused already ("Four suspects were
                # arraigned. W, X, Y and Z denied the charges ... detain them"), not any
                # people named together ("Obama and Clinton ... In 2000, they attacked")
                or (self.last_group if self._group_may_be_them(token) else [])
            )
        else:
            # one person, however many times the last step named them ("convicted X and
            # sentenced him": X twice)
            people = {n.name: n for n in self.last_accused if n.members is None}
            found = list(people.values()) if len(people) == 1 else []
            # "X was acquitted. She was later charged": not X where the name tells a sex the
            # pronoun does not (the name of one told by a pronoun before tells none; one
            # told last by a surname or rank, "Yadav", "the SI", by the full name's first word)
            found = [
                n for n in found
                if (told := self.doc.char_span(n.start, n.end, alignment_mode="expand")) is None
                or agrees(told, token, full_name_gender(n.name))
            ]  # fmt: skip
        end = token.idx + len(token.text)
        return [Named(n.name, token.idx, end, n.members) for n in found]


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


def subjects_before(pronoun: Token) -> Iterator[Token]:
    """The subjects before ``pronoun`` of the clauses it is part of, nearest clause first -
    not the one a bound reflexive or object pronoun excludes ("Y had paid him": him is not
    Y)."""
    bound = bound_subject(pronoun)
    for verb in pronoun.ancestors:
        # "Y handed him over to police, and the magistrate sent him to jail": the same
        # pronoun as an earlier clause's object is that object again, never its subject
        parallel = any(c.dep_ == "dobj" and c.lower_ == pronoun.lower_ and c.i < pronoun.i
                       for c in verb.children)  # fmt: skip
        for subject in verb.children:
            if subject.dep_ not in NOUN_SUBJECTS or subject.i >= pronoun.i:
                continue
            if bound is not None and subject.i == bound.i or parallel:
                continue
            yield subject
