"""A step naming no act (an arrest, a ruling, a confession "extracted under torture") joins
its accused's allegation about an act where the records leave one candidate, and stays apart
under the generic act, visibly, where they leave several (``ledger.unnamed_act``).

Steps are made by hand (no parse): the rule reads only the kinds, acts, accused and reports
of steps. The invented reports through spaCy are at the end."""

from __future__ import annotations

from rich.console import Console
from spacy.language import Language

from corroborate.ledger.acts import GENERIC
from corroborate.ledger.build import group_steps
from corroborate.ledger.link import Step
from corroborate.ledger.render import print_table
from corroborate.records import Allegation, Entity, Event, EventKind, Ledger
from tests.ledger.invented import invented_ledger

OKAFOR = Entity("ent_okafor", "Ngozi Okafor", "person")
BRANDT = Entity("ent_brandt", "Lotte Brandt", "person")
PARTY = Entity("ent_party", "Estuary Party", "organization")
WORKERS = Entity("ent_workers", "Estuary Party workers", "group")
ENTITIES = {e.id: e for e in (OKAFOR, BRANDT, PARTY, WORKERS)}


def _step(
    kind: EventKind,
    act: str | None,
    doc: str,
    start: int = 0,
    principal: str = OKAFOR.id,
    outcome: str | None = None,
) -> Step:
    """A claim's step (``claims.claim_steps``): one naming no act is keyed by the generic act."""
    event = Event(None, kind, outcome, None, None, doc, f"{kind} {start}", start, start + 1)
    return Step(event, act or GENERIC, principal, {principal})


def _acts(allegations: list[Allegation], who: Entity = OKAFOR) -> dict[str, list[str]]:
    """Each act alleged against ``who``, with its events' kinds and reports."""
    return {
        a.act: [f"{e.kind}@{e.document_id}" for e in a.events]
        for a in allegations
        if a.accused[0] == who.id
    }


