"""The rule extractor's attributions: cue heads (``cues.py``), then each one's source and
content from the parse (``roles.py``), kept inside the cue's paragraph, with the writer's own
opinions (``opinions.py``), widened to whole quotations (``spans.py``). The attribution
component (``attribution.py``) labels them, after the learned tagger where there is one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.nlp.cues import CueModel
from corroborate.nlp.grammar import has_agent
from corroborate.nlp.opinions import authorial_opinions
from corroborate.nlp.roles import (
    Frame,
    Placed,
    content_of,
    cue_tokens,
    light_verb_complement,
    source_of,
)
from corroborate.nlp.spans import (
    char_ranges,
    continued_quotation,
    merge,
    overlaps,
    widen_to_quotations,
)
from corroborate.records import Range

__all__ = ["rule_attributions"]


def rule_attributions(
    doc: Doc,
    cue_model: CueModel,
    quotations: list[Range],
    cue_probabilities: list[float] | None = None,
) -> list[Placed]:
    """The rule extractor's attributions: cue heads, then source and content from the parse."""
    text = doc.text
    frames: list[Frame] = []
    for head, learned in cue_model.cue_heads(doc, cue_probabilities):
        cue = cue_tokens(head)
        complement = light_verb_complement(head)
        if complement is not None:
            cue += [t.i for t in complement.children if t.dep_ == "aux" and t.i < complement.i]
            cue += cue_tokens(complement)
            content, cue_extra = content_of(complement, set(cue))
        else:
            content, cue_extra = content_of(head, set(cue))
        if not content:
            continue
        content = _same_paragraph(doc, head, content)
        if not content:
            continue
        cue = sorted(set(cue) | set(cue_extra))
        source = _same_paragraph(doc, head, source_of(head, set(cue) | set(content)))
        if not learned and head.pos_ == "NOUN" and not _held_by_agent(head):
            # A lexicon noun is a cue only as "confessions made by the suspect": in
            # "his confession was extracted under torture" it is a topic, not a report.
            continue
        frames.append(Frame(cue=cue, source=source, content=[content]))
    frames.extend(authorial_opinions(doc, taken=[f.cue for f in frames], quotations=quotations))

    cues_at = [char_ranges(doc, f.cue) for f in frames]
    all_cues = [r for ranges in cues_at for r in ranges]
    out: list[Placed] = []
    seen: set[tuple[tuple[Range, ...], tuple[Range, ...]]] = set()
    for frame, cue_ranges in zip(frames, cues_at, strict=True):
        source_ranges = char_ranges(doc, frame.source)
        content_ranges = char_ranges(doc, [i for piece in frame.content for i in piece])
        content_ranges = widen_to_quotations(
            content_ranges, cue_ranges + source_ranges, quotations, text
        )
        more = continued_quotation(content_ranges, quotations, all_cues, text)
        if more is not None:
            content_ranges = merge([*content_ranges, more], text)
        key = (tuple(content_ranges), tuple(source_ranges))
        if key in seen or overlaps(cue_ranges, content_ranges):
            continue
        seen.add(key)
        out.append(Placed(frame, cue_ranges, source_ranges, content_ranges))
    return out


def _held_by_agent(noun: Token) -> bool:
    """Whether a noun cue names its holder as an agent: "confessions made by the suspect"."""
    return any(child.dep_ == "acl" and has_agent(child) for child in noun.children)


def _same_paragraph(doc: Doc, head: Token, ids: list[int]) -> list[int]:
    """The tokens of ``ids`` in the cue's paragraph.

    The parser does not always end a sentence at a paragraph break, so a
    subtree can run on into the next paragraph, which is someone else's text.
    """
    if not ids:
        return ids
    low, high = min(ids[0], head.i), max(ids[-1], head.i)
    breaks = [t.i for t in doc[low : high + 1] if t.is_space and "\n" in t.text]
    if not breaks:
        return ids
    start = max((b for b in breaks if b < head.i), default=-1)
    end = min((b for b in breaks if b > head.i), default=len(doc))
    return [i for i in ids if start < i < end]
