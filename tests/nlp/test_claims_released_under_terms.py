"""The readings else83 added: a release on its terms told with "under" ("X was released under
conditions", "freed under electronic monitoring", "released under a written undertaking not to
leave") - bail, as "released on conditions" is (``court_supervision``, ``release_terms``);
and a court's order to hold one unnamed ("A court ordered a lorry driver held in pre-trial
detention") kept for the lede's next sentence to name (``Custody._held_by_order``, ``Ledes``).
Invented sentences and names; each reading with paraphrases and near misses that must not
fire (a release from prison, police monitoring, a release asked for, refused or denied; a
judge or a speaker named after the lede)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Tomas Veldre, a grain trader, on Monday over forged export papers.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Veldre was released under conditions, including a ban on contact with witnesses.",
        "The court released Veldre under electronic monitoring at his sister's flat.",
        "Veldre was released in April under a written undertaking not to leave the region.",
        # charged and released in one clause, the release the conjunct
        "Veldre was charged and released under conditions, including weekly reporting.",
        # the "on" form read before
        "Veldre was released on conditions that include electronic monitoring.",
    ],
)
def test_a_release_under_its_terms_is_bail(nlp: Language, text: str) -> None:
    assert "Tomas Veldre" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # parole after a sentence, no release pending trial
        "Veldre was released from prison under conditions after serving half his term.",
        # police watching someone is no release
        "Police placed Veldre under electronic monitoring.",
        # a release asked for, refused or denied
        "The defence asked the court to release Veldre under conditions.",
        "The judge refused to release Veldre under conditions.",
        "Veldre was not released under conditions.",
    ],
)
def test_no_release_under_terms(nlp: Language, text: str) -> None:
    assert "Tomas Veldre" not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "A court on Wednesday ordered a lorry driver held in pre-trial detention after his "
        "truck hit a queue of cars.\n\nTomas Veldre, 46, was driving a truck of paving stones.",
        "A judge on Thursday ordered a grain trader held in preventive detention for 90 days."
        "\n\nTomas Veldre, 51, denies forging the papers.",
        # custody
        "A court on Tuesday ordered a grain trader held in custody on suspicion of fraud."
        "\n\nTomas Veldre, 44, owns a trading firm in the port.",
    ],
)
def test_an_unnamed_one_ordered_held_is_named_next(nlp: Language, text: str) -> None:
    assert "Tomas Veldre" in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the next sentence's subject is the judge, not the one held
        (
            "A court on Wednesday ordered a lorry driver held in pre-trial detention.\n\n"
            "Judge Ilse Brandt said the driver might flee.",
            "Ilse Brandt",
        ),
        # a police order is no court's
        (
            "Police ordered a lorry driver held at the station overnight.\n\n"
            "Tomas Veldre, 46, was driving a truck of paving stones.",
            "Tomas Veldre",
        ),
        # past the lede, "a" man ordered held is one more of those told, not the next name
        (
            "Police arrested Ansis Kalns on Monday over the forged papers.\n\n"
            "A court later ordered a second man held in pre-trial detention.\n\n"
            "Tomas Veldre, 46, closed the mill for a week.",
            "Tomas Veldre",
        ),
        # the order names its one: no unnamed one to bind to the next name
        (
            "A court ordered Ansis Kalns held in pre-trial detention.\n\n"
            "Tomas Veldre, 46, the court's clerk, read the order.",
            "Tomas Veldre",
        ),
    ],
)
def test_no_unnamed_order_bound(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.xfail(
    strict=True,
    reason="an order 'into' detention of one unnamed (CourtDetention._ordered_into_custody) "
    "is not kept for the next sentence: no open set held it",
)
def test_unnamed_ordered_into_detention(nlp: Language) -> None:
    text = (
        "A court ordered a lorry driver into pre-trial detention.\n\n"
        "Tomas Veldre, 46, was driving a truck of paving stones."
    )
    assert "Tomas Veldre" in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.xfail(
    strict=True,
    reason="a small clause 'ordered a grain trader detained' (parsed with the noun as the "
    "participle's subject) is not read as acting on the unnamed one (Ledes._acted_on)",
)
def test_unnamed_ordered_detained_small_clause(nlp: Language) -> None:
    text = (
        "An investigating judge ordered a grain trader detained for a month.\n\n"
        "Tomas Veldre, 38, ran the firm from a warehouse in the port."
    )
    assert "Tomas Veldre" in accused_of("ruling", nlp, text, "remanded")
