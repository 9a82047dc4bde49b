"""Who did an act a report counts: "X is the third suspect to confess after Y and Z" - X did it,
and so did Y and Z before; "such a statement", the kind of statement the report has just
told ("gave a confessional statement ... the third suspect to make such a statement"); and
"a fourth member, X", one more of the accused the report has counted (``_counted_further``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.numbers import number_words
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.grammar import indefinite, to_infinitive

__all__ = ["Ordinals"]

# Verbs that say what their subject is: "X is / became the third suspect to ...".
_COPULAS = frozenset({"be", "become"})
_ORDINALS = number_words().ordinal_values
# The kinds of claim that tell of the accused: a count of people in their sentence counts them.
_ACCUSING_KINDS = frozenset({"charge", "arrest", "ruling", "accusation"})


class Ordinals(Answers):
    """The doers of an act told by its count; a statement told again by "such"."""

    # The lemmas of the confession nouns told so far ("statement" of "a confessional
    # statement"): what "such a statement" stands for. Set by ``Reader.run``.
    confession_words: set[str]
    # The act of the last confession told by each such word: what "such a statement" was
    # about when its own sentence names no act. Set by ``Reader.run``.
    confession_acts: dict[str, str]
    # The counts of people told in sentences that accuse ("arrested three men": 3, "a second
    # man detained": 2): what "a fourth youth, X" goes on from. Set by ``Reader.run``.
    people_counted: set[int]

    def _counted_doers(self, verb: Token) -> list[Named]:
        """ "X is the third suspect to confess after Y and Z", "X became the second accused
        to make such a statement after Y": an infinitive on a noun counted by an ordinal,
        that noun said of X by a copula - X did the act, and those named after "after" did
        it before (people only: "after the raid" names none). The parser hangs the
        infinitive on the noun or on the copula; both are read."""
        noun = verb.head
        if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in _COPULAS:
            noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "advmod")]
        counted = any(c.ent_type_ == "ORDINAL" for c in modifiers)
        copula = noun.head
        if not counted or noun.dep_ != "attr" or copula.lemma_.lower() not in _COPULAS:
            return []
        if not to_infinitive(verb) and not any(
            c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children
        ):
            return []  # not an infinitive: "the third suspect, who confessed"
        doers = self._names_of_children(copula, ACTIVE_SUBJECTS)
        before = [
            n for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"
            for n in self._pobj_names(c) if self._is_person(n)
        ]  # fmt: skip
        return doers + before

    def _confessed_act(self, cue: Token, act: str | None) -> str | None:
        """The act of a confession: its sentence's; for "such a statement" that names none,
        the act of the confession it stands for. Remembers each confession noun's act."""
        lemma = cue.lemma_.lower()
        if act is None and self._told_again(cue):
            return self.confession_acts.get(lemma)
        if act is not None and cue.pos_ in ("NOUN", "PROPN"):
            self.confession_acts[lemma] = act
        return act

    def _told_again(self, noun: Token) -> bool:
        """ "such a statement", "such statements": a noun marked by "such" whose word a
        confession the report told before was named by - the same kind of statement."""
        marks = [c for c in noun.children if c.dep_ in ("predet", "amod", "det")]
        such = any(c.lower_ == "such" for c in marks)
        return such and noun.lemma_.lower() in self.confession_words

    def remember_counted(self, sent: Span, drafts: list[Draft]) -> None:
        """Remembers the counts of people a sentence that accuses tells: "indicted three
        members" 3, "a man was charged, while a second man was released" 1 and 2."""
        accusing = any(d.kind in _ACCUSING_KINDS for d in drafts)
        lex = self.lex
        verbs = lex.charge_verbs.keys() | lex.arrest_verbs.keys() | lex.ruling_verbs.keys()
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self._people_words():
                continue
            # "indicted two members": the verb that accuses them, though it names no one
            if accusing or noun.head.lemma_.lower() in verbs:
                self.people_counted |= self._count_of(noun)

    def _people_words(self) -> frozenset[str]:
        """The nouns that count people: "men", "members", "suspects"."""
        lex = self.lex
        return lex.people_nouns | lex.member_nouns | lex.accused_nouns

    def _count_of(self, noun: Token) -> set[int]:
        """The count a people noun tells: its number ("three men"), its ordinal ("a second
        man"), or one ("a man")."""
        ordinals = {
            _ORDINALS[c.lower_] for c in noun.children
            if c.dep_ in ("amod", "advmod") and c.lower_ in _ORDINALS
        }  # fmt: skip
        one = noun.tag_ == "NN" and indefinite(noun)
        return counts_of(noun) | ordinals | ({1} if one and not ordinals else set())

    def _counted_further(self, noun: Token) -> list[Named]:
        """ "Three members were indicted ... A fourth member, X, will not be charged", "two
        were remanded ... A third man, X, is sought": a person or member noun counted past
        the first by an ordinal continues a count of people the report told where it accused
        (``remember_counted``), and the name apposed to it ("a fourth youth from the group,
        X": or to its phrase) is one more of them. Only the count next after one told:
        "A and B were charged ... a third man, X, was wounded" continues no count, and "two
        men were charged ... a fifth man, X" not theirs. Another part's noun ("a second
        witness") is none of these nouns."""
        lex = self.lex
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.people_nouns | lex.member_nouns:
            return []
        counts = [
            _ORDINALS[c.lower_] for c in noun.children
            if c.dep_ in ("amod", "advmod") and c.lower_ in _ORDINALS
        ]  # fmt: skip
        if not counts or min(counts) - 1 not in self.people_counted:
            return []  # "the first man, X", or a count the report did not tell of the accused
        # the name apposed to the noun, or past its own phrase ("a fourth youth from the
        # group, X", parsed apposed to "group")
        phrases = [o for p in noun.children if p.dep_ == "prep" for o in p.children
                   if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
        return [
            n for h in (noun, *phrases) for c in h.children if c.dep_ == "appos"
            for n in self._names(c)
        ]  # fmt: skip
