"""A person's confession filed under another act than the report that read its setting takes
that setting (``ledger.retold_setting.settings_of_person``): "Butt confessed to shooting the
guard" during interrogation (assault) and, in a later report, "Butt, accused of murdering a
bank guard, ... withdrew his confession" (killing) is that custodial confession. Near misses:
an allegation with a read setting of its own keeps it; two settings across the person's
allegations, or none, leave it unknown; another principal's setting is not his."""

from __future__ import annotations

from spacy.language import Language

from corroborate.ledger.retold_setting import settings_of_person
from corroborate.records import Allegation, Event
from tests.ledger.events import an_event
from tests.ledger.invented import invented_ledger

_SHOT = (
    "Police in Lahore arrested Imran Butt on Monday after a guard was shot at a bank. During "
    "interrogation at the police station, Butt confessed to shooting the guard, police said."
)
_WITHDRAWN = (
    "Imran Butt, who is accused of murdering a bank guard in Lahore, told the court on Tuesday "
    "that he had signed whatever was put in front of him and withdrew his confession."
)
# another country, a judge's hearing: the stabbing confessed, then the killing retold
_PLEADED = (
    "In Nairobi, Wanjiru Kamau confessed before Magistrate Peter Otieno to stabbing the "
    "night watchman."
)
_THEFT = (
    "Wanjiru Kamau, who is charged with murdering a night watchman, has withdrawn her "
    "confession, her lawyer said."
)


def _confessions(nlp: Language, *texts: str) -> dict[str, list[str]]:
    ledger, names = invented_ledger(nlp, *texts)
    found: dict[str, list[str]] = {}
    for a in ledger.allegations:
        for e in a.events:
            if e.kind == "confession":
                found.setdefault(f"{names.get(a.accused[0])}/{a.act}", []).append(str(e.setting))
    return found


def test_confession_under_another_act_takes_the_persons_setting(nlp: Language) -> None:
    found = _confessions(nlp, _SHOT, _WITHDRAWN)
    assert len(found) == 2
    assert all(settings == ["custodial"] for settings in found.values())


def test_judicial_confession_of_another_act_fills_the_retold_one(nlp: Language) -> None:
    found = _confessions(nlp, _PLEADED, _THEFT)
    assert len(found) == 2 and all(settings == ["judicial"] for settings in found.values())


def test_alone_it_stays_unknown(nlp: Language) -> None:
    assert list(_confessions(nlp, _WITHDRAWN).values()) == [["unknown"]]


def _event(setting: str | None) -> Event:
    return an_event("confession", setting=setting)


def _allegation(principal: str, act: str, *settings: str | None) -> Allegation:
    return Allegation(id=f"{principal}/{act}", accused=[principal], act=act, alleged_by=[],
                      status="alleged", confession_only=False, quantities=[],
                      events=[_event(s) for s in settings])  # fmt: skip


def _after(*allegations: Allegation) -> list[list[str | None]]:
    return [[e.setting for e in a.events] for a in settings_of_person(list(allegations))]


def test_one_setting_across_acts_fills_the_unknown() -> None:
    got = _after(_allegation("p", "assault", "custodial"),
                 _allegation("p", "killing", "unknown", None))  # fmt: skip
    assert got == [["custodial"], ["custodial", "custodial"]]


def test_a_read_setting_of_its_own_is_kept() -> None:
    got = _after(
        _allegation("p", "assault", "custodial"), _allegation("p", "killing", "judicial", "unknown")
    )
    assert got == [["custodial"], ["judicial", "unknown"]]  # fmt: skip


def test_two_settings_or_none_leave_it_unknown() -> None:
    two = _after(_allegation("p", "a", "custodial"), _allegation("p", "b", "judicial"),
                 _allegation("p", "c", "unknown"))  # fmt: skip
    assert two[2] == ["unknown"]
    assert _after(_allegation("p", "a", "unknown"), _allegation("p", "b", None)) == [
        ["unknown"],
        [None],
    ]


def test_another_principal_is_not_his() -> None:
    got = _after(_allegation("p", "assault", "custodial"), _allegation("q", "assault", "unknown"))
    assert got == [["custodial"], ["unknown"]]
