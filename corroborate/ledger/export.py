"""Exports of the ledger for other tools.

- ``jsonl``: one JSON object per line, ``{"type": "entity", ...}`` then
  ``{"type": "allegation", ...}``, each as in the ledger's JSON contract, then
  ``{"type": "correction", ...}`` for every correction made by hand (undone ones too, with
  ``undone_at``): the ledger exported is the corrected one, and these say what was changed.
- ``csv``: one row per event (as ``corroborate ledger --format csv``, the same columns in the
  same places), with a last column ``corrections``: the corrections by hand that changed the
  row's allegation ("merged X into Y (cor_...): reason"), empty where none did. A column the
  ledger's CSV gains goes after its last and so before ``corrections``, which stays last.
- ``claimreview``: schema.org ClaimReview JSON-LD, what fact-checkers publish: one review
  per allegation, the claim being the act alleged against the accused, the rating the
  ledger's status (``reviewRating.alternateName``), each source document an appearance; a
  correction by hand that changed the allegation is a schema.org ``CorrectionComment``.
- ``ftm``: FollowTheMoney entities, one JSON object per line, as Aleph and OpenSanctions
  load them: Person, Organization, Address (places); a Membership per affiliation; an
  Event per ruling, with the accused as ``involved``; a Note per correction by hand, on the
  entities it names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from corroborate.ledger.corrections import Correction
from corroborate.ledger.render import to_csv
from corroborate.records import Allegation, Entity, Ledger
from corroborate.write import json_text

__all__ = ["FORMATS", "FTM_SCHEMA", "claim_review", "export", "ftm_entities"]

FORMATS = ("jsonl", "csv", "claimreview", "ftm")
FTM_SCHEMA = {"person": "Person", "organization": "Organization", "place": "Address",
              "group": "Organization"}  # fmt: skip


def export(
    ledger: Ledger,
    fmt: str,
    urls: dict[str, str | None],
    corrections: Sequence[Correction] = (),
) -> str:
    active = [c for c in corrections if c.active]
    if fmt == "csv":
        return to_csv(ledger, corrections_of=lambda a: _corrections_text(a, active))
    if fmt == "claimreview":
        reviews = [claim_review(a, ledger, urls, active) for a in ledger.allegations]
        return json_text(reviews, indent=2) + "\n"
    rows = _jsonl(ledger, corrections) if fmt == "jsonl" else ftm_entities(ledger, active)
    return "".join(json_text(r) + "\n" for r in rows)


def _corrections_text(allegation: Allegation, corrections: Sequence[Correction]) -> str:
    return "; ".join(
        f"{c.describe()} ({c.id}): {c.reason}" for c in corrections if c.applies_to(allegation)
    )


def _jsonl(ledger: Ledger, corrections: Sequence[Correction]) -> Iterator[dict[str, Any]]:
    for e in ledger.entities:
        yield {"type": "entity", **e.to_json()}
    for a in ledger.allegations:
        yield {"type": "allegation", **a.to_json()}
    for c in corrections:
        yield {"type": "correction", **c.to_json()}


def claim_review(
    a: Allegation,
    ledger: Ledger,
    urls: dict[str, str | None],
    corrections: Sequence[Correction] = (),
) -> dict[str, Any]:
    by_id = {e.id: e for e in ledger.entities}
    accused = [by_id[i] for i in a.accused if i in by_id]
    names = ", ".join(e.name for e in accused)
    first = a.events[0] if a.events else None
    appearances = []
    for document_id in dict.fromkeys(e.document_id for e in a.events):
        work: dict[str, Any] = {"@type": "CreativeWork", "identifier": document_id}
        if urls.get(document_id):
            work["url"] = urls[document_id]
        appearances.append(work)
    claim: dict[str, Any] = {
        "@type": "Claim",
        "appearance": appearances,
        "about": [{"@type": _schema_type(e), "name": e.name} for e in accused],
    }
    if a.alleged_by:
        claim["author"] = [{"@type": "Thing", "name": n} for n in a.alleged_by]
    if first and first.date:
        claim["datePublished"] = first.date
    last_dates = [e.date for e in a.events if e.date]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": a.id,
        "claimReviewed": f"{names}: {a.act}",
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": a.status,
            "ratingExplanation": _explanation(a),
        },
        "author": {"@type": "Organization", "name": "corroborate"},
    }
    if last_dates:
        review["datePublished"] = max(last_dates)
    made = [c for c in corrections if c.applies_to(a)]
    if made:
        review["correction"] = [
            {"@type": "CorrectionComment", "identifier": c.id,
             "text": f"{c.describe()}: {c.reason}",
             "author": {"@type": "Person", "name": c.author}, "dateCreated": c.created_at}
            for c in made
        ]  # fmt: skip
    return review


def _explanation(a: Allegation) -> str:
    kinds = [
        e.kind + (f" ({e.outcome})" if e.outcome else "")
        + (f" ({e.shown_inference})" if e.shown_inference else "")
        for e in a.events
    ]  # fmt: skip
    text = f"Status {a.status} from {len(a.events)} events: " + ", ".join(kinds) + "."
    if a.confession_only:
        text += " Supported only by confessions made in custody."
    return text


def _schema_type(e: Entity) -> str:
    return {"person": "Person", "organization": "Organization", "place": "Place"}.get(
        e.type, "Organization"
    )


def ftm_entities(
    ledger: Ledger, corrections: Sequence[Correction] = ()
) -> Iterator[dict[str, Any]]:
    for e in ledger.entities:
        props: dict[str, list[str]] = {"name": [e.name]}
        if e.type == "place":
            props = {"full": [e.name]}
        aliases = [a.name for a in e.aliases]
        if aliases and e.type != "place":
            props["alias"] = aliases
        yield {"id": e.id, "schema": FTM_SCHEMA[e.type], "properties": props}
    for e in ledger.entities:
        for i, f in enumerate(e.affiliations):
            props = {"member": [e.id], "organization": [f.organization]}
            if f.role:
                props["role"] = [f.role]
            if f.date:
                props["date"] = [f.date]
            props["publisher"] = [f.document_id]
            yield {"id": f"{e.id}-mem-{i}", "schema": "Membership", "properties": props}
    for a in ledger.allegations:
        for i, ev in enumerate(a.events):
            if ev.kind != "ruling":
                continue
            props = {
                "name": [f"{ev.outcome or 'ruling'}: {a.act}"],
                "involved": list(a.accused),
                "summary": [ev.quote],
                "sourceUrl": [ev.document_id],
            }
            if ev.date:
                props["date"] = [ev.date]
            yield {"id": f"{a.id}-ev-{i}", "schema": "Event", "properties": props}
    known = {e.id for e in ledger.entities}
    for c in corrections:
        named = [i for i in c.entity_ids() if i in known]
        if named:
            description = (
                f"Corrected by hand: {c.describe()}. {c.reason} ({c.author}, {c.created_at})"
            )
            props = {"entity": named, "description": [description]}
            yield {"id": f"note-{c.id}", "schema": "Note", "properties": props}
