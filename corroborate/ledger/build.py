"""``build_ledger``: documents with their attributions and mentions in, the ledger out.

Pure: no database, no spaCy (mentions and attributions come parsed). The store calls it
through ``rebuild`` (``corroborate.ledger.store``); tests call it directly.

Grouping: an allegation is (principal accused, act) - see ``link`` for how each step gets
them; a patronage allegation also accuses the co-accused every one of its steps names, and
one that only some name gets those steps in an allegation of its own. Steps without an act
or an accused allege nothing trackable and are left out, except those ``unnamed_act`` places:
a step with the generic act (a ruling, charge, claim or confession naming no act), a denial
read for its accused naming no act, and a person's confession naming no act at all - one
module decides for all three which allegations they join. Other denials and retractions
carry no accused of their own: each joins every allegation that it answers, i.e. whose act it
names (or it names none) and whose accused it names or speaks for (the denier is the accused,
or is affiliated with it). A denial that names no act only
answers allegations against an organisation or against the denier, so that a minister
calling a rival's claim "baseless" does not contest every charge against a third person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from corroborate.ledger.acts import GENERIC, RELATIONAL
from corroborate.ledger.claims import (
    claim_steps,
    cleared_entities,
    denials_read,
    ruled_sentences,
    told_apart,
    victims_read,
)
from corroborate.ledger.described_elsewhere import described_joined, described_steps
from corroborate.ledger.event_order import event_order, place_in_report
from corroborate.ledger.index import DocumentRecord, node_ref, reach, reaches, recording_index
from corroborate.ledger.inferred_events import events_inferred
from corroborate.ledger.link import Step, allegation_id, attribution_steps
from corroborate.ledger.noted_lookups import noted_lookups
from corroborate.ledger.retold_setting import setting_read, settings_of_person
from corroborate.ledger.status import confession_only, status_of
from corroborate.ledger.unnamed_act import ANSWERS, grouped_by_act
from corroborate.records import (
    Allegation,
    Attribution,
    Claim,
    Document,
    Entity,
    Event,
    Figure,
    Ledger,
    Mention,
)
from corroborate.resolve import parts
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution, resolve, resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions, mention_nodes

ALLEGING = frozenset({"allegation", "corroboration", "charge"})


@dataclass(frozen=True)
class AnalysedDocument:
    """One document with what the per-document stages found in it."""

    document: Document
    attributions: list[Attribution]
    mentions: list[Mention]
    claims: list[Claim] = field(default_factory=list)

    def names_read(self) -> DocumentMentions:
        """What resolution reads of it: its mentions, and its claims for whom it reads as
        accused (``resolve.accused``)."""
        return DocumentMentions(self.document.id, self.document.published, self.mentions,
                                tuple(self.claims))  # fmt: skip


def build_ledger(documents: Iterable[AnalysedDocument]) -> Ledger:
    """The ledger of a set of documents: entities and allegations with their events."""
    return build_indexed(documents)[0]


def build_indexed(
    documents: Iterable[AnalysedDocument], hashes: Mapping[str, str] | None = None
) -> tuple[Ledger, Resolution, list[DocumentRecord]]:
    """The ledger, with what resolution decided and per document what the ledger took from
    it (``ledger.index``), for the store's index. ``hashes``: each document's content hash."""
    docs = sorted(documents, key=lambda d: ((d.document.published or ""), d.document.id))
    resolution = resolve(d.names_read() for d in docs)
    index = resolution.index
    records = [
        record_document(
            d,
            (hashes or {}).get(d.document.id, ""),
            resolution.short.get(d.document.id, []),
            resolution.acronyms.get(d.document.id, []),
            resolution.node_entity,
            index,
        )
        for d in docs
    ]
    return assemble_ledger(resolution, records), resolution, records


def assemble_ledger(resolution: Resolution, records: list[DocumentRecord]) -> Ledger:
    """The ledger of resolution's entities and every document's steps and groups, ``records``
    in resolution's document order (published, id): a build and an update that reuses stored
    records (``ledger.restep``) assemble it here alike."""
    groups: dict[str, Entity] = {}
    steps: list[Step] = []
    for r in records:
        steps += r.steps
        for gid, group in r.groups.items():
            groups.setdefault(gid, group)  # the first document that names it
    entities = {e.id: e for e in resolution.index.entities} | groups
    allegations = group_steps(steps, entities)
    return Ledger(
        entities=sorted(entities.values(), key=lambda e: (e.type, e.name, e.id)),
        allegations=allegations,
    )


def record_document(
    d: AnalysedDocument,
    content_hash: str,
    short: list[tuple[str, Node]],
    acronyms: list[tuple[str, Node]],
    node_entity: Mapping[Node, str],
    index: EntityIndex,
) -> DocumentRecord:
    """One document's steps and what it adds to entities, with every lookup, name and entity
    they read noted (``ledger.index``). ``index`` gives the global lookups and the entities."""
    read: set[str] = set()

    def entity_of(node: Node) -> str | None:
        read.add("m:" + node_ref(node))
        return node_entity.get(node)

    doc = d.document
    # a written name's entity is read where a step looks the name up (``noted_lookups``)
    by_doc = noted_lookups(doc.id, d.mentions, short, acronyms, node_entity.get, read)
    seen = recording_index(index.by_key_map, index.by_name_map, by_doc, index.by_id, read)
    part = parts.document_part(doc.id, doc.published, d.mentions, short, acronyms, entity_of,
                               seen.by_id.__getitem__, seen)  # fmt: skip
    groups: dict[str, Entity] = {}
    steps = claim_steps(doc, d.claims, seen, groups)
    cleared = cleared_entities(d.claims, seen, doc.id)
    steps += attribution_steps(doc, d.attributions, d.mentions, seen, ruled_sentences(d.claims),
                               cleared, denials_read(d.claims, seen, doc.id),
                               victims_read(d.claims, seen, doc.id))  # fmt: skip
    apart = told_apart(d.claims, seen, doc.id)
    steps = [replace(s, told_apart=True)
             if s.event.kind == "denial" and s.principal in apart else s
             for s in steps]  # fmt: skip
    # "the agent" named by no one here: its candidates, and the nouns beside each principal
    steps = described_steps(steps, d.mentions, seen, doc.id, cleared)
    accuses = reaches(steps, index.by_id)
    mentioned = [mention_nodes(m) for m in d.mentions]
    nodes = sorted({n for ns in mentioned for n in ns})
    pairs = [(ns[0], ns[1]) for ns in mentioned if len(ns) == 2]
    return DocumentRecord(doc.id, content_hash, doc.published, nodes, short, acronyms,
                          part.contributions, steps, groups, read, accuses, pairs)  # fmt: skip


def group_steps(steps: list[Step], entities: Mapping[str, Entity]) -> list[Allegation]:
    """The allegations ``steps`` make, each answer joined to those it answers (see above).
    ``entities`` is read by key only (an update passes a view). Decomposable by principal:
    the allegations against a principal are the same from any steps that hold every step
    reaching it (``index.reach``) and, for a patronage step naming it as co-accused, every
    step of that step's own principal (``ledger.regroup``)."""
    steps = described_joined(steps)  # "the agent" to the one agent another report names
    answers: list[Step] = []
    keyed: list[tuple[str, Step, str]] = []
    denials: list[Step] = []  # read for their accused, naming no act
    confessions: list[Step] = []  # persons', naming no act at all
    # A denial makes its principal accused only where something that is no answer accuses
    # them, or its report gives them no part apart from the accused's: "he was simply doing
    # his job," his widow said of the man killed, is no plea for an accused.
    alleged = {s.principal for s in steps if s.principal and s.event.kind not in ANSWERS}
    for step in steps:
        if step.told_apart and step.principal not in alleged:
            continue
        if step.event.kind in ANSWERS and step.principal is None:
            answers.append(step)
            continue
        if step.principal is None:
            continue
        act = step.act or (GENERIC if step.event.kind in ("ruling", "charge") else None)
        if act is None:
            confessor = entities.get(step.principal)
            if step.event.kind == "confession" and confessor and confessor.type == "person":
                confessions.append(step)
            continue
        if step.event.kind == "denial" and act == GENERIC:
            denials.append(step)
            continue
        keyed.append((step.principal, step, act))
    # Which allegations the steps naming no act join (``unnamed_act``): read from the steps
    # of their own principal only, so grouping stays decomposable by principal.
    groups = {p for p, _, _ in keyed if (e := entities.get(p)) is not None and e.type == "group"}
    by_key = grouped_by_act(keyed, denials, confessions, groups)
    shared = _patrons_every_report_names(by_key, entities)
    # An answer can join only the allegations against what it names or speaks for
    # (``index.reach``): looked up by principal, not tried against every allegation.
    acts_of: dict[str, list[str]] = defaultdict(list)
    for principal, act in by_key:
        acts_of[principal].append(act)
    # Whom each report itself accuses: an answer that names neither an act nor accusations
    # ("X says Y is lying", "Mr X dismissed the criticism") answers only what its own report
    # alleges against the speaker's side, not every allegation another report made.
    alleged_in = {(p, s.event.document_id) for (p, _), group in by_key.items() for s in group}
    # What each report accuses by an allegation, a charge, a ruling ..., not by a denial
    # read with its accused ("X denied the charges"): the test for an answer spoken for
    # another that names no act (``_answers``).
    accused_in = {(p, s.event.document_id) for (p, _), group in by_key.items() for s in group
                  if s.event.kind not in ANSWERS}  # fmt: skip
    for answer in answers:
        vague = not (answer.act or answer.names_accusations)
        for principal in sorted(reach(answer, entities) & acts_of.keys()):
            if vague and (principal, answer.event.document_id) not in alleged_in:
                continue
            alleged_here = (principal, answer.event.document_id) in accused_in
            for act in acts_of[principal]:
                if _answers(answer, principal, act, entities, alleged_here):
                    by_key[(principal, act)].append(answer)
    out = [_allegation(principal, act, group, entities, shared.get((principal, act), []))
           for (principal, act), group in by_key.items()]  # fmt: skip
    # a confession filed under another act than the one whose report read its setting
    out = settings_of_person(out)
    return sorted(out, key=lambda a: (entities[a.accused[0]].name, a.act, a.id))


