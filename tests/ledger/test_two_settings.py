"""Two confessions one sentence tells in two settings are two events (``build._two_settings``):
"X, who police said had confessed to the battalion on the night of the raid, later made a
confessional statement under section 164 before a magistrate" - the custodial and the judicial
confession both stand, as two sentences telling them would. The near miss: one confession told
with one setting stays one event."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import events_against

_CHARGED = "Police charged Rakib Hossain with making fake medicines in a back room. "


def _settings(nlp: Language, text: str) -> list[str]:
    ledger, _ = invented_ledger(nlp, text)
    events = events_against(ledger, ["Rakib Hossain"]) or []
    return sorted(str(e.setting) for e in events if e.kind == "confession")


def test_two_settings_in_one_sentence(nlp: Language) -> None:
    text = _CHARGED + (
        "Rakib, who police said had confessed to the battalion on the night of the raid, "
        "later made a confessional statement under section 164 before a magistrate."
    )
    assert _settings(nlp, text) == ["custodial", "judicial"]


def test_one_setting_stays_one_event(nlp: Language) -> None:
    text = _CHARGED + (
        "Rakib later made a confessional statement under section 164 before a magistrate."
    )
    assert _settings(nlp, text) == ["judicial"]
