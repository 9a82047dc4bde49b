"""How many stored documents a re-resolution scoped by documents would have to read again
when one article is added (issue 15, item 1): the measure that decides whether resolving
"the documents that mention a node of the reached components" can make an update cheaper
than resolving the whole store.

    python benchmarks/scope.py STORE.db [STORE.db ...] [--sample N] [--json]

Each STORE is read, never written (SQLite, read-only), and must hold a current index (a
store the ingest hook or ``corroborate rebuild`` left). For ``--sample`` documents spread
evenly over the store, taken as the "new" article (it is already indexed: its own
references stand for what it would bring), three document scopes, each the documents whose
references (``index_refs``, ``m:``) name a node of:

- **entities**: the nodes of the entities the article's names resolve to (``index_names``):
  the least any document-scoped re-resolution must read, since counts, first documents and
  marks of those nodes come from every document that names them;
- **components**: the nodes of the index components its names are in (``index_keys``), the
  scope re-resolving whole components needs;
- **components but the largest**: the same without the store's largest component, to see
  whether one giant component alone makes the scope large.

Each as a share of the store's documents: median, least, most. Beside them, what a
re-resolution from stored statistics per name (no documents read) would handle instead:
**names in the components**, as a share of the store's names; and how many documents name a
one-word person (``index_words`` "lone"), the only ones whose lone-name short forms
(``lone_names``, decided per document) could be decided again.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out = {store.name: scopes(store, args.sample) for store in args.stores}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for name, figures in out.items():
            print(f"{name}: {figures['documents']} documents, {figures['index components']} index"
                  f" components (largest {figures['largest']} names)")  # fmt: skip
            for scope in ("entities", "components", "components but the largest",
                          "names in the components"):  # fmt: skip
                f = figures[scope]
                of = "names" if scope.startswith("names") else "documents"
                print(f"  {scope}: median {f['median']:.0%}, least {f['least']:.0%},"
                      f" most {f['most']:.0%} of the {of}")  # fmt: skip
            lone = figures["documents naming a lone person"]
            print(f"  documents naming a lone person: {lone:.0%}")
    return 0


def scopes(path: Path, sample: int) -> dict[str, Any]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    component: dict[str, str] = {}
    members: dict[str, set[str]] = defaultdict(set)
    for node, comp in db.execute("SELECT DISTINCT node, component FROM index_keys"):
        component[node] = comp
        members[comp].add(node)
    entity_of: dict[str, str] = {}
    nodes_of: dict[str, set[str]] = defaultdict(set)
    for name, eid in db.execute("SELECT name, entity_id FROM index_names"):
        if name.startswith("node:"):
            entity_of[name[5:]] = eid
            nodes_of[eid].add(name[5:])
    lone = {node for (node,) in db.execute("SELECT node FROM index_words WHERE kind = 'lone'")}
    named: dict[str, set[str]] = defaultdict(set)  # document -> nodes
    naming: dict[str, set[str]] = defaultdict(set)  # node -> documents
    for ref, document in db.execute("SELECT ref, document_id FROM index_refs"):
        if ref.startswith("m:"):
            named[document].add(ref[2:])
            naming[ref[2:]].add(document)
    db.close()
    documents = sorted(named)
    step = max(1, len(documents) // sample) if sample else len(documents) + 1
    picked = documents[::step][:sample]
    largest = max(members, key=lambda c: len(members[c])) if members else ""

    def share(nodes: set[str]) -> float:
        reached = {d for n in nodes for d in naming.get(n, ())}
        return len(reached) / len(documents)

    found: dict[str, list[float]] = defaultdict(list)
    for document in picked:
        own = named[document]
        entities = {entity_of[n] for n in own if n in entity_of}
        found["entities"].append(share({n for e in entities for n in nodes_of[e]} | own))
        comps = {component[n] for n in own if n in component}
        found["components"].append(share({n for c in comps for n in members[c]} | own))
        found["names in the components"].append(
            len({n for c in comps for n in members[c]}) / max(1, len(component))
        )
        found["components but the largest"].append(
            share({n for c in comps - {largest} for n in members[c]} | own)
        )
    out: dict[str, Any] = {
        "documents": len(documents),
        "index components": len(members),
        "largest": len(members.get(largest, ())),
        "sample": len(picked),
        "names": len(component),
        "documents naming a lone person": sum(1 for d in documents if named[d] & lone)
        / max(1, len(documents)),
    }
    for scope, shares in found.items():
        out[scope] = {"median": statistics.median(shares), "least": min(shares),
                      "most": max(shares)}  # fmt: skip
    return out


if __name__ == "__main__":
    raise SystemExit(main())
