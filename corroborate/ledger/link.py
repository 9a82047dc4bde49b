"""Steps: each document's attributions and narrative court events as ledger events, with
the act they concern and whom they accuse, ready to be grouped into allegations.

Per attribution (kinds from the extractor, refined where the whole document says more):

- statements and opinions become **denials** when they reject ("baseless", "lying",
  "slanderous", "never"), else they are left out: they allege nothing;
- an allegation whose content reports a confession ("the JIT report mentions Uzair
  confessing to ...") is a **confession** of the one who confessed, resting on the report;
- a confession's **setting** is the extractor's (``kinds.setting_of``: the nearest setting
  phrase around it, else the scene set before it); for an allegation read as a confession it
  is read the same way here;
- rulings told by an attribution are dropped where a claim (``nlp/claims/``) reads a
  ruling in the same sentence.

Whom it accuses (the *principal*): for a confession, admission or retraction the one who
makes it; for political patronage (``acts.RELATIONAL``) the organisation named as patron;
otherwise the target when it resolves to an entity, else the first person or organisation
the content names besides the source. Every step keeps the entities its quote names
(``involved``), which is how denials find the allegations they answer (``build``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from corroborate.ledger.acts import EVIDENCE_CHALLENGES, RELATIONAL, act_of
from corroborate.ledger.dates import event_date
from corroborate.nlp import names
from corroborate.nlp.kinds import setting_of
from corroborate.nlp.mentions import is_modifier
from corroborate.nlp.sentences import sentences
from corroborate.records import (
    Attribution,
    Document,
    Entity,
    Event,
    EventKind,
    Figure,
    Mention,
    Setting,
)
from corroborate.resolve.entities import EntityIndex

DENIAL_WORDS = re.compile(
    r"\b(baseless|lying|lies|slanderous|propaganda|false|fabricated|concocted|unfounded|"
    r"never|deny|denied|denies|mere coincidence|unfair)\b",
    re.IGNORECASE,
)
_COURT = re.compile(r"\b(court|judge|bench|magistrate|tribunal|ATC|martial)\b", re.IGNORECASE)
_PARTY = re.compile(r"\bthe party['’]s\b|\bthe party\b", re.IGNORECASE)
_JOIN = frozenset({"and", "or", "in", "on", "at", "for", "to", "of", "was", "were", "is", "has"})
ACCUSATION_WORDS = re.compile(
    r"\b(accusations?|allegations?|blames?|propaganda|charges?|claims?|confessions?)\b",
    re.IGNORECASE,
)
_CONFESSED = re.compile(r"\bconfess(?:ed|es|ing)\b", re.IGNORECASE)
_INVESTIGATORS = re.compile(r"\b(JIT|police|investigat\w*|court|tribunal|magistrate|ATC)\b")
# Words that open a source phrase which names no one: pronouns and indefinite articles.
_UNNAMED = frozenset({"he", "she", "they", "it", "we", "i", "you", "a", "an", "some", "one",
                      "this", "that", "these", "those", "someone", "sources"})  # fmt: skip
KEEP_KINDS = frozenset(
    {"allegation", "confession", "denial", "retraction", "admission", "corroboration", "ruling"}
)
SELF_KINDS = frozenset({"confession", "admission", "retraction"})


@dataclass
class Step:
    """One event with what it is about, before grouping."""

    event: Event
    act: str | None
    principal: str | None  # entity id
    involved: set[str] = field(default_factory=set)
    speaker: str | None = None  # the source's entity id
    co_accused: set[str] = field(default_factory=set)
    figures: list[Figure] = field(default_factory=list)


def quote_range(text: str, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """The whole sentences that hold ``ranges``: what a reader needs to check the claim."""
    lo = min(s for s, _ in ranges)
    hi = max(e for _, e in ranges)
    spans = [(s, e) for s, e in sentences(text) if s < hi and lo < e]
    if spans:
        # a range may begin or end between sentences (a closing quote mark): keep all of it
        lo, hi = min(lo, spans[0][0]), max(hi, spans[-1][1])
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def attribution_steps(
    document: Document,
    attributions: list[Attribution],
    mentions: list[Mention],
    index: EntityIndex,
    narrated: list[tuple[int, int]],
    cleared: frozenset[str] | set[str] = frozenset(),
) -> list[Step]:
    """Steps from attributions. ``narrated``: sentences whose ruling the claims already
    read; ``cleared``: entities the document names only as victim, judge, lawyer ...
    (``ledger.claims.cleared_entities``), never taken as the accused here."""
    text = document.text
    out: list[Step] = []
    for a in attributions:
        ranges = [*a.source, *a.cue, *a.content]
        if not ranges or not a.content:
            continue
        content = " ".join(text[s:e] for s, e in a.content)
        kind = _kind(a, content)
        if kind == "ruling" and not _COURT.search(a.source_name or ""):
            continue  # "he pleaded with the court to acquit": a request, not a ruling
        if kind is None:
            continue
        start, end = quote_range(text, ranges)
        if kind == "ruling" and any(s < end and start < e for s, e in narrated):
            continue
        quote = text[start:end]
        speaker = _speaker(a, mentions, index, document.id)
        target = index.lookup(a.target, document.id)
        named = _named(mentions, a.content, index, document.id, text)
        if target is not None and _only_modifier(a.target or "", target):
            target = None
        act = act_of(_masked(text, a.content, mentions)) or act_of(
            _masked(text, [(start, end)], mentions)
        )
        if kind == "denial" and act in EVIDENCE_CHALLENGES:
            act = None  # "confessions made under duress": contests the evidence
        setting = _setting(a, kind, text)
        principal, co = _principal(kind, act, a, content, speaker, target, named)
        if principal in cleared:
            principal = None
        if (
            kind in SELF_KINDS
            and act not in RELATIONAL
            and speaker is not None
            and _PARTY.search(content)
        ):
            # "accepted ... militants working under the party's banner": the speaker's party
            party = next((f.organization for f in speaker.affiliations), None)
            principal = party or principal
        source = speaker.name if speaker else _unnamed_source(a.source_name)
        date = event_date(quote, document.published)
        event = Event(date, kind, None, setting, source, document.id, quote, start, end)
        figures = [
            Figure(q.unit, date, source, document.id, q.value, q.low, q.high) for q in a.quantities
        ]
        involved = {e.id for e in named} | {e.id for e in [speaker, target] if e}
        out.append(
            Step(event, act, principal, involved, speaker.id if speaker else None, co, figures)
        )
    return out


def _speaker(
    a: Attribution, mentions: list[Mention], index: EntityIndex, doc_id: str
) -> Entity | None:
    """The entity that speaks: the source's resolved name, else the organisation or person
    named inside the source's words ("a Rangers spokesperson", "a press release by the
    Rangers": the Rangers). A place never speaks: "KARACHI:" is a dateline."""
    for name in [a.source_name, *(m.name for m in mentions
                                  if m.type != "place"
                                  and any(s <= m.start < e for s, e in a.source))]:  # fmt: skip
        entity = index.lookup(name, doc_id)
        if entity is not None and entity.type != "place":
            return entity
    return None


