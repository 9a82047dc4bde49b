"""Knowledge of the deed denied, den85: "X denied any knowledge of the magnets" (a verb of
denying whose object is knowledge of a thing), "his client did not know about any pipe" (a
negated verb of knowing whose object is an "about" / "of" phrase), "he had never been told
the trench was deeper", "had never once been told about the brakes" (a negated passive verb
of telling with what was not told) - said by the accused or his side, each answers the
charge, as "had no idea where it came from" already did. Counted on the open sets' missed
denials classed by what the pipeline did (no denial claim made from a sentence whose words
deny): six misses in five open sets, all three regions. Invented sentences and names in
Pakistani, Indian, Bangladeshi, Kenyan and wire-copy words; paraphrases that must read, near
misses that must not (a complaint of not being told the charges, a witness or the police
who knew nothing, knowledge had, a victim's kin never told of a hearing)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MULTAN = "Police arrested Rafiq Ahmed Butt, the owner of a cold store, after an ammonia leak. "
_NASHIK = "The crime branch arrested Suresh Patil, a contractor, after a footbridge collapsed. "
_BRNO = "Prosecutors charged Jan Novak, the owner of a bus firm, over a fatal crash. "
_GAZIPUR = "Police arrested Rafiqul Islam, the managing director of a garment factory. "
_KISUMU = "Police charged Brian Otieno, a clerk, with stealing Sh2 million from a cooperative. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a verb of denying whose object is knowledge of a thing
        (_BRNO + "Novak denied any knowledge of the tampered tachographs.", "Jan Novak"),
        (
            _BRNO + "Giving evidence in May, the owner denied any knowledge of the magnets.",
            "Jan Novak",
        ),
        (
            _MULTAN + "In his statement under Section 342, Butt denied knowledge of the leaking "
            "valve.",
            "Rafiq Ahmed Butt",
        ),
        # a negated verb of knowing with an "about" / "of" phrase
        (
            _NASHIK + "His counsel told the court that his client did not know about the cracks "
            "in the girder.",
            "Suresh Patil",
        ),
        (
            _KISUMU + "Otieno told the court he did not know about the missing money.",
            "Brian Otieno",
        ),
        (_BRNO + "The owner's lawyer said his client never knew of any magnet.", "Jan Novak"),
        # a negated passive verb of telling with what was not told
        (
            _MULTAN + "In his statement under Section 342, Butt said he had never been told about "
            "the leaking valve.",
            "Rafiq Ahmed Butt",
        ),
        (
            _GAZIPUR + "The managing director said he had never been informed about "
            "the locked exits.",
            "Rafiqul Islam",
        ),
        (
            _BRNO + 'Giving evidence, the owner said he had "never once" been told the drivers '
            "were working double shifts.",
            "Jan Novak",
        ),
        (
            _NASHIK + "Patil's lawyer said his client was not told of any crack before the "
            "collapse.",
            "Suresh Patil",
        ),
    ],
)
def test_knowledge_of_the_deed_denied_answers_the_charge(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # not told the charges: a complaint of the arrest, no answer to the accusation
        (
            _BRNO + "His lawyer said Novak had not been told of the charges against him.",
            "Jan Novak",
        ),
        # knowledge had, not denied
        (_BRNO + "Novak told the court he had been told about the magnets in March.", "Jan Novak"),
        (_KISUMU + "Otieno told the court he knew about the missing money.", "Brian Otieno"),
    ],
)
def test_knowledge_not_denied_or_no_answer_clears_no_one(
    nlp: Language, text: str, who: str
) -> None:
    assert who not in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a witness, the police and a victim's kin who knew nothing deny nothing for anyone
        _NASHIK + "A neighbour, Sara Malik, said she did not know about the cracks.",
        _BRNO + "The police denied any knowledge of the tampering before the crash.",
        _GAZIPUR + "The victim's father said he had never been told about the hearing.",
    ],
)
def test_others_who_knew_nothing_answer_for_no_one(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="not built: knowledge denied by an adjective of knowing ('unaware of', 'not aware "
    "of'); no missed denial of the open sets holds it (den85's count), so the branch reads "
    "only the verbs and the noun of knowing",
)
@pytest.mark.parametrize(
    "text",
    [
        _BRNO + "Novak said he was unaware of the magnets.",
        _BRNO + "Novak said he was not aware of the magnets.",
    ],
)
def test_knowledge_denied_by_an_adjective(nlp: Language, text: str) -> None:
    assert "Jan Novak" in accused_of("denial", nlp, text)