def _patrons_every_report_names(
    by_key: dict[tuple[str, str], list[Step]], entities: Mapping[str, Entity]
) -> dict[tuple[str, str], list[str]]:
    """The co-accused of each patronage allegation that every one of its steps names (they
    stay on it, beside the principal). A co-accused only some steps name gets those steps
    in an allegation of its own (added to ``by_key``): an allegation's accused are read as
    accused by each of its events, and "received money from PPP MNA X" does not accuse
    the Y and Z another report lists among the party's patrons."""
    shared: dict[tuple[str, str], list[str]] = {}
    own: list[tuple[tuple[str, str], Step]] = []
    for (principal, act), group in by_key.items():
        if act not in RELATIONAL:
            continue
        named = [{c for c in s.co_accused if c in entities} - {principal} for s in group]
        # what the reports allege, not a denial of the principal's (which names no patrons)
        alleging = [co for s, co in zip(group, named, strict=True) if s.event.kind not in ANSWERS]
        common = set.intersection(*alleging) if alleging else set()
        shared[(principal, act)] = sorted(common)
        own += [
            ((c, act), s) for s, co in zip(group, named, strict=True) for c in sorted(co - common)
        ]
    for key, step in own:
        by_key[key].append(step)
    return shared


def _answers(
    step: Step, principal: str, act: str, entities: Mapping[str, Entity], alleged_here: bool
) -> bool:
    """Whether an answer joins the allegation (``principal``, ``act``). ``alleged_here``:
    the answer's own report alleges something against ``principal`` (not by a denial)."""
    if step.act is not None and step.act != act:
        return False
    # Whom it answers for was decided with the step (``link.answered_for``,
    # ``claims.claim_steps``). The speaker's organisations only where the speaker answers
    # for itself ("his lawyer denied the charges against X" is no answer of the lawyer's
    # firm). Naming no act, an answer for another than its speaker - another the grammar
    # read ("dismisses accusations that X is racist"), or the speaker's organisation -
    # joins only what its own report alleges against them or, for the organisation, when
    # it names it: a minister calling a rival's "propaganda" baseless answers no charge
    # another report makes against the minister's government.
    speaker = entities.get(step.speaker or "")
    own = principal in step.answers_for and principal == step.speaker
    for_other = principal in step.answers_for and not own
    for_party = (
        speaker is not None
        and speaker.id in step.answers_for
        and any(a.organization == principal for a in speaker.affiliations)
    )
    if step.act is None and not alleged_here:
        for_other = False
        for_party = for_party and principal in step.involved
    speaks_for = own or for_other or for_party
    if step.act is None:
        # Naming no act, a denial answers only for its own side, or rejects "accusations"
        # against an organisation it names (read at ingest: ``Step.names_accusations``).
        accused = entities[principal]
        return speaks_for or (
            step.names_accusations and principal in step.involved
            and accused.type == "organization"
        )  # fmt: skip
    if step.event.kind == "denial" and step.answers_for - {step.speaker}:
        # the grammar read whom the denial clears, another than its speaker ("the councillor
        # testified that he ... had never met X": the councillor): so no one else it names
        # - the witness met, the co-accused - is read to deny by being named in it
        return speaks_for
    return speaks_for or principal in step.involved


