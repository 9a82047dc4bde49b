"""The readings acc97 added, on invented sentences and names.

A confessor naming the one on whose orders he acted: an act its own doer confesses
(``confessed_acts.confessed_act``: the content of "confessed" or "admitted", its gerund, a
"said" joined to it, or a telling to the police) is a wrong whatever its verb - admitted,
said or told only by one the report accuses - so the one on whose orders, instructions or
behest it was done stands accused (``CrimeVerbs._crimes`` with ``Doers._instigators``), also
where the order is written as a possessive ("on Y's instructions") or the parser hung it on
the act's object. Near misses: the act denied or not admitted, another's act told, an order
from a judge or a magistrate, an admission by a victim or by a police witness, advice rather
than an order, a telling to reporters or by a witness, an admission by one the report
accuses of nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of

_LEDE = "Police arrested two men over the theft of fuel from a depot. "


def _accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested Dilip Rawal over the fuel theft. "
         "Attendant Dilip Rawal admitted before the court that he had poured kerosene into "
         "the tank, but said he did so on Binod Thakur's instructions.", "Binod Thakur"),
        ("Dilip Rawal was charged with adulterating fuel. "
         "Dilip Rawal admitted that he had mixed kerosene into the diesel on Binod Thakur's "
         "instructions.", "Binod Thakur"),
        ("Dilip Rawal confessed that he opened the gate on the orders of his manager, Binod "
         "Thakur.", "Binod Thakur"),
        ("Police arrested Tariq Mahmood over the adulterated milk. "
         "Tariq had admitted during interrogation that he mixed the powder every night "
         "on the instructions of the owner, Karim Bux.", "Karim Bux"),
        ("Rafiq Mia confessed to pouring pesticide into the ponds at the behest of Karim Bux.",
         "Karim Bux"),
        ("Saqib Raza was arrested for beating a tourist. The hotel's manager, Karim Bux, was "
         "questioned. Saqib admitted striking the older "
         "man on the manager's instruction.", "Karim Bux"),
        ("Police arrested Bilal Ahmed over the theft. Bilal told police he loaded the wheat on "
         "the orders of Karim Bux.", "Karim Bux"),
        ("Saleem Anwar confessed that he had acted on the orders of Karim Bux.", "Karim Bux"),
    ],
)  # fmt: skip
def test_one_on_whose_orders_a_confessed_act_was_done_is_accused(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _accused(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The guard, Saleem Anwar, admitted that he opened the gate on the orders of the judge, "
        "Amir Bux.",
        "Saleem Anwar admitted that he wrote the letter on the orders of the magistrate, Amir Bux.",
        "Saleem Anwar never admitted that he opened the gate on Amir Bux's orders.",
        "Saleem Anwar denied that he opened the gate on Amir Bux's orders.",
        "Saleem Anwar admitted that he had signed the form on the advice of his lawyer, Amir Bux.",
        "Saleem Anwar said that the guard opened the gate on the orders of Amir Bux.",
        "Saleem Anwar admitted that the watchman opened the gate on the orders of Amir Bux.",
        "The victim, Saleem Anwar, admitted that he opened the door on the instructions of his "
        "father, Amir Bux.",
        "The witness, Saleem Anwar, told police he opened the gate on the orders of Amir Bux.",
        "Saleem Anwar told reporters he opened the gate on the orders of Amir Bux.",
        "The investigating officer, Saleem Anwar, admitted that he searched the house on the "
        "orders of Amir Bux.",
        "Saleem Anwar admitted that he fired the director on the instructions of the minister, "
        "Amir Bux.",
        "Inspector Saleem Anwar admitted in cross-examination that he detained the driver on "
        "Amir Bux's orders.",
    ],
)
def test_no_order_accuses_where_no_doer_confesses_his_act(nlp: Language, text: str) -> None:
    assert "Amir Bux" not in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a confession told as a statement noun's relative or participle ('recorded a "
    "confessional statement ..., in which he said he fired on Y's instructions') is not "
    "read as the act's confessing verb",
)
def test_an_order_told_in_a_confessional_statement(nlp: Language) -> None:
    text = (
        "Bilal Ahmed recorded a confessional statement before a magistrate, in which he said "
        "he entered the fake names on the orders of Karim Bux."
    )
    assert "Karim Bux" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="one a confessor says he bought a thing from or let in ('confessed that he bought "
    "the pistol from Y', 'let the cashier, Y, into the strong room') is not read: a seller "
    "or a visitor is no doer by the grammar alone",
)
def test_one_a_confessor_names_as_his_supplier(nlp: Language) -> None:
    text = _LEDE + "Jamil confessed that he bought the pistol from Waqas Ali."
    assert "Waqas Ali" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="flight told by 'flee' is not read (victims and witnesses flee too); acc95's "
    "xfail stands",
)
def test_one_who_fled_is_still_not_read(nlp: Language) -> None:
    text = _LEDE + "The fifth man, identified as local broker Babar Ali, fled on foot."
    assert "Babar Ali" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="an order told by a possessed description ('on the instructions of his officer') "
    "is not tied to the one the report described so before ('the IT officer, Y')",
)
def test_an_order_of_a_possessed_description(nlp: Language) -> None:
    text = (
        "The plots went to relatives of the IT officer, Nadir Hussain Lashari. Police arrested "
        "the operator, Kamil Shah. Kamil Shah had admitted during interrogation that he "
        "replaced the file on the instructions of his officer."
    )
    assert "Nadir Hussain Lashari" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="an act 'accepted' before a court is no admission the lexicon lists "
    "(``admission_verbs``): 'X accepted that he had poured the kerosene, but said he did so "
    "on Y's instructions' is not read",
)
def test_an_order_told_after_accepting_the_act(nlp: Language) -> None:
    text = (
        "Police arrested Dilip Rawal over the fuel theft. Dilip Rawal accepted before the court "
        "that he had poured kerosene into the tank, but said he did so on Binod Thakur's "
        "instructions."
    )
    assert "Binod Thakur" in _accused(nlp, text)
