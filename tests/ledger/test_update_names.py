"""The update (``ledger.update``, ``ledger.restep``) against a full rebuild on names made to
meet each other in every way resolution joins or keeps apart names: titles, acronyms, lone
names, middle names, reversed and variant spellings, owners, head words, a hyphen between
two people, one name typed two ways, declared aliases, lists - with claims that accuse,
charge, convict or answer for them (by a short form too), attributions of sources that
allege, deny, confess or corroborate, affiliations the documents state, and a reader's
correction (merge, split, not accused) after a batch. Documents are invented here as
mentions, claims and attributions (no spaCy, no text but the names), so Hypothesis can try
many orders and batches: after every batch the stored ledger and the stored index must be
what a full rebuild writes.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from corroborate.ledger import correcting
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.records import (
    Attribution,
    AttributionFacts,
    Claim,
    ClaimKind,
    Document,
    EntityType,
    Kind,
    Mention,
    Participant,
    ParticipantRole,
)
from corroborate.store import Store, open_store
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
        ("Kofi Mensah", "Kofi Mensah", "person", "Ezza", "alias"),  # "Ezza" for another man
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
    [
        ("Tunde Bakare", "Tunde Bakare", "person", None, None),
        ("Tunde Femi Bakare", "Tunde Femi Bakare", "person", None, None),  # middle names:
        ("Tunde Ade Bakare", "Tunde Ade Bakare", "person", None, None),  # two fit, none joins
        ("Alhaji Tunde Bakare", "Alhaji Tunde Bakare", "person", None, None),  # an honorific
        ("Bakare", "Bakare", "person", None, None),  # a lone name, resolved by the company
        ("Kemi Lawal", "Kemi Lawal", "person", None, None),  # of a rare person two reports share
        ("Femi Bakare", "Femi Bakare", "person", None, None),
    ],
    [
        ("Kano", "Kano", "place", None, None),  # one spelling key, three types, capitals
        ("KANO", "KANO", "organization", None, None),
        ("Kanu", "Kanu", "person", None, None),
        ("Kano Pilots", "Kano Pilots", "organization", None, None),
        ("KANO - A", "KANO - A", "place", None, None),  # a dateline's tail
        ("Zainab Quadri", "Zainab Quadri", "person", None, None),  # a variant block:
        ("Zaynab Qadri", "Zaynab Qadri", "person", None, None),  # alike
        ("Zara Quill", "Zara Quill", "person", None, None),  # not alike
        ("Jainab Kadri", "Jainab Kadri", "person", None, None),  # romanised otherwise
    ],
    [
        # one variant block ("h:d"): two names not alike, each alike to a third, which the
        # variant rule joins to both in node order (a new name joining two stored groups)
        ("Hadiza Danjima", "Hadiza Danjima", "person", None, None),
        ("Hadiza Danuma", "Hadiza Danuma", "person", None, None),
        ("Hadiza Danjumah", "Hadiza Danjumah", "person", None, None),
        ("Hamza Dogo", "Hamza Dogo", "person", None, None),  # of the block, alike to none
        ("Hadiza Bello", "Hadiza Bello", "person", None, None),  # a surname two people share
        ("Musa Bello", "Musa Bello", "person", None, None),
        ("Danjuma", "Danjuma", "person", None, None),  # a lone surname alike to two
    ],
    [
        # a head word ("Guild") ended by organisations, one also typed a person and one two
        # names joined by a hyphen (neither surely an organisation of the union,
        # ``ledger.index.head_fits``; "Jos-Bauchi Guild" is one), one spelled by an acronym:
        # the index links the head word to the first two sure ones only, and which those
        # are moves as reports come and go
        ("Guild", "Guild", "organization", None, None),
        ("Kano Dock Guild", "Kano Dock Guild", "organization", None, None),
        ("Lagos Ferry Guild", "Lagos Ferry Guild", "organization", None, None),
        ("Lagos Ferry Guild", "Lagos Ferry Guild", "person", None, None),
        ("Tin Miners Guild", "Tin Miners Guild", "organization", None, None),
        ("Jos-Bauchi Guild", "Jos-Bauchi Guild", "organization", None, None),
        ("Kano Dock-Lagos Ferry Guild", "Kano Dock-Lagos Ferry Guild", "organization", None, None),
        ("KDG", "KDG", "organization", None, None),
        ("Guild", "Guild", "person", None, None),
    ],
    [
        # a firm with and without its forms of incorporation, its bare name typed two ways
        # (``resolve.firm_forms``), another firm sharing its first words, a firm named after
        # a man whose name stays his
        ("Ikeja Rice Mills (Pvt) Ltd", "Ikeja Rice Mills (Pvt) Ltd", "organization", None, None),
        ("Ikeja Rice Mills Ltd", "Ikeja Rice Mills Ltd", "organization", None, None),
        ("Ikeja Rice Mills", "Ikeja Rice Mills", "person", None, None),
        ("Ikeja Rice Mills", "Ikeja Rice Mills", "place", None, None),
        ("Ikeja Rice Traders Ltd", "Ikeja Rice Traders Ltd", "organization", None, None),
        ("Rice Mills", "Rice Mills", "organization", None, None),
        ("Mills", "Mills", "organization", None, None),
        ("Tunde Bakare Ltd", "Tunde Bakare Ltd", "organization", None, None),
        ("Tunde Bakare", "Tunde Bakare", "person", None, None),
    ],
]
DATES = [None, "2022-05-01", "2022-05-02", "2022-05-03"]
LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


# A claim: (kind, accused pick, other pick, act, the accused are an organisation's members),
# picks by position among the document's names (modulo their number).
ClaimSpec = tuple[ClaimKind, int, int, str | None, bool]
CLAIM_KINDS: list[ClaimKind] = ["accusation", "charge", "ruling", "denial", "crime", "confession",
                                 "retraction"]  # fmt: skip
# An attribution: (kind, speaker pick, target pick, act, the speaker speaks of "the party");
# "statement" is a denial ("baseless"), the rest say what their kind says.
AttributionSpec = tuple[Kind, int, int, str | None, bool]
ATTRIBUTION_KINDS: list[Kind] = ["allegation", "statement", "denial", "confession",
                                 "corroboration"]  # fmt: skip


def _document(
    id_: str,
    published: str | None,
    picks: list[Named],
    listed: bool,
    claims: tuple[ClaimSpec, ...] | list[ClaimSpec] = (),
    affiliated: bool = False,
    said: tuple[AttributionSpec, ...] | list[AttributionSpec] = (),
) -> AnalysedDocument:
    """The picked names one after another: ", " between them makes people a list
    (``resolve.apart``), ". " does not. ``claims`` name the picks as written (a short form
    too: the lookup must find it); ``affiliated``: the first person is stated a spokesman of
    the first organisation ("HPU spokesman Ada Obiora")."""
    text, mentions = "", []
    org = next((written for written, _, type_, _, _ in picks if type_ == "organization"), None)
    for written, name, type_, alias, kind in picks:
        if text:
            text += ", " if listed else ". "
        start = len(text)
        text += written
        spokesman = affiliated and type_ == "person" and org is not None
        affiliated = affiliated and not spokesman
        mentions.append(Mention(start, len(text), written, type_, name, LABELS[type_],
                                alias=alias, alias_kind=kind,
                                organization=org if spokesman else None,
                                role="spokesman" if spokesman else None))  # fmt: skip
        if alias:
            text += f" alias {alias}" if kind == "alias" else f" ({alias})"
    text += "."
    made = []
    for kind_, accused, other, act, members in claims:
        a, b = mentions[accused % len(mentions)], mentions[other % len(mentions)]
        role: ParticipantRole = "court" if kind_ == "ruling" else "victim"
        made.append(Claim(
            kind_, 0, len(text), (a.start, a.end),
            (Participant(a.text, "accused", a.start, a.end,
                         "workers" if members and a.type == "organization" else None),
             Participant(b.text, role, b.start, b.end)),
            outcome="convicted" if kind_ == "ruling" else None, act=act,
        ))  # fmt: skip
    attributions = []
    for says, speaker, target, act, own_party in said:
        a, b = mentions[speaker % len(mentions)], mentions[target % len(mentions)]
        denies = says in ("statement", "denial")
        # The target and the (at most two) names after it: a patronage allegation naming an
        # organisation and people has co-accused, which some reports name and others not.
        after = mentions[target % len(mentions) + 1 :][:2]
        facts = AttributionFacts((0, len(text)), act=act, denies=denies, own_party=own_party,
                                 names_accusations=denies,
                                 named=(b.text, *(m.text for m in after)))  # fmt: skip
        attributions.append(Attribution([(a.start, a.end)], [(0, 1)], [(b.start, b.end)],
                                        a.text, says, target=b.text, facts=facts,
                                        speaker=a.text))  # fmt: skip
    return AnalysedDocument(Document(id_, text, published=published), attributions, mentions,
                            made)  # fmt: skip


@dataclass
class _Corpus:
    """Documents stored in batches (``bounds``); before batch ``i`` (after the first), the
    stored document ``edits[i]`` names is removed or written anew (``rewrites``), if any;
    after batch ``corrected[0]``, a reader's correction of kind ``corrected[1]``."""

    docs: list[AnalysedDocument]
    bounds: list[int]
    edits: list[tuple[str, int] | None]
    rewrites: list[AnalysedDocument]
    corrected: tuple[int, str]


