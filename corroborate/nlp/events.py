"""Court outcomes and charges told as narrative, not as attributions, in one document.

"An anti-terrorism court acquitted Uzair Baloch in two cases for want of evidence" has no
speaker, yet it is the event a ledger exists for. ``find_events(text, mentions)`` reads
such sentences with verb patterns and returns who was acquitted, convicted, sentenced,
charged..., from the document's mentions (so "Baloch", "he" and "the PAC chief" come out
as the full name the document gives):

- the object after an active verb ("acquitted alleged gangster X", "convicted 13 workers
  of the MQM"), else the subject of a passive one ("X was booked", "he was sentenced");
- "all of them", "the accused", a pronoun, or no name at all: the last accused of the
  document before, else the person the document names most (court reports are about one
  defendant).

Pure over text and mentions; no spaCy.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corroborate.records import Mention

OUTCOMES: tuple[tuple[str, str, str], ...] = (
    # (kind, outcome, pattern): the verb that tells the event
    ("ruling", "acquitted", r"\bacquit(?:s|ted)\b"),
    ("ruling", "sentenced", r"\b(?:sentenced|condemned to death)\b"),
    ("ruling", "convicted", r"(?:\b(?:was|were|been|is|are|had|has|have|and)\s+(?:\w+\s+)?|"
                            r"\)\s+(?:on\s+\w+\s+)?|\bcourt\s+(?:on\s+\w+\s+)?|,\s*)convicted\b"),
    ("ruling", "upheld", r"\bupheld\b"),
    ("ruling", "overturned", r"\b(?:overturned|set aside|quashed)\b"),
    ("ruling", "dismissed", r"\bdismissed the case\b|\bcase was dismissed\b"),
    ("ruling", "bail", r"\b(?:granted|grants|approved|allowed) (?:him |her |them )?bail\b"),
    ("ruling", "remanded", r"\bremanded\b"),
    ("ruling", "proclaimed_offender", r"\bproclaimed (?:an? )?offenders?\b"),
    ("charge", "charged", r"\b(?:booked|indicted|charge-sheeted|nominated in|charged with|"
                          r"framed charges)\b"),
)  # fmt: skip
_PATTERNS = [(k, o, re.compile(p, re.IGNORECASE)) for k, o, p in OUTCOMES]
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\A\s*(?:all of them|them|him|her|the accused|the suspects?|all the accused)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\A\s*(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty)\s+(?P<role>workers|activists|members|suspects|men|"
    r"militants)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A counted, unnamed subject of a passive ruling: "Two co-accused were acquitted".
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:other\s+)?"
    r"(?:co-accused|accused|others|suspects|men|people|persons)\s+(?:were|was|have|had|are|is)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'A-Z0-9])|\n+")


@dataclass(frozen=True)
class NarrativeEvent:
    """A ruling or charge told in a sentence; ``start``/``end`` are the sentence's."""

    kind: str  # "ruling" or "charge"
    outcome: str
    start: int
    end: int
    accused: str | None  # the person's full name, as the mentions give it
    group_org: str | None = None  # "13 workers of the MQM": the organisation ...
    group_role: str | None = None  # ... and the role ("workers")
    court: str | None = None  # the organisation that ruled, when the sentence names one


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, whitespace trimmed: a light splitter for quoting, not for parsing."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return [_trim(text, s, e) for s, e in out if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_events(text: str, mentions: list[Mention]) -> list[NarrativeEvent]:
    """Rulings and charges told in ``text``, in text order."""
    people = [m for m in mentions if m.type == "person"]
    orgs = [m for m in mentions if m.type == "organization"]
    focus = _focus(people)
    last: tuple[str | None, str | None, str | None] = (focus, None, None)
    out: list[NarrativeEvent] = []
    for s, e in sentences(text):
        sentence = text[s:e]
        found: list[tuple[int, int, str, str]] = []
        for kind, outcome, pattern in _PATTERNS:
            for match in pattern.finditer(sentence):
                verb = match.group().split()[-1] if match.group().split() else ""
                verb_start = s + match.end() - len(verb)
                if outcome == "sentenced" and "condemned" in match.group():
                    verb_start = s + match.start()
                found.append((s + match.end(), verb_start, kind, outcome))
        taken: set[int] = set()
        for verb_end, verb_start, kind, outcome in sorted(found):
            if verb_end in taken or _NEGATED.search(text[s:verb_start]):
                continue
            taken.add(verb_end)
            who = _accused(text, s, verb_start, verb_end, people, orgs)
            if isinstance(who, str):
                continue  # "skip"
            accused, group_org, group_role = last if who is None else who
            if accused is None and group_org is None:
                continue
            last = (accused, group_org, group_role)
            court = next(
                (o.name for o in orgs if s <= o.start < verb_end and _is_court(o.name)), None
            )
            out.append(NarrativeEvent(kind, outcome, s, e, accused, group_org, group_role, court))
    return out


def _accused(
    text: str, s: int, verb_start: int, verb_end: int, people: list[Mention], orgs: list[Mention]
) -> tuple[str | None, str | None, str | None] | str | None:
    """(person, group org, group role); None: the antecedent; "skip": not about anyone."""
    after = text[verb_end : verb_end + 60]
    before = text[s:verb_start]
    if _UNNAMED_SUBJECT.match(before):
        return "skip"  # "Two co-accused were acquitted": not the person in focus
    if before.rstrip().endswith(","):  # "X, convicted in absentia": the name before
        subjects = [p for p in people if s <= p.start < verb_start]
        return (subjects[-1].name, None, None) if subjects else None
    group = _GROUP.match(after)
    if group:
        org = next((o for o in orgs if o.start == verb_end + group.end()), None)
        if org is not None:
            return (None, org.name, group.group("role").lower())
    if _ANAPHOR.match(after):
        return None
    stop = min([verb_end + len(after)] + [verb_end + i for i, c in enumerate(after) if c in ",;"])
    for p in people:
        if verb_end <= p.start < stop:
            return (p.name, None, None)
    if _PASSIVE.search(before) or not before.strip() or re.search(r"\bhe\s+\Z", before, re.I):
        subjects = [p for p in people if s <= p.start < verb_end]
        if subjects:
            return (subjects[-1].name, None, None)
        return None
    if re.match(r"\A\s*(?:one|two|three|\d+)\b", after):
        return "skip"  # "acquitted one": someone unnamed
    return None


def _is_court(name: str) -> bool:
    return bool(re.search(r"court|tribunal|bench|ATC|martial", name, re.IGNORECASE))


def _focus(people: list[Mention]) -> str | None:
    counts = Counter(p.name for p in people if " " in p.name)
    return counts.most_common(1)[0][0] if counts else None
