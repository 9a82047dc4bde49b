"""A lone surname the mention stage gave to a relative or to a firm named for its owner only
because NER missed the full name the surname belongs to ("Ravi Kumar Yadav" typed as
something else): the reader, which found that name, reads the surname again
(``FullNames._person_full_name``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _accused_of(nlp: Language, text: str, kind: str) -> set[str]:
    return {
        p.name for c in claims_of(nlp, text) if c.kind == kind
        for p in c.participants if p.role == "accused"
    }  # fmt: skip


def test_a_surname_shared_with_his_mother_is_the_convicted_son(nlp: Language) -> None:
    text = (
        "CHANDPUR: A sessions court on Tuesday convicted Ravi Kumar Yadav of the dowry death "
        "of his wife Sarita Devi and sentenced him to seven years in prison, but acquitted "
        "his mother Shanti Yadav of all charges. Defence counsel Mohan Prakash said Yadav "
        'would challenge his conviction in the High Court. "My client has maintained his '
        'innocence from day one," he said.'
    )
    assert _accused_of(nlp, text, "denial") == {"Ravi Kumar Yadav"}


def test_a_surname_is_not_the_firm_it_names(nlp: Language) -> None:
    text = (
        "Rajesh Kumar Gupta, who surrendered before a Gaya court on Thursday, is accused of "
        "hiring two men to kill a contractor. By 2015 his firm, Gupta Buildcon, was among the "
        "largest road builders in the district. Gupta has denied any role."
    )
    assert _accused_of(nlp, text, "denial") == {"Rajesh Kumar Gupta"}


def test_a_surname_with_one_full_name_is_still_that_name(nlp: Language) -> None:
    # guard: the relative is still the relative where she is the only one of that surname
    text = (
        "Police arrested Ashok Mehra for the theft. His wife, Kavita Sharma, said he was "
        "innocent. Sharma told reporters the family would appeal."
    )
    assert "Ashok Mehra" not in {
        p.name for c in claims_of(nlp, text) for p in c.participants if p.role != "accused"
    }
