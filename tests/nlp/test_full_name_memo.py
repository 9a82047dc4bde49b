"""``Naming._full_name`` is memoised per document, by all it reads that changes while the
document is read; invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions


def _reader(nlp: Language, text: str) -> Reader:
    doc = nlp(text)
    return Reader(doc, find_mentions(doc))


def test_a_name_is_scanned_once(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police arrested Omar Lind on Monday. Lind confessed, police said."
    reader = _reader(nlp, text)
    scans: list[str] = []
    scan = reader._scan_full_name

    def counted(name: str, start: int) -> str:
        scans.append(name)
        return scan(name, start)

    monkeypatch.setattr(reader, "_scan_full_name", counted)
    at = text.rindex("Lind")
    assert reader._full_name("Lind", at) == reader._full_name("Lind", at)
    assert reader._full_name("Lind", at) == "Omar Lind"
    assert scans == ["Lind"]


def test_a_full_name_found_later_is_read(nlp: Language) -> None:
    # the claims find full names NER missed and add them: a reading made before does not
    # stand for the one after
    text = "Jiyon confessed, police said."
    reader = _reader(nlp, text)
    assert reader._full_name("Jiyon", 0) == "Jiyon"
    reader.full_names.append((0, "Meftahul Islam Jiyon"))
    assert reader._full_name("Jiyon", 0) == "Meftahul Islam Jiyon"
