"""A step told by a description whose bearer only another report of the case names.

Report B tells "the agent withdrew his confession" and never writes "agent" beside a name;
report A of the same case writes "The agent, Rana X, was arrested". The claim reader keeps B's
party as an untied description (``Claim.described``) and A's noun on its mention of him
(``Mention.description``). The ledger joins the two over stored records and entity ids only:

- B's untied party is a step with no principal (``described_steps``), whose candidates are
  the persons B itself names and gives no other part (not the victim, the judge, a lawyer,
  an official: ``cleared_entities``; not one B names by office) - every report names its
  accused somewhere, so the case's accused is among them;
- A's steps accusing a person carry the nouns A writes beside his name (``Step.described_as``);
- the untied party is the one candidate whose steps in another report carry its noun
  (``described_joined``); none where two or more do ("the warder" of a case with a head
  warder and a warder) or none does. The event is marked ``description_named_elsewhere``.

Grouping-time, over steps, so a build and an update by delta give the same: the untied
step reaches every candidate (``index.reach``), and an update that regroups one candidate
regroups them all (``regroup.drawn_in``) - the case's people, not the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from corroborate.ledger.link import Step
from corroborate.records import Mention
from corroborate.resolve.entity_index import EntityIndex

__all__ = ["described_joined", "described_steps"]


def described_steps(
    steps: list[Step], mentions: Iterable[Mention], index: EntityIndex, document_id: str,
    apart: set[str],
) -> list[Step]:  # fmt: skip
    """The document's steps of untied descriptions (``Step.described``), each given as its
    candidates (``involved``) the persons the document names, less those it gives another
    part (``apart``); the other steps as they are, each with the nouns written beside its
    principal here (``described_as``)."""
    untied = any(s.described is not None for s in steps)
    named: set[str] = set()
    nouns: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        # each person looked up once, and only where a step asks: the candidates where the
        # document holds an untied step, the nouns where a mention carries one
        if m.type != "person" or not (untied or m.description):
            continue
        entity = index.lookup(m.name, document_id)
        if entity is None or entity.type != "person":
            continue
        if untied and entity.id not in apart:
            named.add(entity.id)
        if m.description:
            nouns[entity.id].add(m.description)
    out: list[Step] = []
    for s in steps:
        if s.described is not None:
            out.append(replace(s, involved=set(named)))
        elif s.principal in nouns:
            out.append(replace(s, described_as=frozenset(nouns[s.principal])))
        else:
            out.append(s)
    return out


def described_joined(steps: list[Step]) -> list[Step]:
    """``steps`` with each untied description's step given its one bearer as principal (and
    its event marked), or left out where its candidates hold none or more than one."""
    bearers: dict[str, set[tuple[str, str]]] = defaultdict(set)  # noun -> (entity, document)
    for s in steps:
        if s.principal is not None:
            for noun in s.described_as:
                bearers[noun].add((s.principal, s.event.document_id))
    # what each report already reads of each person: (entity, document, sentence, kind, outcome)
    read = {(s.principal, *_told(s)) for s in steps if s.principal is not None}
    out: list[Step] = []
    for s in steps:
        if s.described is None:
            out.append(s)
            continue
        told = {e for e, doc in bearers.get(s.described, ()) if doc != s.event.document_id}
        found = sorted(told & s.involved)
        if len(found) != 1:
            continue  # no bearer among the people the report names, or two ("the warder")
        if (found[0], *_told(s)) in read:
            continue  # the sentence tells it of him by his name too (a parse's second reading)
        event = replace(s.event, inferred="description_named_elsewhere")
        out.append(replace(s, principal=found[0], event=event, involved=set(), described=None))
    return out


def _told(step: Step) -> tuple[str, int, str, str | None]:
    e = step.event
    return (e.document_id, e.start, e.kind, e.outcome)
