"""A counted plural ("the three accused") stands for the group of that size the report has
named, not for the one party last ruled on; invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Claim

_STORY = (
    "Police arrested Harun Mollah and Tapan Saha in Khulna. Investigators later filed a charge "
    "sheet against trader Abul Kashem, Mollah and Saha for the murder. The High Court granted "
    "bail to Tapan Saha. On Monday the sessions judge framed charges against the three accused, "
    "who pleaded not guilty."
)


def _claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return find_claims(doc, find_mentions(doc))[0]


def _accused_of(nlp: Language, text: str, kind: str, sentence_start: str) -> set[str]:
    found = _claims(nlp, text)
    start = text.index(sentence_start)
    return {
        p.name
        for c in found
        if c.kind == kind and c.start >= start
        for p in c.participants
        if p.role == "accused"
    }


def test_the_three_accused_are_the_three_charged(nlp: Language) -> None:
    charged = _accused_of(nlp, _STORY, "charge", "On Monday")
    assert len(charged) == 3, charged
    assert {"Tapan Saha", "Harun Mollah"} <= charged


def test_their_plea_is_a_denial_of_each(nlp: Language) -> None:
    assert len(_accused_of(nlp, _STORY, "denial", "On Monday")) == 3


def test_a_count_no_group_has_keeps_the_one_followed(nlp: Language) -> None:
    # no group of three is named: the bail's one party stays the one followed, as before
    text = (
        "Police arrested Harun Mollah in Khulna. The High Court granted bail to Harun Mollah. "
        "On Monday the judge framed charges against the three accused."
    )
    assert _accused_of(nlp, text, "charge", "On Monday") <= {"Harun Mollah"}


def test_they_named_together_are_no_crime_s_doers(nlp: Language) -> None:
    # two politicians named together are not "they" who attacked: no party is accused
    text = (
        "Senator Ruth Amadi and Governor Felix Oduya spoke at the rally in Enugu. "
        "In 2009, they attacked a police convoy, killing four officers."
    )
    found = _claims(nlp, text)
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert not accused & {"Ruth Amadi", "Felix Oduya"}, found


def test_them_named_together_are_remanded(nlp: Language) -> None:
    text = (
        "Four men were arraigned in Mombasa over the robbery of a jewellery shop. "
        "Juma Baraka, Hassan Ali, Kevin Omondi and Brian Mwangi denied the charges. "
        "The magistrate allowed police to detain them for fourteen more days."
    )
    found = _claims(nlp, text)
    remanded = {p.name for c in found if c.outcome == "remanded" for p in c.participants
                if p.role == "accused"}  # fmt: skip
    assert {"Juma Baraka", "Kevin Omondi"} <= remanded, found


def test_a_counted_participle_is_those_of_the_group_it_was_done_to(nlp: Language) -> None:
    text = (
        "Those arrested have been identified as Bhola Prasad, 40, his associates Ramu Paswan "
        "and Gopal Mahto, and Suraj Agrawal, owner of a shop in Gaya. A fifth accused, Dinesh "
        "Rai, is absconding, police said. All five have been booked under the excise act. The "
        "four arrested were produced before the magistrate and remanded to judicial custody."
    )
    found = _claims(nlp, text)
    remanded = {
        p.name
        for c in found
        if c.kind == "ruling" and c.outcome == "remanded"
        for p in c.participants
        if p.role == "accused"
    }
    assert remanded == {"Bhola Prasad", "Ramu Paswan", "Gopal Mahto", "Suraj Agrawal"}


def test_a_counted_lede_is_named_by_a_pair_one_of_them_with_an_alias(nlp: Language) -> None:
    text = (
        "Two men arrested over the killing of a ferry owner have confessed, police said.\n\n"
        "Rashed Karim Babu, 29, and Anisur Rahman, alias Kala Anis, 35, made their statements "
        "before a magistrate on Tuesday."
    )
    found = _claims(nlp, text)
    arrested = {
        p.name for c in found if c.kind == "arrest" for p in c.participants if p.role == "accused"
    }
    assert arrested == {"Rashed Karim Babu", "Anisur Rahman"}


def test_both_convicted_men_are_the_two_convicted_not_the_one_acquitted(nlp: Language) -> None:
    # the count (two) is no group's size; its participle says which of the three it counts
    text = (
        "Three men were arrested in May for the murder of a trader, Hari Lal Shrestha. "
        "Police said Ram Kumar Thapa, Bishnu Gurung and Sanjay Rai had confessed. The district "
        "court convicted Thapa and Gurung in March and sentenced them to life imprisonment. It "
        "acquitted Sanjay Rai, who told the court that he had been at home that night. Both "
        "convicted men retracted their statements before the court, telling the judge that "
        "they had been tortured."
    )
    taken_back = _accused_of(nlp, text, "retraction", "Both convicted")
    assert taken_back == {"Ram Kumar Thapa", "Bishnu Gurung"}, taken_back


def test_a_bare_count_of_another_size_is_new_people(nlp: Language) -> None:
    # "three suspected dacoits" after two suspects were named are three others, not them
    text = (
        "The police also raided a house in Salt Town and arrested two suspected criminals, "
        "Nadeem Qureshi alias Kala and Sohail Akhtar alias Bunty. They are allegedly involved "
        "in several cases of street crime. During raids carried out in the Fishgate and "
        "Kellsby areas, the police apprehended three suspected dacoits."
    )
    assert not _accused_of(nlp, text, "arrest", "During raids")


def test_both_men_after_a_longer_list_are_the_two_arrested(nlp: Language) -> None:
    text = (
        "The FIR names the depot owner Javed Iqbal Awan, his driver Tanveer Ali and the "
        "supplier Saleem Akhtar Khokhar. Tanveer was taken into custody "
        "at the hospital. Awan was arrested in Multan on Sunday. A magistrate remanded both "
        "men in police custody for five days."
    )
    remanded = _accused_of(nlp, text, "ruling", "A magistrate")
    assert remanded == {"Javed Iqbal Awan", "Tanveer Ali"}, remanded
