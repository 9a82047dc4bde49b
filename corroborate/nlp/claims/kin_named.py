"""Where a speaker was introduced as someone's kin: '"X's elder brother, Y, who drives a van,
said ... "My brother has never met this trader," he said'. A later sentence gives the
speaker only as a pronoun or a name; the report told whose kin they are where it named them
first, in apposition to a relative noun ("X's brother, Y" or "Y, X's brother"). That noun's
owner is whom "my brother" or "her son" in the speaker's words is (``SpokenFor._kin_of``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.mentions.kin import owned_kin_noun
from corroborate.records import Mention

__all__ = ["last_speaker_before", "relatives_introducing"]

# How far back a pronoun that says a quote may look for who spoke last: the quote's own
# earlier sentences and the sentence that introduced the speaker.
_SENTENCES_BACK = 3


def relatives_introducing(
    speaker: Token, speaker_names: set[str], by_token: dict[int, Mention]
) -> list[Token]:
    """The relative nouns owned by someone ("X's brother") that a name in ``speaker_names``
    stands in apposition to, before ``speaker`` in its document - where the report said whose
    kin the speaker is."""
    out: dict[int, Token] = {}
    for i, mention in by_token.items():
        if i >= speaker.i or mention.name not in speaker_names:
            continue
        word = speaker.doc[i]
        near = [word.head] if word.dep_ == "appos" else []
        near += [c for c in word.children if c.dep_ == "appos"]
        for noun in near:
            if owned_kin_noun(noun):
                out[noun.i] = noun
    return list(out.values())


def last_speaker_before(speaker: Token, reporting: frozenset[str]) -> Token | None:
    """'X's brother, Y, said ... "The police need a story. My brother ...," he said': a he or
    she the resolver left to no one, saying a quote, is the one who spoke last in the
    sentences before - the subject of the last verb of saying (``reporting``: the caller's
    verbs of saying, and of denying - "Y rejected the allegations") there; or, in a sentence
    with no such verb, the kin it is about (``_kin_in_view``)."""
    sent = speaker.sent
    # '"My brother went there only because Z said there was a job. He ...," he said': a
    # verb of saying inside the quotation the speaker closes is the quoted words', not who
    # spoke last
    opening = _quote_opened(speaker)
    for _ in range(_SENTENCES_BACK):
        if sent.start == 0:
            return None
        sent = speaker.doc[sent.start - 1].sent
        verbs = [t for t in sent if t.lemma_.lower() in reporting
                 and (opening is None or t.i < opening)]  # fmt: skip
        for verb in reversed(verbs):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        kin = _kin_in_view(sent)
        if kin is not None:
            return kin
    return None


def _quote_opened(speaker: Token) -> int | None:
    """Where the quotation a speaker's sentence closes before the speaker opened: the quote
    mark before the closing one ('"... He did not kill anyone," he said'); None where the
    speaker's sentence closes no quotation before the speaker."""
    marks = [t.i for t in speaker.doc[: speaker.i] if t.is_quote]
    closing = marks[-1] if marks else None
    if closing is None or closing < speaker.sent.start or len(marks) < 2:
        return None
    return marks[-2]


def _kin_in_view(sent: Span) -> Token | None:
    """'X's mother, Y, waited outside the court. "My son ...," she said': the kin a sentence
    of the report's own (no quotation in it) is about - the owned kin noun that is its main
    clause's subject, whatever it did (waited, wept, spoke to reporters) - is whom the quote
    after it is heard from, as the last one said to speak is. Not "my brother", a kin noun
    of someone's words."""
    if any(t.is_quote for t in sent):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in NOUN_SUBJECTS), None)
    if subject is None or not owned_kin_noun(subject):
        return None
    owner = next(c for c in subject.children if c.dep_ == "poss")
    return None if owner.morph.get("Person", []) in (["1"], ["2"]) else subject
