"""What each document brings to resolution's global inputs, and those inputs summed.

Every rule of ``resolve.entities`` reads the documents only through aggregates over names:
each name's mention count and first document, the aliases and acronyms texts declare (in
document and mention order), the marks that keep names apart (``apart``), which reports name
which people (``StoryCompany``, ``lone_names``) and whom each reads as accused.
``document_names`` reads them off one document (a pure function of its mentions and claims, so the
store keeps them per document and an update writes only the new documents' rows), and
``NameStatistics.of`` sums them over documents in resolution order. A full build sums every
document's; an update (``resolve.reached``) sums the stored rows of the names it re-resolves
and the new documents' own: the same rules then run over either (one place decides each
merge).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from corroborate.resolve import apart
from corroborate.resolve.accused import read_as_accused
from corroborate.resolve.blocking import Node
from corroborate.resolve.nodes import DocumentMentions, document_short_forms, mention_nodes

__all__ = [
    "Declaration", "DocumentNames", "NameStatistics", "StoredSum", "document_names", "order_of",
]  # fmt: skip


@dataclass(frozen=True)
class Declaration:
    """A name and the alias or acronym its text declares for it ("X alias Y", "Long (ACR)"),
    with the reason an alias it makes cites."""

    node: Node
    other: Node
    kind: str | None  # the mention's ``alias_kind``: "acronym", "alias", ...
    reason: str


@dataclass(frozen=True)
class DocumentNames:
    """One document's share of resolution's global inputs."""

    id: str
    published: str | None
    # each name it brings: how many mentions name it (0: only declared as an alias), in
    # the order first met
    counts: dict[Node, int]
    # people it reads as accused: with an accused noun ("Convict Imran") or by a strong
    # role (``resolve.accused``)
    accused: frozenset[Node]
    declared: tuple[Declaration, ...]  # in mention order
    marks: tuple[tuple[str, str], ...]  # (person name, "list:..." or "doc:..." mark)
    # The short forms it writes of its own names ("Imran" for its "Imran Khan"; written,
    # full node), in mention order: the head of its record's short forms, before the lone
    # names resolution decides for it. Kept so that an update re-deciding a stored report's
    # lone names reads this instead of its mentions (``ledger.reached``). Empty in a share
    # of some names only (``ledger.name_rows.stored_names``).
    short: tuple[tuple[str, Node], ...] = ()

    def named_people(self) -> list[Node]:
        """The people its mentions name (not only declare), as ``lone_names`` and the story
        company count them."""
        return [n for n, c in self.counts.items() if c > 0 and n[0] == "person"]


def order_of(published: str | None, document_id: str) -> tuple[str, str]:
    """The order resolution reads documents in (undated last)."""
    return (published or "9999", document_id)


def document_names(doc: DocumentMentions) -> DocumentNames:
    """What ``doc`` brings to the aggregates (see the module's docstring)."""
    counts: dict[Node, int] = {}
    declared: list[Declaration] = []
    for m in doc.mentions:
        found = mention_nodes(m)
        if not found:
            continue
        node = found[0]
        counts[node] = counts.get(node, 0) + 1
        if m.alias:
            other = found[1]
            counts.setdefault(other, 0)
            reason = (
                "acronym defined in the text"
                if m.alias_kind == "acronym"
                else f"the text says {m.name!r} alias {m.alias!r}"
            )
            declared.append(Declaration(node, other, m.alias_kind, reason))
    marks: list[tuple[str, str]] = []
    for i, listed in enumerate(apart.listed_together(doc.mentions)):
        marks += [(name, f"list:{doc.id}:{i}") for name in listed]
    marks += [(name, f"doc:{doc.id}") for name in sorted(apart.named_in_full(doc.mentions))]
    short = tuple((written, node) for _, written, node in document_short_forms(doc))
    return DocumentNames(doc.id, doc.published, counts, read_as_accused(doc), tuple(declared),
                         tuple(marks), short)  # fmt: skip


@dataclass(frozen=True)
class StoredSum:
    """A name's share summed over the stored documents naming it, read as one instead of
    each document's (``ledger.name_rows.stored_names``, for a name many reports name)."""

    reports: int  # documents whose mentions name it (a mention or more)
    mentions: int
    accused: bool  # some document reads it as accused
    first: tuple[str | None, str] | None  # (published, id) of the first naming it, in order
    least: str | None  # the least id of a document naming it


@dataclass
class NameStatistics:
    """The aggregates over documents (``of``): each name's mention count (a declared alias
    counts 0) and first document naming it, the declarations in document and mention order,
    and each person name's marks."""

    documents: list[DocumentNames]  # in resolution order
    counts: Counter[Node] = field(default_factory=Counter)
    first_doc: dict[Node, str] = field(default_factory=dict)
    declared: list[tuple[Declaration, str]] = field(default_factory=list)  # (it, document)
    marks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Names whose stored documents are summed (``StoredSum``), not among ``documents``: their
    # counts and first documents are in the fields above; a reader of ``documents`` that
    # needs each report naming one of them cannot have it from these.
    summed: dict[Node, StoredSum] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        documents: Iterable[DocumentNames],
        summed: Mapping[Node, StoredSum] | None = None,
        marks_of: Mapping[str, set[str]] | None = None,
    ) -> NameStatistics:
        """The aggregates of ``documents``, plus the names ``summed`` over documents not
        among them and the marks (``marks_of``) of names other documents write."""
        docs = sorted(documents, key=lambda d: order_of(d.published, d.id))
        out = cls(docs)
        # bound once: an update sums a row per report of the names every report names
        counts, first_doc, declared, marks = out.counts, out.first_doc, out.declared, out.marks
        for doc in docs:
            for node, n in doc.counts.items():
                counts[node] += n  # a declared alias is a name with 0 mentions
                if n > 0 and node not in first_doc:
                    first_doc[node] = doc.id
            if doc.declared:
                declared += [(d, doc.id) for d in doc.declared]
            for name, mark in doc.marks:
                marks[name].add(mark)
        if summed:
            published = {d.id: d.published for d in docs}
            for node, share in summed.items():
                counts[node] += share.mentions
                now = first_doc.get(node)
                if share.first is not None and (
                    now is None or order_of(*share.first) < order_of(published[now], now)
                ):
                    first_doc[node] = share.first[1]
            out.summed = dict(summed)
        for name, ms in (marks_of or {}).items():
            marks[name] |= ms
        return out
