"""A he, his or him whose clause's subject (or the governing clause's) is a description the
report ties to one named accused stands for that accused (``claims.described_subject``), not
for the accused the report followed last: "the manager ... his statement", "the case against
the manager rested on a confession he was said to have made", "the guard's sentence took
account of his confession". A victim's description, a description two accused share and a
"he" inside the quotation of the described one tie nothing to them. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# the owner is the accused followed last: the pronoun's old tie
_HALL = (
    "The judge acquitted the manager, Tariq Saleem, of all charges. The owner, Nadeem Akbar, "
    "was taken into custody. He was convicted of manslaughter. "
)
_JADE = (
    "A court in Yangon convicted the guard, Zaw Min Htike, of theft. The dealer, U Aung Kyaw "
    "Moe, was sentenced to ten years. He had planned the theft. "
)
_WAGON = (
    "Police in Charsadda arrested the conductor, Gul Zaman, over the killing of a passenger. "
    "The wagon owner, Fazal Khan, was also arrested. He was remanded. "
)
_FIRE = (
    "Police in Dhading arrested the driver, Bikash Thapa, over the fire. The owner of the "
    "factory, Krishna Bahadur Thapa, was also arrested. He was remanded for five days. "
)
_BUS = (
    "Police in Pune arrested the driver, Suresh Pawar, over the crash. The owner of the bus, "
    "Mahesh Jadhav, was also arrested. He was remanded. "
)


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # "his" in the clause of its described subject
        (
            "retraction",
            _HALL + "The manager had disowned his statement before the magistrate.",
            "Tariq Saleem",
        ),
        # "he" in a conjunct whose own subject is a pronoun: the first conjunct's description
        (
            "retraction",
            _HALL + "According to the prosecution, the manager confessed to police, but he "
            "later retracted the confession.",
            "Tariq Saleem",
        ),
        (
            "retraction",
            _WAGON + "According to the police, the conductor confessed during interrogation, "
            "but he retracted the confession before the magistrate.",
            "Gul Zaman",
        ),
        # a thing subject told of the description: "against", an owner
        (
            "confession",
            _HALL + "The case against the manager rested on a confession he was said to have "
            "made to police.",
            "Tariq Saleem",
        ),
        (
            "confession",
            _FIRE + "The case against the driver rests on a confession he is said to have made "
            "in police custody.",
            "Bikash Thapa",
        ),
        (
            "confession",
            _BUS + "The evidence against the driver was weak because his confession had been "
            "recorded by the police.",
            "Suresh Pawar",
        ),
        (
            "confession",
            _JADE + "The judge said the guard's sentence took account of his confession to the "
            "police.",
            "Zaw Min Htike",
        ),
    ],
)
def test_pronoun_of_a_described_subject(nlp: Language, kind: str, text: str, who: str) -> None:
    assert accused_of(kind, nlp, text) == {who}


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # a victim's description: the guard is no accused, whatever the pronoun is
        (
            "confession",
            "The owner of the hall, Nadeem Akbar, was convicted of manslaughter. A guard, Rashid "
            "Ali, was injured in the collapse. The guard told the court that he had been forced "
            "to sign a statement by the police.",
            "Rashid Ali",
        ),
        # two drivers: "the driver" is neither
        (
            "retraction",
            "The court convicted two drivers, Suresh Pawar and Mahesh Jadhav, of causing the "
            "crash. The driver told the court that he had been forced to confess by the police.",
            "Suresh Pawar",
        ),
        (
            "retraction",
            "The court convicted two drivers, Suresh Pawar and Mahesh Jadhav, of causing the "
            "crash. The driver told the court that he had been forced to confess by the police.",
            "Mahesh Jadhav",
        ),
        # a "he" inside the described one's quotation: another man, not the speaker
        (
            "retraction",
            _HALL + 'The manager told the court, "He confessed to the police, and he later '
            'withdrew the confession."',
            "Tariq Saleem",
        ),
    ],
)
def test_no_tie_to_the_description(nlp: Language, kind: str, text: str, who: str) -> None:
    assert who not in accused_of(kind, nlp, text)


# acc94 built the chain through the outer "he" (tests/nlp/test_claims_pronoun_chain_acc94.py)
def test_pronoun_chained_to_a_described_subject(nlp: Language) -> None:
    text = _FIRE + "The driver denied the charge, and he said he was asleep at home that night."
    assert accused_of("denial", nlp, text) == {"Bikash Thapa"}


@pytest.mark.xfail(
    strict=True,
    reason="a parenthetical 'his lawyer said' between the described subject and the conjunct's "
    "'he': the nearest subject is the lawyer's; not built in pron93",
)
def test_described_subject_past_a_parenthetical(nlp: Language) -> None:
    text = (
        _HALL + "The manager had been forced to confess, his lawyer said, and he later "
        "retracted the confession."
    )
    assert accused_of("retraction", nlp, text) == {"Tariq Saleem"}
