"""Resolution of what new documents reach, from the stored per-name statistics: the update's
resolution without resolving every stored document (issue 15).

``resolve_reached(store, dirty)`` takes the names the new documents bring, the stored index
components they reach (``index_keys``: every name a rule could compare with one of them, by
a blocking key, closed over the keys the component's names hold; of a head word's block only
the names looking it up and the first two holders surely organisations, ``index.head_links``,
whose decision no other holder can move), and re-runs resolution's
own rules (``resolve.join.join_names``, ``resolve.groups.group_entities``) over those
components alone, from the stored rows of resolution's inputs (``ledger.name_rows``) of
those names summed with the new documents' own. Every input a rule reads of a name is a name
of its component (its spelling key's names, its declared aliases and the names its marks
apply to), so the components' groups, entities and lookups come out as a resolution of every
document gives them; the other components' are the stored index's. Then it compares them
with the stored rows of those components, assembles again the entities whose base or
contributions changed (the contributions of other documents read from their stored records,
``c:`` references), and returns the difference as a ``ledger.delta.ResolutionDelta`` whose
maps are the stored index overlaid with it.

Three inputs are not per name. Lone names are decided per report from the company it keeps:
the reports whose decision may change are decided again by the same ``lone_names`` over the
reached names widened by every name those reports, their candidates and their company write
(``reached_lone_again.decided_again``), a stored report whose company cannot have changed
only for its lone names whose word's candidates may have; a stored report's own short forms,
which head its record's, are read from the index (``index_short``), not from its mentions. The story
company of reversed and opening-vowel names (which reports name which people few reports
name) and acronyms that texts define as different names are not stored: where the new
documents could change them, and for a changed or removed stored document, it returns a
named reason (``Unreached``) and the update resolves every document as before
(``ledger.update``): never a delta it has not proven. The checks that need no join (a person
few reports name crossing ``RARE_COMPANY``) are asked before the rules run, so a fall-back
does not pay for the join first.

A name more than ``name_rows.SUMMED_FROM`` stored reports name is read as its sum
(``index_name_sums``: mentions, reports, first and least report, accused somewhere), not as
a row per report: the join reads only sums and marks; the story company, the lone names'
counts and the one-word types ask only whether a person is rare, which a summed one is not,
before or after; the lone names decided again and the one-word accused read the summed
names' rows at that point (``name_rows.with_rows``: the join stands); and where a reader
cannot tell without each report naming a summed name (a summed group regrouped, a rival's
reports beside a summed candidate's), it reads those names' reports where it stands
(``name_rows.SummedReports``, each name's rows once), as every name's rows would give them:
the resolution runs once. (``name_rows.RowsNeeded`` is left for a reader handed sums it
was promised rows of; the resolution then starts again reading every name's rows.)

The parts, one module each: joining the reached components (``reached_join``), the story
company's check (``reached_story``), lone names decided again (``reached_lone``: which
reports; ``reached_candidates``: whether a lone word's candidates moved;
``reached_lone_again``: the decision), and the resolution handed on, overlaid on the stored
index (``reached_overlay``).
"""

from __future__ import annotations

from corroborate.ledger.delta import ResolutionDelta, entity_refs
from corroborate.ledger.index import (
    entity_to_json,
    node_ref,
    parse_node,
)
from corroborate.ledger.index_rows import (
    entity_row,
    index_layout,
    linking_pairs,
    resolution_rows,
    spellings_of,
)
from corroborate.ledger.name_rows import SUMMED_FROM, RowsNeeded, with_rows
from corroborate.ledger.reached_join import Unreached, join_reached, reached_components
from corroborate.ledger.reached_lone import LoneToDecide, lone_names_to_decide
from corroborate.ledger.reached_lone_again import accused_by_forms, decided_again
from corroborate.ledger.reached_overlay import Overlay, StoredSpellings, assembled_entities
from corroborate.ledger.reached_story import reached_people, story_crossed
from corroborate.ledger.reached_types import one_word_types_moved, typed_readers
from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.groups import group_entities, grouped_alike
from corroborate.resolve.nodes import DocumentMentions, document_short_forms, mention_nodes
from corroborate.resolve.statistics import NameStatistics, document_names
from corroborate.resolve.union import NameUnion
from corroborate.store import Store
from corroborate.store.rows import dumps, loads

