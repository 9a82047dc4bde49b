"""A group written shorter by one account of a briefing than by another: one group.

Outlets, and one outlet from sentence to sentence, write a gang's name with and without its
kind ("the Rehmat Mengal gang", "Rehmat Mengal gang members arrested: 164", "27 members of
the Kala Babu gang" beside "17 of the Kala Babu gang members") and by its leader's surname
alone with the kind ("162 members of the Mengal gang" for the Rehmat Mengal gang; "the
Salvatrucha gang" for the Mara Salvatrucha). Each spelling was a group of its own, so the
outlets' figures of the one gang were never compared. Here, within one briefing (the
documents ``briefings`` links, or one document):

- names whose words are the same but for a kind after them ("Rehmat Mengal",
  "Rehmat Mengal gang") are one group, under the name with the kind;
- a name with a kind whose other words end a longer name ("Mengal gang": "... Mengal") is
  that name's group, when exactly one longer name ends so and its kind, if it has one, is
  the same.

A kind that names a part of a group ("the Boko Haram faction loyal to ...", "the party's
student wing"; lexicon ``kinds_of_a_part``) keeps its name apart, and so do two kinds for one
name ("Harbour gang", "Harbour group"). Only stored group names (their words and kind:
``nlp.group_names``) and the figures' documents are read, never text; a name the resolver made
an entity of is left to the resolver.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from corroborate.audit.briefings import briefings
from corroborate.audit.group_joins import JoinableRow, renamed
from corroborate.nlp.group_names import Core, spelling_of
from corroborate.records import NONE_STATED, EnforcementFigure

__all__ = ["join_short_names"]


def join_short_names(
    figures: list[EnforcementFigure], rows: Mapping[str, JoinableRow]
) -> tuple[list[EnforcementFigure], dict[str, str]]:
    """``figures`` with each shorter spelling of a group under its fullest name, and the
    joins made (spelling -> name); the caller drops the joined rows and keeps each as its
    name's alias."""
    root = briefings(figures)
    where: dict[str, set[str]] = defaultdict(set)  # name -> the briefings that give it
    for f in figures:
        if f.group != NONE_STATED:
            where[f.group].add(root.get(f.document_id, f.document_id))
    by_core: dict[Core, list[str]] = defaultdict(list)
    kinds: dict[Core, set[str]] = defaultdict(set)
    kind_of: dict[str, str | None] = {}  # name -> its kind ("gang"), as ``spelling_of`` read it
    for name in sorted(rows):
        spelling = spelling_of(name)
        if spelling is None:
            continue
        core, kind = spelling
        kind_of[name] = kind
        by_core[core].append(name)
        if kind is not None:
            kinds[core].add(kind)
    # the longer names under every shorter run of words they end with ("mengal" -> "rehmat
    # mengal"), so that a short name finds its longer ones at once, not by reading every name
    # that ends in its last word (thousands of groups may share one: "... Front")
    ending: dict[Core, list[Core]] = defaultdict(list)
    for core in by_core:
        for i in range(1, len(core)):
            ending[core[i:]].append(core)
    joins: dict[str, str] = {}
    for core, names in by_core.items():
        if len(kinds[core]) > 1:
            continue  # "Harbour gang" and "Harbour group": two groups, perhaps
        own = _fullest(names, kind_of)
        longer = _fullest(by_core[_longer(core, ending, kinds)], kind_of)
        for name in names:
            if rows[name].entity_id is not None:
                continue  # the resolver made it an entity: its name is the resolver's to join
            # the longer name where one account of the briefing writes it, else this name's
            # fullest spelling
            target = next((t for t in (longer, own) if where[name] & where[t]), name)
            if target != name:
                joins[name] = target
    return renamed(figures, joins), joins


def _longer(core: Core, ending: Mapping[Core, list[Core]], kinds: Mapping[Core, set[str]]) -> Core:
    """The one longer name that ``core`` ends, for a name written with its kind ("Mengal
    gang" -> "Rehmat Mengal"); ``core`` itself where there is none, or more than one. The
    longer names are looked up by the words they end with (``ending``), so a store of many
    groups is not read name against name."""
    if not kinds.get(core):
        return core  # a surname alone ("Mengal") is no gang's name
    ends = [c for c in ending.get(core, ()) if kinds.get(c, set()) <= kinds[core]]
    return ends[0] if len(ends) == 1 else core


def _fullest(names: Sequence[str], kind_of: Mapping[str, str | None]) -> str:
    """The spelling a group is listed under: with its kind where one is written, else the
    first (names are sorted, so the choice does not depend on the order of the store)."""
    with_kind = [n for n in names if kind_of[n] is not None]
    return (with_kind or list(names))[0]
