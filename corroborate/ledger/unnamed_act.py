"""The act of a step that names none: an arrest, a charge, a ruling, a confession whose words
name no crime ("he was produced before the magistrate", "his confession was extracted under
torture", "the court acquitted him") is about what its accused is accused of elsewhere, when
that is one act.

Such a step is keyed by the generic act (``acts.GENERIC``) and would form an allegation of its
own beside the accused's allegation about the act, splitting one accusation's timeline in two
(the arrest and the retracted confession apart from the charge and the acquittal). It joins the
accused's allegation about an act where the records leave one candidate:

1. the acts its own report alleges against the same accused (a report is about its acts) -
   for a confession or retraction, narrowed first to those of them the accused confessed to
   in any report ("the court relied on his confession" in a report of a murder conviction and
   an Arms Act sentence is the confession to the murder, the one on record);
2. for a confession or retraction, the acts the accused confessed to, or retracted a confession
   to, in any report ("his confession" is the confession on record);
3. the acts any report alleges against the accused - except for a denial: one naming no act
   answers what its own report alleges, as an answer naming none does (``build``); "dismissed
   accusations that X is a racist" answers no bribery another report alleges against X.

The first of these that names any act decides: exactly one, and the step takes it; two or more,
and it stays apart under the generic act (which of them it concerns the records do not say, and
a wrong timeline misleads more than a visible gap: ``render`` names the candidates). A step
with none anywhere stays generic. Patronage (``acts.RELATIONAL``) is a relation, not a crime an
accused is arrested, tried or confesses for: never a candidate.

Pure over the steps, and decomposable by principal as grouping is (``build.group_steps``): the
act of a step is read only from the steps of its own principal, so regrouping a principal from
the records that reach it (``ledger.regroup``) settles it as a rebuild does, also when a later
report brings the act.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from corroborate.ledger.acts import GENERIC, RELATIONAL
from corroborate.ledger.link import Step

__all__ = ["settled_acts"]

# Steps about a confession on record: a confession naming no act, a retraction of one.
_ABOUT_A_CONFESSION = frozenset({"confession", "retraction"})


def settled_acts(keyed: Sequence[tuple[str, Step, str]]) -> list[str]:
    """The act of each (principal, step, act): its ``act``, except that a step with the
    generic act takes its principal's one act (the first candidates above that name any)."""
    in_report: dict[tuple[str, str], set[str]] = defaultdict(set)
    confessed: dict[str, set[str]] = defaultdict(set)
    alleged: dict[str, set[str]] = defaultdict(set)
    for principal, step, act in keyed:
        if act == GENERIC or act in RELATIONAL:
            continue
        in_report[(principal, step.event.document_id)].add(act)
        alleged[principal].add(act)
        if step.event.kind in _ABOUT_A_CONFESSION:
            confessed[principal].add(act)
    out: list[str] = []
    for principal, step, act in keyed:
        if act != GENERIC:
            out.append(act)
            continue
        reported = in_report.get((principal, step.event.document_id), set())
        candidates = [reported]
        if step.event.kind in _ABOUT_A_CONFESSION:
            on_record = confessed.get(principal, set())
            candidates = [reported & on_record, reported, on_record]
        if step.event.kind != "denial":
            candidates.append(alleged.get(principal, set()))
        out.append(_the_one(candidates) or GENERIC)
    return out


def _the_one(candidates: list[set[str]]) -> str | None:
    """The act of the first set that names any, where it names one; else None."""
    for acts in candidates:
        if acts:
            return next(iter(acts)) if len(acts) == 1 else None
    return None
