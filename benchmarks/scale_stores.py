"""The stores and corpora ``scale.py`` measures on: the articles held out and put back, the
corpora written for ``ingest_paths``, consistent copies of a store, and train ten times.

Split from ``scale.py`` (2026-12-05, scale68), the code unchanged but for the names: what
``scale_adding`` and ``scale.py`` call here is public (``copies_of_train`` was ``copies_of_train``,
``copy_store_without`` ``copy_store_without``, ``write_corpus`` ``write_corpus``).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from corroborate.nlp.attribution import extractor_id
from corroborate.records import Document
from corroborate.store import Store, open_store

__all__ = [
    "COPIES",
    "POLNEAR",
    "REPO",
    "chosen_articles",
    "copies_of_train",
    "copy_store",
    "copy_store_without",
    "stores_folder",
    "unlink_store",
    "write_corpus",
]

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"
COPIES = 10  # train10


def chosen_articles(documents: list[Document], count: int) -> list[Document]:
    """``count`` articles spread evenly over the corpus, the last always among them, at
    most all but one (the train store keeps at least one)."""
    count = max(1, min(count, len(documents) - 1))
    step = len(documents) / count
    picked = sorted({len(documents) - 1 - int(i * step) for i in range(count)})
    return [documents[i] for i in picked]


def copy_store_without(source: Path, target: Path, document_ids: Collection[str]) -> None:
    """A consistent copy of a store (write-ahead log included), migrated, without some
    documents (their rows go with them)."""
    copy_store(source, target)
    with open_store(str(target)):
        pass  # migrated to this code's schema
    with sqlite3.connect(target) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in document_ids])


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a store, write-ahead log included (a file copy may miss it), over
    whatever stood at ``target``."""
    unlink_store(target)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)


def unlink_store(path: Path) -> None:
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)


def copies_of_train(
    train_db: str, store: Store, nlp: Any, held: list[Document], copies: int
) -> None:
    """Train's stored extractions (claims included), ``copies`` times under new ids: as if
    extracted again."""
    extractor = extractor_id(nlp)
    with open_store(train_db, create=False) as source:
        for copy in range(copies):
            for document in held:
                new_id = f"{document.id}~{copy}"
                attributions = [s.attribution for s in source.attributions(document.id)]
                mentions = [m for _, m in source.mentions(document.id)]
                figures = [
                    dataclasses.replace(f, document_id=new_id) for f in source.figures(document.id)
                ]
                # the claims too: without them the copies carry no court steps or accusations,
                # and the ledger at train10 is not train's ten times (before 2026-12-04 they
                # were left out)
                claims = [c for _, c in source.claims(document.id)]
                stored = source.document(document.id)
                assert stored is not None, f"{document.id} is not in {train_db}: run train first"
                renamed = dataclasses.replace(stored.document, id=new_id)
                store.put_document(renamed, attributions, mentions, figures, extractor, claims)


def write_corpus(path: Path, documents: list[Document]) -> Path:
    fields = ("id", "text", "url", "outlet", "published", "title")
    with path.open("w", encoding="utf-8") as out:
        for document in documents:
            row = {f: getattr(document, f) for f in fields if getattr(document, f) is not None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@contextmanager
def stores_folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="corroborate-scale-") as tmp:
        yield Path(tmp)
