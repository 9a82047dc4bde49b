"""The date expression a cue governs, and whether the cue tells its act after the fact.

"In 2019 he had confessed": the confession's date is the DATE entity the parse hangs under
the cue verb, not one under the act it names ("the murder of X in 2017", "the 2014
murder"), nor one in another clause ("X, who was arrested in 2016, was sentenced on
Tuesday": 2016 is the arrest's). A span from another event ("two weeks after the attack",
"six weeks before the Guard announced his arrest") is kept whole, with the words that make
it relative: no calendar resolves it. The cue's tense: a past perfect ("had retracted",
"had been charged") tells an event before the report's time. Read once per document with
the parse (``extract``); resolved against the publication date in ``nlp.facts``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.dates import date_words
from corroborate.nlp.acts import act_of
from corroborate.nlp.dates import names_a_date
from corroborate.nlp.docindex import DocIndex
from corroborate.records import DateExpression, Range

__all__ = ["Dating", "cue_datings", "dating"]

# What the parse reads of one cue: the expression it governs (value unresolved) and
# whether the cue is a past perfect.
Dating = tuple[DateExpression | None, bool]

_DATE_LABELS = frozenset({"DATE", "TIME"})
_RELATIVE = date_words().relative_to_another
# Dependencies that open another clause: a date below one is that clause's event's.
_CLAUSES = frozenset(
    {"relcl", "ccomp", "xcomp", "conj", "acl", "advcl", "csubj", "parataxis", "pcomp"}
)
# Clauses of the same time as the one they modify: "when the police produced X".
_SAME_TIME = date_words().same_time
_ONE = date_words().one  # "a year after": one
# A conjunct's own subject makes it a clause of its own; an adverb of another time
# ("and later released him") puts it at a time of its own.
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_ANOTHER_TIME = date_words().another_time


def cue_datings(doc: Doc, cues: Iterable[Range]) -> dict[Range, Dating]:
    """Each cue's dating (``dating``), by the cue's range in ``doc``: a claim's cue that is
    also an attribution's is read once, and the sentences' entities once per document."""
    index = DocIndex(doc)
    out: dict[Range, Dating] = {}
    for start, end in dict.fromkeys(cues):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out[(start, end)] = dating(span.root, index)
    return out


def dating(cue: Token, index: DocIndex | None = None) -> Dating:
    """The date expression ``cue`` governs (its ``value`` unresolved) and whether it is a
    past perfect. A cue in a clause of the same time ("On Saturday, when the police produced
    X, the judge fixed ...") is dated as the clause it belongs to. ``index``: the document's
    (``DocIndex``), when many cues of one document are dated."""
    index = index if index is not None else DocIndex(cue.doc)
    when = _governed(cue, index)
    clause = _clause(cue)
    if when is None and clause.dep_ == "advcl" and _marked(clause, _SAME_TIME):
        when = _governed(clause.head, index)
    if when is None and _of_its_first_conjuncts_time(cue):
        when = _governed(cue.head, index)
    return when, _past_perfect(cue)


def _of_its_first_conjuncts_time(verb: Token) -> bool:
    """ "The judge convicted X in 2019 and sentenced him to seven years": a verb joined to
    an earlier one, in the same tense, with no subject, date or adverb of time of its own
    ("and later released him" is another time), tells a step of the same moment."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and head.pos_ in ("VERB", "AUX")
        and verb.tag_ == head.tag_
        and not any(
            c.dep_ in _OWN_SUBJECT
            or (c.dep_ in ("advmod", "npadvmod") and c.lower_ in _ANOTHER_TIME)
            for c in verb.children
        )
    )


def _clause(token: Token) -> Token:
    """The verb whose clause ``token`` is in (itself for a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _governed(cue: Token, index: DocIndex) -> DateExpression | None:
    found: list[tuple[bool, int, int, Span]] = []
    sentence = index.sentence(cue.i)
    for ent in index.ents_within(sentence.start, sentence.end):
        if ent.label_ not in _DATE_LABELS or cue.i in range(ent.start, ent.end):
            continue
        path = _path(ent, cue)
        if path is None:
            continue
        span = _widened(ent)
        # a duration ("18 years", "a five-day remand") or an age ("21", "the 17-year-old")
        # names no date
        resolvable = names_a_date(span.text)
        if not resolvable and (span.start, span.end) == (ent.start, ent.end):
            continue
        found.append((not resolvable, len(path), abs(ent.start - cue.i), span))
    if not found:
        return None
    *_, best = min(found, key=lambda f: f[:3])
    text = best.text
    return DateExpression(text, best.start_char, best.start_char + len(text))


def _path(ent: Span, cue: Token) -> list[Token] | None:
    """The tokens from the entity's root up to the cue (neither included), when the cue
    governs the entity through no other clause and no crime noun; else None. A span before
    a clause of time ("six weeks before the Guard announced ...") is the cue's."""
    path: list[Token] = []
    token = ent.root
    while token.i != cue.i:
        if token.head.i == token.i:
            return None  # the cue is not above it
        if token.dep_ in _CLAUSES and not (token.i == ent.root.head.i and _measures(ent)):
            return None
        if token.i not in range(ent.start, ent.end):
            if token.pos_ in ("NOUN", "PROPN") and act_of(token.text):
                return None  # "the murder of X in 2017", "the 2014 murder"
            path.append(token)
        token = token.head
    if path and _after_a_particular_act(path[-1], cue):
        return None
    return path


def _measures(ent: Span) -> bool:
    """The entity measures a span from another event: "two weeks after the attack", "six
    weeks before the Guard announced his arrest" - by a count: "days before the birthday"
    says no more than "before"."""
    head = ent.root.head
    counted = any(t.like_num or t.lower_ in _ONE for t in ent)
    return (
        counted
        and ent.root.dep_ == "npadvmod"
        and (head.lower_ in _RELATIVE or (head.dep_ == "advcl" and _marked(head, _RELATIVE)))
    )


def _marked(clause: Token, words: frozenset[str]) -> bool:
    """A clause opened by one of ``words`` ("before the Guard announced", "when ...")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in words for c in clause.children)


def _after_a_particular_act(below: Token, cue: Token) -> bool:
    """The parse hangs a date's phrase on the cue, right after the cue's object names a
    particular act, with whom it was done to: "acquitted X of the murder of a guard in
    2017", "arrested X for the murder of a trader on March 3" - read low, as the act's date.
    "Charged with murder in March", "confessed to the murder on Thursday" name no victim:
    the date is the charge's, the confession's."""
    if below.dep_ != "prep" or below.i == 0 or below.i < cue.i:
        return False
    token = below.doc[below.i - 1]
    while token.i != cue.i and token.head.i != token.i:
        if token.pos_ == "NOUN" and act_of(token.text) and token.i < below.i:
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                return True
        token = token.head
    return False


def _widened(ent: Span) -> Span:
    """The expression: the entity, with the phrase that makes it a span from another event
    ("two weeks" + "after the attack"; "six weeks before the Guard announced ...")."""
    if not _measures(ent):
        return ent
    head = ent.root.head
    return ent.doc[min(ent.start, head.left_edge.i) : max(ent.end, head.right_edge.i + 1)]


def _past_perfect(cue: Token) -> bool:
    """ "had retracted", "had been charged"; a conjunct shares its head's auxiliaries
    ("had been arrested and charged")."""
    if cue.tag_ != "VBN":
        return False
    verb = cue
    while True:
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