@st.composite
def _corpora(draw: st.DrawFn) -> _Corpus:
    size = draw(st.integers(2, 9))
    families = draw(st.lists(st.sampled_from(FAMILIES), min_size=1, max_size=2))
    pool = [named for family in families for named in family]

    # Two acts besides patronage: a step naming none joins its accused's one act, and stays
    # apart where there are two (``ledger.unnamed_act``), as reports come and go.
    claims = st.tuples(st.sampled_from(CLAIM_KINDS), st.integers(0, 3), st.integers(0, 3),
                       st.sampled_from([None, "fraud", "theft", "patronage"]),
                       st.booleans())  # fmt: skip

    said = st.tuples(st.sampled_from(ATTRIBUTION_KINDS), st.integers(0, 3), st.integers(0, 3),
                     st.sampled_from([None, "fraud", "patronage"]), st.booleans())  # fmt: skip

    def document(id_: str) -> AnalysedDocument:
        return _document(
            id_,
            draw(st.sampled_from(DATES)),
            draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4)),
            draw(st.booleans()),
            draw(st.lists(claims, max_size=2)),
            draw(st.booleans()),
            draw(st.lists(said, max_size=2)),
        )

    docs = [document(f"doc-{i}") for i in range(size)]
    cuts = draw(st.lists(st.integers(1, size - 1), max_size=size - 1))
    bounds = [0, *sorted(set(cuts)), size]
    kinds = st.none() | st.tuples(st.sampled_from(["remove", "rewrite"]), st.integers(0, 99))
    edits = [None, *(draw(kinds) for _ in bounds[2:])]
    corrected = (draw(st.integers(0, len(edits))), draw(st.sampled_from(CORRECTIONS)))
    return _Corpus(docs, bounds, edits, [document("") for _ in edits], corrected)


