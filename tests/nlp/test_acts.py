"""The act a quote names, and violent verbs in an everyday sense read from the parse
(``nlp.acts``). Sentences are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.extract import analyse_documents
from corroborate.nlp.acts import act_of, everyday_senses
from corroborate.records import Document


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
