"""``release_nouns`` and ``pending``: a release on bail told as a noun or through its surety -
a release before trial ("granted provisional release to X", "ordered the provisional release
of X", as civil-law courts free a suspect pending trial), a court's order of a release on
bail ("directed his release on a personal bond", as Indian high courts write it), the sum a
court fixes ("released him on a bail amount of Rs 500,000") and the bonds a release waits on
("ordered released on furnishing surety bonds"; on a release noun, strict xfail). Invented
sentences and names; the near misses are a release only asked for, refused or not granted, a
release with no bail or terms, and arguments about a sum."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Tovo Rabenja on Monday over the smuggling of rough sapphires.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered the provisional release of Tovo Rabenja.",
        "The investigating judge granted provisional release to Rabenja.",
        "Rabenja was granted provisional release on Tuesday.",
        "The court granted Rabenja provisional release.",
        # the name in apposition to a description, with the judge's next step after it
        "The investigating judge last month granted provisional release to the courier, Tovo "
        "Rabenja, placing him under judicial supervision.",
        "The judge ordered the pre-trial release of Rabenja.",
        # a court's order of a release on bail, by a verb of directing
        "The High Court directed the release of Rabenja on a personal bond of Rs 50,000.",
        "The court directed his release on bail.",
        # the sum a court fixes
        "The court released Rabenja on a bail amount of Rs 500,000.",
        "The court released him on a bail amount of Rs 500,000.",
    ],
)
def test_a_release_pending_trial_is_bail(nlp: Language, text: str) -> None:
    assert "Tovo Rabenja" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # asked for, refused or not granted
        "His lawyer asked for the provisional release of Rabenja.",
        "The prosecutor sought the provisional release of Rabenja.",
        "The judge rejected the request for the provisional release of Rabenja.",
        "The judge did not grant provisional release to Rabenja.",
        # a release with no bail or terms, and a direction that frees a thing
        "The court directed his release.",
        "The court directed the police to release Rabenja's car.",
        # a sum argued over, no release
        "The court heard arguments on the bail amount for Rabenja.",
    ],
)
def test_no_release_on_bail(nlp: Language, text: str) -> None:
    assert "Tovo Rabenja" not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "Rabenja was ordered released on furnishing surety bonds of Rs 200,000.",
        "The court released Rabenja on furnishing a personal bond.",
    ],
)
def test_a_release_on_furnishing_bonds(nlp: Language, text: str) -> None:
    assert "Tovo Rabenja" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.xfail(
    strict=True,
    reason="a release noun's gerund bonds ('the release of X on furnishing bail bonds') are not"
    " read: read so (out94), it accused one more person in a held-out Pakistani report",
)
def test_a_release_noun_on_furnishing_bonds(nlp: Language) -> None:
    text = "The court directed the release of Rabenja on furnishing bail bonds of Rs 1 lakh."
    assert "Tovo Rabenja" in accused_of("ruling", nlp, LEDE + text, "bail")


def test_provisional_release_refused_keeps_the_remand(nlp: Language) -> None:
    text = (
        "The judge refused his request for provisional release, and Tovo Rabenja remains in "
        "pre-trial detention."
    )
    assert "Tovo Rabenja" in accused_of("ruling", nlp, LEDE + text, "remanded")
    assert "Tovo Rabenja" not in accused_of("ruling", nlp, LEDE + text, "bail")
