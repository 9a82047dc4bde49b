"""What resolution decides per component and what it decides per document, kept apart.

``resolve_entities`` joins names component by component (``blocking``): the *groups* of
names, each entity's id, canonical name and the aliases its joins give, and the spelling
keys that look it up. Everything else it decides per document, from that document's
mentions and the entities they resolve to:

- the document's own lookups (``by_doc``): the short forms and acronyms it uses;
- short-form and acronym aliases it gives an entity, unless two people it names share the
  words ("Knox" beside Amanda and Deanna Knox, "Thapa Magar" beside two Thapa Magars);
- affiliations ("Rangers spokesman X"), found by looking both names up.

These per-document parts cross components (the other people a document names, the
organisation a lookup finds), so an incremental update recomputes them per touched document
(``ledger.update``) and ``assemble`` adds them to an entity in document order, exactly as a
full resolution appends them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, Protocol

from corroborate.nlp import names
from corroborate.records import Affiliation, Alias, Entity, Mention
from corroborate.resolve.blocking import Node, word_block

__all__ = [
    "Contribution",
    "DocumentPart",
    "Lookup",
    "assemble",
    "assembled_with",
    "document_lookups",
    "document_part",
    "lookup_nodes",
    "resolution_order",
]

ContributionKind = Literal["short", "acronym", "affiliation"]
_KIND_ORDER = {"short": 0, "acronym": 1, "affiliation": 2}
# The reasons of the aliases documents contribute: an entity's final aliases say of each
# whether it is a short form or an acronym (``assembled_with``).
_SHORT_REASON = "short form of {!r} in the document"
_ACRONYM_REASON = "acronym defined in the text"
# A nickname other reports declare for other men stands for its man in its own report only
# (``resolve.declared``): its alias says so, and it is no acronym.
_NICKNAME_REASON = "nickname the text declares (other reports give it to other men)"


class Lookup(Protocol):
    def lookup(self, name: str | None, document_id: str | None = None) -> Entity | None: ...


@dataclass(frozen=True)
class Contribution:
    """A name or an affiliation one document gives an entity."""

    entity_id: str
    kind: ContributionKind
    alias: Alias | None = None
    affiliation: Affiliation | None = None


@dataclass
class DocumentPart:
    """One document's share of resolution: its contributions, and the entities whose names
    it read to decide them (a short form is dropped when two people it names share it)."""

    contributions: list[Contribution] = field(default_factory=list)
    read: set[str] = field(default_factory=set)


def resolution_order(published: str | None, document_id: str) -> tuple[str, str]:
    """The order resolution reads documents in: undated last."""
    return (published or "9999", document_id)


def document_lookups(
    document_id: str,
    mentions: list[Mention],
    short: list[tuple[str, Node]],
    acronyms: list[tuple[str, Node]],
    node_entity: Callable[[Node], str | None],
) -> dict[tuple[str, str], str]:
    """The document's own lookups: its short forms, the acronyms only it defines, then every
    name it writes (the first entry for a name wins)."""
    by_doc: dict[tuple[str, str], str] = {}
    for written, node in short:
        found = node_entity(node)
        if found is not None:
            by_doc.setdefault((document_id, written.lower()), found)
    for acronym, node in acronyms:
        found = node_entity(node)
        if found is not None:
            by_doc.setdefault((document_id, acronym.lower()), found)
    for m in mentions:
        hit = node_entity((m.type, names.clean(m.name)))
        if hit is not None:
            by_doc.setdefault((document_id, names.clean(m.name).lower()), hit)
    return by_doc


def lookup_nodes(
    document_id: str,
    mentions: list[Mention],
    short: list[tuple[str, Node]],
    acronyms: list[tuple[str, Node]],
) -> dict[tuple[str, str], list[Node]]:
    """Each of the document's own lookups (``document_lookups``' keys) with the nodes whose
    entity can decide it, in the order ``document_lookups`` tries them: a lookup's entity is
    the first of them that has one, so it changes only where one of their entities does."""
    out: dict[tuple[str, str], list[Node]] = {}
    for written, node in short:
        out.setdefault((document_id, written.lower()), []).append(node)
    for acronym, node in acronyms:
        out.setdefault((document_id, acronym.lower()), []).append(node)
    for m in mentions:
        cleaned = names.clean(m.name)
        out.setdefault((document_id, cleaned.lower()), []).append((m.type, cleaned))
    return out


def document_part(
    document_id: str,
    published: str | None,
    mentions: list[Mention],
    short: list[tuple[str, Node]],
    acronyms: list[tuple[str, Node]],
    node_entity: Callable[[Node], str | None],
    entity: Callable[[str], Entity],
    index: Lookup,
) -> DocumentPart:
    """The aliases and affiliations one document gives entities (``index`` looks names up
    with this document's own lookups)."""
    part = DocumentPart()
    people = {
        hit
        for m in mentions
        if m.type == "person" and (hit := node_entity(("person", names.clean(m.name))))
    }
    owners: dict[str, set[str]] | None = None
    for written, node in short:
        found = node_entity(node)
        if found is None:
            continue
        if node[0] == "person":
            if owners is None:
                owners = _word_owners(people, entity)
                part.read |= people
            if _ambiguous(written, owners):
                continue  # "Knox" beside Amanda and Deanna Knox: a name of neither
        reason = _SHORT_REASON.format(node[1])
        part.contributions.append(Contribution(found, "short", Alias(written, reason,
                                                                      document_id)))  # fmt: skip
    for acronym, node in acronyms:
        found = node_entity(node)
        if found is not None:
            reason = _NICKNAME_REASON if node[0] == "person" else _ACRONYM_REASON
            alias = Alias(acronym, reason, document_id)
            part.contributions.append(Contribution(found, "acronym", alias))
    for m in mentions:
        if m.type != "person" or not m.organization:
            continue
        person = index.lookup(m.name, document_id)
        org = index.lookup(m.organization, document_id)
        if person is None or org is None or org.type != "organization":
            continue
        aff = Affiliation(org.id, org.name, m.role, published, document_id)
        part.contributions.append(Contribution(person.id, "affiliation", affiliation=aff))
    return part


def assemble(base: Entity, contributions: Iterable[tuple[tuple[str, str], Contribution]]) -> Entity:
    """``base`` (the entity its component's joins give) with what documents contribute, each
    keyed by its document's ``resolution_order``: short forms in document order, then
    acronyms, then affiliations, each once, as a full resolution appends them."""
    aliases = list(base.aliases)
    affiliations = list(base.affiliations)
    ordered = sorted(contributions, key=lambda kc: (_KIND_ORDER[kc[1].kind], kc[0]))
    for _, c in ordered:
        if c.kind == "short" and c.alias is not None:
            written = c.alias.name
            if written != base.name and all(a.name != written for a in aliases):
                aliases.append(c.alias)
        elif c.kind == "acronym" and c.alias is not None:
            if all(a.name != c.alias.name for a in aliases):
                aliases.append(c.alias)
        elif c.affiliation is not None:
            aff = c.affiliation
            if all((a.organization, a.role, a.date) != (aff.organization, aff.role, aff.date)
                   for a in affiliations):  # fmt: skip
                affiliations.append(aff)
    affiliations.sort(key=lambda a: (a.date or "", a.name, a.role or ""))
    # ``dataclasses.replace`` written out: called for every entity at every update
    return Entity(base.id, base.name, base.type, aliases, affiliations)


def assembled_with(
    base: Entity,
    final: Entity,
    added: list[tuple[tuple[str, str], Contribution]],
    order_of: Callable[[str], tuple[str, str] | None],
) -> Entity | None:
    """``assemble(base, given + added)`` from ``final``, ``assemble(base, given)``, without
    ``given`` (an update adding a document's contributions to an entity every report gives
    one, whose stored final was assembled from them all): what ``assemble`` kept of ``given``
    stands for all of it. What it dropped was an alias of a name already kept before it, or
    an affiliation already held: with more contributions it is still dropped, and dropping
    it first changes nothing after it. The kept ones are fed again with their kind (their
    reason) and their document's order (``order_of``, that of a stored document), in
    ``final``'s order: aliases are never reordered; affiliations are sorted at the end, by a
    stable sort that leaves the ones it cannot tell apart in the order they came. None when
    ``final`` does not read so (not made from ``base``, an alias of no known kind, or a
    document ``order_of`` does not know): the caller assembles from ``given``."""
    n = len(base.aliases)
    if final.id != base.id or final.aliases[:n] != base.aliases:
        return None
    kept: list[tuple[tuple[str, str], Contribution]] = []
    for a in final.aliases[n:]:
        at = order_of(a.document_id) if a.document_id is not None else None
        if a.reason in (_ACRONYM_REASON, _NICKNAME_REASON):
            kind: ContributionKind = "acronym"
        elif a.reason.startswith("short form of ") and a.reason.endswith(" in the document"):
            kind = "short"
        else:
            return None
        if at is None:
            return None
        kept.append((at, Contribution(base.id, kind, a)))
    held = {(a.organization, a.role, a.date) for a in base.affiliations}
    for f in final.affiliations:
        if (f.organization, f.role, f.date) in held:
            continue  # the base's own: ``assemble`` starts from them again
        at = order_of(f.document_id) if f.document_id is not None else None
        if at is None:
            return None
        kept.append((at, Contribution(base.id, "affiliation", affiliation=f)))
    return assemble(base, kept + added)


def _word_owners(people: set[str], entity: Callable[[str], Entity]) -> dict[str, set[str]]:
    """The people of one document by each word of their names (``word_block``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for eid in people:
        for w in names.words(entity(eid).name):
            out[word_block(w)].add(eid)
    return out


def _ambiguous(written: str, owners: dict[str, set[str]]) -> bool:
    """Whether a short form is a name of two people its document names: one word of both
    ("Knox" beside "Amanda Knox" and "Deanna Knox"), or a surname of several words both
    bear ("Thapa Magar" beside "Ram Thapa Magar" and his wife "Sita Thapa Magar"). Inside
    the document it still stands for the person the mention finder chose; it becomes a name
    of neither entity."""
    blocks = _word_blocks(written)
    if not blocks:
        return False
    bearers = set(owners.get(blocks[0], ()))
    for block in blocks[1:]:
        bearers &= owners.get(block, set())
    return len(bearers) >= 2


@lru_cache(maxsize=1 << 16)  # a pure function of the short form: every report's, every update
def _word_blocks(written: str) -> tuple[str, ...]:
    """The ``word_block`` of each word of a short form."""
    return tuple(word_block(w) for w in names.words(written))
