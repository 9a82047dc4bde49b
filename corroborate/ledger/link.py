"""Steps: each document's attributions and narrative court events as ledger events, with
the act they concern and whom they accuse, ready to be grouped into allegations.

Pure over stored records: what the text says of each attribution was read once at ingest
(``nlp.facts``, stored as ``Attribution.facts``: its quote's sentences, day and act, whether it
denies, reports a confession, names accusations ...); here no text is read but the quote, by
its stored offsets. Per attribution (kinds from the extractor, refined by those facts):

- statements and opinions become **denials** when they reject ("baseless", "lying",
  "slanderous", "never"), else they are left out: they allege nothing;
- an allegation whose content reports a confession ("the JIT report mentions Uzair
  confessing to ...") is a **confession** of the one who confessed, resting on the report;
- a confession's **setting** is the extractor's (``kinds.setting_of``: the nearest setting
  phrase around it, else the scene set before it); for an allegation read as a confession it
  is the one read for the confession at ingest;
- rulings told by an attribution are dropped where a claim (``nlp/claims/``) reads a
  ruling in the same sentence.

Whom it accuses (the *principal*): for a confession, admission or retraction the one who
makes it; for political patronage (``acts.RELATIONAL``) the organisation named as patron;
otherwise the target when it resolves to an entity, else, where the content names no person,
an organisation the target phrase gives as its people's side (``AttributionFacts.target_side``:
"five Harbour Party gunmen"), never one it only names. A person the content only names is
not taken: who did what in it is the claims' reading of the grammar (``nlp/claims``).
Every step keeps the entities its quote names (``involved``), which is how denials find the
allegations they answer (``build``).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from corroborate.ledger.acts import RELATIONAL, statement_act
from corroborate.ledger.dating import dated
from corroborate.ledger.figure_source import SELF_KINDS, reported_source, reporters
from corroborate.lexicon.legal import legal
from corroborate.lexicon.statements import statement_words
from corroborate.nlp import names
from corroborate.records import (
    KINDS,
    Attribution,
    AttributionFacts,
    Document,
    Entity,
    Event,
    EventKind,
    Figure,
    Mention,
    Setting,
)
from corroborate.resolve.entity_index import EntityIndex

__all__ = [
    "KEEP_KINDS",
    "SELF_KINDS",
    "Step",
    "allegation_id",
    "answered_for",
    "attribution_steps",
]

# Kinds that are events on their own; statements and opinions only as denials (``_kind``).
KEEP_KINDS = frozenset(KINDS) - {"statement", "opinion"}
# Whether an entity's name is an investigator's, a court's or a force's: a question about
# names, which are records (the lexicon's ``authorities``), not about a document's text.
_NAMES_AUTHORITY = statement_words().names_authority
_NAMES_CUSTODY = statement_words().names_custody  # "the JIT", "Sindh Police"
# The legal lexicon: whether an office or a name is a court's (``names_a_court``).
_LEGAL = legal()


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
    # The quote names accusations, charges or confessions (``AttributionFacts``): what a
    # denial naming no act must do to answer an allegation against an organisation.
    names_accusations: bool = False
    # For an answer (a denial or retraction accusing no one): the entities it answers for
    # (``answered_for``); the speaker's own side only where the speaker is among them.
    answers_for: set[str] = field(default_factory=set)
    # A denial read for its principal, whom its own report tells only in a part not accused
    # (victim, relative, official ...: ``claims.told_apart``): it makes no accused unless
    # some step that is no answer accuses the principal (``build.group_steps``).
    told_apart: bool = False
    # A step of an accused told only by an untied "the NOUN" (``Claim.described``): the noun,
    # no principal yet, its candidates in ``involved`` (``ledger.described_elsewhere``).
    described: str | None = None
    # The nouns its report writes beside its principal's name ("The agent, X": "agent").
    described_as: frozenset[str] = frozenset()


def attribution_steps(
    document: Document,
    attributions: list[Attribution],
    mentions: list[Mention],
    index: EntityIndex,
    narrated: list[tuple[int, int]],
    cleared: frozenset[str] | set[str] = frozenset(),
    denied: Sequence[tuple[int, int, Sequence[tuple[str, int, int]]]] = (),
    suffered: Sequence[tuple[int, int, frozenset[str]]] = (),
) -> list[Step]:
    """Steps from attributions, from their stored facts (``Attribution.facts``, read at
    ingest): no text is read here but the quote's sentences, by their stored offsets; an
    attribution without facts is left out. ``narrated``: sentences whose ruling the claims
    already read; ``cleared``: entities the document names only as victim, judge, lawyer ...
    (``ledger.claims.cleared_entities``), never taken as the accused here; ``denied``:
    sentences where the claims read a denial, with whom it answers for (``answered_for``);
    ``suffered``: sentences where the claims read a crime, with its victims, whom no denial
    there answers for and no attribution there accuses (``claims.victims_read``)."""
    out: list[Step] = []
    # Each attribution's speaker found once (``reporters`` and the steps both ask), and the
    # mentions inside its source's words found by their starts, not by a scan of every
    # mention per attribution: a document is stepped again at every update that changes a
    # reference it reads, ten times as often in a store ten times as large.
    in_source = _MentionsBySpan(mentions)
    speakers: dict[int, Entity | None] = {}

    def speaker_of(a: Attribution) -> Entity | None:
        if id(a) not in speakers:
            speakers[id(a)] = _speaker(a, in_source, index, document.id)
        return speakers[id(a)]

    def source_of(a: Attribution) -> str | None:
        speaker = speaker_of(a)
        return speaker.name if speaker else a.facts.source_label if a.facts else None

    reported = reporters(attributions, source_of)
    for a in attributions:
        facts = a.facts
        if facts is None or not a.content:
            continue
        kind = _kind(a, facts)
        if kind == "ruling" and not facts.court_source:
            continue  # "he pleaded with the court to acquit": a request, not a ruling
        if kind is None:
            continue
        start, end = facts.quote
        if kind == "ruling" and any(s < end and start < e for s, e in narrated):
            continue
        quote = document.text[start:end]
        speaker = speaker_of(a)
        if kind == "ruling" and facts.target_office is not None:
            # "The justice said she regretted her remarks", "the court said the trial judge
            # had erred": a court speaking of itself or of a judge rules on no one
            continue
        target = index.lookup(a.target, document.id)
        if target is None and kind not in SELF_KINDS:
            # "parties ..., including X and Y, have armed wings": the phrase names no one
            # but the ones it lists, each the accused
            listed = _named_by(facts.target_conjuncts, index, document.id)
            target = next((e for e in listed if e.type != "place"), None)
        named = _named(facts, index, document.id)
        if target is not None and _not_the_accused(facts, target, index):
            target = None
        act = statement_act(kind, facts.act)
        setting = _setting(a, kind, facts)
        sides = _named_by(facts.target_side, index, document.id)
        principal, co = _principal(kind, act, a, speaker, target, named, sides)
        # One the document names only as victim, judge, lawyer ..., or whom the grammar of
        # this very sentence reads as what the crime was done to ("denied that the constable
        # had tortured X"), is not the accused of these words, whatever else X is accused of
        victims = {v for s, e, vs in suffered if s < end and start < e for v in vs}
        if principal in cleared or principal in victims:
            principal = None
        if kind in SELF_KINDS and act not in RELATIONAL and speaker is not None and facts.own_party:
            # "accepted ... militants working under the party's banner": the speaker's party
            party = next((f.organization for f in speaker.affiliations), None)
            principal = party or principal
        source = speaker.name if speaker else facts.source_label
        date = facts.date
        # a statement that tells of a confession to the police or investigators, named in
        # its words or as its source, rests on a custodial confession (``ledger.status``)
        custodial = facts.quote_confession and (
            facts.quote_custody or (source is not None and _NAMES_CUSTODY(source))
        )
        event = Event(
            date,
            kind,
            None,
            setting,
            source,
            document.id,
            quote,
            start,
            end,
            custodial,
            *dated(facts.when, facts.before_report),
        )
        figures = [
            Figure(q.unit, date, reported_source(a, q, reported) or source, document.id,
                   q.value, q.low, q.high)
            for q in a.quantities
        ]  # fmt: skip
        involved = {e.id for e in named} | {e.id for e in [speaker, target] if e}
        if kind == "denial":
            # a denial answers for no one its sentence tells a crime was done to
            involved -= victims
        speaker_id = speaker.id if speaker else None
        answers_for = set()
        if principal is None:
            read = [p for s, e, parties in denied if s < end and start < e for p in parties]
            answers_for = answered_for(speaker, a.source, read)
        step = Step(event, act, principal, involved, speaker_id, co, figures,
                    names_accusations=facts.names_accusations,
                    answers_for=answers_for)  # fmt: skip
        out.append(step)
        if target is not None and principal == target.id and kind not in SELF_KINDS:
            # "accused the Harbour Party and the Hill Front of ...": each name co-ordinated
            # with the target is accused as it is, by the same words of the same source
            for other in _conjuncts(facts, index, document.id, target, speaker, cleared):
                out.append(replace(step, principal=other.id, figures=[]))
    return out


def _conjuncts(
    facts: AttributionFacts,
    index: EntityIndex,
    doc_id: str,
    target: Entity,
    speaker: Entity | None,
    cleared: frozenset[str] | set[str],
) -> list[Entity]:
    """The entities co-ordinated with the target (``AttributionFacts.target_conjuncts``) that
    can be accused as it is: of its type, neither the source, a place, an investigator or a
    court, nor one the document names only as victim, judge or lawyer."""
    return [
        e for e in _named_by(facts.target_conjuncts, index, doc_id)
        if e not in (target, speaker) and e.type == target.type and e.id not in cleared
        and not _authority(e.name) and not _on_the_bench(e)
    ]  # fmt: skip


def answered_for(
    speaker: Entity | None,
    source: Sequence[tuple[int, int]],
    read: Sequence[tuple[str, int, int]],
) -> set[str]:
    """Whom an answer (a denial or retraction accusing no one) answers for: the accused the
    grammar read it to deny for in its sentence (``read``, entity id and words of each, from
    ``claims.denials_read``: "the party denied the charges against its chairman", "his
    lawyer denied the charges on behalf of X"), with the speaker where one of them is the
    speaker (named inside the attribution's ``source`` words); where the grammar read none,
    the speaker. A denial that names others never answers for its speaker unless the
    speaker is among them, so the speaker's side is not made the accused of what it denies
    for another. Decided here, once; ``build`` joins the answer by it. An attribution's
    target is no guide: in "X says Y is lying" it is the one whose word is rejected."""
    own = {speaker.id} if speaker is not None else set()
    if not read:
        return own
    spoken = any(s <= start and end <= e for _, start, end in read for s, e in source)
    return {entity for entity, _, _ in read} | (own if spoken else set())


class _MentionsBySpan:
    """A document's mentions other than places, found by where they start."""

    def __init__(self, mentions: list[Mention]) -> None:
        kept = sorted((m.start, i) for i, m in enumerate(mentions) if m.type != "place")
        self._starts = [start for start, _ in kept]
        self._order = [i for _, i in kept]
        self._mentions = mentions

    def names_in(self, spans: Sequence[Sequence[int]]) -> list[str]:
        """The names of the mentions starting inside one of ``spans``, in mention order."""
        found: set[int] = set()
        for s, e in spans:
            found.update(self._order[bisect_left(self._starts, s) : bisect_left(self._starts, e)])
        return [self._mentions[i].name for i in sorted(found)]


def _speaker(
    a: Attribution, in_source: _MentionsBySpan, index: EntityIndex, doc_id: str
) -> Entity | None:
    """The entity that speaks: the source's resolved name, else the organisation or person
    named inside the source's words ("a Rangers spokesperson", "a press release by the
    Rangers": the Rangers). A place never speaks: "KARACHI:" is a dateline."""
    for name in [a.source_name, *in_source.names_in(a.source)]:
        entity = index.lookup(name, doc_id)
        if entity is not None and entity.type != "place":
            return entity
    return None


def _kind(a: Attribution, facts: AttributionFacts) -> EventKind | None:
    if a.kind in ("statement", "opinion"):
        return "denial" if facts.denies else None
    if a.kind not in KEEP_KINDS:
        return None
    if a.kind == "allegation" and facts.reports_confession:
        return "confession"
    kind: EventKind = a.kind  # type: ignore[assignment]
    return kind


def _setting(a: Attribution, kind: str, facts: AttributionFacts) -> Setting | None:
    """The setting of a statement by the accused; none for the rest.

    An allegation read here as a confession ("according to the report, X confessed")
    had no setting from the extractor: the one read for the confession at ingest.
    """
    if kind not in SELF_KINDS:
        return None
    if a.kind == kind:
        return a.setting
    return facts.reported_setting


def _not_the_accused(facts: AttributionFacts, entity: Entity, index: EntityIndex) -> bool:
    """Whether the target phrase, as read at ingest, stands for no one the content accuses:
    it names the entity only to modify a noun ("two Rangers personnel"), it is a people
    ("the four Americans killed"), or it names an office ("the prosecutor"; a judge
    speaking of herself)."""
    if facts.target_people or facts.target_office is not None:
        return True
    # the aliases read through the index, which notes each name asked about ("a:"):
    # stepping reads them nowhere else, so only these documents step again when a name
    # they asked about comes or goes
    return index.named_as(entity, facts.target_modifiers)


def _named(facts: AttributionFacts, index: EntityIndex, doc_id: str) -> list[Entity]:
    """Entities the content names (``AttributionFacts.named``), in text order, each once."""
    return _named_by(facts.named, index, doc_id)


def _named_by(names: Sequence[str], index: EntityIndex, doc_id: str) -> list[Entity]:
    """The entities ``names`` resolve to in the document, in their order, each once."""
    out: list[Entity] = []
    for name in names:
        entity = index.lookup(name, doc_id)
        if entity is not None and entity not in out:
            out.append(entity)
    return out


def _principal(
    kind: str,
    act: str | None,
    a: Attribution,
    speaker: Entity | None,
    target: Entity | None,
    named: list[Entity],
    sides: list[Entity],
) -> tuple[str | None, set[str]]:
    """Whom the step accuses, and co-accused (the other patrons of a patronage claim).
    ``sides``: the organisations the target phrase gives as its people's side
    (``AttributionFacts.target_side``), the only ones a target naming no one falls back on."""
    # A place is where things happen, never who did them ("target killers in Karachi were
    # receiving money", "the decline of killings in Srinagar"): never the accused.
    if target is not None and target.type == "place":
        target = None
    named = [e for e in named if e.type != "place"]
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
        if kind == "confession" and a.kind != "allegation":
            # "the accused said he had taken money from landowners": no patron named, the
            # one who owns up to taking it is the one it accuses (as below for any act); not
            # an admission, which concedes a part ("admitted it would be very hard for his
            # campaign to win" read with a relational act accuses the speaker of nothing)
            if speaker is not None and speaker.type == "person":
                return speaker.id, set()
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
    # A target that names no one accuses no one the content merely names: the first person
    # it names was taken once, and on unseen reporting it was mostly a bystander to the act
    # ("Trump's critique of Bush's performance on terrorism", "fired his police chief, X");
    # who did the act is the claims' reading of the grammar (``nlp/claims``), which reads
    # every accused such a step gave on court dev. Nor, where the content names people, is
    # their side taken for them.
    if any(e.type == "person" and not _authority(e.name) and not _on_the_bench(e)
           for e in others):  # fmt: skip
        return None, set()
    # An organisation the content names is the accused only where the target phrase makes
    # its people the organisation's ("five Harbour Party gunmen", "gunmen affiliated with
    # the Harbour Party"); one named in passing ("Medicaid", "the White House") or as the
    # victims' side ("14 of the dead belonged to X") accuses no one.
    sided = [e for e in sides if e.type == "organization" and e != speaker
             and not _authority(e.name) and not _on_the_bench(e)]  # fmt: skip
    return (sided[0].id if sided else None), set()


def _on_the_bench(entity: Entity) -> bool:
    """A judge or magistrate (by a stated office: "chief justice" by its last word) or a
    court itself (by its name's last word: "the Supreme Court", "Sindh High Court", "the
    tribunal") decides cases; a ruling, or a report of one, never accuses it. Nor the side
    that brings the case, named as a party ("the State had not placed him at the scene",
    "the Crown was satisfied with the verdict"): it accuses, it is not accused."""
    offices = [a.role or "" for a in entity.affiliations]
    if entity.type != "person":
        offices.append(entity.name)
    return any(_LEGAL.names_a_court(names.words(office)) for office in offices) or (
        _prosecuting_side(entity)
    )


def _prosecuting_side(entity: Entity) -> bool:
    """Whether ``entity`` is named by the prosecution's side alone ("State", "the Crown"):
    the whole name, so "Islamic State" stays a party."""
    words = [w for w in names.words(entity.name) if w != "the"]
    return entity.type != "person" and len(words) == 1 and words[0] in _LEGAL.prosecuting_sides


def _authority(name: str) -> bool:
    """Investigators and courts report allegations; they are not accused by them."""
    return _NAMES_AUTHORITY(name)


def allegation_id(principal: str, act: str) -> str:
    return "alg_" + hashlib.sha1(f"{principal}:{act}".encode()).hexdigest()[:12]
