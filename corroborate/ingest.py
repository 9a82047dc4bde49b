"""Ingest: read documents, extract from the new and changed ones, store each in its own commit.

``ingest_paths`` is the library function behind ``corroborate ingest``. Its guarantees:

- A document whose content hash is already stored is skipped before extraction (the slow
  part), so re-running an ingest costs little more than reading the files.
- Each document is stored in its own transaction (``Store.put_document``). A run killed at any
  point, even with SIGKILL, leaves every document either stored whole or not at all; running
  the same ingest again stores the rest, and every document ends up stored exactly once.
- ``after_ingest(store)`` runs at the end of every completed run, even one that changed
  nothing: a run killed before it got there is completed by the next. That is where work
  across documents (the ledger's rebuild) belongs. A run stopped by bad input found part-way
  runs it too, for the documents stored before the bad one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from corroborate.errors import InputError
from corroborate.nlp.pipeline import load_pipeline
from corroborate.read import read_documents
from corroborate.records import Document
from corroborate.run import LocalRunner, Runner
from corroborate.store import Store, content_hash

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class IngestSummary:
    """What one run did. ``documents`` counts every document read, unchanged ones included."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    attributions: int = 0  # stored by this run (unchanged documents add none)
    skipped: int = 0  # bad input lines or files passed over with skip_errors

    def line(self, where: str) -> str:
        """The closing line: "ingested 14 documents (2 unchanged, 1 replaced), 312 ..."."""
        text = (
            f"ingested {_plural(self.documents, 'document')} ({self.unchanged} unchanged,"
            f" {self.replaced} replaced), {_plural(self.attributions, 'attribution')}"
            f" into {where}"
        )
        if self.skipped:
            text += f"; {self.skipped} skipped (see above)"
        return text


def ingest_paths(
    paths: list[Path],
    store: Store,
    nlp: Language | None = None,
    *,
    skip_errors: bool = False,
    batch_size: int = 16,
    on_skip: Callable[[InputError], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[Document, int], None] | None = None,
    after_ingest: Callable[[Store], None] | None = None,
    runner: Runner | None = None,
) -> IngestSummary:
    """Ingest the documents in ``paths`` (files, folders, "-" for stdin) into ``store``.

    ``on_progress(document, attributions)`` is called once per document read, unchanged ones
    included (with 0). Mentions and enforcement figures are found in the same parse as the
    attributions, and stored with them.
    ``after_ingest(store)`` runs once at the end (see the
    module's docstring). A bad line or file raises InputError (naming the file and line), or
    with ``skip_errors`` goes to ``on_skip``; the documents read before it are stored first.

    ``runner`` decides where extraction runs (``corroborate.run``: worker processes, a Dask
    cluster); by default this process, with ``nlp``. Storing is done here, in input order.
    """
    summary = IngestSummary()
    # A document is unchanged only if its content and what would extract it are: after an
    # upgrade, or with another --model, everything is extracted again.
    if runner is None:
        runner = LocalRunner(nlp if nlp is not None else load_pipeline(), batch_size=batch_size)
    extractor = runner.extractor

    def skip(err: InputError) -> None:
        summary.skipped += 1
        if on_skip is not None:
            on_skip(err)

    def changed(documents: Iterator[Document]) -> Iterator[Document]:
        # Unchanged documents drop out here, before extraction.
        for document in documents:
            summary.documents += 1
            if store.document_hash(document.id) == content_hash(document, extractor):
                summary.unchanged += 1
                if on_progress is not None:
                    on_progress(document, 0)
                continue
            yield document

    documents = read_documents(paths, skip_errors=skip_errors, on_skip=skip, on_note=on_note)
    try:
        for document, attributions, mentions, figures, claims in runner.analyse(changed(documents)):
            result = store.put_document(
                document, attributions, mentions, figures, extractor, claims=claims
            )
            if result == "unchanged":  # stored by another process since it was checked
                summary.unchanged += 1
            else:
                summary.added += result == "added"
                summary.replaced += result == "replaced"
                summary.attributions += len(attributions)
            if on_progress is not None:
                on_progress(document, len(attributions) if result != "unchanged" else 0)
    except InputError:
        # Bad input found part-way (standard input cannot be checked ahead): the documents
        # stored before it stay stored, so the work across documents must account for them,
        # or the ledger would silently lack them until the next run.
        if after_ingest is not None and (summary.added or summary.replaced):
            after_ingest(store)
        raise
    if after_ingest is not None:
        after_ingest(store)
    return summary


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
