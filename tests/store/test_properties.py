"""Property tests: any document and its attributions, and any ledger's events (the mark of
the inference that made one among their fields), read back exactly, on both backends."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.records import (
    EVENT_KINDS,
    INFERENCES,
    KINDS,
    SETTINGS,
    Allegation,
    Attribution,
    AttributionFacts,
    Document,
    Event,
    Ledger,
    Quantity,
)
from corroborate.store import Store, open_store, unstorable

# Text either backend can store: no NUL, no lone surrogates (see rows.unstorable).
texts = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\0"), min_size=1)
optional_texts = st.none() | texts
_ids = itertools.count()


@st.composite
def documents(draw: st.DrawFn) -> tuple[Document, list[Attribution]]:
    text = draw(texts)
    offsets = st.integers(0, len(text))
    ranges = st.lists(st.tuples(offsets, offsets).map(sorted).map(tuple), max_size=3)
    numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False, width=64)
    quantities = st.builds(
        Quantity,
        unit=texts,
        start=offsets,
        end=offsets,
        value=numbers,
        low=numbers,
        high=numbers,
        qualifier=optional_texts,
    )
    names = st.lists(texts, max_size=3).map(tuple)
    # What ingest reads for the ledger (records.AttributionFacts), or None (made by hand):
    # both in one document, so that the facts' columns are written with NULLs beside them.
    facts = st.none() | st.builds(
        AttributionFacts,
        quote=st.tuples(offsets, offsets).map(sorted).map(tuple),
        date=optional_texts,
        act=optional_texts,
        denies=st.booleans(),
        reports_confession=st.booleans(),
        reported_setting=st.none() | st.sampled_from(SETTINGS),
        own_party=st.booleans(),
        names_accusations=st.booleans(),
        quote_confession=st.booleans(),
        quote_custody=st.booleans(),
        court_source=st.booleans(),
        source_label=optional_texts,
        named=names,
        target_modifiers=names,
        target_side=names,
        target_conjuncts=names,
    )
    attribution = st.builds(
        Attribution,
        source=ranges,
        cue=ranges,
        content=ranges,
        source_name=optional_texts,
        kind=st.sampled_from(KINDS),
        setting=st.sampled_from(SETTINGS),
        target=optional_texts,
        quantities=st.lists(quantities, max_size=2),
        facts=facts,
    )
    # A fresh id per example: the store is shared across examples.
    document = Document(
        id=f"{next(_ids)}:{draw(texts)}",
        text=text,
        url=draw(optional_texts),
        outlet=draw(optional_texts),
        published=draw(optional_texts),
        title=draw(optional_texts),
        path=draw(optional_texts),
        line=draw(st.none() | st.integers(1, 2**31 - 1)),
    )
    return document, draw(st.lists(attribution, max_size=4))


def check_round_trip(store: Store, example: tuple[Document, list[Attribution]]) -> None:
    document, attributions = example
    assert unstorable(document.text) is None
    assert store.put_document(document, attributions) == "added"
    stored = store.document(document.id)
    assert stored is not None and stored.document == document
    assert [a.attribution for a in store.attributions(document.id)] == attributions
    assert store.put_document(document, attributions) == "unchanged"


def test_round_trip_property(url: str) -> None:
    with open_store(url) as store:

        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(documents())
        def round_trip(example: tuple[Document, list[Attribution]]) -> None:
            check_round_trip(store, example)

        round_trip()


# Offsets as both backends' INTEGER holds them.
_offsets = st.integers(0, 2**31 - 1)
events = st.builds(
    Event,
    date=optional_texts,
    kind=st.sampled_from(EVENT_KINDS),
    outcome=optional_texts,
    setting=st.none() | st.sampled_from(SETTINGS),
    source=optional_texts,
    document_id=texts,
    quote=texts,
    start=_offsets,
    end=_offsets,
    custodial_report=st.booleans(),
    date_text=optional_texts,
    date_start=st.none() | _offsets,
    date_end=st.none() | _offsets,
    date_value=optional_texts,
    before_report=st.booleans(),
    retells_document=optional_texts,
    retells_start=st.none() | _offsets,
    inferred=st.none() | st.sampled_from(INFERENCES),
)


def test_ledger_events_round_trip_property(url: str) -> None:
    with open_store(url) as store:

        @settings(
            max_examples=30,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(st.lists(events, max_size=4))
        def round_trip(made: list[Event]) -> None:
            allegation = Allegation("alg_1", [], "arson", [], "alleged", False, [], made)
            store.replace_ledger(Ledger([], [allegation]))
            assert store.ledger().allegations == [allegation]

        round_trip()