def _unnamed_source(name: str | None) -> str | None:
    """A source no entity stands for keeps its words when they describe someone ("the
    prosecution", "the force"); a pronoun or an indefinite phrase ("They", "a statement")
    names nobody and is left out."""
    if not name:
        return None
    words = name.split()
    if words[0].lower() in _UNNAMED or (len(words) == 1 and name.islower()):
        return None
    return name


def _kind(a: Attribution, content: str) -> EventKind | None:
    if a.kind in ("statement", "opinion"):
        return "denial" if DENIAL_WORDS.search(content) else None
    if a.kind not in KEEP_KINDS:
        return None
    if a.kind == "allegation" and _CONFESSED.search(content):
        return "confession"
    kind: EventKind = a.kind  # type: ignore[assignment]
    return kind


def _setting(a: Attribution, kind: str, text: str) -> Setting | None:
    """The setting of a statement by the accused; none for the rest.

    An allegation read here as a confession ("according to the report, X confessed")
    had no setting from the extractor: it is read for the confession now.
    """
    if kind not in SELF_KINDS:
        return None
    if a.kind == kind:
        return a.setting
    ranges = a.cue + a.content
    return setting_of(text, min(s for s, _ in ranges), max(e for _, e in ranges), "confession")


def _masked(text: str, ranges: list[tuple[int, int]], mentions: list[Mention]) -> str:
    """The text of ``ranges`` with names blanked: "anti-terrorism court" names no act."""
    chars = list(text)
    for m in mentions:
        if m.type != "person":
            chars[m.start : m.end] = " " * (m.end - m.start)
    return " ".join("".join(chars[s:e]) for s, e in ranges)


