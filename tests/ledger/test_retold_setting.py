"""A confession a later report tells again without its setting takes the one setting the
case's reports read for it (``ledger.retold_setting``): "X told the court he had signed
whatever was put in front of him and withdrew his confession" after a report of his
confession during interrogation is that custodial confession; after one recorded by a
magistrate, that judicial one. Near misses: where the reports read two settings (to the police,
then under Section 164) the retold one stays unknown, and so does one with none on record."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.ledger.retold_setting import settings_retold
from corroborate.records import Event
from tests.ledger.events import an_event
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import events_against

_CUSTODY = (
    "Police in Quetta arrested Rahim Khan on Monday in the killing of a shopkeeper. "
    "During interrogation at the police station, Rahim Khan confessed to killing the "
    "shopkeeper, police said."
)
_BOTH = _CUSTODY + (
    " On Thursday he recorded a confessional statement under Section 164 before a judicial "
    "magistrate."
)
_WITHDRAWN = (
    "Rahim Khan, who is accused of killing a shopkeeper in Quetta, told the court on Tuesday "
    "that he had signed whatever was put in front of him and withdrew his confession."
)
# another country, another court, the retelling by a lawyer's word
_RECORDED = (
    "A magistrate in Cebu recorded the confession of Marisol Reyes, who is charged with "
    "poisoning her employer. Reyes confessed before Judge Ana Lim under oath."
)
_RETRACTED = (
    "Marisol Reyes, charged with poisoning her employer, retracted her confession on Friday, "
    "her lawyer said."
)
# the custodial confession told with "while in police custody", the retelling by the judge's
# ruling on the confession "he made"
_TAKEN = (
    "Detectives in Kingston charged Andre Campbell with the robbery of a gas station. "
    "Campbell confessed to the robbery while in police custody, the prosecution said."
)
_RULED = (
    "Andre Campbell, who is charged with the robbery of a gas station, will stand trial after "
    "the judge refused on Monday to exclude the confession he made."
)


def _settings(nlp: Language, name: str, *texts: str) -> dict[str, list[str]]:
    ledger, _ = invented_ledger(nlp, *texts)
    events = events_against(ledger, [name]) or []
    found: dict[str, list[str]] = {}
    for e in events:
        if e.kind == "confession":
            found.setdefault(e.document_id, []).append(str(e.setting))
    return {d: sorted(s) for d, s in found.items()}


@pytest.mark.parametrize(
    ("name", "texts", "setting"),
    [
        ("Rahim Khan", (_CUSTODY, _WITHDRAWN), "custodial"),
        ("Marisol Reyes", (_RECORDED, _RETRACTED), "judicial"),
        ("Andre Campbell", (_TAKEN, _RULED), "custodial"),
    ],
)
def test_retold_confession_takes_the_setting_on_record(
    nlp: Language, name: str, texts: tuple[str, str], setting: str
) -> None:
    assert _settings(nlp, name, *texts).get("d1") == [setting]


def test_two_settings_on_record_leave_it_unknown(nlp: Language) -> None:
    settings = _settings(nlp, "Rahim Khan", _BOTH, _WITHDRAWN)
    assert settings["d0"] == ["custodial", "judicial"]
    assert settings["d1"] == ["unknown"]


def test_no_setting_on_record_leaves_it_unknown(nlp: Language) -> None:
    assert _settings(nlp, "Rahim Khan", _WITHDRAWN).get("d0") == ["unknown"]


def _event(kind: str, setting: str | None, document: str = "d0") -> Event:
    return an_event(kind, document, setting=setting)


def test_only_confessions_of_unknown_setting_change() -> None:
    events = [
        _event("confession", "public"),
        _event("retraction", "unknown", "d1"),
        _event("confession", "unknown", "d1"),
        _event("confession", None, "d2"),
    ]
    out = settings_retold(events)
    assert [e.setting for e in out] == ["public", "unknown", "public", "public"]


def test_a_retraction_alone_is_no_setting_on_record() -> None:
    events = [_event("retraction", "judicial"), _event("confession", "unknown", "d1")]
    assert [e.setting for e in settings_retold(events)] == ["judicial", "unknown"]
