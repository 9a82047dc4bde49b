"""One reader of a written calendar date, for the event dates and the audit's periods."""

from __future__ import annotations

import pytest

from corroborate.audit.when import period
from corroborate.nlp.dates import calendar_date, resolve


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("September 4, 2013", "2013-09-04"),
        ("September 2018", "2018-09"),
        ("2015", "2015"),
        ("September 4", None),  # no year, and no publication day to supply one
    ],
)
def test_a_written_date_with_its_year(written: str, iso: str | None) -> None:
    assert calendar_date(written) == iso


def test_the_audits_period_and_the_event_date_read_alike() -> None:
    assert period("killed 40 since September 4, 2013, he said") == (
        "since September 4, 2013",
        "2013-09-04",
    )
    assert resolve("September 4, 2013", "2014-01-01") == calendar_date("September 4, 2013")
