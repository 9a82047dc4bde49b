"""Union-find over (type, name) nodes for entity resolution, keeping the edges that joined
them (each alias cites its join) and the marks that keep groups apart."""

from __future__ import annotations

from collections import defaultdict

__all__ = ["NameUnion"]


class NameUnion:
    """Union-find over (type, name) nodes, keeping the edges that joined them, and the marks
    of what keeps groups apart (``apart``): a join by likeness of names is refused when both
    groups carry one mark."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.edges: dict[tuple[str, str], list[tuple[tuple[str, str], str, str | None]]] = (
            defaultdict(list)
        )
        self.marks: dict[tuple[str, str], set[str]] = {}  # root -> its group's marks

    def add(self, node: tuple[str, str]) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        # ``add`` and path halving written out: resolution calls this a million times at 840
        # documents, and the attribute look-ups were most of its cost
        parent = self.parent
        up = parent.get(node)
        if up is None:
            parent[node] = node
            return node
        while up != node:
            grand = parent[up]
            parent[node] = grand
            node, up = grand, parent[grand]
        return node

    def mark(self, node: tuple[str, str], mark: str) -> None:
        self.marks.setdefault(self.find(node), set()).add(mark)

    def apart(self, a: tuple[str, str], b: tuple[str, str], kinds: tuple[str, ...]) -> bool:
        """Whether some article keeps the groups of ``a`` and ``b`` apart by a mark of one
        of ``kinds`` ("list:", "doc:")."""
        ma, mb = self.marks.get(self.find(a), set()), self.marks.get(self.find(b), set())
        small, large = (ma, mb) if len(ma) <= len(mb) else (mb, ma)
        return any(m in large and m.startswith(kinds) for m in small)

    def join(self, a: tuple[str, str], b: tuple[str, str], reason: str, doc: str | None) -> None:
        if a == b:
            return
        self.edges[a].append((b, reason, doc))
        self.edges[b].append((a, reason, doc))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            root, child = min(ra, rb), max(ra, rb)  # deterministic, whatever the order
            self.parent[child] = root
            moved = self.marks.pop(child, set())
            if moved:
                kept = self.marks.setdefault(root, set())
                if len(kept) < len(moved):
                    kept, moved = moved, kept
                    self.marks[root] = kept
                kept |= moved
