"""A person joined to a measure's "of" phrase whom the parser hangs on the measure itself:
"granted four days' physical remand of X and the storekeeper", "confirmed the bail of X,
owner of a mill, and his son Y" - the storekeeper and the son are whose remand and whose bail
(``claims.conjoined_of``, read by ``Owners._owners``). Invented sentences; the golden lists
are what the reader reads now, the strict xfails the forms of the class it does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "Police arrested Ghulam Rasool, alias Bhola, and Imran Akhtar, a storekeeper at the plant, "
    "on Friday. "
)

# (text, outcome, who the ruling must hold)
_READ = [
    (
        _ARRESTED + "On Saturday Judicial Magistrate Ayesha Noor granted four days' physical "
        "remand of Bhola and the storekeeper.",
        "remanded",
        {"Ghulam Rasool", "Imran Akhtar"},
    ),
    (
        # (as before: the parser hangs "the driver" on "Gondal", inside the phrase - a
        # neighbour read at 26a1b004 already, kept as a guard, not a case of the class)
        "Police arrested Haji Nawaz Gondal and his driver, Imran Ali. The magistrate granted "
        "two days' physical remand of Gondal and the driver.",
        "remanded",
        {"Nawaz Gondal", "Imran Ali"},
    ),
    (
        "The court on Tuesday confirmed the bail of Haji Nawaz Gondal, owner of the Gondal "
        "Flour Mills, and his son Imran.",
        "bail",
        {"Nawaz Gondal", "Imran"},
    ),
    (
        # (as before: a name hung on the verb is read wherever it hangs)
        _ARRESTED + "A duty magistrate on Monday handed Bhola and the storekeeper over to "
        "the police on five days' physical remand.",
        "remanded",
        {"Ghulam Rasool", "Imran Akhtar"},
    ),
]


@pytest.mark.parametrize(("text", "outcome", "held"), _READ)
def test_the_conjunct_hung_on_the_measure_is_its_owner_too(
    nlp: Language, text: str, outcome: str, held: set[str]
) -> None:
    assert held <= accused_of("ruling", nlp, text, outcome)


@pytest.mark.parametrize(
    "text",
    [
        # a second measure with its own "of" phrase is no person
        "Police arrested Haji Nawaz Gondal over the theft. The magistrate granted two days' "
        "physical remand of Gondal and the recovery of the cables.",
        # the sentence beside the conviction is no one's name
        "The court set aside the conviction of Tariq Mehmood and the sentence.",
        # a storekeeper no one was introduced as: the noun stands for no one
        "Police arrested Ghulam Rasool on Friday. The magistrate granted four days' physical "
        "remand of Rasool and the storekeeper.",
    ],
)
def test_a_conjunct_that_tells_no_one_adds_no_one(nlp: Language, text: str) -> None:
    found = accused_of("ruling", nlp, text)
    assert found <= {"Nawaz Gondal", "Tariq Mehmood", "Ghulam Rasool"}, found


def test_a_witness_described_is_not_held(nlp: Language) -> None:
    # the guard who saw the theft is a witness: a ruling's conjunct does not make him accused
    text = (
        "Police arrested Ghulam Rasool on Friday after a guard, Imran Akhtar, told them he "
        "saw the theft. The magistrate granted four days' physical remand of Rasool and the "
        "guard."
    )
    assert "Imran Akhtar" not in accused_of("ruling", nlp, text, "remanded")


_GAPPED_DESCRIBED = (
    # a gapped remand: "and the broker on a three-day remand", the verb left out (desc88:
    # ``ListFellows._described_item_at`` hands "the broker" to the description tie)
    "Police arrested Liton Sheikh and a broker, Abdul Karim, on Sunday. A Faridpur court "
    "placed Liton on a two-day remand and the broker on a three-day remand on Monday."
)


def test_a_gapped_remand_of_a_description_is_its_bearers(nlp: Language) -> None:
    assert {"Abdul Karim"} <= accused_of("ruling", nlp, _GAPPED_DESCRIBED, "remanded")


_NOT_BUILT = [
    pytest.param(
        # the parser hangs "and his son X" on the verb, not on the bail
        "A single bench of Justice Amir Khan confirmed the bail of Maulana Fazal Rabbi, "
        "mohtamim of Jamia Noor-ul-Huda Sher Garh, and his son Ikramullah against surety "
        "bonds of Rs300,000 each.",
        "bail",
        {"Ikramullah"},
        marks=pytest.mark.xfail(strict=True, reason="a conjunct hung on the verb: not read"),
    ),
    pytest.param(
        # a counted noun of no people word ("watchmen") for the two named with it
        "Police arrested watchmen Devon Charles and Shane Lewis on Sunday. The Chief "
        "Magistrate remanded the two watchmen to prison after the prosecution objected.",
        "remanded",
        {"Devon Charles", "Shane Lewis"},
        marks=pytest.mark.xfail(strict=True, reason="a counted description noun"),
    ),
    pytest.param(
        # two descriptions produced before a magistrate "who granted remand" (no object)
        "Police arrested hakeem Abdul Majeed and salesman Tariq Javed on Sunday. The hakeem "
        "and the salesman were produced before a duty magistrate, who granted five days' "
        "physical remand.",
        "remanded",
        {"Abdul Majeed", "Tariq Javed"},
        marks=pytest.mark.xfail(strict=True, reason="a remand granted on those produced"),
    ),
]


@pytest.mark.parametrize(("text", "outcome", "held"), _NOT_BUILT)
def test_forms_of_the_class_not_read(
    nlp: Language, text: str, outcome: str, held: set[str]
) -> None:
    assert held <= accused_of("ruling", nlp, text, outcome)
