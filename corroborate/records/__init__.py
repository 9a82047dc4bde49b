"""Typed records passed between the pipeline's stages, one module a kind of record.

Every record that points into a text carries character offsets: Python string
indices, end exclusive, so that ``document.text[start:end]`` is the quote. The package
exports every record, so that ``from corroborate.records import Claim`` reads the same
from any stage.
"""

from __future__ import annotations

from corroborate.records.attributions import (
    KINDS,
    SETTINGS,
    Attribution,
    AttributionFacts,
    Kind,
    Quantity,
    Setting,
)
from corroborate.records.claims import (
    CLAIM_KINDS,
    PARTICIPANT_ROLES,
    Claim,
    ClaimKind,
    Participant,
    ParticipantRole,
)
from corroborate.records.documents import Document, Range
from corroborate.records.entities import (
    ENTITY_TYPES,
    Affiliation,
    Alias,
    Entity,
    EntityType,
    Mention,
)
from corroborate.records.figures import MEASURES, NONE_STATED, EnforcementFigure, Measure
from corroborate.records.ledger import (
    EVENT_KINDS,
    STATUSES,
    Allegation,
    Event,
    EventKind,
    Figure,
    Ledger,
    Status,
)
from corroborate.records.numbers import json_number

__all__ = [
    "Range",
    "Document",
    "json_number",
    "Kind",
    "KINDS",
    "Setting",
    "SETTINGS",
    "Quantity",
    "AttributionFacts",
    "Attribution",
    "EntityType",
    "ENTITY_TYPES",
    "Mention",
    "Alias",
    "Affiliation",
    "Entity",
    "EventKind",
    "EVENT_KINDS",
    "Status",
    "STATUSES",
    "Event",
    "Figure",
    "Allegation",
    "Ledger",
    "Measure",
    "MEASURES",
    "NONE_STATED",
    "EnforcementFigure",
    "ClaimKind",
    "CLAIM_KINDS",
    "ParticipantRole",
    "PARTICIPANT_ROLES",
    "Participant",
    "Claim",
]
