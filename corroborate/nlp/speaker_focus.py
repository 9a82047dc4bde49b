"""Whom a personal pronoun or a role noun stands for: the person in focus before it.

``SpeakerFocus`` is the resolver's reading of focus (``speakers.SpeakerResolver`` builds on
it): the latest subject, else the latest named, of a sex that agrees with the pronoun; the
main verb's object where the subject is no person ("Police arrested X. He told
investigators ..."); no one where the grammar leaves two candidates ("X met Y, and police
say he ...", "X and Y", "X's campaign manager says he ..."), where the one who speaks a
quotation would say "I" ('X said: "He told investigators ..."'), or where a description of
someone else stands between ("the killer shouted as he fired"). Split out of ``speakers.py``
at the 600-line limit (branch spl79), each method as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from corroborate.lexicon.acts import acts_lexicon
from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp.antecedents import (
    agrees,
    an_officer_of_the_court,
    binds,
    bound_subject,
    controlling_speaker,
    owned_by_a_rival,
    person_gender,
    pronoun_gender,
)
from corroborate.nlp.docindex import DocIndex
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.speaker_names import NO_PERSON, PERSONAL_PRONOUNS, ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["SpeakerFocus"]

# Nouns that describe one person without naming them: an accused ("the killer"), a role
# ("the president", "the spokesman"); not those that stand for the one a report follows
# ("the suspect", "the accused"), which the resolver resolves (``resolve``).
_DESCRIPTIONS = (legal().accused_nouns | name_words().roles) - ROLE_NOUNS
# The adjectives that pick one of several accused by age ("the younger accused"): a noun the
# resolver reads back as the focus describes, with one, a person it does not name there.
_AGE_RANKS = name_words().age_younger | name_words().age_older
_VIOLENT_VERBS = acts_lexicon().violent_verbs
_REPORTING_VERBS = kinds_lexicon().reporting_cues


class SpeakerFocus:
    """The person in focus before a pronoun or a role noun; a base of ``SpeakerResolver``."""

    doc: Doc
    index: DocIndex
    _people: list[Span]  # the document's people, in order (``SpeakerResolver``'s)
    _genders: dict[str, str] | None  # a person's sex by name, built when asked
    declined: set[int]  # where a pronoun was left to no one on purpose
    name_for_words: Callable[[str], str | None]  # ``SpeakerResolver``'s
    _person_in: Callable[[Span], Span | None]  # ``SpeakerResolver``'s
    _name: Callable[[Span], str]  # ``SpeakerResolver``'s

    def _person_before(self, position: int, pronoun: Token | None = None) -> str | None:
        """The person named last before ``position`` who may be ``pronoun``."""
        best: str | None = None
        bound = bound_subject(pronoun) if pronoun is not None else None
        for ent in self._people:
            if ent.start >= position:
                break
            if binds(bound, ent.start, ent.end):
                continue  # "X said Y was guilty and sentenced him": him is not X
            if pronoun is None or self._agrees(ent, pronoun):
                best = self._name(ent)
        return best

    def _agrees(self, person: Span, pronoun: Token) -> bool:
        """Whether ``pronoun`` may stand for ``person``, by the sex any mention of the same
        name tells ("Mrs Sana Mir ... Mir")."""
        if self._genders is None:
            self._genders = {}
            for ent in self._people:
                gender = person_gender(ent)
                if gender is not None:
                    self._genders.setdefault(self._name(ent), gender)
        return agrees(person, pronoun, self._genders.get(self._name(person)))

    def _described_before(self, pronoun: Token) -> bool:
        """Whether a description of one person stands between the subject ``pronoun`` and
        the last person named before it in its sentence (or, where its sentence names none
        before it, the sentence before, which the parser may have cut at a quotation: "Trump
        tweeted, 'Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered
        ...'"), as the subject of a clause or an owner ("Trump said the president's refusal
        ... is a weakness and he should resign"): the pronoun stands for the description,
        not for the name before it. Not a description owned by someone ("X's aide said he
        ...": he or X, which ``_focus`` reads as no one, ``antecedents.owned_by_a_rival``),
        one in apposition to the name ("X, the president, said he":
        the name itself), the subject of its sentence's main verb ("Obama spoke. The
        president said he ...": the focus, most often the name before), nor the nouns the
        resolver itself resolves ("the accused", "the suspect")."""
        sentence = self.index.sentence(pronoun.i)
        start = sentence.start
        if not any(start <= e.start and e.end <= pronoun.i for e in self._people) and start:
            start = self.index.sentence(start - 1).start
        named = [e for e in self._people if start <= e.start and e.end <= pronoun.i]
        if not named:
            return False
        return any(_a_description(t) for t in self.doc[named[-1].end : pronoun.i])

    def _focus(self, position: int) -> str | None:
        """The person in focus before ``position``: the latest subject, else the latest named.
        For a personal pronoun, only a person who agrees with it, and no one where the
        grammar leaves two candidates (``nlp.antecedents``)."""
        token = self.doc[position]
        pronoun = token if token.lower_ in PERSONAL_PRONOUNS else None
        sent_start = self.index.sentence(position).start
        # Subjects of earlier sentences are the centre of attention; inside the
        # current sentence, before the pronoun, any person may be its antecedent.
        in_sentence = [e for e in self._people if sent_start <= e.start < position]
        speakers: list[Span] = []
        if pronoun is None and _quoted_role(self.index.sentence(position), token):
            # '"The accused confessed ...," the brigadier said': a noun for the accused the
            # speaker uses is never the speaker ("I"), as his "he" is not
            speakers = [e for e in in_sentence if _speaks_from_outside(e)]
            in_sentence = [e for e in in_sentence if e not in speakers]
        if pronoun is not None:
            bound = bound_subject(pronoun)
            in_sentence = [e for e in in_sentence if self._agrees(e, pronoun)
                           and not binds(bound, e.start, e.end)]  # fmt: skip
            if _in_an_open_quote(self.index.sentence(position), pronoun):
                # 'X said: "He told investigators ..."', '"He ran," X said, "and he hid"':
                # the one who speaks the quote would say "I", so its "he" is never him
                speakers = [e for e in in_sentence if _speaks_from_outside(e)]
                in_sentence = [e for e in in_sentence if e not in speakers]
        speaker = controlling_speaker(pronoun) if pronoun is not None else None
        said_by = [e for e in in_sentence if speaker is not None and e.start <= speaker.i < e.end]
        if said_by:
            return self._name(said_by[0])  # "X ..., admitting that he had ...": X
        if speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ not in NO_PERSON:
            # the same speaker, a name NER missed: the run of proper nouns at its head
            return _proper_run(speaker, self.name_for_words)
        if in_sentence:
            if pronoun is not None and owned_by_a_rival(in_sentence[-1], pronoun):
                self.declined.add(position)
                return None  # "X's campaign manager says he ...": he or X, unknown
            if pronoun is not None and _object_of_a_named_subject(in_sentence[-1], in_sentence):
                self.declined.add(position)
                return None  # "X met Y, and police say he ...": the subject or the nearer
            return self._name(in_sentence[-1])
        subject = self._subject_before(
            sent_start,
            pronoun,
            quoted_role=bool(speakers)
            or (pronoun is None and _quoted_role(self.index.sentence(position), token)),
        )
        if subject is _NO_ONE:
            self.declined.add(position)
            return None
        if subject is None and speakers:
            self.declined.add(position)
            return None  # the quote's "he" is not its speaker, and no one before is named
        return subject or self._person_before(position, pronoun)

    def _subject_before(
        self, position: int, pronoun: Token | None = None, quoted_role: bool = False
    ) -> str | None:
        """The person who was the subject of the latest sentence that had one (who may be
        ``pronoun``); ``_NO_ONE`` where that subject leaves two candidates. ``quoted_role``:
        a noun for the accused inside a quotation is read for, never its speaker."""
        quoted = pronoun is not None and _in_an_open_quote(self.index.sentence(position), pronoun)
        speaker = _quote_speaker(self.index.sentence(position)) if quoted_role else None
        for latest, sent in enumerate(reversed(self.index.sentences_before(position))):
            for token in sent:
                if token.dep_ not in NOUN_SUBJECTS or token.head.dep_ != "ROOT":
                    continue
                if speaker is not None and latest == 0 and _speaks_on(token, speaker):
                    # 'Brigadier X said the audit found the vault short. "The accused
                    # confessed ...," the brigadier said': the one who goes on speaking is not
                    # the one he calls the accused ("his lawyer said" is another speaker)
                    continue
                speaks_the_quote = (
                    quoted and latest == 0 and token.head.lemma_.lower() in _REPORTING_VERBS
                )  # 'He said X had confessed. "He also killed Y."': the one who speaks the
                # quote would say "I", so its "he" is someone he speaks of, never him
                if speaks_the_quote and token.lower_ in PERSONAL_PRONOUNS:
                    if pronoun is not None and _same_gender(token, pronoun):
                        return _NO_ONE
                    continue  # 'She said ... "He never saw the boy"': not her
                if pronoun is None and token.dep_ == "nsubjpass" and _done_violence(token.head):
                    continue  # "X was shot dead. ... The suspect confessed": never X
                if token.lower_ in PERSONAL_PRONOUNS:
                    return self._focus(token.i)
                phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
                person = self._person_in(phrase)
                if person is not None and pronoun is not None:
                    if owned_by_a_rival(person, pronoun) or self._shared(token, pronoun):
                        return _NO_ONE  # "The lawyer for X spoke. He said ...", "X and Y"
                    if not self._agrees(person, pronoun):
                        continue  # "Mrs X thanked Y. Police said he ...": not her
                if person is not None and speaks_the_quote and person.start <= token.i < person.end:
                    return _NO_ONE  # the speaker named ("X said ...") - but not "X's mother"
                if person is not None:
                    return self._name(person)
                if token.lower_ in ROLE_NOUNS:
                    return self._focus(token.i)
            if any(t.dep_ in NOUN_SUBJECTS and t.head.dep_ == "ROOT" for t in sent):
                # a subject that is no person ("Police arrested X ..."): the next in focus
                # is the main verb's object, ranked above any other name in its sentence
                # ("... over the killing of Y. He told investigators ...": he is X)
                found = self._root_object(sent, pronoun)
                if found is not None:
                    return found
        return None

    def _root_object(self, sent: Span, pronoun: Token | None) -> str | None:
        """The name of the person who is the direct object of ``sent``'s main verb ("Police
        arrested X"), not a victim, agreeing with ``pronoun``; ``_NO_ONE`` where co-ordinated
        objects leave two ("arrested X and Y"); None where there is none."""
        for token in sent:
            if token.dep_ != "dobj" or token.head.dep_ != "ROOT":
                continue
            phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
            person = self._person_in(phrase)
            if person is None and token.pos_ == "PROPN" and _a_person_by_its_words(token):
                # a name the small NER typed as a product or an organisation ("questioned
                # Imran Siddiqui, the main suspect"): the run of proper nouns at its head
                return _proper_run(token, self.name_for_words)
            if person is None or not person.start <= token.i < person.end:
                return None  # "arrested the brother of X": the object is not X
            if pronoun is None:
                return self._name(person)
            if self._shared(token, pronoun):
                return _NO_ONE
            return self._name(person) if self._agrees(person, pronoun) else None
        return None

    def _shared(self, subject: Token, pronoun: Token) -> bool:
        """Whether two people named as co-ordinated subjects may both be ``pronoun``."""
        heads = [subject, *subject.conjuncts]
        people = {
            self._name(p)
            for p in self._people
            if any(p.start <= h.i < p.end for h in heads) and self._agrees(p, pronoun)
        }
        return len(people) >= 2


def _object_of_a_named_subject(person: Span, people: list[Span]) -> bool:
    """Whether ``person`` is the object of a verb whose subject is one of ``people``: "X met
    Y", "X handed the money to Y". A pronoun after them may stand for the subject, which
    holds the focus, or for the object, which is nearer: the grammar leaves both. Not a
    judge's ("Judge X convicted Y after he confessed"), who is never the accused."""
    token = person.root
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    return any(
        p.start <= s.i < p.end and not an_officer_of_the_court(p)
        for s in subjects
        for p in people
        if (p.start, p.end) != (person.start, person.end)
    )


def _done_violence(verb: Token) -> bool:
    """Whether a verb is one of violence ("was shot dead", "was killed"): its passive subject
    is the one it was done to, whom a noun for the accused never stands for."""
    return verb.lemma_.lower() in _VIOLENT_VERBS


def _a_person_by_its_words(name: Token) -> bool:
    """Whether a proper noun NER typed as no person may still be one: typed as nothing of a
    place's or a body's kind, or with a noun for a person apposed ("X, the main suspect")."""
    if name.ent_type_ not in NO_PERSON:
        return True
    return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS | _DESCRIPTIONS for c in name.children)


def _proper_run(head: Token, full_name: Callable[[str], str | None]) -> str:
    """The run of proper nouns at ``head`` ("Imran Siddiqui"), as the full name it fits."""
    run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    words = " ".join(t.text for t in [*run, head])
    return full_name(words) or words


# A subject that leaves a pronoun two candidates: it stands for no one, and the resolver does
# not look further back.
_NO_ONE = ""

# Quotation marks that open a quote, and those that close one ('"' does both).
_OPENING_QUOTES = "\u201c\u00ab"
_CLOSING_QUOTES = "\u201d\u00bb"


def _same_gender(one: Token, other: Token) -> bool:
    """Whether two third-person pronouns name the same sex ("he" and "him", "she" and "her")."""
    return pronoun_gender(one) == pronoun_gender(other)


def _in_an_open_quote(sentence: Span, pronoun: Token) -> bool:
    """Whether a third-person ``pronoun`` stands inside a quotation opened in its sentence
    before it and not closed ('"He also killed Y," he said' - the first "He")."""
    if pronoun.lower_ not in ("he", "she", "him", "her"):
        return False
    before = sentence.doc.text[sentence.start_char : pronoun.idx]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened > closed or before.count('"') % 2 == 1


def _quoted_role(sentence: Span, token: Token) -> bool:
    """Whether ``token`` is a noun for the accused ("the accused", "the suspect", "the
    detainee": the ones the resolver reads back, ``ROLE_NOUNS``) inside a quotation opened
    before it in its sentence and not closed."""
    if token.lower_ not in ROLE_NOUNS:
        return False
    before = sentence.doc.text[sentence.start_char : token.idx]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened > closed or before.count('"') % 2 == 1


def _quote_speaker(sentence: Span) -> Token | None:
    """The subject of the reporting verb of ``sentence`` that stands outside its quotation
    ('"...," the brigadier said': "brigadier"), if any."""
    return next((t for t in sentence if _speaks_from_outside_at(t)), None)


def _speaks_on(before: Token, speaker: Token) -> bool:
    """Whether the speaker ``before`` of the sentence before a quotation is its ``speaker``
    too: ``before`` speaks there, and the quote's speaker is a he or she, or a word of the
    name or title ``before`` was written with ("Brigadier X said ..." ... "the brigadier
    said", "X said")."""
    if not _speaks_from_outside_at(before):
        return False
    if speaker.lower_ in ("he", "she"):
        return True
    words = {t.lower_ for t in before.subtree if t.is_alpha}
    return speaker.lower_ in words


def _speaks_from_outside(person: Span) -> bool:
    """Whether ``person`` is the subject of a reporting verb that stands outside any
    quotation: the speaker of a quote in its sentence ('X said: "..."'), not one named
    inside the quote ('"X told me he ..."')."""
    return _speaks_from_outside_at(person.root)


def _speaks_from_outside_at(head: Token) -> bool:
    """``_speaks_from_outside`` of the subject word ``head``."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _REPORTING_VERBS:
        return False
    sentence = head.sent
    before = sentence.doc.text[sentence.start_char : head.idx]
    opened = sum(before.count(q) for q in _OPENING_QUOTES)
    closed = sum(before.count(q) for q in _CLOSING_QUOTES)
    return opened <= closed and before.count('"') % 2 == 0


def _a_description(token: Token) -> bool:
    """Whether ``token`` describes one person the text does not name there, as the subject
    of a clause or an owner (``SpeakerFocus._described_before``)."""
    # an owner anywhere; a subject only of a clause below the main verb
    role = token.dep_ == "poss" or (token.dep_ in NOUN_SUBJECTS and token.head.dep_ != "ROOT")
    # "the younger accused had given a statement ... in which he admitted": the adjective
    # picks one of those the focus follows (``claims.age_ranked``), so it describes
    ranked = token.lower_ in legal().accused_nouns and any(
        c.dep_ == "amod" and c.lower_ in _AGE_RANKS for c in token.children
    )
    return role and (
        (token.tag_ == "NN" and token.lemma_.lower() in _DESCRIPTIONS or ranked)
        and not token.ent_type_
        and not any(c.dep_ == "poss" for c in token.children)
    )
