"""BIO tags for attribution roles, and decoding tags back into linked attributions.

PolNeAR's roles are univocal (a token has at most one role), so one tag per token represents
a document: ``B-S``/``I-S`` source, ``B-C``/``I-C`` cue, ``B-T``/``I-T`` content, ``O``.
Decoding links each content span to a cue and each cue to a source; contents that share a
cue become one attribution, which is how PolNeAR writes "X, he said, Y".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

LABELS = ("O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T")


@dataclass(frozen=True)
class Span:
    role: str  # "S", "C" or "T"
    start: int  # first token
    end: int  # one past the last token


@dataclass
class Linked:
    """One decoded attribution as token spans."""

    cue: list[Span]
    source: list[Span]
    content: list[Span]


def encode(length: int, attributions: Sequence[dict[str, list[int]]], skip: set[int]) -> list[str]:
    """Tags for a document of ``length`` tokens from attributions given as token indices.

    ``attributions`` map "S", "C" and "T" to token indices; tokens in ``skip``
    (whitespace) are left "O" and do not break a span.
    """
    tags = ["O"] * length
    for attribution in attributions:
        for role in ("S", "C", "T"):
            previous = None
            for i in sorted(set(attribution.get(role, []))):
                inside = previous is not None and all(j in skip for j in range(previous + 1, i))
                tags[i] = ("I-" if inside else "B-") + role
                previous = i
    return tags


def spans(tags: Sequence[str], skip: set[int] | frozenset[int] = frozenset()) -> list[Span]:
    """Maximal runs of one role; an ``I-`` after a different role starts a run too.

    Tokens in ``skip`` (whitespace) are passed over: they neither start, end nor break a run.
    """
    out: list[Span] = []
    role: str | None = None
    start = last = 0
    for i, tag in enumerate(tags):
        if i in skip:
            continue
        this = None if tag == "O" else tag[2:]
        begins = tag.startswith("B-") or this != role
        if role is not None and (this is None or begins):
            out.append(Span(role, start, last + 1))
            role = None
        if this is not None and (role is None):
            role, start = this, i
        if this is not None:
            last = i
    if role is not None:
        out.append(Span(role, start, last + 1))
    return out


def link(
    found: Sequence[Span],
    sentence_of: Sequence[int],
    paragraph_of: Sequence[int],
    heads: Sequence[int] | None = None,
    subjects: frozenset[int] = frozenset(),
    quoted: Sequence[bool] | None = None,
    carried: Mapping[int, int] | None = None,
) -> list[Linked]:
    """Attributions from role spans.

    A content goes to the cue it hangs from in the parse (``heads``), else the nearest cue in
    its sentence, else the nearest in its paragraph; a cue takes the source that hangs from it
    (or it from the source), else the source span nearest to it in its sentence. Where the
    parse links a span to several candidates (a content that runs over two clauses, "X said
    that Y, adding Z"), the nearest wins, except that a link through a token in ``subjects``
    (the parse's subjects) counts only where there is no other. Cues without content are
    dropped; so are contents without a cue.

    With ``quoted`` (for each token, whether it lies inside a quotation), a content that opens
    a quotation in a sentence without a cue or a parse link carries on the last quotation
    before it in its paragraph, and goes to that quotation's cue: '"A," X said. "B."' is one
    attribution, the way reporters run a speaker's words over several sentences.

    ``carried`` maps a paragraph that carries on the words of an earlier one (a quotation over
    several paragraphs, a quotation after "X said:") to that paragraph: a content there whose
    own paragraph has no cue goes to the last cue of the paragraphs it carries on.
    """
    cues = [s for s in found if s.role == "C"]
    sources = [s for s in found if s.role == "S"]
    contents = [s for s in found if s.role == "T"]
    by_cue: dict[int, list[Span]] = {}
    last_quotation: tuple[Span, int] | None = None  # a content that ends quoted, its cue
    for content in contents:
        k = _cue_for(content, cues, sentence_of, paragraph_of, heads, subjects)
        if k is None:
            k = _carried_over(content, cues, paragraph_of, carried or {})
        if quoted is not None and last_quotation is not None and quoted[content.start]:
            before, cue_of_before = last_quotation
            if paragraph_of[before.start] == paragraph_of[content.start] and _unlinked(
                content, cues, sentence_of, heads
            ):
                k = cue_of_before
        if k is not None:
            by_cue.setdefault(k, []).append(content)
            if quoted is not None and quoted[content.end - 1]:
                last_quotation = (content, k)
    out = []
    for k in sorted(by_cue):
        cue = cues[k]
        source = _source_for(cue, sources, sentence_of, paragraph_of, heads)
        out.append(Linked(cue=[cue], source=[source] if source else [], content=by_cue[k]))
    return out


def _unlinked(
    content: Span,
    cues: Sequence[Span],
    sentence_of: Sequence[int],
    heads: Sequence[int] | None,
) -> bool:
    """Whether no cue shares ``content``'s sentence and none is its head in the parse."""
    sentences = {sentence_of[content.start], sentence_of[content.end - 1]}
    if any(sentence_of[cue.start] in sentences for cue in cues):
        return False
    if heads is None:
        return True
    inside = range(content.start, content.end)
    return not any(
        cue.start <= heads[i] < cue.end for i in inside if heads[i] not in inside for cue in cues
    )


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _cue_for(
    content: Span,
    cues: Sequence[Span],
    sentence_of: Sequence[int],
    paragraph_of: Sequence[int],
    heads: Sequence[int] | None,
    subjects: frozenset[int],
) -> int | None:
    if not cues:
        return None
    # Only cues in the content's paragraph: the parser often runs a quotation that ends a
    # paragraph on into the next one's first sentence ('"B." // X said Y'), and hangs it from
    # a cue there, whose speaker is someone else.
    paragraphs = {paragraph_of[content.start], paragraph_of[content.end - 1]}
    if heads is not None:
        # The cues that the content's tokens hang from. A tagged content often runs on into a
        # neighbouring clause with a cue of its own; taking the nearest rather than the first
        # such cue was worth 0.012 triple soft F1 on PolNeAR train (cross-fitted tags).
        inside = range(content.start, content.end)
        links = [
            (i, k)
            for i in inside
            if heads[i] not in inside
            for k, cue in enumerate(cues)
            if cue.start <= heads[i] < cue.end and paragraph_of[cue.start] in paragraphs
        ]
        # A content token that is a cue's subject ("... including Faisal Mota, who was
        # condemned") is what that cue says of someone, not what it reports: link through
        # it only where nothing else links.
        hung_from = {k for i, k in links if i not in subjects} or {k for _, k in links}
        if hung_from:
            return _nearest(content, hung_from, cues)
    for level in (sentence_of, paragraph_of):
        near = [
            k
            for k, cue in enumerate(cues)
            if level[cue.start] in {level[content.start], level[content.end - 1]}
            and paragraph_of[cue.start] in paragraphs
        ]
        if near:
            return _nearest(content, near, cues)
    return None


def _carried_over(
    content: Span, cues: Sequence[Span], paragraph_of: Sequence[int], carried: Mapping[int, int]
) -> int | None:
    """The last cue of the paragraphs that ``content``'s paragraph carries on, if it carries
    one on: back through each paragraph that itself carries on the one before."""
    paragraph = paragraph_of[content.start]
    while paragraph in carried:
        paragraph = carried[paragraph]
        before = [k for k, cue in enumerate(cues) if paragraph_of[cue.start] == paragraph]
        if before:
            return max(before, key=lambda k: cues[k].start)
    return None


def _nearest(span: Span, candidates: Iterable[int], among: Sequence[Span]) -> int:
    """The candidate nearest to ``span``; of two as near, the later one."""
    return min(candidates, key=lambda k: (_distance(span, among[k]), -among[k].start))


def _source_for(
    cue: Span,
    sources: Sequence[Span],
    sentence_of: Sequence[int],
    paragraph_of: Sequence[int],
    heads: Sequence[int] | None,
) -> Span | None:
    # Only sources in the cue's paragraph, as for contents (``_cue_for``): a sentence the
    # parser runs on over a paragraph break holds someone else's words.
    sources = [s for s in sources if paragraph_of[s.start] == paragraph_of[cue.start]]
    near: list[int] = []
    if heads is not None:
        # The sources that hang from the cue ("X said"), or that the cue hangs from ("X's
        # claim", "according to X" when the parser makes "according" the child).
        near = [k for k, source in enumerate(sources) if _attached(source, cue, heads)]
    if not near:
        near = [k for k, s in enumerate(sources) if sentence_of[s.start] == sentence_of[cue.start]]
    # Of two sources as near, the earlier: English puts the speaker before the verb.
    return sources[min(near, key=lambda k: _distance(cue, sources[k]))] if near else None


def _attached(a: Span, b: Span, heads: Sequence[int]) -> bool:
    """Whether a token of either span hangs from a token of the other."""
    return any(b.start <= heads[i] < b.end for i in range(a.start, a.end)) or any(
        a.start <= heads[i] < a.end for i in range(b.start, b.end)
    )