CORRECTIONS = ["merge", "split", "not_accused"]


def _correct(store: Store, kind: str) -> None:
    """A reader's correction as ``corroborate correct`` makes it (stored, then a rebuild),
    of the first entities or allegation it can apply to, if any."""
    ledger = store.ledger()
    if kind == "merge":
        for type_ in ("person", "organization"):
            ranked = sorted((e for e in ledger.entities if e.type == type_),
                            key=lambda e: (-len(e.aliases), e.id))  # fmt: skip
            if len(ranked) >= 2:
                correcting.merge(store, [ranked[0].id, ranked[1].id], "one actor", "tester")
                return
    elif kind == "split":
        named = next((e for e in ledger.entities if e.aliases), None)
        if named is not None:
            correcting.split(store, named.id, named.aliases[0].name, "two actors", "tester")
    elif ledger.allegations:
        alleged = ledger.allegations[0]
        correcting.not_accused(store, alleged.id, alleged.accused[0], "a witness", "tester")


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=_corpora())
def test_invented_names_in_any_batches_equal_a_full_rebuild(
    corpus: _Corpus, tmp_path: Path
) -> None:
    PATHS.update(_batches(corpus, tmp_path / f"{uuid.uuid4().hex}.db"))


# How each update that stepped documents again ran (``_path``), over every example run in a
# session: what a run with many examples reports.
PATHS: Counter[str] = Counter()


