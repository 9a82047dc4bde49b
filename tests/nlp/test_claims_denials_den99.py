"""An innocent account in plain words by kin or counsel (den99): no "deny", no "false" - the
relative or lawyer tells what the accused is, or what he was doing when the crime was done.

Two forms read now:

- a character predicate whose relative clause is a passive that clears: "he was a rickshaw
  driver who had been falsely implicated", "her son was a tailor who had been picked up from
  his shop two days before the killing" (``ClearingActs._described_as_cleared``: "who" may be
  the clause's passive subject, not only its active one);
- an alibi whose moment the parser hung on what the placed subject was doing there: "her
  husband was in Sialkot looking for work at the time", "was in Multan visiting his sister at
  the time" (``alibis._placed_at_crime_time``: a time phrase on the participle).

Near misses that must not move: the victim's kin, a police officer, a participle that is the
crime itself ("was in the house firing at the police at the time"), and a passive relative
clause that clears no one ("a student who was arrested on Tuesday").

Invented sentences and names, in Pakistani and Bangladeshi styles.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_LAHORE = (
    "LAHORE: Police arrested Nadeem Butt, 34, over the killing of Irfan Shah, a shopkeeper, "
    "on Monday night. Butt was sent on judicial remand. "
)
_DHAKA = (
    "DHAKA: Police arrested Rakib Hasan, 24, over the killing of a garment factory guard, "
    "Shafiqul Islam, on Monday night. Rakib was sent to jail. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _LAHORE + "Nadeem's family, however, maintained that he was a rickshaw driver who "
            "had been falsely implicated.",
            {"Nadeem Butt"},
        ),
        (
            _LAHORE + "His family maintained that he was a rickshaw driver who had been falsely "
            "implicated.",
            {"Nadeem Butt"},
        ),
        (
            _DHAKA + "His brother said Rakib was a tailor who had been picked up from his shop "
            "two days before the killing.",
            {"Rakib Hasan"},
        ),
        (
            _LAHORE + "His lawyer told the court that Nadeem was a labourer who had been named "
            "only because of an old enmity.",
            {"Nadeem Butt"},
        ),
    ],
)
def test_described_by_a_passive_that_clears(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _LAHORE + "His wife said her husband was in Sialkot looking for work at the time.",
            {"Nadeem Butt"},
        ),
        (
            _LAHORE + "His lawyer said Nadeem was in Multan visiting his sister at the time.",
            {"Nadeem Butt"},
        ),
        (
            _LAHORE + "Nadeem said he was in Sialkot looking for work at the time.",
            {"Nadeem Butt"},
        ),
        (
            _LAHORE + "Nadeem claimed he had been in Multan working at a tyre shop on the day "
            "of the murder.",
            {"Nadeem Butt"},
        ),
    ],
)
def test_alibi_timed_on_what_he_was_doing(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # the victim's kin describing the victim
        _LAHORE + "Shah's brother said Irfan was in the market buying vegetables at the time.",
        _DHAKA + "Islam's brother said the guard was a quiet man who had been killed for nothing.",
        # a police officer's account
        _LAHORE + "Inspector Khan said Nadeem was in Sialkot looking for work at the time.",
        _LAHORE + "Inspector Khan said Butt was a labourer who had been falsely implicated.",
        # what he was doing there is the crime itself
        _LAHORE + "His lawyer said Nadeem was in the house firing at the police at the time.",
        # a passive relative clause that clears no one
        _DHAKA + "His lawyer said Rakib was a student who was arrested on Tuesday.",
        _DHAKA + "His lawyer said Rakib was a student who had been beaten in custody.",
        _DHAKA + "His lawyer said Rakib was a student who had been convicted of theft in 2019.",
    ],
)
def test_near_misses_stay_non_denials(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(strict=True, reason="an innocent errand in a relative clause: not built")
def test_errand_in_a_relative_clause(nlp: Language) -> None:
    text = (
        _DHAKA
        + "His mother said her son was a day labourer who had gone to Gazipur in search of work."
    )
    assert accused_of("denial", nlp, text) == {"Rakib Hasan"}


@pytest.mark.xfail(strict=True, reason="the thing's lawful origin as the clause: not built")
def test_money_told_as_a_loan(nlp: Language) -> None:
    text = (
        "NAIROBI: Police arrested Peter Otieno over the theft of Sh2 million from a "
        "cooperative. Otieno was charged with stealing. His lawyer said the money was a loan "
        "that had been repaid."
    )
    assert accused_of("denial", nlp, text) == {"Peter Otieno"}


@pytest.mark.xfail(strict=True, reason="the speaker's own kin noun in the clause: not built")
def test_speakers_son_in_the_clause(nlp: Language) -> None:
    text = (
        "LAHORE: Police arrested Nadeem Butt, 34, son of a landlord, Ghulam Butt, over the "
        "killing of Irfan Shah. The landlord said his son had been at a wedding in Sialkot "
        "that night."
    )
    assert accused_of("denial", nlp, text) == {"Nadeem Butt"}
