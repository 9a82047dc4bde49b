"""Ledger steps from stored claims: who a document accuses, and of what, in one place.

A claim's ``accused`` parties (``nlp/claims/`` read them from the grammar) each get a step:
a court's ruling with its outcome, a charge or arrest, a confession with its setting, an
accusation or a crime told with its agent. The names a document gives only other parts -
the victim, the judge, a lawyer, the prosecutor, an investigator, a witness, a relative, an
official - are ``cleared``: no attribution in that document makes them the accused either.
Pure over claims and the entity index; no text is read here but the sentence to quote.
"""

from __future__ import annotations

from corroborate.ledger.acts import GENERIC, statement_act
from corroborate.ledger.dating import dated
from corroborate.ledger.link import Step
from corroborate.lexicon.legal import OFFICES
from corroborate.records import (
    Affiliation,
    Claim,
    Document,
    Entity,
    Event,
    EventKind,
    Participant,
)
from corroborate.resolve.entity_ids import entity_id
from corroborate.resolve.entity_index import EntityIndex

__all__ = [
    "OFFICES",
    "claim_steps",
    "DeniedParty",
    "cleared_entities",
    "denials_read",
    "ruled_sentences",
    "told_apart",
    "victims_read",
]


_EVENT_KINDS: dict[str, EventKind] = {
    "ruling": "ruling",
    "charge": "charge",
    "arrest": "charge",
    "confession": "confession",
    "denial": "denial",
    "retraction": "retraction",
    "accusation": "report",
    "crime": "report",
}


def cleared_entities(claims: list[Claim], index: EntityIndex, document_id: str) -> set[str]:
    """Entity ids the document names only as victim, relative, witness, official ... never
    as accused, and those it names by office as judge, prosecutor or counsel ("Justice X",
    "defence counsel Y") whatever else it says: no attribution makes them the accused."""
    return _told_not_accused(claims, index, document_id, None, ())


def told_apart(claims: list[Claim], index: EntityIndex, document_id: str) -> set[str]:
    """Entity ids the document tells as the victim, a relative or a witness in a claim that
    is no answer, or names by office as judge, prosecutor or counsel, and accuses by no claim
    that is no answer. Unlike ``cleared_entities`` a denial's own reading does not count:
    "he was simply doing his job," said the widow of the man killed, read as a denial for
    him, tells no accusation of him (``build.group_steps`` reads who is accused elsewhere).
    Not an investigator's part: "Officer X's attorney said his client denies the charge"
    pleads for the officer a report indicted as "a police officer"."""
    return _told_not_accused(claims, index, document_id, _APART, ("denial", "retraction"))


# The parts a crime's telling gives those it was done to or who saw it (``told_apart``).
_APART = frozenset({"victim", "relative", "witness"})


def _told_not_accused(
    claims: list[Claim],
    index: EntityIndex,
    document_id: str,
    parts: frozenset[str] | None,
    unread_kinds: tuple[str, ...],
) -> set[str]:
    """Entity ids given one of ``parts`` (any part but accused, where None) and never the
    accused's, in the claims of kinds other than ``unread_kinds``, and those named by office."""
    accused: set[str] = set()
    other: set[str] = set()
    for claim in claims:
        if claim.kind in unread_kinds:
            continue
        for p in claim.participants:
            entity = index.lookup(p.name, document_id)
            if entity is None:
                continue
            if p.role == "accused":
                accused.add(entity.id)
            elif parts is None or p.role in parts:
                other.add(entity.id)
    return (other - accused) | _officers(claims, index, document_id)


def _officers(claims: list[Claim], index: EntityIndex, document_id: str) -> set[str]:
    """Entity ids the document names by office (a ``role`` claim of court, prosecutor or
    defence): never accused in it, whatever a claim or an attribution says - unless the
    office noun stands in the very sentence whose clause tells a court's ruling on that name
    ("A tenth lawyer, X, was declared a proclaimed offender"): there the noun tells a trade,
    and the ruling the part in the proceeding. Only a ruling: a charge is read from verbs a
    prosecutor is the subject of too ("Prosecuting counsel Y put it to him that ...")."""
    ruled_on = {
        (c.start, e.id)
        for c in claims
        if c.kind == "ruling"
        for p in c.participants
        if p.role == "accused" and (e := index.lookup(p.name, document_id)) is not None
    }
    return {
        e.id
        for c in claims
        if c.kind == "role"
        for p in c.participants
        if p.role in OFFICES
        and (e := index.lookup(p.name, document_id)) is not None
        and (c.start, e.id) not in ruled_on
    }


def ruled_sentences(claims: list[Claim]) -> list[tuple[int, int]]:
    """Sentences with a ruling read from the grammar: an attribution there adds nothing. Not
    a ruling on untied descriptions alone (``Claim.described``), which names no one here."""
    return [(c.start, c.end) for c in claims if c.kind == "ruling" and c.participants]