def store_batch(store: Store, path: Path, corpus: _Corpus, i: int) -> None:
    """Batch ``i`` of ``corpus`` stored without updating the ledger, after the batch's edit
    of a stored document, if any: deleted by SQL (the store's cascade, not ``remove``, which
    updates the ledger itself), or written anew under its id with other names."""
    lo, hi = corpus.bounds[i], corpus.bounds[i + 1]
    edit = corpus.edits[i]
    stored = sorted(d.document.id for d in corpus.docs[:lo])
    if edit is not None and stored:
        kind, which = edit
        target = stored[which % len(stored)]
        if kind == "remove":
            with sqlite3.connect(path) as raw:
                raw.execute("PRAGMA foreign_keys = ON")
                raw.execute("DELETE FROM documents WHERE id = ?", (target,))
        else:
            again = corpus.rewrites[i]
            put_analysed(store, [replace(again, document=replace(again.document, id=target))])
    put_analysed(store, corpus.docs[lo:hi])


def _batches(corpus: _Corpus, path: Path) -> Counter[str]:
    """The corpus stored batch by batch, each batch's update checked against a full
    rebuild; returns how the updates that stepped documents again ran."""
    bounds = corpus.bounds
    paths: Counter[str] = Counter()
    with open_store(str(path)) as store:
        for i in range(len(bounds) - 1):
            store_batch(store, path, corpus, i)
            seen: list[Update] = []
            reason = update(store, seen.append)
            assert reason in (None, "no index", "too many new documents"), reason
            if seen and seen[0].whole:
                paths[_path(store, seen[0])] += 1
            updated = index_snapshot(store)
            assert rebuild_and_compare(store) is None, (i, corpus.edits[i], seen and seen[0].apart)
            assert index_snapshot(store) == updated, (i, corpus.edits[i], seen and seen[0].apart)
            if i == corpus.corrected[0]:
                _correct(store, corpus.corrected[1])
    return paths


def _path(store: Store, found: Update) -> str:
    """How an update that stepped documents again ran: by delta unless a correction by hand
    is in force (then assembled whole), its delta from the resolution of what the new
    documents reach ("scoped") or, where that names why not, of every document."""
    in_force = any(c.active for c in store.corrections())
    assert (found.by_delta is None) == in_force, found.wholly
    assert found.wholly == ("corrections by hand are in force" if in_force else None)
    if in_force:
        return "whole"
    if found.apart == "a stored document changed or was removed":
        assert found.unreached == found.apart  # the producer answers only for additions
    return "scoped" if found.unreached is None else found.unreached


def test_most_additions_resolve_only_what_they_reach(tmp_path: Path) -> None:
    """Seeded examples of the corpora above: of the updates by delta that only add
    documents, most take their delta from the resolution of what the new documents reach
    (``ledger.reached``), not from resolving every stored document."""
    paths: Counter[str] = Counter()

    @seed(15)
    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
    @given(corpus=_corpora())
    def run(corpus: _Corpus) -> None:
        paths.update(_batches(corpus, tmp_path / f"{uuid.uuid4().hex}.db"))

    run()
    adding = sum(n for p, n in paths.items() if p not in _NOT_ADDING)
    assert paths["scoped"] > adding / 2, paths


# Updates the producer does not answer by design: a stored document changed or removed, or
# corrections by hand in force (assembled whole from a resolution of every document).
_NOT_ADDING = ("whole", "a stored document changed or was removed")
