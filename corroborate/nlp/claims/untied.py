"""An accused told only by "the NOUN" for a person that its report ties to no name.

"The agent withdrew his confession": the report tells the step by a description and never
writes that noun beside a name (another report of the case does: "The agent, X").
``DescribedPeople`` ties "the NOUN" to the one person the report introduced with it; where
there is none, the reader drops the party, and readings go on to another party (the followed
accused of "the trader has denied", a lawyer's client). That reading stands: the word is only
noted (``untied_read``). Once the sentence is read, a step whose cue the reading gave no
accused is read again with the noun standing for a mark (``untied_named``: a name no mention
can have), and a draft that takes the mark as its only accused becomes a claim of an untied
description (``untied_drafts``): a ``DescribedParty`` on the claim, for the ledger's inference
across the reports of a case (``ledger.described_elsewhere``) - never a name the reader
follows, a pronoun's antecedent or an entity. Where the noun is joined by "and" to an accused
the reading found ("sentenced the agent and the clerk, X"; "X and the courier were
convicted"), the two are one part of one step: the noun shares that accused's step
(``_shared_steps``), the reading standing as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from corroborate.nlp.claims.described_people import DescribedPeople
from corroborate.nlp.claims.description_nouns import noun_key
from corroborate.nlp.claims.draft import UNTIED_MARK, Draft, Named, untied_noun
from corroborate.nlp.grammar import NOUN_SUBJECTS, negated
from corroborate.nlp.mentions.persons_places import a_persons_word
from corroborate.records import Mention

__all__ = ["UntiedDescriptions"]

# A clause someone says, thinks or notes ("said the chief had rented the land"): where its
# speaker may speak for an accused, its "the NOUN" stays with the readings that tie such a
# clause to the one the speaker stands for (``_told_by_his_side``).
_TOLD = frozenset({"ccomp", "parataxis"})
# The parts that speak for an accused: counsel and kin (``ParticipantRole``).
_SIDE = frozenset({"defence", "relative"})


class UntiedDescriptions(DescribedPeople):
    """What "the NOUN" stands for where the report ties it to no one, and the drafts' untied
    parties set apart; the state is ``Naming``'s."""

    clients_of: dict[str, list[Named]]  # whom each lawyer named acts for (``Naming``)
    untied_on: bool
    untied_asked: set[int]
    extra: list[Mention]
    _read: Callable[[Token], list[Draft]]  # ``WordActs``'

    def untied_named(self, noun: Token) -> Named | None:
        """The mark for "the NOUN" (``noun``) where it is a description of one person
        (``_a_description``: singular, lower case, no other part of the case, none set apart
        as "the second driver"), a noun for a person (``a_persons_word``: "agent",
        "storekeeper"; never "statement" or "van"), with "the" alone before it, no "of"
        phrase and no name of its own, that no one in the report was introduced with
        (``noun_named``, the lede's later names): a description the report leaves untied
        because it never names its bearer. Where two bear it, it stays no one."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not self._a_description(noun):
            return None
        key = noun_key(noun)
        if not a_persons_word(key) or self.noun_named.get(key) or self._named_later(noun):
            return None
        marks = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        own = {c.dep_ for c in noun.children}
        if marks != ["the"] or own & {"prep", "appos", "acl", "relcl"}:
            return None  # "a driver", "his driver"; "the owner of the van", "the driver, X"
        if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in noun.children):
            return None  # "the Lahore agent": a name's word, not a description alone
        if any(self._told_by_his_side(a) for a in noun.ancestors if a.dep_ in _TOLD):
            # "his lawyer said the doctor was being framed": what the accused's side says of
            # "the NOUN" is read for whom the speaker stands for (the client), as before
            return None
        return Named(UNTIED_MARK + key, noun.idx, noun.idx + len(noun.text))

    def _told_by_his_side(self, clause: Token) -> bool:
        """Whether the clause is said by one who may speak for an accused: a lawyer or kin
        ("his counsel insisted", "her brother said"), a lawyer the report names as such, or
        a pronoun (whose speaker the reader resolves later) - not the police, a prosecutor or
        the court ("SHO X said the driver had admitted")."""
        subjects = [c for c in clause.head.children if c.dep_ in NOUN_SUBJECTS]
        for subject in subjects:
            if subject.pos_ == "PRON" or self.lex.role_nouns.get(subject.lemma_.lower()) in _SIDE:
                return True
            m = self.by_token.get(subject.i)
            if m is not None and self._person_full_name(m) in self.clients_of:
                return True  # "Khanna said ...", after "his lawyer, Arvind Khanna"
        return not subjects  # (a clause whose speaker the parse does not show)

    def untied_read(self, token: Token) -> Named | None:
        """What ``_name_read`` gives an untied description: its mark while the sentence is
        read again for it (``untied_drafts``), else no one - as before, so that every
        reading that goes on to another party where a word names no one still does (the
        followed accused of "the trader has denied", a lawyer's client) - noting the word."""
        found = self.untied_named(token)
        if found is None or self.untied_on:
            return found
        self.untied_asked.add(token.i)
        return None

    def untied_drafts(self, sent: Span, drafts: list[Draft]) -> list[Draft]:
        """Drafts of the steps this sentence tells of an untied description, each with the
        noun's mark as ``described`` and no party: read again with its mark for the verb or
        noun it hangs on where that reading takes the mark as its only accused ("the agent
        withdrew the confession": no claim); else, where the noun is joined by "and" to an
        accused the reading found ("sentenced the agent and the clerk, X"), that accused's
        step (``_shared_steps``). Never one of ``drafts``, so nothing the reader remembers
        of the sentence changes."""
        asked = sorted(i for i in self.untied_asked if sent.start <= i < sent.end)
        self.untied_asked -= set(asked)
        taken = [(n.start, n.end) for d in drafts for _, n in d.parties.values()]
        out: list[Draft] = []
        done: set[int] = set()
        for word in (self.doc[i] for i in asked):
            if _under_a_party(word, taken):
                continue  # a party of the sentence's reading already stands there
            # (a re-read that gives the mark beside another accused is no step of the
            # noun's alone: "sentenced the agent and the clerk, X" - the reading stands,
            # and the noun's share of the step is the co-ordination's, below)
            for again in self._read_untied(word.head):
                marks = [n for role, n in again.parties.values()
                         if role == "accused" and n.start == word.idx
                         and untied_noun(n.name) is not None]  # fmt: skip
                if marks and not [n for n in again.accused if untied_noun(n.name) is None]:
                    again.parties, again.described = {}, marks
                    out.append(again)
                    done.add(word.i)
        out += self._shared_steps(sent, drafts, taken, done)
        return out

    def _shared_steps(
        self, sent: Span, drafts: list[Draft], taken: list[tuple[int, int]], done: set[int]
    ) -> list[Draft]:
        """The steps an untied description shares with an accused of the sentence's reading
        it is joined to by "and" ("sentenced the agent and the clerk, X", "X and the courier
        were convicted", "granted bail to the storekeeper and X"): co-ordinated, the two are
        the same part of the same step, so the step is told of the noun too - a copy of the
        draft with the noun's mark (``untied_named``) in place of its parties. The reading
        stands; a noun read already (``done``), a party's own words, or one joined by "or",
        "but" or a negation, shares nothing."""
        out: list[Draft] = []
        seen: set[tuple[int, int]] = set()
        for d in drafts:
            for named in d.accused:
                for word in self._joined_nouns(sent, named):
                    if word.i in done or (word.i, id(d)) in seen:
                        continue
                    if _under_a_party(word, taken):
                        continue  # a party of the sentence's reading already stands there
                    mark = self.untied_named(word)
                    if mark is not None:
                        seen.add((word.i, id(d)))
                        out.append(replace(d, parties={}, described=[mark]))
        return out

    def _joined_nouns(self, sent: Span, named: Named) -> list[Token]:
        """The nouns co-ordinated by "and" with the name ``named`` ("the agent and the clerk,
        X": "agent", by way of the noun the name is set beside; "X and the courier"), and the
        noun the parse hangs on the name with its "and" ("the courier and Tomas Novak":
        ``nmod``)."""
        tokens = [t for t in sent if named.start <= t.idx < named.end]
        items = set(tokens) | {t.head for t in tokens if t.dep_ == "appos"}
        out: list[Token] = []
        for item in items:
            out += [c for c in item.conjuncts if c not in items and _by_and(item, c)]
            out += [c for c in item.children if c.dep_ == "nmod" and c.i < item.i
                    and any(a.dep_ == "cc" and a.lower_ == "and" for a in c.children)]  # fmt: skip
        return sorted({t for t in out if not negated(t)},
                      key=lambda t: t.i)  # fmt: skip

    def _read_untied(self, cue: Token) -> list[Draft]:
        """``_read`` of ``cue`` with untied descriptions read as their marks; the names a
        reading adds as missed mentions are not kept (the sentence's reading kept its own)."""
        extra = len(self.extra)
        self.untied_on = True
        try:
            return self._read(cue)
        finally:
            self.untied_on = False
            del self.extra[extra:]


def _by_and(one: Token, other: Token) -> bool:
    """Whether ``one`` and ``other``, conjuncts, are co-ordinated by "and" alone: every "cc"
    of their chain is "and" (not "or", "but", "nor")."""
    first = one
    while first.dep_ == "conj":
        first = first.head
    chain = (first, *first.conjuncts)
    ccs = [c.lower_ for t in chain for c in t.children if c.dep_ == "cc"]
    return other in chain and bool(ccs) and all(c == "and" for c in ccs)


def _under_a_party(word: Token, taken: list[tuple[int, int]]) -> bool:
    """Whether ``word`` lies within one of the character spans ``taken`` by the parties of
    the sentence's reading: a party already stands there."""
    return any(start < word.idx + len(word.text) and word.idx < end for start, end in taken)