def victims_read(
    claims: list[Claim], index: EntityIndex, document_id: str
) -> list[tuple[int, int, frozenset[str]]]:
    """Sentences where the grammar read a crime done to someone, each with the entity ids it
    makes victims there and not accused: whom a denial in that sentence never answers for
    ("She lies about everything, whether it's trips where she was being gunned down": she is
    what the deed was done to, and calling her story a lie accuses her of nothing)."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for claim in claims:
        if claim.kind != "crime":
            continue
        roles: dict[str, set[str]] = {}
        for p in claim.participants:
            entity = index.lookup(p.name, document_id)
            if entity is not None:
                roles.setdefault(entity.id, set()).add(p.role)
        victims = frozenset(e for e, r in roles.items() if "victim" in r and "accused" not in r)
        if victims:
            out.append((claim.start, claim.end, victims))
    return out


# One accused party of a denial the grammar read: its entity id and the words that name it.
DeniedParty = tuple[str, int, int]


def denials_read(
    claims: list[Claim], index: EntityIndex, document_id: str
) -> list[tuple[int, int, tuple[DeniedParty, ...]]]:
    """Sentences where the grammar read a denial or retraction, each with its accused
    parties: whom it answers for ("the party denied the charges against its chairman": the
    chairman), which an attribution of the same sentence defers to (``link.answered_for``).
    A party keeps its words, so that the attribution can tell its own speaker among them
    by place, whatever name each resolved to."""
    out: list[tuple[int, int, tuple[DeniedParty, ...]]] = []
    for claim in claims:
        if claim.kind not in ("denial", "retraction"):
            continue
        parties = tuple(
            (e.id, p.start, p.end)
            for p in claim.participants
            if p.role == "accused" and (e := index.lookup(p.name, document_id)) is not None
            and e.type != "place"
        )  # fmt: skip
        if parties:
            out.append((claim.start, claim.end, parties))
    return out


def claim_steps(
    document: Document, claims: list[Claim], index: EntityIndex, groups: dict[str, Entity]
) -> list[Step]:
    """One step per accused party of each claim, once per (party, kind, outcome, sentence).
    A party of members ("13 workers of the MQM") is a group entity, added to ``groups``."""
    out: list[Step] = []
    seen: set[tuple[str, str, str | None, int, str | None]] = set()
    officers = _officers(claims, index, document.id)
    for claim in claims:
        kind = _EVENT_KINDS.get(claim.kind)
        if kind is None:
            continue
        if claim.kind == "crime" and claim.act is None:
            # A crime verb in a sentence that names no crime: "attacked the loopholes",
            # "helped her beat back a challenge", "attacked X in a tweet" (criticism).
            # A crime the report tells names what it was (a killing, a kidnapping ...).
            continue
        act = statement_act(kind, claim.act)
        # "X rejected the claims, saying the confession was extracted under torture": a
        # denial that contests the evidence answers the allegations; it accuses no one of it
        contests = kind == "denial" and claim.act is not None and act is None
        resolved = [(p, index.lookup(p.name, document.id)) for p in claim.participants]
        # the court that ruled: the last one the sentence names
        court = next((e for p, e in reversed(resolved) if p.role == "court"), None)
        involved = {e.id for _, e in resolved if e is not None}
        quote = document.text[claim.start : claim.end]
        date = claim.date  # read at ingest (``nlp.facts.claim_facts``)
        for p in claim.participants:
            if p.role != "accused":
                continue
            entity = _party(p, index, document.id, groups)
            if entity is None or entity.id in officers or entity.type == "place":
                continue  # a place is where it happened, never who did it
            # one sentence may tell two confessions in two settings ("X, who police said had
            # confessed to the battalion, later made a statement under section 164 before a
            # magistrate"): each is its own event, not a repeat of the first
            setting = claim.setting if kind == "confession" else None
            key = (entity.id, kind, claim.outcome, claim.start, setting)
            if key in seen:
                continue
            seen.add(key)
            source = court.name if court is not None and kind == "ruling" else None
            event = Event(
                date,
                kind,
                claim.outcome,
                claim.setting if kind in ("confession", "retraction", "denial") else None,
                source,
                document.id,
                quote,
                claim.start,
                claim.end,
                claim.custodial_report,
                *dated(claim.when, claim.before_report),
            )
            if contests:  # an answer, spoken by the one who denies
                step = Step(event, None, None, involved, entity.id, answers_for={entity.id})
            else:
                step = Step(
                    event,
                    act or GENERIC,
                    entity.id,
                    involved,
                    court.id if court is not None and kind == "ruling" else None,
                )
            out.append(step)
        if not contests:
            out += _described(claim, event_kind=kind, act=act, court=court, document=document)
    return out


def _described(
    claim: Claim, *, event_kind: EventKind, act: str | None, court: Entity | None,
    document: Document,
) -> list[Step]:  # fmt: skip
    """A step for each untied description the claim reads as accused ("the agent withdrew his
    confession"), with no principal: ``ledger.described_elsewhere`` gives it one, or none."""
    out: list[Step] = []
    for noun in dict.fromkeys(d.noun for d in claim.described):
        event = Event(
            claim.date,
            event_kind,
            claim.outcome,
            claim.setting if event_kind in ("confession", "retraction", "denial") else None,
            court.name if court is not None and event_kind == "ruling" else None,
            document.id,
            document.text[claim.start : claim.end],
            claim.start,
            claim.end,
            claim.custodial_report,
            *dated(claim.when, claim.before_report),
        )
        speaker = court.id if court is not None and event_kind == "ruling" else None
        out.append(Step(event, act or GENERIC, None, set(), speaker, described=noun))
    return out


def _party(
    p: Participant, index: EntityIndex, document_id: str, groups: dict[str, Entity]
) -> Entity | None:
    entity = index.lookup(p.name, document_id)
    if entity is None or not p.members:
        return entity
    name = f"{entity.name} {p.members}"
    gid = entity_id("group", name)
    role = p.members.removesuffix("s")
    affiliation = Affiliation(entity.id, entity.name, role, None, document_id)
    return groups.setdefault(gid, Entity(gid, name, "group", affiliations=[affiliation]))
