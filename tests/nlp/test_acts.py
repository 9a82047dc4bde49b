"""The act a quote names, and violent verbs in an everyday sense read from the parse
(``nlp.acts``). Sentences are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import analyse_documents
from corroborate.nlp.acts import act_of, everyday_senses
from corroborate.records import Document


def _act_read(nlp: Language, text: str) -> str | None:
    """The act of ``text`` as the facts read it: its everyday senses blanked first."""
    senses = everyday_senses(nlp(text))
    blanked = "".join(
        " " if any(s <= i < e for s, e in senses) else ch for i, ch in enumerate(text)
    )
    return act_of(blanked)


def _senses(nlp: Language, text: str) -> list[str]:
    return [text[s:e] for s, e in everyday_senses(nlp(text))]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The lobby worked hard to kill a proposal on licences for drivers.", "kill"),
        ("Republicans killed the bill in committee on Tuesday.", "killed"),
        ("The bill was killed by the upper house.", "killed"),
        ("The union vowed to kill the deal and the plan.", "kill"),
        ("The ministers shot down the proposal within an hour.", "shot"),
    ],
)
def test_a_violent_verb_acting_on_a_thing_is_an_everyday_sense(
    nlp: Language, text: str, verb: str
) -> None:
    assert _senses(nlp, text) == [verb]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Arlen killed the guard at the gate.",
        "The police said Tomas Arlen killed him.",
        "The gunman killed three people in the square.",
        "She said the soldier killed the journalist.",
        "The colonel murdered the cashier and the driver.",
        "Rebels assassinated the ambassador outside the embassy.",
        "They killed Bill near the river.",  # a name, never a thing
    ],
)
def test_a_violent_verb_acting_on_a_person_stays_an_act(nlp: Language, text: str) -> None:
    assert _senses(nlp, text) == []
    assert act_of(text) == "killing"


def test_the_act_of_an_attribution_leaves_the_everyday_sense_out(nlp: Language) -> None:
    text = (
        "The Varden campaign pointed to Mara Quill's record, including her work to kill a "
        "proposal that would have let farmers sell water. "
        "Prosecutors said Oren Tabb killed the guard at the depot."
    )
    [analysis] = analyse_documents([Document("d", text)], nlp)
    acts = {
        text[a.content[0][0] : a.content[-1][1]]: a.facts.act
        for a in analysis.attributions
        if a.facts
    }
    kept = [act for content, act in acts.items() if "Oren Tabb" in content]
    assert kept == ["killing"]
    assert all(act != "killing" for content, act in acts.items() if "proposal" in content)


def test_the_act_of_a_claim_leaves_the_everyday_sense_out(nlp: Language) -> None:
    text = "Critics accused Mara Quill of trying to kill the bill on water rights."
    [analysis] = analyse_documents([Document("d", text)], nlp)
    assert analysis.claims and all(c.act != "killing" for c in analysis.claims)
    text = "Police accused Oren Tabb of killing the guard at the depot."
    [analysis] = analyse_documents([Document("d", text)], nlp)
    assert any(c.act == "killing" for c in analysis.claims)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Critics warned that the old towns could be made into killing fields.", ["killing"]),
        ("The senator voted for an assault-weapons ban in 1994.", ["assault", "weapons"]),
        ("The council imposed an arms embargo on the republic.", ["arms"]),
        ("The new tax rules are hardly rocket science.", ["rocket"]),
        ("Investors made a killing in the markets last year.", ["killing"]),
        ("The senator ended with a call to arms against the bill.", ["arms"]),
    ],
)
def test_a_crime_word_describing_a_thing_or_in_an_idiom_is_an_everyday_sense(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert _senses(nlp, text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The killing of the guard shocked the town.",
        "The killing of three people shocked the town.",
        "Police found the weapon used in the murder of the guard.",
        "Tomas Arlen was convicted in the murder case on Monday.",
        "A bomb attack killed three people at the market.",
        "The court framed terrorism charges against Tomas Arlen.",
        "Tomas Arlen, the killer, was arrested at the border.",
        "The gang carried out a killing in the market last year.",
        "Tomas Arlen made a bomb in the garage.",
        "Police recovered arms from the house.",
    ],
)
def test_a_crime_word_heading_its_phrase_or_modifying_a_legal_noun_stays_an_act(
    nlp: Language, text: str
) -> None:
    assert _senses(nlp, text) == []
    assert act_of(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Democrats say they have a powerful new weapon: Mara Quill.",
        "Rivals say Mara Quill is the party's best weapon.",
    ],
)
def test_a_crime_noun_that_is_a_person_is_a_figure_of_speech(nlp: Language, text: str) -> None:
    assert _senses(nlp, text) == ["weapon"]


def test_the_act_of_an_attribution_leaves_the_noun_senses_out(nlp: Language) -> None:
    text = (
        "Oren Tabb said the old towns could be made into killing fields. "
        "The ad slams Mara Quill for voting for an assault-weapons ban. "
        "Prosecutors said Tomas Arlen carried the weapon used in the killing of the guard."
    )
    [analysis] = analyse_documents([Document("d", text)], nlp)
    acts = {text[a.content[0][0] : a.content[-1][1]]: a.facts.act for a in analysis.attributions
            if a.facts}  # fmt: skip
    assert [act for content, act in acts.items() if "Tomas Arlen" in content] == ["illegal weapons"]
    assert all(act is None for content, act in acts.items() if "Tomas Arlen" not in content)


@pytest.mark.parametrize(
    "text",
    [
        "Police said he planned the bombing of the bus depot.",
        "The court heard that a suicide bomber struck the rally.",
        "Investigators say the group bombed a shrine last spring.",
        "Two bombings in the old city left nine people dead.",
    ],
)
def test_a_bomb_s_use_and_makers_name_the_explosives_act(text: str) -> None:
    """A crime claim with no act is dropped, so every form of the word must name it, not
    only "bomb(s)"."""
    assert act_of(text) == "explosives"


def test_a_bombshell_names_no_act() -> None:
    assert act_of("The senator called the report a bombshell.") is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The tribunal sentenced Idris Kamal to death for crimes against humanity.", "war crimes"),
        ("A court in Quetta sentenced Nadia Rauf to death for blasphemy.", "blasphemy"),
        ("He was condemned to death for the murder of his cousin.", "killing"),
        ("The shopkeeper was beaten to death by a mob.", "killing"),
    ],
)
def test_a_death_sentence_is_a_punishment_not_the_act(nlp: Language, text: str, act: str) -> None:
    """ "Sentenced to death" tells the punishment: the sentence's act is its crime's ("for
    blasphemy"), or a killing where one is named; "beaten to death" is still a killing."""
    assert _act_read(nlp, text) == act


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister vowed to fight corruption in the ports.", "corruption"),
        ("The minister promised savings from rooting out fraud in the benefits office.", "fraud"),
        ("The cabinet approved a crackdown on trafficking.", "trafficking"),
        ("Critics called Oren Vale a fraud.", "fraud"),
        ("Activists denounced Oren Vale as a fraud.", "fraud"),
    ],
)
def test_a_crime_opposed_or_said_of_a_person_names_no_act(
    nlp: Language, text: str, word: str
) -> None:
    """What a sentence works against ("fight corruption") is no one's act in it, and a
    person called "a fraud" is called a fake, not accused of a fraud."""
    assert _senses(nlp, text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Police charged Oren Vale with fraud.",
        "The court heard that Oren Vale is a fraudster.",
        "Prosecutors said the corruption went on for a decade.",
    ],
)
def test_a_crime_charged_or_told_keeps_its_act(nlp: Language, text: str) -> None:
    assert _senses(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Tariq Omar shot the guard outside the bank, police said.", "assault"),
        ("Shots were fired at the convoy near the bridge.", "assault"),
        ("Prosecutors say Tariq Omar poisoned his business partner.", "assault"),
        ("Tariq Omar was shot dead outside his house.", "killing"),
        ("The senator took a shot at his rival during the debate.", None),
        ("It is a long shot, the coach said.", None),
    ],
)
def test_a_shooting_is_an_act_and_a_shot_in_words_is_none(
    nlp: Language, text: str, act: str | None
) -> None:
    """Shooting and poisoning name an assault (a killing where "shot dead" says so); "a
    shot" in the singular is an attempt or a remark, no act."""
    assert _act_read(nlp, text) == act
