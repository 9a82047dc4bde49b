"""The date of each claim's event, read from the date expression its cue governs and
resolved against the publication date (``nlp.event_dates``, ``nlp.facts``); invented
sentences in the styles of several countries' reporting.

Each item: the text, the publication date, the kind of the claim read and its expected
reading: an ISO date, possibly partial ("2019", "2022-03"), or "before DAY" for an event
told after the fact with no date of its own (past perfect "had retracted", or an
expression no calendar resolves: "two weeks after the attack"), placed before its report.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import analyse_documents
from corroborate.records import Claim, Document

FRIDAY = "2022-09-30"

# (text, published, claim kind, expected reading)
INVENTORY: list[tuple[str, str, str, str]] = [
    # the reporting week: weekdays, yesterday, today, with and without "on"
    ("Omar Lind confessed to the murder on Thursday, police said.", FRIDAY, "confession",
     "2022-09-29"),
    ("The anti-terrorism court convicted Omar Lind on Monday of the murder.", FRIDAY, "ruling",
     "2022-09-26"),
    ("Omar Lind was arrested yesterday in connection with the bombing.", FRIDAY, "arrest",
     "2022-09-29"),
    ("The Supreme Court on Wednesday upheld the death sentence of Omar Lind.", FRIDAY,
     "ruling", "2022-09-28"),
    ("Omar Lind was arrested last Tuesday.", FRIDAY, "arrest", "2022-09-27"),
    ("Omar Lind was arrested on Friday.", FRIDAY, "arrest", "2022-09-30"),
    ("Lind was arrested Tuesday in Fairview, police said.", FRIDAY, "arrest", "2022-09-27"),
    ("Omar Lind, 34, was charged on Saturday with murder.", "2022-10-03", "charge",
     "2022-10-01"),
    ("Omar Lind was arrested on Sunday night from his residence in Portvale.", FRIDAY,
     "arrest", "2022-09-25"),
    ("Omar Lind was arrested in the early hours of Monday.", FRIDAY, "arrest", "2022-09-26"),
    ("Omar Lind was arrested this morning.", FRIDAY, "arrest", "2022-09-30"),
    ("Omar Lind was arrested three days ago.", FRIDAY, "arrest", "2022-09-27"),
    ("Omar Lind denied the charges in a statement on Monday.", FRIDAY, "denial",
     "2022-09-26"),
    ("Omar Lind was convicted on Tuesday, a year after his arrest.", FRIDAY, "ruling",
     "2022-09-27"),
    # calendar dates, whole and partial
    ("Omar Lind was arrested on March 3.", FRIDAY, "arrest", "2022-03-03"),
    ("Omar Lind was arrested on 12 January 2020 in Portvale.", FRIDAY, "arrest",
     "2020-01-12"),
    ("On March 11, 2015, police arrested Omar Lind at his home.", FRIDAY, "arrest",
     "2015-03-11"),
    ("Police arrested Omar Lind on Sept 5.", FRIDAY, "arrest", "2022-09-05"),
    ("Omar Lind was arrested on the 5th of September.", FRIDAY, "arrest", "2022-09-05"),
    ("Omar Lind was arrested by police on the night of September 12.", FRIDAY, "arrest",
     "2022-09-12"),
    ("Omar Lind pleaded not guilty on 4 October.", "2022-10-20", "denial", "2022-10-04"),
    ("Omar Lind was charged with murder in March.", FRIDAY, "charge", "2022-03"),
    ("Omar Lind was charged with murder in November.", FRIDAY, "charge", "2021-11"),
    ("Omar Lind confessed in December 2020 that he had shot the guard.", FRIDAY,
     "confession", "2020-12"),
    ("Omar Lind was arrested in 2021 and has been in custody since.", FRIDAY, "arrest",
     "2021"),
    ("In 2019, Omar Lind confessed before a magistrate to killing the guard.", FRIDAY,
     "confession", "2019"),
    # relative spans: months and years
    ("Police arrested Omar Lind last year for the bombing.", FRIDAY, "arrest", "2021"),
    ("Omar Lind was arrested two years ago over the killing.", FRIDAY, "arrest", "2020"),
    ("Omar Lind was acquitted by a sessions court last month.", FRIDAY, "ruling", "2022-08"),
    ("Omar Lind was arrested earlier this month.", FRIDAY, "arrest", "2022-09"),
    # the date of the act is not the date of the event reported
    ("A court in Portvale acquitted Omar Lind of the murder of a guard in 2017.", FRIDAY,
     "ruling", FRIDAY),
    ("The court acquitted Omar Lind of the 2014 murder of a journalist.", FRIDAY, "ruling",
     FRIDAY),
    ("Police arrested Omar Lind for the murder of a trader on March 3.", FRIDAY, "arrest",
     FRIDAY),
    ("Omar Lind, who was arrested in 2016, was sentenced to death on Tuesday.", FRIDAY,
     "ruling", "2022-09-27"),
    ("Omar Lind, who was arrested in 2016, was sentenced to death on Tuesday.", FRIDAY,
     "arrest", "2016"),
    # a verb joined to an earlier one, with no subject, date or adverb of its own, is of
    # its time; "later" makes another
    ("Police raided a house in Portvale on March 11, 2015, and arrested Omar Lind there.",
     FRIDAY, "arrest", "2015-03-11"),
    ("Police questioned Omar Lind in 2019 and later arrested him.", FRIDAY, "arrest", FRIDAY),
    ("Police questioned Omar Lind in 2019 and he was arrested on Tuesday.", FRIDAY, "arrest",
     "2022-09-27"),
    # told after the fact
    ("Omar Lind had confessed in 2019 to the killing of a shopkeeper.", FRIDAY, "confession",
     "2019"),
    ("Omar Lind had retracted his confession, his lawyer told the court.", FRIDAY,
     "retraction", "before 2022-09-30"),
    ("By then Omar Lind had confessed to the bombing.", FRIDAY, "confession",
     "before 2022-09-30"),
    ("Omar Lind had been charged with murder, the court was told.", FRIDAY, "charge",
     "before 2022-09-30"),
    ("Police said Omar Lind was arrested two weeks after the attack.", FRIDAY, "arrest",
     "before 2022-09-30"),
    ("Omar Lind was picked up from his home six weeks before the Guard announced his arrest.",
     FRIDAY, "arrest", "before 2022-09-30"),
]  # fmt: skip


def reading(claim: Claim) -> str | None:
    """A claim's date as the ledger shows it: its day, or "before" its report's day."""
    if claim.before_report:
        return f"before {claim.date}"
    return claim.date


def claim_of(nlp: Language, text: str, published: str, kind: str) -> Claim | None:
    analysis = next(analyse_documents([Document("d", text, published=published)], nlp))
    return next((c for c in analysis.claims if c.kind == kind), None)


@pytest.mark.parametrize(("text", "published", "kind", "expected"), INVENTORY)
def test_the_date_of_a_claims_event(
    nlp: Language, text: str, published: str, kind: str, expected: str
) -> None:
    claim = claim_of(nlp, text, published, kind)
    assert claim is not None, f"no {kind} read"
    assert reading(claim) == expected
