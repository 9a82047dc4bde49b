"""grp90: a remand or custody extension granted to a body named by its own name - an agency no
list of custodians holds ("granted the DRI a twelve-day custody extension for the two men") -
is custody that body keeps: the accused are whom the grant holds, never the body. Invented
sentences; the positives fail on the base (3023c300), where the body was read as the one
held (a wrongly accused agency) or the grant was no remand at all."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, outcomes

_DRI = (
    "The Department of Revenue Investigation arrested Harish Karki and Bijay Lama on charges "
    "of under-invoicing. "
)
_ACE = "The Anti-Corruption Establishment arrested Tariq Mehmood, a patwari, on Monday. "


@pytest.mark.parametrize(
    ("text", "names", "body"),
    [
        (
            _DRI + "On Sunday the Rasuwa District Court granted the DRI a twelve-day custody "
            "extension for the two men.",
            ("Bijay Lama",),
            "DRI",
        ),
        (
            _ACE + "The magistrate granted the Anti-Corruption Establishment a five-day "
            "physical remand of Tariq Mehmood.",
            ("Tariq Mehmood",),
            "Anti-Corruption Establishment",
        ),
        (
            "Revenue officials arrested Harish Karki and Bijay Lama on charges of "
            "under-invoicing. The Parsa District Court granted a seven-day extension of "
            "custody to the Revenue Intelligence Directorate for both men.",
            ("Harish Karki", "Bijay Lama"),
            "Revenue Intelligence Directorate",
        ),
    ],
)
def test_a_body_given_a_remand_holds_the_accused(
    nlp: Language, text: str, names: tuple[str, ...], body: str
) -> None:
    found = claims_of(nlp, text)
    for name in names:
        assert outcomes(found, name) == {"remanded"}
    assert body not in accused_of("ruling", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # custody itself given, not a remand or its extension: a parent's, no one held
        "The family court granted custody of the two children to their mother, Sunita Rai, "
        "after Harish Karki was arrested.",
        # an extension of time, not of custody, granted to a company
        "Police arrested Harish Karki on charges of fraud. The high court granted Himal "
        "Traders Pvt Ltd an extension of time to file its reply.",
    ],
)
def test_no_remand_where_no_custody_is_granted(nlp: Language, text: str) -> None:
    assert not any(c.kind == "ruling" and c.outcome == "remanded" for c in claims_of(nlp, text))


def test_a_person_given_bail_is_still_the_one_bailed(nlp: Language) -> None:
    text = _ACE + "The magistrate granted Tariq Mehmood bail against a surety bond."
    assert outcomes(claims_of(nlp, text), "Tariq Mehmood") == {"bail"}


@pytest.mark.xfail(
    strict=True,
    reason="a forest officer's order of custody: the lexicon names no such authority a court "
    "step's maker, and one open article (lf34, Nepal) holds it",
)
def test_a_forest_officer_ordering_custody(nlp: Language) -> None:
    text = (
        "Forest officials arrested the driver Hari Thapa and the sawmill owner Gopal Rai over "
        "the felling of sal trees. The forest officer has ordered that both men be held in "
        "custody for further investigation."
    )
    assert outcomes(claims_of(nlp, text), "Gopal Rai") == {"remanded"}


def test_police_custody_granted_where_the_three_were_produced(nlp: Language) -> None:
    """Built by out102 (``Custody._custody_to_custodians`` and the clause of where in
    ``RemandGranted._held_by_main_clause``): custody with its holder as a compound, no remand
    noun, after "were produced before the court, where ..." - the three held."""
    text = (
        "Police arrested Kiran Gowda, Praveen Naik and Santosh Rao on charges of stealing "
        "areca nuts. The three were produced before the court in Hunsur, where Magistrate "
        "Anil Kumar granted police custody for seven days."
    )
    assert outcomes(claims_of(nlp, text), "Praveen Naik") == {"remanded"}


@pytest.mark.xfail(
    strict=True,
    reason="'sent the two accused to police custody': the parser makes 'accused' a participle "
    "of 'two' and hangs 'to police custody' on it; one open article (lf34, India)",
)
def test_the_two_accused_sent_to_police_custody(nlp: Language) -> None:
    text = (
        "Police arrested Ramesh Tanti and Sunil Munda over the killing of a tea estate manager. "
        "A court on Tuesday sent the two accused to police custody for seven days."
    )
    assert outcomes(claims_of(nlp, text), "Sunil Munda") == {"remanded"}
