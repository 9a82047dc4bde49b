"""A statement the accused's side calls "so-called" (``claims.so_called``): the accused, his
counsel or his kin naming his confession or statement as others name it ("his so-called
confession had no legal value", "the so-called admission carried no weight") dispute that he
made one - his confession taken back, whatever the clause then says. Near misses: the
prosecutor or the judge using the words, a witness's or a complainant's statement so called,
a confession his side names plainly. Invented sentences and names; no positive case reads a
retraction on 079dae86."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_OKARA = (
    "Police in Okara arrested Zahid Iqbal for the murder of a grain trader. Iqbal confessed "
    "during interrogation, police said. "
)
_PUNE = (
    "Pune police arrested Sandeep Kale for the theft of copper cable. Kale confessed to the "
    "police. "
)
_BOGURA = (
    "Md Shahin Alam was arrested in Bogura for killing a rickshaw puller. Shahin gave a "
    "confessional statement during remand. "
)
_GORKHA = (
    "Police arrested Krishna Bahadur Gurung in Gorkha for the murder of his uncle. Gurung "
    "confessed to the police. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _OKARA + "His counsel, Rana Tahir advocate, said the so-called confession had no "
            "legal value.",
            "Zahid Iqbal",
        ),
        (
            _PUNE + "Advocate Meera Joshi, appearing for Kale, told the court that her client's "
            "so-called admission carried no weight in law.",
            "Sandeep Kale",
        ),
        (
            _BOGURA + "His father said the so-called confessional statement was a drama staged "
            "for reporters.",
            "Md Shahin Alam",
        ),
        (
            _GORKHA + "Gurung told the district court that his so-called confession was read out "
            "to journalists before he had met a lawyer.",
            "Krishna Bahadur Gurung",
        ),
        # the hyphen left out, as some papers print it
        (
            _OKARA + "Iqbal told the judge that his so called confession was a story for the "
            "newspapers.",
            "Zahid Iqbal",
        ),
    ],
)
def test_so_called_statement_told_by_his_side_is_taken_back(
    nlp: Language, text: str, name: str
) -> None:
    assert accused_of("retraction", nlp, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        # the other side, or the court, using the words
        _OKARA + "The prosecutor said the so-called confession had been recorded before a "
        "magistrate.",
        _PUNE + "The judge said the so-called admission had been recorded in accordance with law.",
        # the defence disputing a witness's or complainant's statement, not his own
        _OKARA + "His counsel said the so-called statement of the complainant had no legal value.",
        _GORKHA + "Gurung's lawyer said the witness's so-called statement carried no weight.",
        # his side naming the confession plainly
        _BOGURA + "His father said the confessional statement was recorded on Tuesday.",
    ],
)
def test_so_called_by_another_or_of_another_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
