"""Two lede readings of out95, on invented sentences:

- a gapped award whose second conjunct is a description with a relative clause, the
  parser hanging that conjunct's term on the clause ("sentenced the owner of a shop to three
  years and the technician who ran his servers to two years"): each described person the
  report names later is sentenced (``relative_terms.described_term``, asked by
  ``GappedAwards._gapped_awards``); not a clause that tells its own older term ("the man
  who was sentenced to two years");
- the lede's "the [kind] NOUN of a THING" tied forward to one a later sentence introduces
  with the same kind words and no thing of its own ("ordered the assistant manager of the
  branch to be held in custody ... assistant manager X denied the charge"):
  ``DescribedLater._of_fits_later`` takes the lede's kind words out of the later one's
  owner words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.relative_terms import described_term
from tests.nlp.test_claims import accused_of

_KUWAIT = (
    "KUWAIT CITY, Oct 14 (Wire) - A criminal court on Tuesday sentenced the owner of a "
    "phone shop to three years in prison and the technician who ran his servers to two "
    "years over a piracy service. "
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            _KUWAIT + "The court fined the owner, Fahad Salem, 50,000 dinars, and ordered that "
            "the technician, Ahmed Fathy, be deported after serving his sentence.",
            {"Fahad Salem", "Ahmed Fathy"},
        ),
        (
            "LIMA, May 19 - A court on Monday sentenced the manager of a clinic to six years and "
            "the nurse who kept its books to four years for the death of a patient. The manager, "
            "Rosa Quispe, denied the charges. The nurse, Ana Huaman, wept in the dock.",
            {"Rosa Quispe", "Ana Huaman"},
        ),
    ],
)
def test_a_described_conjunct_with_a_relative_clause_is_sentenced(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= accused_of("ruling", nlp, text, "sentenced")


def test_one_term_for_a_kept_coordination_is_no_gapped_award(nlp: Language) -> None:
    text = (
        "Police arrested Rafiq Miah and Jalal Uddin over the killing of shopkeeper Karim Sheikh. "
        "A Comilla court on Tuesday sentenced a former union leader and another man to death "
        "for beating the shopkeeper to death over a debt."
    )
    assert "Karim Sheikh" not in accused_of("ruling", nlp, text, "sentenced")


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        (
            "The court sentenced the owner to six years and the nurse who kept the books to "
            "four years.",
            "nurse",
            True,
        ),
        # the clause tells its own (older) term, read by its own verb
        (
            "The court sentenced the owner to six years and the nurse who was sentenced to "
            "four years.",
            "nurse",
            False,
        ),
        # "to" and no term: a place or a person the clause's verb sends something to
        (
            "The court sentenced the owner to six years and the nurse who sent the files to "
            "the police.",
            "nurse",
            False,
        ),
    ],
)
def test_only_a_term_hung_on_the_relative_clause_is_gapped(
    nlp: Language, text: str, noun: str, expected: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    lex = legal()
    words = lex.awarded_terms | set(lex.verdict_nouns)
    got = described_term(token, lambda w: w.lemma_.lower() in words)
    assert got is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "POKHARA, March 3: The District Court, Kaski, on Monday ordered the assistant "
            "manager of the branch to be held in custody for the trial. In his statement, "
            "assistant manager Hari Gurung denied the charge.",
            "Hari Gurung",
        ),
        (
            "POKHARA, March 3: The District Court, Kaski, on Monday ordered the senior "
            "accountant of the branch to be held in custody for the trial. In his statement, "
            "senior accountant Bishnu Rai denied the charge.",
            "Bishnu Rai",
        ),
        (
            "POKHARA, March 3: The District Court, Kaski, on Monday ordered the former manager "
            "of the branch to be held in custody for the trial. In his statement, former "
            "manager Dil Thapa denied the charge.",
            "Dil Thapa",
        ),
    ],
)
def test_the_lede_kind_words_name_no_other_owner(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("ruling", nlp, text, "remanded")


def test_a_later_one_of_another_thing_is_not_the_lede_one(nlp: Language) -> None:
    text = (
        "POKHARA, March 3: The District Court, Kaski, on Monday ordered the assistant manager "
        "of the branch to be held in custody for the trial. In his statement, Hari Gurung, the "
        "hotel's assistant manager, denied the charge."
    )
    assert "Hari Gurung" not in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    ("text", "outcome", "name"),
    [
        pytest.param(
            "JHAPA, Feb 16: The District Court, Jhapa, on Monday ordered the driver of a bus "
            "that hit a cyclist at Damak last August to be held in custody for the trial. "
            "The driver, Hari Limbu, denied the charge.",
            "remanded",
            "Hari Limbu",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the parser hangs the infinitive on the relative clause's verb "
                "(advcl of 'hit'), not on 'ordered'",
            ),
        ),
        pytest.param(
            "POKHARA, March 3: The District Court, Kaski, on Monday ordered that the chairman "
            "of a construction company be kept in custody for the trial. Chairman Hari "
            "Gurung of Seti Nirman denied the charges.",
            "remanded",
            "Hari Gurung",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a capitalised title at a sentence's start is no description noun "
                "(_a_description wants lower case)",
            ),
        ),
        pytest.param(
            "Police arrested Ram Thapa, a broker, in March. Ram Thapa also admitted before the "
            "court that he had paid for the answers, and was released on a bail of Rs 100,000.",
            "bail",
            "Ram Thapa",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the release is conjoined to the verb of the reported clause, read as "
                "part of what he admitted",
            ),
        ),
    ],
)
def test_not_built(nlp: Language, text: str, outcome: str, name: str) -> None:
    assert name in accused_of("ruling", nlp, text, outcome)