__all__ = ["Unreached", "resolve_reached"]


def resolve_reached(
    store: Store,
    dirty: set[str],
    changed: bool | None = None,
) -> ResolutionDelta | Unreached:
    """The delta of a resolution of every stored document against the stored index, from
    the components the ``dirty`` (new) documents reach, or why it cannot be had so.
    ``changed``: whether an indexed document changed or was removed, when the caller has
    asked already (``ledger.update.plan``), else asked here (``Store.index_state``)."""
    if changed is None:  # a document of ``dirty`` the index holds changed too
        changed = bool(store.index_state().gone
                       or store.stored_values("index_documents", "document_id", dirty))  # fmt: skip
    if changed:
        return "a stored document changed or was removed"
    # The names many stored reports name read as their sums (a reader needing each report
    # naming one reads it where it stands); every name's rows only where a reader was
    # handed a sum it was promised rows of.
    try:
        return _resolved(store, dirty, SUMMED_FROM)
    except RowsNeeded:
        return _resolved(store, dirty, None)


def _resolved(
    store: Store, dirty: set[str], summed_from: int | None
) -> ResolutionDelta | Unreached:
    """``resolve_reached``'s delta once no stored document changed, with the names more than
    ``summed_from`` stored reports name summed (``name_rows.stored_names``)."""
    published = store.published(dirty)
    docs = [
        DocumentMentions(
            d, published[d], [m for _, m in store.mentions(d)], tuple(c for _, c in store.claims(d))
        )
        for d in sorted(dirty)
    ]
    new_names = [document_names(d) for d in docs]
    brought = {n for d in docs for m in d.mentions for n in mention_nodes(m)}
    scope, components, key_rows = reached_components(store, brought)
    names_before = {r[0]: (r[1], r[2]) for r in
                    store.index_rows_where("index_names", "component", components)}  # fmt: skip
    spelled = {names.key(n[1]) for n in scope}

    # The reports naming reached people, made once for the story check and the lone names:
    # the rules between them only join names (``NameUnion.find`` may add one, never drop
    # one), so the same names (as many) read the same lists.
    people: list[tuple[int, dict[str, list[Node]]]] = []

    def crossing(uf: NameUnion, stats: NameStatistics) -> Unreached | None:
        people.append((len(uf.parent), reached_people(uf, stats)))
        return story_crossed(store, uf, stats, dirty, names_before, spelled, people[-1][1])

    joined = join_reached(store, scope, dirty, new_names, crossing, summed_from)
    if isinstance(joined, str):
        return joined
    stats, joint = joined
    # a one-word name's type moved to or from a person: the stored reports writing it as a
    # person decide every lone name again (``reached_types``), not every stored report
    moved = one_word_types_moved(stats, dirty)
    # Every one-word name a report reads as accused, as if none were a short form there: a
    # lone name's decision reads no entity, so these entities only widen what is decided
    # again (``lone_names_to_decide``); the entities are made again once it is decided.
    read_accused = frozenset({n for d in stats.documents for n in d.accused}
                             | {n for n, s in stats.summed.items() if s.accused})  # fmt: skip
    bases, node_entity, by_key, by_name = group_entities(joint, stats.first_doc, read_accused)
    named = people[0][1] if len(people) == 1 and people[0][0] == len(joint.uf.parent) else None
    to_decide = lone_names_to_decide(store, joint, node_entity, stats, dirty, names_before,
                                     spelled, named)  # fmt: skip
    if moved:
        retyped = typed_readers(store, stats, moved, dirty)
        to_decide = LoneToDecide(to_decide.whole | retyped, to_decide.partial - retyped,
                                 to_decide.words)  # fmt: skip
    short: dict[str, list[tuple[str, Node]]] = {
        d.id: [(w, n) for _, w, n in document_short_forms(d)] for d in docs
    }  # fmt: skip
    if to_decide:
        # Reports whose lone names must be decided again: from every name they, their
        # candidates and their company name, resolved with the reached ones.
        decided = decided_again(store, to_decide, (scope, stats, joint), dirty, new_names, docs)
        if isinstance(decided, str):
            return decided
        short |= decided
    if any(s.accused and len(names.words(n[1])) == 1 for n, s in stats.summed.items()):
        # which reports read a summed one-word name as accused: the summed names' rows read,
        # the same statistics but for each report's share (``name_rows.with_rows``)
        stats = with_rows(store, stats, dirty)
    accused = accused_by_forms(store, stats, short, joint.uf.parent.keys(), dirty)
    if isinstance(accused, str):
        return accused
    if not grouped_alike(bases, node_entity, read_accused, accused):
        bases, node_entity, by_key, by_name = group_entities(joint, stats.first_doc, accused)
    # What the components decide, against the stored rows of the same components.
    stored_entities = store.index_rows_where("index_entities", "component", components)
    entities_before = {r[0]: (r[1], r[2], r[3]) for r in stored_entities}
    base_of = {b.id: b for b in bases}
    base_json = {b.id: dumps(entity_to_json(b)) for b in bases}  # compared, then its row
    gone = entities_before.keys() - base_of.keys()
    base_changed = gone | {
        e for e, j in base_json.items() if e not in entities_before or j != entities_before[e][1]
    }  # fmt: skip
    overlay = Overlay(store, spelled, node_entity, by_key, by_name, base_of, gone)
    # every declaration of a reached alias is read (``reached_components``), so the aliases
    # the join keeps to their declaring reports are those a full resolution keeps so
    pairs = linking_pairs([(doc, d.node, d.other) for d, doc in stats.declared],
                          set(joint.acronyms_here))  # fmt: skip
    # names first: which lookups changed decides which documents' parts are made again
    layout = index_layout(sorted(scope), pairs)
    rows = resolution_rows(sorted(scope), [], {}, by_key, by_name, node_entity, layout)
    names_now = {r[0]: (r[1], r[2]) for r in rows["index_names"]}
    names_changed = {n for n in names_now.keys() | names_before.keys()
                     if names_now.get(n) != names_before.get(n)}  # fmt: skip
    refs = {_as_ref(n) for n in names_changed
            if names_now.get(n, ("",))[0] != names_before.get(n, ("",))[0]}  # fmt: skip
    finals = assembled_entities(store, docs, dirty, refs, base_changed, base_of, entities_before,
                                overlay, short)  # fmt: skip
    overlay.by_id.own = finals.now
    # the names', keys' and words' rows read no entity: made once, above
    spelled_in = spellings_of(scope, layout[1])
    rows["index_entities"] = [entity_row(b, base_json[b.id], finals.now.json_of(b.id), spelled_in)
                              for b in bases]  # fmt: skip
    entities_now = {r[0]: (r[1], r[2], r[3]) for r in rows["index_entities"]}
    entities = {e for e in entities_now.keys() | entities_before.keys()
                if entities_now.get(e) != entities_before.get(e)}  # fmt: skip
    for e in finals.outside:  # entities of other components whose contributions changed
        if dumps(entity_to_json(finals.now[e])) != finals.before.get(e):
            entities.add(e)
    for e in entities:
        now, then = finals.now.get(e), finals.before.get(e)
        refs |= entity_refs(e, entity_to_json(now) if now else None, loads(then) if then else None)
    scoped_refs = {node_ref(n) for n in scope}
    words_before = {r for r in store.index_rows_where("index_words", "word",
                                                      {r[0] for r in rows["index_words"]})
                    if r[2] in scoped_refs}  # fmt: skip
    nodes = {parse_node(r[2]) for r in set(rows["index_keys"]) ^ key_rows}
    nodes |= {parse_node(r[2]) for r in set(rows["index_words"]) ^ words_before}
    resolution = overlay.resolution(short, dirty)
    spellings = StoredSpellings(store, spelled_in)
    return ResolutionDelta(resolution, refs, set(short) | dirty, entities, names_changed, nodes,
                           spellings, reached=len(scope))  # fmt: skip


def _as_ref(name: str) -> str:
    return "m:" + name[5:] if name.startswith("node:") else name
