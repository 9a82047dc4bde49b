"""The readings lfa25 added: a list of described people whose items are each "the NOUN,
NAME" ("The guard, X, 33, the driver, Y, 41, and a loader, Z") gives every item's noun to its
own name, so a later "the driver" is Y (``DescribedPeople._describing_noun``,
``described_people._listed_pair``); and an order's small clause on co-ordinated objects ("the
judge ordered the guard and the driver held in preventive detention") is said of every
object, not of the last one the parser hangs the participle on (``custody._object_of_order``,
``Parties._ordered_objects``). Invented sentences and names; paraphrases of each, and near
misses that must not fire (a noun after a name no description opened, the victim, the judge,
a lawyer and a bystander named in the list, an object that is not ordered held)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested three men over the theft of copper cable from a rail depot.\n\n"
LIST = (
    "The guard, Tomas Velko, 33, the driver, Ilir Marek, 41, and a loader, Petr Sova, 20, "
    "were arrested on Sunday.\n\n"
)
LIST_THE = (
    "Police named the guard, Tomas Velko, the driver, Ilir Marek, and the loader, Petr Sova, "
    "as suspects.\n\n"
)


@pytest.mark.parametrize("listed", [LIST, LIST_THE])
@pytest.mark.parametrize(
    "text",
    [
        "The judge remanded the driver in custody.",
        "The driver was remanded in custody for two weeks.",
        "A magistrate sent the driver to judicial custody.",
    ],
)
def test_a_middle_item_of_a_described_list_is_its_noun(
    nlp: Language, listed: str, text: str
) -> None:
    accused = accused_of("ruling", nlp, LEDE + listed + text, "remanded")
    assert "Ilir Marek" in accused
    assert "Tomas Velko" not in accused


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered the guard and the driver held in preventive detention.",
        "The judge ordered the guard and the driver held in custody pending trial.",
        "The court ordered the driver and the guard held in detention while the inquiry runs.",
    ],
)
def test_an_order_on_coordinated_described_objects_holds_each(nlp: Language, text: str) -> None:
    accused = accused_of("ruling", nlp, LEDE + LIST + text, "remanded")
    assert {"Tomas Velko", "Ilir Marek"} <= accused
    assert "Petr Sova" not in accused


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered Velko and Marek held in preventive detention.",
        "The magistrate ordered Velko, Marek and Sova held in custody.",
    ],
)
def test_an_order_on_coordinated_names_holds_each(nlp: Language, text: str) -> None:
    accused = accused_of("ruling", nlp, LEDE + LIST + text, "remanded")
    assert {"Tomas Velko", "Ilir Marek"} <= accused


# A noun after a name that no description opened describes the name before it: the list is
# no list of "the NOUN, NAME" items, and the next name is not "the driver".
def test_a_noun_after_an_undescribed_name_stays_that_name(nlp: Language) -> None:
    text = (
        LEDE + "Tomas Velko, the driver, and Ilir Marek, a loader, were arrested on "
        "Sunday.\n\nThe judge remanded the driver in custody."
    )
    accused = accused_of("ruling", nlp, text, "remanded")
    assert "Ilir Marek" not in accused


@pytest.mark.parametrize(
    "listed",
    [
        # the victim, a lawyer and the judge described in such a list are never accused
        "The owner, Ruta Lenz, 52, the guard's lawyer, Oskar Brill, and the judge, Emil "
        "Sauer, spoke to reporters on Monday.\n\n",
        "The depot's owner, Ruta Lenz, the night clerk, Oskar Brill, and a neighbour, Emil "
        "Sauer, saw the lorry leave.\n\n",
    ],
)
def test_no_one_described_beside_the_accused_is_made_accused(nlp: Language, listed: str) -> None:
    text = (
        LEDE + LIST + listed + "The judge ordered the guard and the driver held in preventive "
        "detention."
    )
    accused = accused_of("ruling", nlp, text, "remanded")
    assert not {"Ruta Lenz", "Oskar Brill", "Emil Sauer"} & accused


@pytest.mark.parametrize(
    "text",
    [
        # no order of custody: the participle only says which people
        "The judge allowed the guard and the driver held at the station to call their families.",
        "The judge thanked the guard and the driver for their patience.",
    ],
)
def test_coordinated_objects_not_ordered_held_are_not_remanded(nlp: Language, text: str) -> None:
    accused = accused_of("ruling", nlp, LEDE + LIST + text, "remanded")
    assert "Ilir Marek" not in accused
