"""What a pronoun, or a noun for the accused with no name of its own, stands for.

"he", "his", "the suspect": the one accused the report follows (``_the_one_followed``),
unless a nearer subject of its own sentence may be it (``_nearer_subject``), the one person
the sentence before is about when it opens its sentence (``_subject_just_before``; a
description there is its named bearer, ``_described_bearer``: both ``SentenceBefore``'s, its
base, ``claims.sentence_before``), the nearest clause subject among several followed
(``_followed_subject``), the one accused its sentence names before it
(``_accused_named_before``), another accused the sentence before turned to
(``_turned_to_another``), or the resolver may choose (``_resolver_may_choose``,
``_owner_of_a_thing``); the last person named before it (``_named_before``). "they", "all of
them", "the five convicts": the group followed (``_anaphor``; which group,
``claims.plural_pronouns``). ``Naming._name_at`` asks it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.antecedents import (
    agrees,
    binds,
    bound_subject,
    full_name_gender,
    owned_by_a_rival,
    pronoun_gender,
)
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.counted import counted_several
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.kin_speaker import kin_of_another_says
from corroborate.nlp.claims.relative_object import subject_beyond_relative
from corroborate.nlp.claims.ruled_on import ruled_on_before
from corroborate.nlp.claims.sentence_before import SentenceBefore
from corroborate.nlp.grammar import NOUN_SUBJECTS, prep_objects
from corroborate.nlp.speakers import PERSONAL_PRONOUNS, ROLE_NOUNS
from corroborate.records import Mention, Range

__all__ = ["Pronouns"]


class Pronouns(SentenceBefore):
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
        # a victim's kin speak of themselves, or of the one whose kin they are ("Y's brother
        # said he was an innocent man"), not of the accused; a role noun is still the accused
        kin = (plural or token.lower_ in PERSONAL_PRONOUNS) and kin_of_another_says(
            token, self.by_token, self.accused_so_far
        )
        if pair is None or kin:
            return []  # no one where two pairs were named, nor for a victim's kin's pronoun
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