def _two_settings(first: Event, then: Event) -> bool:
    """Whether two confessions of one sentence were made in two settings, each read (not
    one unknown, which is the same confession told with no setting)."""
    known = setting_read(first) and setting_read(then)
    return then.kind == "confession" and known and first.setting != then.setting


def _allegation(
    principal: str,
    act: str,
    steps: list[Step],
    entities: Mapping[str, Entity],
    co_accused: list[str],
) -> Allegation:
    seen: dict[tuple[str, int, int, str, str | None], int] = {}
    unique: list[Step] = []
    # one event per sentence and kind, the first of the steps that tell it (an attribution
    # and a claim of one sentence may date it apart: the choice does not depend on the date)
    for step in sorted(steps, key=lambda s: place_in_report(s.event)):
        e = step.event
        # two rulings of one sentence are two steps ("X, who had been sentenced to 16 years,
        # was acquitted"): both are kept
        outcome = e.outcome if e.kind == "ruling" else None
        key = (e.document_id, e.start, e.end, e.kind, outcome)
        if key in seen and _two_settings(unique[seen[key]].event, e):
            # "X, who police said had confessed to the battalion, later made a statement
            # under section 164 before a magistrate": one sentence, two confessions
            key = (*key[:4], e.setting)
        if key not in seen:
            seen[key] = len(unique)
            unique.append(step)
        elif (
            e.kind == "confession" and setting_read(e) and not setting_read(unique[seen[key]].event)
        ):
            # one confession read twice in its sentence, once with no setting ("signed papers
            # he was not allowed to read" beside "confessed at the police station"): the
            # reading that found the setting tells where it was made, whichever came first
            kept = unique[seen[key]]
            unique[seen[key]] = replace(kept, event=replace(kept.event, setting=e.setting))
        elif e.kind == "denial" and e.source and not unique[seen[key]].event.source:
            # the claims' reading of a denial names no source; the attribution of the same
            # sentence names who spoke it: that one is kept
            unique[seen[key]] = step
    unique.sort(key=lambda s: event_order(s.event))
    # what the ledger infers over the allegation's reports (a confession told only by its
    # retraction, a setting told again, a retraction standing in a later denial): one place
    events = events_inferred([s.event for s in unique])
    accused = [principal, *(c for c in co_accused if c != principal)]
    names = {entities[a].name for a in accused if a in entities}
    # One source counts once however it is named: by entity where it resolved to one,
    # else by its words, ignoring case.
    alleged_by: list[str] = []
    counted: set[str] = set()
    for step in unique:
        source = step.event.source
        if step.event.kind not in ALLEGING or not source or source in names:
            continue
        source_key = step.speaker or source.lower()
        if source_key not in counted:
            counted.add(source_key)
            alleged_by.append(source)
    # Figures from every step, duplicates of an event included: an attribution and a claim
    # may tell the same sentence, and only the attribution carries its numbers.
    figures: list[Figure] = []
    for step in steps:
        if step.event.kind != "denial":
            figures += [f for f in step.figures if f not in figures]
    return Allegation(
        id=allegation_id(principal, act),
        accused=accused,
        act=act,
        alleged_by=alleged_by,
        status=status_of(events, names),
        confession_only=confession_only(events),
        quantities=figures,
        events=events,
    )


def entity_index(documents: Iterable[AnalysedDocument]) -> EntityIndex:
    """The entity index alone (for ``corroborate entity``)."""
    return resolve_entities(d.names_read() for d in documents)
