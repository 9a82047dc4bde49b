"""The update (``ledger.update``, ``ledger.restep``) against a full rebuild on names made to
meet each other in every way resolution joins or keeps apart names: titles, acronyms, lone
names, middle names, reversed and variant spellings, owners, head words, a hyphen between
two people, one name typed two ways, declared aliases, lists. Documents are invented here
as mentions (no spaCy, no text but the names), so Hypothesis can try many orders and
batches: after every batch the stored ledger and the stored index must be what a full
rebuild writes.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.records import Document, EntityType, Mention
from corroborate.store import open_store
from tests.conftest import index_snapshot, put_analysed

# (written, name as the mention finder resolves it, type, alias declared, alias kind)
Named = tuple[str, str, EntityType, str | None, str | None]
# Families of names that meet: an example draws one or two, so that their traps are met often.
FAMILIES: list[list[Named]] = [
    [
        ("Ada Obiora", "Ada Obiora", "person", None, None),
        ("Ada Nkem Obiora", "Ada Nkem Obiora", "person", None, None),
        ("Obiora", "Obiora", "person", None, None),  # a lone surname
        ("Ada", "Ada", "person", None, None),  # a lone given name
        ("Obiora", "Ada Obiora", "person", None, None),  # a short form the document expands
        ("Obiora Ada", "Obiora Ada", "person", None, None),  # the two words the other way
        ("Adah Obiorah", "Adah Obiorah", "person", None, None),  # another spelling
        ("Dr Ada Obiora", "Dr Ada Obiora", "person", None, None),  # a title before the name
        ("Obiora", "Obiora", "organization", None, None),  # one spelling, two types
    ],
    [
        ("Bo Ezeh", "Bo Ezeh", "person", "Ezza", "alias"),  # "Bo Ezeh alias Ezza"
        ("Ezza", "Ezza", "person", None, None),
        ("Ezeh", "Ezeh", "person", None, None),
        ("Bo Ezeh-Ada Obiora", "Bo Ezeh-Ada Obiora", "organization", None, None),  # two people
        ("Ada Obiora", "Ada Obiora", "person", None, None),
    ],
    [
        ("General Musa Bello", "General Musa Bello", "person", None, None),
        ("Musa Bello", "Musa Bello", "person", None, None),
        ("Bello", "Bello", "place", None, None),
        ("Bello", "Bello", "person", None, None),
        ("Musa", "Musa", "person", None, None),
    ],
    [
        ("General Motors", "General Motors", "organization", None, None),  # a title word kept
        ("GM", "GM", "organization", None, None),  # its initials, never defined
        ("Motors", "Motors", "organization", None, None),  # its head word
        ("Gabe Motors", "Gabe Motors", "person", None, None),
    ],
    [
        ("Harbour Pilots Union", "Harbour Pilots Union", "organization", "HPU", "acronym"),
        ("HPU", "HPU", "organization", None, None),
        ("Harbour Pilots", "Harbour Pilots", "organization", None, None),
        ("Pilots Union", "Pilots Union", "organization", None, None),
        ("Union", "Union", "organization", None, None),
        ("Obiora's Pilots Union", "Obiora's Pilots Union", "organization", None, None),
        ("Lagos Ferry Union", "Lagos Ferry Union", "organization", None, None),
        ("Lagos", "Lagos", "place", None, None),
    ],
]
DATES = [None, "2022-05-01", "2022-05-02", "2022-05-03"]
LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


def _document(
    id_: str, published: str | None, picks: list[Named], listed: bool
) -> AnalysedDocument:
    """The picked names one after another: ", " between them makes people a list
    (``resolve.apart``), ". " does not."""
    text, mentions = "", []
    for written, name, type_, alias, kind in picks:
        if text:
            text += ", " if listed else ". "
        start = len(text)
        text += written
        mentions.append(Mention(start, len(text), written, type_, name, LABELS[type_],
                                alias=alias, alias_kind=kind))  # fmt: skip
        if alias:
            text += f" alias {alias}" if kind == "alias" else f" ({alias})"
    return AnalysedDocument(Document(id_, text + ".", published=published), [], mentions)


@st.composite
def _corpora(draw: st.DrawFn) -> tuple[list[AnalysedDocument], list[int]]:
    size = draw(st.integers(2, 9))
    families = draw(st.lists(st.sampled_from(FAMILIES), min_size=1, max_size=2))
    pool = [named for family in families for named in family]
    docs = [
        _document(
            f"doc-{i}",
            draw(st.sampled_from(DATES)),
            draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3)),
            draw(st.booleans()),
        )
        for i in range(size)
    ]
    cuts = draw(st.lists(st.integers(1, size - 1), max_size=size - 1))
    return docs, [0, *sorted(set(cuts)), size]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=_corpora())
def test_invented_names_in_any_batches_equal_a_full_rebuild(
    corpus: tuple[list[AnalysedDocument], list[int]], tmp_path: Path
) -> None:
    docs, bounds = corpus
    with open_store(str(tmp_path / f"{uuid.uuid4().hex}.db")) as store:
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            put_analysed(store, docs[lo:hi])
            seen: list[Update] = []
            reason = update(store, seen.append)
            assert reason in (None, "no index", "too many new documents"), reason
            updated = index_snapshot(store)
            assert rebuild_and_compare(store) is None, (lo, hi, seen and seen[0].apart)
            assert index_snapshot(store) == updated, (lo, hi, seen and seen[0].apart)
