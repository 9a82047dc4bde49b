"""One confession a sentence holds two readings of, one with its setting and one without
("confessed at the police station, then signed papers he was not allowed to read"): the
ledger keeps one event per sentence and kind (``build._allegation``), and the setting it keeps
is the one read, whichever reading came first. The near misses: two settings read in one
sentence stay two confessions, and a sentence whose every reading is unknown stays unknown."""

from __future__ import annotations

from corroborate.ledger.build import group_steps
from corroborate.ledger.link import Step
from corroborate.records import Entity, Event

ACCUSED = Entity("orvel", "Tomas Orvel", "person")
ENTITIES = {ACCUSED.id: ACCUSED}
_ACT = "arson"


def _step(setting: str | None, doc: str = "d", start: int = 0, end: int = 60) -> Step:
    event = Event(None, "confession", None, setting, None, doc, "x" * (end - start), start, end)  # type: ignore[arg-type]
    return Step(event, _ACT, ACCUSED.id)


def _charge() -> Step:
    event = Event(None, "charge", None, None, "police", "d", "charged", 100, 107)
    return Step(event, _ACT, ACCUSED.id)


def _settings(*steps: Step) -> list[str | None]:
    (allegation,) = group_steps([_charge(), *steps], ENTITIES)
    return [e.setting for e in allegation.events if e.kind == "confession"]


def test_the_setting_read_wins_over_an_unknown_reading_before_it() -> None:
    assert _settings(_step("unknown"), _step("custodial")) == ["custodial"]
    assert _settings(_step(None), _step("judicial")) == ["judicial"]


def test_an_unknown_reading_after_the_setting_does_not_displace_it() -> None:
    assert _settings(_step("custodial"), _step("unknown")) == ["custodial"]
    assert _settings(_step("judicial"), _step(None)) == ["judicial"]


def test_two_settings_read_in_one_sentence_stay_two_confessions() -> None:
    assert sorted(map(str, _settings(_step("unknown"), _step("custodial"), _step("judicial")))) == [
        "custodial",
        "judicial",
    ]


def test_a_sentence_read_only_without_a_setting_stays_unknown() -> None:
    assert _settings(_step("unknown"), _step("unknown")) == ["unknown"]


def test_another_sentence_s_setting_is_not_this_sentence_s() -> None:
    """Two sentences each keep their own reading here; only ``retold_setting`` (over the whole
    allegation) may later give the unknown one the setting, not the per-sentence choice."""
    two = _settings(_step("unknown", start=0, end=60), _step("custodial", start=61, end=90),
                    _step("judicial", start=91, end=120))  # fmt: skip
    assert sorted(map(str, two)) == ["custodial", "judicial", "unknown"]
