"""The grammar den59 added to the denial reader: a deed refused under a plain "not" on the very
thing the accusation named ("I did not steal the cement", any verb:
``thing_accused.denies_doing_to_the_thing``), and the accusation told as made up by someone
else ("the police made up the case", "his rivals cooked up the charges", "the case was made up
by the SHO": ``made_up.accusation_made_up``). Invented sentences and names, in several
countries' words; each construction with paraphrases that must read and near misses that must
not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SIALKOT = "Police in Sialkot arrested Tariq Mehmood on Monday for stealing cement from a depot. "
_NAKURU = (
    "Joseph Kamau, a surveyor, was charged in Nakuru with fraudulently selling the land of a "
    "widow. "
)
_STORE = (
    "Abena Owusu, a storekeeper, was arrested over the theft of forty drums of fuel from a store. "
)
_LAUTOKA = (
    "Police in Lautoka charged Sefo Rokotui with obtaining money by false pretences from a church. "
)


# a deed refused on the thing the accusation named, whatever the verb


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (_SIALKOT, '"I did not steal the cement," Mehmood told reporters.', "Tariq Mehmood"),
        (
            _SIALKOT,
            "Mehmood told the magistrate that he had not taken the cement.",
            "Tariq Mehmood",
        ),
        (_NAKURU, "Kamau told the tribunal that he had not sold the land.", "Joseph Kamau"),
        (_NAKURU, '"I did not sell that land to anyone," Kamau said.', "Joseph Kamau"),
        (
            _STORE,
            "Owusu told the court she had not removed the drums from the store.",
            "Abena Owusu",
        ),
        (_STORE, "In her evidence, Owusu said she did not move the fuel.", "Abena Owusu"),
    ],
)
def test_a_deed_refused_on_the_thing_accused(nlp: Language, told: str, said: str, who: str) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    "said",
    [
        "Owusu said she did not touch the drums that day.",  # a time of its own: one occasion
        "Owusu said she did not sell the car.",  # a thing the accusation never named
        "Owusu said she did not sign the statement.",  # a paper of the case, no thing taken
        "Owusu said she would not sell the fuel.",  # what is to come
        "Owusu said she did not give him the drums.",  # done for a person, maybe another's
        "The district officer, Kofi Mensah, said he did not remove the drums.",  # no accused
    ],
)
def test_no_deed_refused_on_the_thing(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _STORE + said) == set()


# the accusation told as made up by someone else


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (_SIALKOT, "Mehmood said the police had made up the case against him.", "Tariq Mehmood"),
        (
            _NAKURU,
            "Kamau told reporters his business rivals had cooked up the charges.",
            "Joseph Kamau",
        ),
        (
            _LAUTOKA,
            '"The inspector invented this whole story," Rokotui told reporters.',
            "Sefo Rokotui",
        ),
        (
            _SIALKOT,
            "Mehmood said the case had been made up by the station house officer.",
            "Tariq Mehmood",
        ),
        (
            _LAUTOKA,
            "Rokotui said the church treasurer had fabricated the complaint.",
            "Sefo Rokotui",
        ),
        (_NAKURU, "Kamau said they had foisted this case on him.", "Joseph Kamau"),
    ],
)
def test_an_accusation_made_up(nlp: Language, told: str, said: str, who: str) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (_SIALKOT, "Mehmood said the police had not made up the case."),  # negated
        (_SIALKOT, '"I made up the story," Mehmood told the court.'),  # his own making
        (_SIALKOT, "The inspector said Mehmood had made up the story."),  # the police's word
        (_SIALKOT, "Mehmood said the police would invent a case against anyone."),  # to come
        (_SIALKOT, "Mehmood said the police had made up a reason to keep him."),  # no accusation
        (_LAUTOKA, "The pastor said Rokotui had invented the whole account."),  # the other side
    ],
)
def test_nothing_made_up(nlp: Language, told: str, said: str) -> None:
    assert accused_of("denial", nlp, told + said) == set()


# what ties the accused put on them by others

_TRAP = (
    "Anti-corruption officials arrested Rana Aslam, a revenue clerk, in a trap raid for taking "
    "a bribe of Rs20,000. "
)
_SUVA = "Customs officers in Suva charged Mere Tuilagi with importing cannabis in her luggage. "


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (
            _TRAP,
            "In his statement, Aslam maintained that the marked notes were planted on him.",
            "Rana Aslam",
        ),
        (
            _TRAP,
            '"The money was put in my waistcoat while I was being held," Aslam said.',
            "Rana Aslam",
        ),
        (
            _SUVA,
            "Tuilagi told the court that someone had slipped the packet into her bag.",
            "Mere Tuilagi",
        ),
        (_SUVA, '"They planted the drugs in my suitcase," Tuilagi said.', "Mere Tuilagi"),
        (
            _SUVA,
            "Tuilagi said the cannabis had been hidden in her luggage by a porter.",
            "Mere Tuilagi",
        ),
    ],
)
def test_a_thing_put_on_the_accused(nlp: Language, told: str, said: str, who: str) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (_TRAP, '"I put the money in my pocket," Aslam told the court.'),  # his own deed
        (_TRAP, "Aslam said he had hidden the notes in his drawer."),  # his own deed
        (_TRAP, "Aslam said the money was put in a locker."),  # nowhere anyone owns
        (_TRAP, "The officer said the notes were found on him."),  # the police's word
        (_SUVA, "Tuilagi said the porter had not put anything in her bag."),  # negated
        (_TRAP, "Aslam said they put him in a cell for two days."),  # a person put
        (_SUVA, "The customs officer said he had placed the packet in her bag for the test."),
    ],
)
def test_nothing_put_on_the_accused(nlp: Language, told: str, said: str) -> None:
    assert accused_of("denial", nlp, told + said) == set()
