"""Whom an object pronoun of a co-ordinated verb stands for: "Judge Y cleared X of murder but
convicted him of theft", "police arrested X and questioned him at length" - the second verb
has no subject of its own, so it shares the first's; its pronoun object is the first verb's
object, the person the co-ordination is about, not the accused the report followed before
the sentence (a court that clears one man and convicts another names both).

So too a clause after a semicolon: "X, held throughout, was cleared of murder; the judge
convicted him of theft", "X did not appear; the court declared him an absconder" - the
parser takes the first clause for a complement of the second verb, so X is no subject of a
clause the pronoun is part of; the pronoun object continues the first clause's subject
(``_subject_before_semicolon``).

Only where the first verb's object names exactly one person, who may be the pronoun (their
sexes agree) and whom the report does not describe as someone else (a victim, a judge).

The second verb may be a participle of the first ("overturned the conviction of X,
acquitting him"), and the first verb's object may name its one by what he is, not by name:
"set aside the conviction of a cook and acquitted him", "overturned the conviction of a
clinic manager, acquitting him" - the pronoun is the one the description stands for, where
the report names him (``_first_object_described``); where it does not, the pronoun is no
one (``object_described_untold``), never the accused the sentence named before ("upheld the
sentence of X ..., and overturned the conviction of a clinic manager, acquitting him": not X).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.own_custody import OwnCustody
from corroborate.nlp.grammar import prep_objects

__all__ = ["ParallelObjects"]

# A clause's subjects, active and passive (``parties``' sets, which import this module's
# users, so cannot be imported here).
_SUBJECTS = frozenset({"nsubj", "csubj", "nsubjpass", "csubjpass"})


class ParallelObjects(OwnCustody):
    """The first conjunct's object, for a pronoun object of the second."""

    _a_description: Callable[[Token], bool]  # ``DescribedPeople``'s
    _description_told: Callable[[Token], Named | None]  # ``DescribedPeople``'s

    def _parallel_party(self, pronoun: Token) -> Named | None:
        """The person the clause before the pronoun's is about, by its grammar: the first
        conjunct's object, else the subject of the clause before a semicolon, else the main
        clause's subject whose bail or remand a clause hung on it tells (``OwnCustody``)."""
        return (
            self._object_of_first_conjunct(pronoun)
            or self._subject_before_semicolon(pronoun)
            or self._own_custody_subject(pronoun)
        )

    def _subject_before_semicolon(self, pronoun: Token) -> Named | None:
        """The one person subject of the clause before the last semicolon ahead of an object
        pronoun ("him", not "he"), where nothing between names a person or uses another
        pronoun: the report goes on about that subject."""
        if "Acc" not in pronoun.morph.get("Case", []):
            return None  # "he": the subject of its own clause, read as ever
        sent = pronoun.sent
        marks = [t.i for t in sent if t.text == ";" and t.i < pronoun.i]
        if not marks:
            return None
        mark = marks[-1]
        between = self.doc[mark + 1 : pronoun.i]
        if any(t.i in self.by_token or t.pos_ == "PRON" and t.lower_ != "that" for t in between):
            return None  # "X was cleared; Y's counsel said him ...": another may be meant
        start = marks[-2] + 1 if len(marks) > 1 else sent.start
        clause = self.doc[start:mark]
        tops = [t for t in clause if not start <= t.head.i < mark or t.head.i == t.i]
        subjects = [c for v in tops for c in v.children if c.dep_ in _SUBJECTS]
        found: dict[str, Named] = {}
        for subject in subjects:
            m = self.by_token.get(subject.i)
            if m is None or m.type != "person":
                return None  # "The hearing was adjourned; the court remanded him": no one
            name = self._full_name(m.name, m.start)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name in self.described | self.described_here:
                return None  # "The victim's father, Y, wept; police questioned him"
            if span is not None and agrees(span, pronoun):
                end = pronoun.idx + len(pronoun.text)
                found[name] = Named(name, pronoun.idx, end, resolved=True)
        return next(iter(found.values())) if len(found) == 1 else None

    def _first_conjunct(self, pronoun: Token) -> Token | None:
        """The verb whose conjunct or participle has ``pronoun`` for its object and no
        subject of its own ("... and acquitted him", "..., acquitting him"); None otherwise."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or verb.head.i == verb.i:
            return None
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if verb.dep_ != "conj" and not participle:
            return None
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return None  # "X was cleared and the judge praised him": a clause of its own
        return verb.head

    def _first_objects(self, pronoun: Token) -> list[Token]:
        """The first verb's objects, for a pronoun object of its conjunct (none otherwise)."""
        first = self._first_conjunct(pronoun)
        if first is None:
            return []
        return [c for c in first.children if c.dep_ == "dobj" and c.pos_ != "PRON"]

    def _first_object_described(self, objects: list[Token]) -> Token | None:
        """The one description for a person the first verb's ``objects`` (``_first_objects``)
        hold as whose verdict it is, where they name no one ("the conviction of a cook"): the
        one the pronoun object of its conjunct stands for. None where they name a person or
        hold no such description, or more than one."""
        if any(t.i in self.by_token for o in objects for t in o.subtree):
            return None
        lex = self.lex
        # only whose verdict it is: "the conviction of a cook", a determiner before the noun
        # ("the sentence of death", "ordered X to pay diyat" are no one described)
        whose = [p for o in objects if o.lemma_.lower() in lex.verdict_nouns
                 for p in prep_objects(o, ("of",))
                 if p.lemma_.lower() not in lex.awarded_terms
                 and any(c.dep_ == "det" for c in p.children)]  # fmt: skip
        described = [t for t in whose if self._a_description(t)]
        return described[0] if len(described) == 1 else None

    def object_described_untold(self, pronoun: Token) -> bool:
        """Whether ``pronoun`` is the object of a conjunct whose first verb acts on one
        described, not named, whom the report never names ("set aside the conviction of a
        cook and acquitted him", the cook unnamed): it stands for no one the report named."""
        noun = self._first_object_described(self._first_objects(pronoun))
        return noun is not None and self._description_told(noun) is None

    def _object_of_first_conjunct(self, pronoun: Token) -> Named | None:
        """The one person the verb ``pronoun``'s verb is conjoined to acts on, when the
        pronoun is the object of a conjunct with no subject of its own."""
        objects = self._first_objects(pronoun)
        end = pronoun.idx + len(pronoun.text)
        noun = self._first_object_described(objects)
        told = self._description_told(noun) if noun is not None else None
        if told is not None:
            # "set aside the conviction of a cook and acquitted him ... The cook, X": X
            return Named(told.name, pronoun.idx, end, resolved=True)
        found: dict[str, Named] = {}
        for obj in objects:
            for t in obj.subtree:  # "the dog handler, X alias Y": the name in its phrase
                m = self.by_token.get(t.i)
                if m is None or m.type != "person" or t.i != self._mention_root(m):
                    continue
                name = self._full_name(m.name, m.start)
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if name in self.described | self.described_here:
                    continue
                if span is not None and agrees(span, pronoun):
                    found[name] = Named(name, pronoun.idx, end, resolved=True)
        return next(iter(found.values())) if len(found) == 1 else None
