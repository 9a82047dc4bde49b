"""The extract stage: documents in, attributions out.

A pure function over one document at a time (the spaCy pipeline aside, loaded
once per process by ``load_pipeline``), so it can run in many processes or on
a cluster. Long documents are cut into chunks at paragraph breaks, parsed
separately, and their offsets moved back into the whole text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.audit import complaints, speakers
from corroborate.audit.figures import find_figures
from corroborate.nlp.claims import read_claims
from corroborate.nlp.event_dates import Dating, cue_datings
from corroborate.nlp.facts import told_once, with_claim_facts, with_facts
from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.pipeline import load_pipeline
from corroborate.records import Attribution, Claim, Document, EnforcementFigure, Mention, Range

__all__ = [
    "MAX_CHUNK_CHARS",
    "Analysis",
    "analyse_documents",
    "chunk_offsets",
    "chunk_texts",
    "extract_documents",
    "extract_text",
]

# spaCy's parser needs about 1 GB per 100,000 characters; news articles are far
# shorter, so only books and court judgements get cut.
MAX_CHUNK_CHARS = 50_000


class Analysis(NamedTuple):
    """What the per-document stage finds in one document: attributions, mentions,
    enforcement figures and claims (the last three only from ``analyse_documents``)."""

    document: Document
    attributions: list[Attribution]
    mentions: list[Mention]
    figures: list[EnforcementFigure]
    claims: list[Claim]


def extract_text(text: str, nlp: Language | None = None) -> list[Attribution]:
    """Attributions in one text, offsets into ``text``."""
    return next(extract_documents([Document(id="text", text=text)], nlp))[1]


def extract_documents(
    documents: Iterable[Document], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[tuple[Document, list[Attribution]]]:
    """Yield each document with its attributions, in input order.

    Documents are parsed in batches with ``nlp.pipe``; ``nlp`` defaults to the
    configured pipeline with the ``corroborate_attribution`` component.
    """
    for analysis in _analyse(documents, nlp, batch_size, mentions=False):
        yield analysis.document, analysis.attributions


def analyse_documents(
    documents: Iterable[Document], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[Analysis]:
    """Like ``extract_documents``, with the people, organisations and places each names,
    the enforcement figures it reports (``audit.figures.find_figures``) and its claims
    (``nlp.claims.find_claims``: who is accused, convicted, acquitted, the victim ...).

    Mentions and figures come from the same parse as the attributions: the ledger and the
    audit need them all, and parsing is most of the cost.
    """
    return _analyse(documents, nlp, batch_size, mentions=True)


def _analyse(
    documents: Iterable[Document], nlp: Language | None, batch_size: int, *, mentions: bool
) -> Iterator[Analysis]:
    pipeline = nlp if nlp is not None else load_pipeline()
    pending: list[tuple[Document, list[int]]] = []  # each document and its chunk offsets
    chunks: list[str] = []
    for document in documents:
        offsets = chunk_offsets(document.text)
        pending.append((document, offsets))
        chunks.extend(chunk_texts(document.text, offsets))
        if len(chunks) >= batch_size:
            yield from _run(pipeline, pending, chunks, batch_size, mentions)
            pending, chunks = [], []
    if pending:
        yield from _run(pipeline, pending, chunks, batch_size, mentions)


def _run(
    nlp: Language,
    pending: list[tuple[Document, list[int]]],
    chunks: list[str],
    batch_size: int,
    mentions: bool,
) -> Iterator[Analysis]:
    docs = iter(nlp.pipe(chunks, batch_size=batch_size))
    for document, offsets in pending:
        found: list[Attribution] = []
        named: list[Mention] = []
        figures: list[EnforcementFigure] = []
        claims: list[Claim] = []
        datings: dict[Range, Dating] = {}  # each cue's date expression and tense
        for offset in offsets:
            doc: Doc = next(docs)
            # Complaints of unequal treatment are marked here, where the text is read, so
            # that the audit reads the marked rows and no text (``audit.complaints``).
            chunk = [complaints.marked(doc.text, a) for a in doc._.attributions]
            found.extend(a.shifted(offset) if offset else a for a in chunk)
            if mentions:
                chunk_mentions = find_mentions(doc)
                chunk_figures = find_figures(doc, chunk_mentions, document.published, document.id)
                figures.extend(f.shifted(offset) if offset else f for f in chunk_figures)
                chunk_claims, missed, nouns = read_claims(doc, chunk_mentions)
                # the date each cue governs, read from this parse (``nlp.event_dates``)
                read = cue_datings(doc, [c.cue for c in chunk_claims]
                                   + [a.cue[0] for a in chunk if a.cue])  # fmt: skip
                chunk_claims = [_dated(c, read.get(c.cue)) for c in chunk_claims]
                claims.extend(c.shifted(offset) if offset else c for c in chunk_claims)
                datings.update(_shift_dating(cue, dating, offset) for cue, dating in read.items())
                # a name the claim reader found where only a person stands replaces the
                # place the tagger took it for ("acquitted Tahir Zahoor")
                retyped = {(m.start, m.end) for m in missed}
                kept = [m for m in chunk_mentions if (m.start, m.end) not in retyped]
                chunk_mentions = sorted([*kept, *missed], key=lambda m: (m.start, m.end))
                # the noun each person is written beside ("The agent, X"), for the ledger
                chunk_mentions = [_described(m, nouns.get((m.start, m.end)))
                                  for m in chunk_mentions]  # fmt: skip
                named.extend(_shift_mention(m, offset) for m in chunk_mentions)
        if mentions:
            # What the ledger needs of each attribution's text, read here once, over the
            # whole text and its mentions, so that no rebuild reads the text (``nlp.facts``).
            # Claims first: an attribution that reads a claim's act quotes as the claim does;
            # then a headline's claim the body tells again gives way to the body's.
            claims = with_claim_facts(document, claims)
            # a claim of untied descriptions alone ("the agent withdrew his confession") is
            # for the ledger's inference across reports only: no attribution or headline
            # reads it (``Claim.described``)
            told = [c for c in claims if c.participants]
            found = with_facts(document, found, named, told, datings)
            once = {id(c) for c in told_once(document, told)}
            claims = [c for c in claims if id(c) in once or not c.participants]
            # Whom each source speaks for, as written ("the party" -> the organisation named
            # before it; "PRP spokesman X"), read here so the audit reads no text either.
            found = speakers.with_speakers(found, named)
            named = speakers.with_titles(document.text, named)
        yield Analysis(document, found, named, figures, claims)


def _described(mention: Mention, noun: str | None) -> Mention:
    return dataclasses.replace(mention, description=noun) if noun else mention


def _dated(claim: Claim, dating: Dating | None) -> Claim:
    if dating is None:
        return claim
    return dataclasses.replace(claim, when=dating[0], after_the_fact=dating[1])


def _shift_dating(cue: Range, dating: Dating, offset: int) -> tuple[Range, Dating]:
    when, after = dating
    if not offset:
        return cue, dating
    return (cue[0] + offset, cue[1] + offset), (when.shifted(offset) if when else None, after)


def _shift_mention(mention: Mention, offset: int) -> Mention:
    if not offset:
        return mention
    return dataclasses.replace(mention, start=mention.start + offset, end=mention.end + offset)


def chunk_offsets(text: str, limit: int = MAX_CHUNK_CHARS) -> list[int]:
    """Start offsets of the chunks of ``text``: cut at paragraph breaks, else at sentence ends."""
    starts = [0]
    while len(text) - starts[-1] > limit:
        window_start = starts[-1]
        window = text[window_start : window_start + limit]
        cut = window.rfind("\n\n")
        if cut < limit // 2:
            cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < limit // 2:
            cut = limit - 1  # no break at all: cut anyway rather than fail
        starts.append(window_start + cut + 1)
    return starts


def chunk_texts(text: str, offsets: list[int]) -> list[str]:
    """The texts of the chunks that start at ``offsets`` (``chunk_offsets``), end to end."""
    ends = [*offsets[1:], len(text)]
    return [text[s:e] for s, e in zip(offsets, ends, strict=True)]
