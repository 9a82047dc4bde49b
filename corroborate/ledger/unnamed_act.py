"""The allegation of a step that names no act: one place decides it, for every kind of step.

A step whose words name no crime ("he was produced before the magistrate", "the court
acquitted him", "his confession was extracted under torture", "X denied the charges",
"during questioning X admitted that he had passed the alarm code to the gang") is about what
its accused is accused of elsewhere. Which allegations it joins depends on what it is: a step
that tells of an event is about ONE act, since an arrest, a ruling or a confession is for a
deed; an answer is about what it answers, and "the charges" it denies are all of them.

* **A step that tells of one event** - an arrest, a charge, a ruling, a claim, a confession
  or its retraction (keyed by the generic act, ``acts.GENERIC``) - is about ONE act. It joins
  the accused's allegation about an act where the records leave one candidate:

  1. the acts its own report alleges against the same accused (a report is about its acts) -
     for a confession or retraction, narrowed first to those of them the accused confessed
     to in any report ("the court relied on his confession" in a report of a murder
     conviction and an Arms Act sentence is the confession to the murder, the one on record);
  2. for a confession or retraction, the acts the accused confessed to, or retracted a
     confession to, in any report ("his confession" is the confession on record);
  3. the acts any report alleges against the accused - not for a group of members ("UHF
     workers"): the members one report speaks of (70 detained) are not another's (334
     arrested with weapons), so another report's act says nothing of this one's.

  The first of these that names any act decides: exactly one, and the step takes it; two or
  more, and it stays apart under the generic act (which of them it concerns the records do
  not say, and a wrong timeline misleads more than a visible gap: ``render`` names the
  candidates). A step with none anywhere stays generic.

* **A person's confession with no act at all** (not even the generic one: an attribution
  whose confessed deed is no act of the lexicon, "during questioning X admitted that he had
  passed the alarm code to the gang") is read from the story its own report tells of the
  confessor: where that report alleges nothing against the confessor (by an allegation,
  charge, arrest, ruling or confession, not by an answer) it stays out, as a confession of
  no named act accuses no one by itself. Where the report does, it is a confession like the
  one above, and like any confession about ONE act: it is placed by the same steps 1-3
  (the report's act, narrowed to the one on record as confessed), and where its report
  alleges two acts and the records do not say which it confessed to, it stays apart under
  the generic act rather than joining both (conf17 joined every act of the report; a
  confession to the killing is no confession to the Arms Act charge beside it).

* **A denial naming no act, read for its accused** ("X denied the charges", "his family said
  he was innocent") is an answer, not an event: it answers what it is an answer to, and its
  own report is what it answers. It joins EVERY act its own report alleges against the
  accused (as settled above; "the charges" are all of them), or the generic act where the
  report alleges none. Never another report's acts: "dismissed accusations that X is a
  racist" answers no bribery another report alleges against X.

Patronage (``acts.RELATIONAL``) is a relation, not a crime an accused is arrested, tried or
confesses for: never a candidate. What a report "alleges" is what its allegations, charges,
arrests, rulings and confessions tell, not its answers.

Pure over the steps, and decomposable by principal as grouping is (``build.group_steps``):
the act of a step is read only from the steps of its own principal, so regrouping a principal
from the records that reach it (``ledger.regroup``) settles it as a rebuild does, also when a
later report brings the act.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from corroborate.ledger.acts import GENERIC, RELATIONAL
from corroborate.ledger.link import Step

__all__ = ["ANSWERS", "grouped_by_act"]

# Steps that answer an allegation rather than make one.
ANSWERS = frozenset({"denial", "retraction"})
# Steps a court or the law takes on a charge: a ruling, a charge, an arrest (kind "charge").
_COURT_STEPS = frozenset({"ruling", "charge"})
# Steps about a confession on record: a confession naming no act, a retraction of one.
_ABOUT_A_CONFESSION = frozenset({"confession", "retraction"})

Key = tuple[str, str]  # (principal, act): one allegation


def grouped_by_act(
    keyed: Sequence[tuple[str, Step, str]],
    denials: Sequence[Step],
    confessions: Sequence[Step],
    groups: frozenset[str] | set[str] = frozenset(),
) -> defaultdict[Key, list[Step]]:
    """The steps of each (principal, act). ``keyed``: (principal, step, act) of the steps that
    have an act, generic or named; ``denials``: denials read for their accused naming no act;
    ``confessions``: persons' confessions with no act at all; ``groups``: the principals that
    are groups of members. Each placed as above, in this
    order (the order of a group's steps is the order its figures are read in)."""
    by_key: defaultdict[Key, list[Step]] = defaultdict(list)
    told = _told_in_report(keyed, confessions)
    settled = _settled_acts([*keyed, *told], groups)
    # What each report alleges against each principal, once the generic steps are settled
    # (not by a confession with no act: it tells no act of its own).
    alleged_in: dict[Key, set[str]] = defaultdict(set)
    for (principal, step, _), act in zip(keyed, settled[: len(keyed)], strict=True):
        by_key[(principal, act)].append(step)
        if step.event.kind not in ANSWERS:
            alleged_in[(principal, step.event.document_id)].add(act)
    for (principal, step, _), act in zip(told, settled[len(keyed) :], strict=True):
        by_key[(principal, act)].append(step)
    for step in denials:
        for act in sorted(_report_acts(step, alleged_in) or {GENERIC}):
            by_key[(_principal(step), act)].append(step)
    return by_key


def _told_in_report(
    keyed: Sequence[tuple[str, Step, str]], confessions: Sequence[Step]
) -> list[tuple[str, Step, str]]:
    """The act-less confessions whose own report alleges something against the confessor
    (not by an answer), keyed by the generic act to be settled as a confession naming no act
    is; the others stay out."""
    alleging = {(p, s.event.document_id) for p, s, _ in keyed if s.event.kind not in ANSWERS}
    return [
        (_principal(step), step, GENERIC)
        for step in confessions
        if (_principal(step), step.event.document_id) in alleging
    ]


def _principal(step: Step) -> str:
    assert step.principal is not None  # build.group_steps passes only steps with an accused
    return step.principal


def _report_acts(step: Step, alleged_in: dict[Key, set[str]]) -> set[str]:
    """What the step's own report alleges against its principal."""
    return alleged_in.get((_principal(step), step.event.document_id), set())


def _confessed(keyed: Sequence[tuple[str, Step, str]]) -> dict[str, set[str]]:
    """The acts each principal confessed to, or retracted a confession to, in any report."""
    confessed: dict[str, set[str]] = defaultdict(set)
    for principal, step, act in keyed:
        if step.event.kind in _ABOUT_A_CONFESSION and act != GENERIC and act not in RELATIONAL:
            confessed[principal].add(act)
    return confessed


def _settled_acts(
    keyed: Sequence[tuple[str, Step, str]], groups: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """The act of each (principal, step, act): its ``act``, except that a step with the
    generic act takes its principal's one act (the first candidates above that name any;
    for a group of members, ``groups``, only its own report's)."""
    in_report: dict[Key, set[str]] = defaultdict(set)
    tried_in_report: dict[Key, set[str]] = defaultdict(set)
    alleged: dict[str, set[str]] = defaultdict(set)
    for principal, step, act in keyed:
        if act == GENERIC or act in RELATIONAL:
            continue
        in_report[(principal, step.event.document_id)].add(act)
        if step.event.kind in _COURT_STEPS:
            tried_in_report[(principal, step.event.document_id)].add(act)
        alleged[principal].add(act)
    confessed = _confessed(keyed)
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
        elif step.event.kind in _COURT_STEPS:
            # "the court acquitted him of the charges" in a report that tells his
            # conviction for the murder and a witness's word of an assault: a court's step
            # is on what the report's charges and rulings put to him
            candidates = [tried_in_report.get((principal, step.event.document_id), set()),
                          reported]  # fmt: skip
        if principal not in groups:
            candidates.append(alleged.get(principal, set()))
        out.append(_the_one(candidates) or GENERIC)
    return out


def _the_one(candidates: list[set[str]]) -> str | None:
    """The act of the first set that names any, where it names one; else None."""
    for acts in candidates:
        if acts:
            return next(iter(acts)) if len(acts) == 1 else None
    return None
