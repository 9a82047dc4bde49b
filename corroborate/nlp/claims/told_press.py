"""A confession told to the press in the accused's own first-person words: "Speaking to
journalists at the parade, X said: 'I picked the knife from the kitchen and stabbed him
once'", "X told reporters: 'Yes, we beat him'", "X spoke to waiting reporters. 'I hit him
once, on the shoulder,' he said". Court reports call such words his confession before the
cameras (public), and the defence later disowns "the words shouted at television cameras".

Read from the parse: a verb of saying (``kinds.reporting_cues``), not negated, whose audience
is the press (``audience.audience_setting``: "told reporters"), or which an adverbial clause
of speaking to the press ("speaking to journalists") or a question put by the press ("asked
by journalists") modifies, or whose sentence follows one where the same speaker spoke to the
press and told nothing there ("X spoke to waiting reporters."). The words are the quotation
the verb opens or closes, across its sentences; one of its clauses must have "I" or "we" for
its subject, not be negated, and tell a crime the speaker did (``own_deed.tells_own_crime``)
or bodily harm done to someone (``legal.harm_verbs``, ``crime_verbs`` with an object: "I hit
him once"). Unlike an account told to the police (``ToldCustodians``), what an accused says
to the press is mostly his defence, so the deed itself must be told. Only a speaker the
report has already accused is a confessor: a victim's kin speak to the press too. A single-
quoted quotation inside it is another's words retold ("'He said, 'I fired too,'' the headman
told reporters"), never the speaker's own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.audience import asked_by_press, audience_setting, names_the_press
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, confession_of
from corroborate.nlp.grammar import negated
from corroborate.nlp.own_deed import tells_own_crime

__all__ = ["ToldPress", "retold"]

_LEGAL = legal()
_DEEDS = _LEGAL.harm_verbs | _LEGAL.crime_verbs
_FIRST_PERSON = frozenset({"i", "we"})
_SPEAKING = _LEGAL.speaking_verbs  # "speaking to journalists", beside the verbs of saying
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
_NESTED = frozenset({"'", "\u2018", "\u2019"})
_REACH = 120  # tokens a quotation runs at most: a lost closing mark opens no whole report


class ToldPress(Answers):
    """An accused's own words of his deed told to the press, as his public confession."""

    def _told_press(self, verb: Token) -> list[Draft]:
        quoted = self._own_words_quoted(verb)
        if not any(self._tells_own_deed(t) for t in quoted) or not self._to_the_press(verb, quoted):
            return []
        draft = confession_of(
            verb, [n for n in self._agents(verb) if n.name in self.accused_so_far]
        )
        for d in draft:
            d.setting = "public"
        return draft

    def _to_the_press(self, verb: Token, quoted: list[Token]) -> bool:
        """Whether the verb's words go to the press: its own audience, an adverbial clause
        of speaking to it or of its question, or the sentence before the verb's and its
        quotation's, where the same speaker spoke to the press and said nothing yet."""
        if self._press_heard(verb):
            return True
        for child in verb.children:
            if child.dep_ != "advcl":
                continue
            if asked_by_press(child):
                return True
            speaking = child.lemma_.lower() in self.kinds.reporting_cues | _SPEAKING
            if speaking and self._press_heard(child):
                return True  # "Speaking to journalists at the parade, X said: ..."
        start = min([verb.sent.start, *(t.sent.start for t in quoted[:1])])
        if start == 0:
            return False
        before = self.doc[start - 1].sent.root
        if before.lemma_.lower() not in self.kinds.reporting_cues | _SPEAKING:
            return False
        if any(c.dep_ in ("ccomp", "neg") for c in before.children):
            return False  # "X told reporters he was innocent": that sentence told it
        if not self._press_heard(before):
            return False
        mine = {n.name for n in self._agents(verb)}
        return bool(mine) and mine == {n.name for n in self._agents(before)}

    def _press_heard(self, verb: Token) -> bool:
        """Whether the verb tells the press: its audience ("told reporters"), or a press noun
        in its "to" phrase however the parse reads the words before it ("spoke to waiting
        reporters": "waiting" read as a verb with "reporters" its object)."""
        if audience_setting(verb, "confession") == "public":
            return True
        return any(
            names_the_press(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        )

    def _quoted(self, verb: Token) -> list[Token]:
        """The words of the quotation ``verb`` opens ('said: "..."') or closes ('"...," he
        said'), across its sentences; none where the verb stands in no quotation's reach."""
        doc, sent = self.doc, verb.sent
        marks = [t.i for t in sent if t.text in _QUOTES]
        after = [i for i in marks if i > verb.i]
        before = [i for i in marks if i < verb.i]
        if after:
            opening = after[0]  # 'told reporters: "...': no other verb between
            if _no_verb_between(doc, verb.i, opening):
                end = next((t.i for t in doc[opening + 1 : opening + _REACH] if t.text in _QUOTES),
                           None)  # fmt: skip
                if end is not None:
                    return list(doc[opening + 1 : end])
        if before:
            closing = before[-1]  # '"...," he said': only its speaker between
            if _no_verb_between(doc, closing, verb.i):
                low = max(0, closing - _REACH)
                start = next((i for i in range(closing - 1, low - 1, -1) if doc[i].text in _QUOTES),
                             None)  # fmt: skip
                if start is not None:
                    return list(doc[start + 1 : closing])
        return []

    def _own_words_quoted(self, verb: Token) -> list[Token]:
        """The quotation an active, unnegated verb of saying gives its speaker ("'I hit him
        once,' he told reporters"); none for any other verb. Where the readers of a speaker's
        own words (to the press here, of a wrong he knew in ``known_wrong_told``) start."""
        if verb.lemma_.lower() not in self.kinds.reporting_cues or self._passive(verb):
            return []
        if negated(verb):
            return []
        return self._quoted(verb)

    def _tells_own_deed(self, subject: Token) -> bool:
        """Whether a first-person subject in the quotation tells the speaker's deed: a crime
        its clause names, or harm with an object ("I hit him once"), not negated and not in
        a single-quoted quotation inside it."""
        if subject.lower_ not in _FIRST_PERSON or subject.dep_ != "nsubj":
            return False
        head = subject.head
        if head.pos_ not in ("VERB", "AUX") or negated(head):
            return False
        if retold(subject):
            return False
        if head.lemma_.lower() in _DEEDS and any(c.dep_ == "dobj" for c in head.children):
            return True
        return bool(tells_own_crime([subject]))


def retold(subject: Token) -> bool:
    """Whether ``subject`` stands after a single quotation mark in its sentence: inside a
    quotation within the quotation, another's words the speaker retells."""
    return any(t.text in _NESTED for t in subject.sent if t.i < subject.i)


def _no_verb_between(doc: Doc, low: int, high: int) -> bool:
    """Whether no verb stands between two tokens, a few words apart: the quotation belongs
    to the verb ("told reporters outside the court: ..."), not to another clause's."""
    return high - low <= 12 and all(
        doc[i].pos_ not in ("VERB", "AUX") for i in range(low + 1, high)
    )
