"""The act of an accusation comes from its accused's own clause, and a speaker named by a
partitive apposition confesses as himself (invented reports, through ingest and
``build_ledger``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import Ledger
from tests.ledger.invented import accused_names, invented_ledger


@pytest.mark.parametrize(
    "text",
    [
        "Police said Omar Fitch fired the shots that killed the guard.",
        "Police said Omar Fitch planted the bomb outside the depot.",
        "Investigators said Omar Fitch set fire to the warehouse.",
        "Police said Omar Fitch opened fire on the crowd outside the mosque.",
        "Witnesses said Victor Hale opened fire on the bus.",
        "Police said Victor Hale shot the guard.",
    ],
)
def test_the_accused_own_verb_phrase_names_the_deed(nlp: Language, text: str) -> None:
    assert accused_names(nlp, text) & {"Omar Fitch", "Victor Hale"}


@pytest.mark.parametrize(
    "text",
    [
        # a verb of telling or looking on: the act is what he spoke of, not what he did
        "Omar Fitch spoke of the attack on the market at a rally.",
        "Basil Roe said Omar Fitch had warned of a bomb attack on the market.",
        "Police said Victor Hale had written about the bombing of the bridge.",
        "Omar Fitch condemned the attack on the market, police said.",
        # what was done to the victims or their kin he stands by
        "Police said Omar Fitch had helped the victims of the bomb attack on the market.",
        "Investigators said Victor Hale comforted the families of the victims of the shooting.",
        "Police said Victor Hale had mourned the victims of the massacre.",
    ],
)
def test_an_act_outside_the_accused_deed_accuses_no_one(nlp: Language, text: str) -> None:
    assert not accused_names(nlp, text) & {"Omar Fitch", "Victor Hale", "Basil Roe"}


@pytest.mark.xfail(
    strict=True,
    reason="'attack' names no act (its verbal senses outnumber the physical ones in news "
    "text); reading it from the accused's own verb of commission is not done",
)
def test_an_attack_carried_out_by_the_accused(nlp: Language) -> None:
    assert "Omar Fitch" in accused_names(
        nlp, "Prosecutors said Omar Fitch carried out the attack on the market."
    )


@pytest.mark.parametrize(
    "text",
    [
        "One of the suspects, Omar Fitch, told journalists he had fired the shots.",
        "One of the defendants, Omar Fitch, told reporters he had stabbed the guard.",
        # a name the small NER types an organisation: a suspect is a person
        "One of the suspects, Chinedu Okafor, 29, told journalists that he had driven the"
        " getaway car in the robbery.",
        "The prime suspect, Omar Fitch, told police he had stabbed the guard.",
    ],
)
def test_a_speaker_named_by_a_partitive_apposition_confesses(nlp: Language, text: str) -> None:
    ledger, names = invented_ledger(nlp, text)
    confessors = {
        names[a]
        for allegation in ledger.allegations
        for a in allegation.accused
        if any(e.kind == "confession" and e.source == names[a] for e in allegation.events)
    }
    assert confessors == ({"Chinedu Okafor"} if "Okafor" in text else {"Omar Fitch"})


def _acts(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each accused's name -> the acts the ledger of ``text`` accuses them of."""
    ledger, names = invented_ledger(nlp, text)
    out: dict[str, set[str]] = {}
    for allegation in ledger.allegations:
        for a in allegation.accused:
            out.setdefault(names[a], set()).add(allegation.act)
    return out


def test_a_pronoun_does_not_reach_back_past_a_nearer_subject(nlp: Language) -> None:
    """The accused the report follows is not whom "he" stands for where a person its own
    sentence names is the subject of the clause "he" is in; an object pronoun is never its
    own verb's subject."""
    acts = _acts(
        nlp,
        "Police arrested Omar Fitch on Monday. Later Basil Roe was charged because he had"
        " robbed the depot.",
    )
    assert "robbery" in acts.get("Basil Roe", set())
    assert "robbery" not in acts.get("Omar Fitch", set())
    acts = _acts(
        nlp,
        "Omar Fitch was charged with fraud. Basil Roe told police that Victor Hale had paid"
        " him to rob the depot.",
    )
    assert "robbery" not in acts.get("Victor Hale", set()) | acts.get("Omar Fitch", set())


def test_the_followed_accused_as_the_nearer_subject_keeps_his_pronoun(nlp: Language) -> None:
    """ "X had claimed that he ...", where X is the accused the report follows: the nearer
    subject and the followed accused are one, and his denial stays his."""
    ledger, names = invented_ledger(
        nlp,
        "Police arrested Omar Fitch on a charge of rape. Fitch had claimed that he slept on"
        " the chair and did not rape her.",
    )
    assert _deniers(ledger, names) == {"Omar Fitch"}


def test_a_judge_or_a_named_lawyer_leaves_the_pronoun_to_the_accused(nlp: Language) -> None:
    """ "Judge X convicted Y after he confessed": a judge does not compete with the one
    convicted; "Y's lawyer, Z, told journalists he had not robbed the bank": the rival noun is
    named, and the lawyer speaks for Y."""
    acts = _acts(
        nlp, "Judge Sana Mir convicted Omar Fitch after he confessed to the murder of Basil Roe."
    )
    assert acts == {"Omar Fitch": {"killing"}}
    ledger, names = invented_ledger(
        nlp, "Judge Sana Mir convicted Omar Fitch after he confessed to the murder of Basil Roe."
    )
    kinds = {e.kind for allegation in ledger.allegations for e in allegation.events}
    assert "confession" in kinds
    ledger, names = invented_ledger(
        nlp, "Omar Fitch's lawyer, Basil Roe, told journalists he had not robbed the bank."
    )
    assert _deniers(ledger, names) == {"Omar Fitch"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Fitch's brother said he had been framed by the police.",
        "The lawyer for Omar Fitch said he had not killed anyone.",
    ],
)
def test_a_clearing_told_for_another_is_the_owners(nlp: Language, text: str) -> None:
    """The pronoun after "X's brother" or "the lawyer for X" names no one (it may be either),
    but kin and counsel clearing someone speak for X: the denial is X's."""
    ledger, names = invented_ledger(
        nlp, "Police charged Omar Fitch with the murder of Sana Mir. " + text
    )
    assert _deniers(ledger, names) == {"Omar Fitch"}


def test_a_pronoun_of_the_other_sex_passes_to_the_accused_named_before(nlp: Language) -> None:
    """ "convicted X of the murder of his wife Y and sentenced him": him is not the wife
    (her sex), so it is X, whom the mentions name even where NER does not."""
    ledger, names = invented_ledger(
        nlp,
        "A district court convicted Arvind Pal Singh of the dowry death of his wife Kiran Kaur"
        " and sentenced him to ten years in prison.",
    )
    outcomes = {
        (names[a], e.outcome)
        for allegation in ledger.allegations
        for a in allegation.accused
        for e in allegation.events
        if e.kind == "ruling"
    }
    assert ("Arvind Pal Singh", "sentenced") in outcomes
    assert not any(name == "Kiran Kaur" for name, _ in outcomes)


def _deniers(ledger: Ledger, names: dict[str, str]) -> set[str]:
    """The names of the accused of allegations that hold a denial."""
    return {
        names[a]
        for allegation in ledger.allegations
        for a in allegation.accused
        if any(e.kind == "denial" for e in allegation.events)
    }
