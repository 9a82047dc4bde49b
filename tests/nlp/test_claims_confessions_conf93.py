"""conf93's reading of an admission told with a phrase set off between its subject and its
verb, the way reports outside South Asia tell where it was made: "The prosecutor said X, in a
recorded police interview, admitted opening parcels" (the parser takes X for the object of
"said": ``stranded_subject.subject_taken_for_object``, its phrase hung on "said":
``phrases_set_off_before``) and "X, in his account to detectives, acknowledged drilling the
wells" (the gerund parsed as a word of the object or as an adverbial clause:
``misparsed_gerunds``). Near misses: a denial, a refusal, a witness's admission, a thing (not a
deed) admitted; and strict xfails for the shapes this session did not build. Invented sentences
and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_CABLE = "Police arrested Lukas Novak, a warehouse clerk, over the theft of copper cable. "
_POST = "Police charged Marta Kowal, a sorting officer, with stealing parcels. "
_WELLS = "Police arrested Tomas Lind, a driller, over the illegal wells. "


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        (_CABLE + "The prosecutor said Novak, in a recorded police interview, confessed to "
         "the theft.", "Lukas Novak", "custodial"),
        (_CABLE + "The prosecutor said Novak, in his interview with detectives, had admitted "
         "that he sold the cable.", "Lukas Novak", "custodial"),
        (_CABLE + "The prosecutor said Novak, in a recorded police interview, admitted "
         "selling the cable.", "Lukas Novak", "custodial"),
        (_POST + "The prosecutor said Kowal, in a recorded police interview, admitted opening "
         "parcels on the night shift, and told officers that she kept the cash.", "Marta Kowal",
         "custodial"),
    ],
)  # fmt: skip
def test_subject_taken_for_the_object_of_said(
    nlp: Language, text: str, name: str, setting: str
) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {setting}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_POST + "Kowal, in a recorded police interview, admitted opening parcels on the "
         "night shift.", "Marta Kowal"),
        (_WELLS + "Lind, in his account to detectives, acknowledged drilling the wells at "
         "night.", "Tomas Lind"),
        (_WELLS + "The agency said in a statement that Lind, in his account to detectives "
         "after his arrest, acknowledged drilling the wells at night.", "Tomas Lind"),
    ],
)  # fmt: skip
def test_misparsed_gerund_admitted_in_custody(nlp: Language, text: str, name: str) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a denial in the same shape: no confession
        _CABLE + "The prosecutor said Novak, in a recorded police interview, denied selling "
        "the cable.",
        # a refusal: nothing admitted
        _CABLE + "The prosecutor said Novak, in a recorded police interview, refused to admit "
        "selling the cable.",
        # a thing, not a deed, admitted (a determiner before the object)
        _POST + "Kowal, in a recorded police interview, admitted the missing parcels were on "
        "her shelf.",
    ],
)
def test_no_confession_in_the_same_shape(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_a_witness_admission_is_not_the_accused_confession(nlp: Language) -> None:
    text = (
        _CABLE + "The prosecutor said the yard guard, Piotr Zielinski, in his statement to "
        "police, admitted leaving the gate open."
    )
    assert "Lukas Novak" not in accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'She said X, in a ... interview, admitted ...' after a sentence that names the "
    "counsel 'she' stands for (lf18's shape): the clause is read as the speaker's, not X's; "
    "not built in conf93",
)
def test_said_by_a_pronoun_for_counsel(nlp: Language) -> None:
    text = (
        _POST + "Crown counsel Ann Berg told the court the envelopes were marked. She said "
        "Kowal, in a recorded police interview, admitted opening parcels on the night shift, "
        "and told officers that she kept the cash."
    )
    assert accused_of("confession", nlp, text) == {"Marta Kowal"}


@pytest.mark.xfail(
    strict=True,
    reason="an admission whose subject is a description in a conjunct after an arrest, told "
    "by a named police spokesman ('Inspector Y said the mechanic was arrested ... and, in a "
    "statement under caution, admitted ...', lf17's shape): tied to the spokesman; the "
    "description's tie is desc93's, not built in conf93",
)
def test_described_subject_in_a_conjunct(nlp: Language) -> None:
    text = (
        "Police charged Devan Marsh, a mechanic, with wounding. Police spokesman Inspector "
        "Carl Biggs said the mechanic was arrested at his home the same night and, in a "
        "statement under caution, admitted striking the driver with a spanner he kept in the "
        "van."
    )
    assert accused_of("confession", nlp, text) == {"Devan Marsh"}