def test_an_act_less_confession_joins_the_one_act_its_report_alleges() -> None:
    steps = [
        _step("report", "fraud", "d1"),
        _step("confession", None, "d1", 5),
        _step("charge", None, "d1", 9, outcome="arrested"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"fraud": ["report@d1", "confession@d1", "charge@d1"]}


def test_two_acts_in_its_report_leave_the_act_less_step_apart() -> None:
    # the report alleges fraud and arson against her; which one the arrest is for it does
    # not say, and another report's single act does not decide for this one
    steps = [
        _step("report", "fraud", "d1"),
        _step("report", "arson", "d1", 3),
        _step("charge", None, "d1", 9, outcome="arrested"),
        _step("ruling", "fraud", "d2", outcome="convicted"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found[GENERIC] == ["charge@d1"]
    assert found["fraud"] == ["report@d1", "ruling@d2"]


def test_a_group_of_members_takes_no_act_from_another_report() -> None:
    # "40 party workers were detained" in one report, "200 workers were arrested and
    # weapons recovered from them" in another: other members, so the detention names no act
    steps = [
        _step("charge", None, "d1", principal=WORKERS.id, outcome="arrested"),
        _step("charge", "illegal weapons", "d2", principal=WORKERS.id, outcome="arrested"),
    ]
    found = _acts(group_steps(steps, ENTITIES), WORKERS)
    assert found == {GENERIC: ["charge@d1"], "illegal weapons": ["charge@d2"]}
    ledger = Ledger(entities=[WORKERS], allegations=group_steps(steps, ENTITIES))
    console = Console(width=200, record=True)
    print_table(ledger, console)
    text = console.export_text()
    assert "do not say these events concern the act alleged (illegal weapons)" in text


def test_a_ruling_naming_no_act_joins_the_one_act_its_report_tried() -> None:
    # the report tells her conviction for fraud and a witness's word of an assault: "the
    # court acquitted her of the charges" is on what was tried, not on the assault
    steps = [
        _step("ruling", "fraud", "d1", outcome="convicted"),
        _step("allegation", "assault", "d1", 3),
        _step("ruling", None, "d1", 9, outcome="acquitted"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"fraud": ["ruling@d1", "ruling@d1"], "assault": ["allegation@d1"]}


def test_a_ruling_naming_no_act_after_two_acts_tried_stays_apart() -> None:
    steps = [
        *_convicted_of_fraud_and_arson("d1"),
        _step("ruling", None, "d1", 9, outcome="acquitted"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found[GENERIC] == ["ruling@d1"]


def _convicted_of_fraud_and_arson(doc: str) -> list[Step]:
    """A report that convicts her of two acts: which one its act-less steps concern it does
    not say by itself."""
    return [
        _step("ruling", "fraud", doc, outcome="convicted"),
        _step("ruling", "arson", doc, 3, outcome="convicted"),
    ]


def test_of_two_acts_in_its_report_a_confession_is_about_the_one_confessed() -> None:
    # d2 convicts her of fraud and of arson and cites "her confession": she confessed to
    # the fraud (d1), never to the arson - the confession and its retraction are the fraud's;
    # the act-less arrest of the same report stays apart
    steps = [
        _step("confession", "fraud", "d1"),
        *_convicted_of_fraud_and_arson("d2"),
        _step("confession", None, "d2", 6),
        _step("retraction", None, "d2", 7),
        _step("charge", None, "d2", 9, outcome="arrested"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found["fraud"] == ["confession@d1", "ruling@d2", "confession@d2", "retraction@d2"]
    assert found[GENERIC] == ["charge@d2"]


def test_a_confession_to_neither_act_of_its_report_stays_apart() -> None:
    # confessed elsewhere to theft only: of the report's two acts none is the one on record
    steps = [
        _step("confession", "theft", "d1"),
        *_convicted_of_fraud_and_arson("d2"),
        _step("confession", None, "d2", 6),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found[GENERIC] == ["confession@d2"]


def test_a_report_naming_no_act_defers_to_the_one_act_of_the_others() -> None:
    steps = [
        _step("confession", "fraud", "d1"),
        _step("ruling", None, "d2", outcome="acquitted"),
    ]
    allegations = group_steps(steps, ENTITIES)
    assert _acts(allegations) == {"fraud": ["confession@d1", "ruling@d2"]}
    assert allegations[0].status == "acquitted"


def test_a_retracted_confession_is_the_one_on_record() -> None:
    # she confessed to fraud; arson is alleged but never confessed: the act-less retraction
    # withdraws the confession she made, the act-less ruling could be either
    steps = [
        _step("confession", "fraud", "d1"),
        _step("report", "arson", "d2"),
        _step("retraction", None, "d3"),
        _step("ruling", None, "d3", 5, outcome="acquitted"),
    ]
    allegations = group_steps(steps, ENTITIES)
    found = _acts(allegations)
    # d3 tells the confession only by its retraction: the confession on record told again
    # (``retracted_confession``, ``dating.retold``)
    assert found["fraud"] == ["confession@d1", "confession@d3", "retraction@d3"]
    assert found[GENERIC] == ["ruling@d3"]
    fraud = next(a for a in allegations if a.act == "fraud")
    assert fraud.events[1].retells_document == "d1"


def test_two_confessed_acts_leave_the_act_less_confession_apart() -> None:
    steps = [
        _step("confession", "fraud", "d1"),
        _step("confession", "arson", "d2"),
        _step("confession", None, "d3"),
        _step("retraction", None, "d3", 4),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found[GENERIC] == ["confession@d3", "retraction@d3"]
    assert found["fraud"] == ["confession@d1"] and found["arson"] == ["confession@d2"]


def test_a_denial_naming_no_act_answers_only_its_own_report() -> None:
    # "she dismissed the accusations" in a report alleging nothing else: it answers no fraud
    # another report alleges; in one alleging fraud it answers that
    steps = [
        _step("report", "fraud", "d1"),
        _step("denial", None, "d2"),
        _step("denial", None, "d1", 4),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"fraud": ["report@d1", "denial@d1"], GENERIC: ["denial@d2"]}


def _told(doc: str, start: int, who: Entity = OKAFOR) -> Step:
    """An attribution's confession with no act at all, not even the generic one ("during
    questioning she admitted that she had passed the alarm code to the gang")."""
    event = Event(None, "confession", None, None, None, doc, f"confession {start}", start,
                  start + 1)  # fmt: skip
    return Step(event, None, who.id, {who.id})


def test_a_confession_naming_no_act_joins_the_one_act_of_its_report() -> None:
    steps = [_step("charge", "theft", "d1", outcome="arrested"), _told("d1", 5)]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"theft": ["charge@d1", "confession@d1"]}


def test_a_confession_naming_no_act_is_about_one_of_two_acts_not_both() -> None:
    # d2 arrests her for fraud and for arson and tells her confession of a deed no act
    # names: which act it is the report does not say - it stays apart, visibly, where the
    # same report's denial of "the charges" answers both
    steps = [
        _step("charge", "fraud", "d2", outcome="arrested"),
        _step("charge", "arson", "d2", 3, outcome="arrested"),
        _told("d2", 6),
        _step("denial", None, "d2", 8),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {
        "fraud": ["charge@d2", "denial@d2"],
        "arson": ["charge@d2", "denial@d2"],
        GENERIC: ["confession@d2"],
    }


def test_of_two_acts_a_confession_naming_no_act_is_the_one_on_record() -> None:
    # she confessed to the fraud in d1: d2's confession of no named act is that one
    steps = [_step("confession", "fraud", "d1"), *_convicted_of_fraud_and_arson("d2"),
             _told("d2", 6)]  # fmt: skip
    found = _acts(group_steps(steps, ENTITIES))
    assert found["fraud"] == ["confession@d1", "ruling@d2", "confession@d2"]
    assert found["arson"] == ["ruling@d2"]


def test_a_confession_naming_no_act_in_a_report_alleging_nothing_stays_out() -> None:
    # d2 tells only the confession: another report's fraud does not make it an accusation,
    # nor does an organisation's (it confesses through others), nor her own denial in d2
    steps = [
        _step("report", "fraud", "d1"),
        _told("d2", 0),
        _step("denial", None, "d2", 4),
        _step("report", "fraud", "d3", principal=PARTY.id),
        _told("d3", 5, PARTY),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"fraud": ["report@d1"], GENERIC: ["denial@d2"]}
    assert _acts(group_steps(steps, ENTITIES), PARTY) == {"fraud": ["report@d3"]}


def test_another_accused_s_act_and_a_patronage_are_no_candidates() -> None:
    # Brandt's fraud is hers alone; the party's patronage of Okafor is no crime she is
    # arrested for: Okafor's arrest has no act to join
    steps = [
        _step("report", "fraud", "d1", principal=BRANDT.id),
        _step("report", "patronage", "d1", 2),
        _step("charge", None, "d1", 9, outcome="arrested"),
    ]
    found = _acts(group_steps(steps, ENTITIES))
    assert found == {"patronage": ["report@d1"], GENERIC: ["charge@d1"]}
    assert _acts(group_steps(steps, ENTITIES), BRANDT) == {"fraud": ["report@d1"]}


def test_the_table_names_the_acts_an_act_less_allegation_may_concern() -> None:
    steps = [
        _step("report", "fraud", "d1"),
        _step("report", "arson", "d1", 3),
        _step("charge", None, "d1", 9, outcome="arrested"),
    ]
    ledger = Ledger(entities=[OKAFOR], allegations=group_steps(steps, ENTITIES))
    console = Console(width=200, record=True)
    print_table(ledger, console)
    text = console.export_text()
    assert "no act named: of the acts alleged (arson, fraud)" in text
    alone = Ledger(entities=[OKAFOR], allegations=group_steps(steps[2:], ENTITIES))
    console = Console(width=200, record=True)
    print_table(alone, console)
    assert "no act named" not in console.export_text()


# Invented reports of one accused: a confession to a killing told by the police, his union's
# word that "the confession" was extracted under torture, and an acquittal naming no charge.
_CONFESSED = (
    "Police in Port Ellis said on Monday that Farid Okonjo had confessed to killing a money "
    "changer in the old market."
)
_TORTURED = (
    "The Dockers League said the confession of its member Farid Okonjo was extracted under torture."
)
_ACQUITTED = "A court on Friday acquitted Farid Okonjo for want of evidence."
_ALSO = "Police said Farid Okonjo had also confessed to smuggling fuel across the bay."


def _okonjo(ledger: Ledger, names: dict[str, str]) -> dict[str, Allegation]:
    return {a.act: a for a in ledger.allegations if names[a.accused[0]] == "Farid Okonjo"}


def test_one_allegation_for_the_confession_its_retraction_and_the_acquittal(
    nlp: Language,
) -> None:
    ledger, names = invented_ledger(nlp, _CONFESSED, _TORTURED, _ACQUITTED)
    found = _okonjo(ledger, names)
    assert set(found) == {"killing"}, set(found)
    killing = found["killing"]
    kinds = {(e.kind, e.document_id) for e in killing.events}
    assert {("confession", "d0"), ("confession", "d1"), ("retraction", "d1")} <= kinds
    assert ("ruling", "d2") in kinds
    assert killing.status == "acquitted"
    assert killing.confession_only is True


def test_a_second_confessed_act_leaves_the_tortured_confession_apart(nlp: Language) -> None:
    ledger, names = invented_ledger(nlp, _CONFESSED, _TORTURED, _ALSO)
    found = _okonjo(ledger, names)
    assert {"killing", "trafficking", GENERIC} <= set(found), set(found)
    apart = {(e.kind, e.document_id) for e in found[GENERIC].events}
    assert {("confession", "d1"), ("retraction", "d1")} <= apart
    assert all(e.document_id != "d1" or e.kind == "denial" for e in found["killing"].events)
