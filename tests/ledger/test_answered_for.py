"""Whose answer a denial is: the accused it denies for, its speaker only where the speaker is
among them or it names no one (``link.answered_for``), and how ``build`` joins it by that."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from corroborate.ledger.build import build_ledger, group_steps
from corroborate.ledger.link import Step, answered_for
from corroborate.records import Affiliation, Entity, Event
from tests.conftest import analyse_rows

# "Lena Hart, a Veldan Party spokeswoman"
_MEMBER = Affiliation("party", "Veldan Party", "spokeswoman", None, "d")
SPOKESWOMAN = Entity("hart", "Lena Hart", "person", affiliations=[_MEMBER])
PARTY = Entity("party", "Veldan Party", "organization")
CHAIRMAN = Entity("marsh", "Ivo Marsh", "person")
ENTITIES = {e.id: e for e in (SPOKESWOMAN, PARTY, CHAIRMAN)}


def _step(doc: str, kind: str, act: str | None, principal: str | None = None, *,
          involved: set[str] | None = None, speaker: str | None = None,
          answers_for: set[str] | None = None,
          names_accusations: bool = False) -> Step:  # fmt: skip
    event = Event(None, kind, None, None, "someone", doc, f"{kind} in {doc}", 0, 9)  # type: ignore[arg-type]
    return Step(event, act, principal, involved or set(), speaker,
                names_accusations=names_accusations, answers_for=answers_for or set())  # fmt: skip


def _hart(doc: str, act: str | None, involved: set[str], answers_for: set[str]) -> Step:
    """A denial the spokeswoman speaks (an attribution's answer: no principal)."""
    return _step(doc, "denial", act, involved=involved, speaker="hart", answers_for=answers_for,
                 names_accusations=act is None)  # fmt: skip


def _events(steps: list[Step]) -> dict[tuple[str, str], set[str]]:
    """(accused, act) -> the kinds and documents of its events."""
    return {
        (a.accused[0], a.act): {f"{e.kind}:{e.document_id}" for e in a.events}
        for a in group_steps(steps, ENTITIES)
    }


def test_a_denial_the_grammar_read_for_another_is_not_the_speakers() -> None:
    """ "Hart denied the charges against Ivo Marsh": the claims read Marsh (words 20-29) as
    whom it answers for; Hart (words 0-4) is the source and not among them."""
    assert answered_for(SPOKESWOMAN, [(0, 4)], [("marsh", 20, 29)]) == {"marsh"}


def test_a_speaker_among_those_a_denial_names_answers_too() -> None:
    """ "Hart and Ivo Marsh rejected the allegation": the speaker is one of the accused the
    grammar read (her words lie inside the source's), whatever name each resolved to."""
    assert answered_for(SPOKESWOMAN, [(0, 20)], [("hart", 0, 4), ("marsh", 9, 18)]) == {
        "hart",
        "marsh",
    }


def test_a_denial_that_names_no_one_is_its_speakers() -> None:
    assert answered_for(SPOKESWOMAN, [(0, 4)], []) == {"hart"}
    assert answered_for(None, [], []) == set()


def test_an_answer_for_the_chairman_joins_his_allegation_not_the_partys() -> None:
    """The spokeswoman's denial for her chairman: it answers the chairman's allegation and
    never the party's, though she speaks for the party (the base joined it by her
    affiliation)."""
    steps = [
        _step("one", "allegation", "bribery", "marsh"),
        _step("one", "allegation", "bribery", "party"),
        _hart("two", "bribery", {"hart", "marsh"}, {"marsh"}),
    ]
    events = _events(steps)
    assert events[("marsh", "bribery")] == {"allegation:one", "denial:two"}
    assert events[("party", "bribery")] == {"allegation:one"}


def test_the_speakers_own_denial_still_answers_for_the_party() -> None:
    """Naming the act, a denial that names no one else answers the speaker's party's
    allegation in any report, as before."""
    steps = [
        _step("one", "allegation", "bribery", "party"),
        _hart("two", "bribery", {"hart"}, {"hart"}),
    ]
    assert _events(steps)[("party", "bribery")] == {"allegation:one", "denial:two"}


def test_naming_no_act_a_member_answers_for_the_party_only_in_its_own_report() -> None:
    """ "Hart said the minister's propaganda was baseless": naming no act and not naming the
    party, her denial answers the party's allegation only where her own report alleges it;
    one that names the party joins it wherever it was alleged."""
    steps = [
        _step("one", "allegation", "bribery", "party"),
        _hart("two", None, {"hart"}, {"hart"}),
        _step("three", "allegation", "bribery", "party"),
        _hart("three", None, {"hart"}, {"hart"}),
        _hart("four", None, {"hart", "party"}, {"hart"}),
    ]
    assert _events(steps)[("party", "bribery")] == {
        "allegation:one",
        "allegation:three",
        "denial:three",
        "denial:four",
    }


def test_naming_no_act_an_answer_for_another_joins_only_its_own_reports_charges() -> None:
    """ "Hart dismissed accusations that Ivo Marsh is a racist": the grammar reads Marsh
    (the claim's own denial step holds it); the attribution's answer joins none of the
    charges other reports make against him, nor does the claim's denial count as its
    report accusing him."""
    steps = [
        _step("one", "allegation", "bribery", "marsh"),
        _step("two", "denial", "criminal charges", "marsh"),  # the claim's reading
        _hart("two", None, {"hart", "marsh"}, {"marsh"}),
    ]
    events = _events(steps)
    assert events[("marsh", "bribery")] == {"allegation:one"}
    steps.append(_step("two", "allegation", "bribery", "marsh"))
    assert "denial:two" in _events(steps)[("marsh", "bribery")]


def test_a_spokeswomans_denial_for_her_chairman_contests_his_charge(nlp: Language) -> None:
    """Read end to end: the grammar reads Ivo Marsh as whom "denied the accusations against
    party chairman Ivo Marsh" answers for, so the spokeswoman's answer contests the killing
    her own report alleges against him (the base left it on a separate "criminal charges"
    allegation of the denial alone), and neither she nor the party she speaks for is made
    an accused by it."""
    rows = [
        {"id": "d0", "published": "2031-08-01",
         "text": "Police accused the Veldan Party of killing a journalist in Arlen last year."},
        {"id": "d1", "published": "2031-08-02",
         "text": "Lena Hart, a spokeswoman for the Veldan Party, on Monday denied the accusations"
                 " against party chairman Ivo Marsh, calling them baseless.\n\nProsecutors"
                 " accuse Ivo Marsh of killing a journalist in Arlen."},
    ]  # fmt: skip
    ledger = build_ledger(analyse_rows(nlp, rows))
    names = {e.id: e.name for e in ledger.entities}
    kinds = {
        (names[a.accused[0]], a.act): {(e.kind, e.document_id) for e in a.events}
        for a in ledger.allegations
    }
    assert ("denial", "d1") in kinds[("Ivo Marsh", "killing")]
    assert kinds[("Veldan Party", "killing")] == {("report", "d0"), ("allegation", "d0")}
    assert not any(name == "Lena Hart" for name, _ in kinds)


def _apart(doc: str, principal: str) -> Step:
    """A denial read for ``principal``, whom its report tells only as victim, relative,
    official ... (``claims.told_apart``): "he was simply doing his job," his widow said."""
    return replace(_step(doc, "denial", "generic", principal), told_apart=True)


def test_a_denial_for_one_told_only_as_victim_accuses_no_one() -> None:
    assert _events([_apart("d1", "marsh")]) == {}


def test_a_denial_for_one_told_as_victim_stands_where_another_report_accuses_him() -> None:
    """Near miss: the man the first report tells as harmed, the second charges with a
    killing; the first report's plea for him is an answer to an accusation after all."""
    steps = [_apart("d1", "marsh"), _step("d2", "charge", "killing", "marsh")]
    assert _events(steps) == {
        ("marsh", "killing"): {"charge:d2"},
        ("marsh", "generic"): {"denial:d1"},
    }


def test_a_denial_for_one_no_report_tells_apart_stands_alone() -> None:
    """Near miss: a party named only by its denial ("the party denied the allegation") and
    told in no part that is not the accused's stays accused by it."""
    steps = [_step("d1", "denial", "generic", "party")]
    assert _events(steps) == {("party", "generic"): {"denial:d1"}}