def _only_modifier(phrase: str, entity: Entity) -> bool:
    """ "two Rangers personnel": the name describes someone else."""
    for name in [entity.name, *(a.name for a in entity.aliases)]:
        at = phrase.find(name)
        if at != -1:
            follow = re.match(r"\s+([a-z]+)", phrase[at + len(name) :])
            return bool(follow) and follow is not None and follow.group(1) not in _JOIN
    return False


def _named(
    mentions: list[Mention],
    ranges: list[tuple[int, int]],
    index: EntityIndex,
    doc_id: str,
    text: str,
) -> list[Entity]:
    """Entities named inside ``ranges``, in text order, each once; places and names that
    only modify a noun ("Lyari gang war", "Avan bomb") left out."""
    out: list[Entity] = []
    for m in mentions:
        if m.type == "place" or not any(s <= m.start < e for s, e in ranges):
            continue
        if m.type != "person" and is_modifier(text, m):
            continue
        if names.is_victim(text, m.start):
            continue  # "the murder of journalist X": X is the victim, not the accused
        entity = index.lookup(m.name, doc_id)
        if entity is not None and entity not in out:
            out.append(entity)
    return out


def _principal(
    kind: str,
    act: str | None,
    a: Attribution,
    content: str,
    speaker: Entity | None,
    target: Entity | None,
    named: list[Entity],
) -> tuple[str | None, set[str]]:
    """Whom the step accuses, and co-accused (the other patrons of a patronage claim)."""
    others = [e for e in named if e != speaker and e != target]
    if act in RELATIONAL:
        patrons = [e for e in others if e.type == "organization" and not _authority(e.name)]
        people = {e.id for e in others if e.type == "person"}
        if kind not in ("allegation", "confession", "admission", "corroboration"):
            people = set()
        if patrons:
            return patrons[0].id, people
        if people:
            first = next(e for e in others if e.type == "person")
            return first.id, people - {first.id}
        return None, set()
    if kind == "denial":
        return None, set()
    if kind in SELF_KINDS:
        reported = a.kind == "allegation"  # "the report mentions X confessing": X confessed
        if not reported and speaker is not None and speaker.type == "person":
            return speaker.id, set()
        confessor = target if target and target.type == "person" else None
        confessor = confessor or next((e for e in named if e.type == "person"), None)
        return (confessor.id if confessor else None), set()
    if target is not None and target != speaker and not _on_the_bench(target):
        return target.id, set()
    candidates = [e for e in others if not _authority(e.name) and not _on_the_bench(e)]
    humans = [e for e in candidates if e.type == "person"]
    pool = humans or candidates
    return (pool[0].id if pool else None), set()


def _on_the_bench(entity: Entity) -> bool:
    """A judge or magistrate (by a stated office) decides cases; a ruling never accuses one."""
    return any(
        (a.role or "").lower() in ("judge", "justice", "magistrate", "chief justice")
        for a in entity.affiliations
    )


def _authority(name: str) -> bool:
    """Investigators and courts report allegations; they are not accused by them."""
    return bool(_INVESTIGATORS.search(name)) or bool(
        re.search(r"\b(court|team|rangers|police|government)\b", name, re.IGNORECASE)
    )


def allegation_id(principal: str, act: str) -> str:
    return "alg_" + hashlib.sha1(f"{principal}:{act}".encode()).hexdigest()[:12]
