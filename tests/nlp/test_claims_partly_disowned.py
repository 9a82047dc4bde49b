"""An account told to the police that owns a deed and disowns knowing or seeing beside it
(``nlp.claims.partly_disowned``, asked by ``ToldCustodians``): "X told officers that he had
been paid to carry the crates and did not know who owned them" is X's custodial confession;
a negated deed, a state, a passive done to him, a witness's account, another audience or a
telling never made is none. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested Tomas Reyes on Monday. Reyes told officers in interview that he "
            "had been paid 200 euros to carry the crates and did not know who owned them.",
            "Tomas Reyes",
        ),
        (
            "Police arrested Tomas Reyes on Monday. Inspector Joan Mill said Reyes told "
            "investigators in a recorded interview that he had been racing his friends and did "
            "not see the cyclist until it was too late.",
            "Tomas Reyes",
        ),
        (
            "Police charged Greta Lund with theft. Lund told detectives that she had moved the "
            "money into her own account and did not know the firm would audit it.",
            "Greta Lund",
        ),
    ],
)
def test_an_account_owning_a_deed_and_disowning_knowing_is_a_confession(
    nlp: Language, text: str, name: str
) -> None:
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"custodial"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a deed denied beside one owned: a denial
            "Police arrested Tomas Reyes on Monday. Reyes told investigators that he went home "
            "early and did not hit the boy.",
            "Tomas Reyes",
        ),
        (  # a state, no deed
            "Police arrested Tomas Reyes on Monday. Reyes told investigators that he was at home "
            "and did not see the boy.",
            "Tomas Reyes",
        ),
        (  # done to him, no deed of his
            "Police arrested Tomas Reyes on Monday. Reyes told investigators that he was beaten "
            "and did not sign anything.",
            "Tomas Reyes",
        ),
        (  # all there was: a denial
            "Police arrested Tomas Reyes on Monday. Reyes told investigators that he had only "
            "driven the car and did not know about the guns.",
            "Tomas Reyes",
        ),
        (  # a witness's account to the police
            "Police arrested Tomas Reyes on Monday. Sunita Rai told the police that she had "
            "driven to the shop and did not see the fire.",
            "Sunita Rai",
        ),
        (  # told to reporters, not to those who hold him
            "Police arrested Tomas Reyes on Monday. Reyes told reporters that he had been paid "
            "to carry the crates and did not know who owned them.",
            "Tomas Reyes",
        ),
        (  # a telling never made
            "Police arrested Tomas Reyes on Monday. Reyes never told investigators that he had "
            "carried the crates and did not know who owned them.",
            "Tomas Reyes",
        ),
        (  # a police officer's account of a lapse: no one the report accuses
            "Police arrested Tomas Reyes on Monday. Constable Omar Diallo told investigators "
            "that he had left the cell unlocked and did not see Reyes leave.",
            "Omar Diallo",
        ),
    ],
)
def test_no_confession_of_a_denial_a_state_a_witness_or_another_audience(
    nlp: Language, text: str, name: str
) -> None:
    assert not settings_of(analysis_of(nlp, text), "confession", name)


def test_partly_disowned_told_to_a_court_is_left_to_the_court_readings(nlp: Language) -> None:
    # in court the accused mostly answers the charge: a disowned part there is his answer
    text = (
        "Police arrested Tomas Reyes on Monday. Reyes told the court that he had been paid to "
        "carry the crates and did not know who owned them."
    )
    assert "custodial" not in settings_of(analysis_of(nlp, text), "confession", "Tomas Reyes")


@pytest.mark.xfail(
    strict=True,
    reason="a negated deed beside an owned payment ('had never done the course and had been "
    "paid cash'): a deed denied is read as the account's point, a denial",
)
def test_a_denied_qualification_beside_a_payment(nlp: Language) -> None:
    text = (
        "Police charged Karl Brandt with fraud. Brandt told officers in interview that he had "
        "never done the safety course and had been paid cash by the owner."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Karl Brandt") == {"custodial"}


@pytest.mark.xfail(
    strict=True,
    reason="a teller first named in the sentence that tells his account ('a third man, X, "
    "told investigators he poured petrol'): only one the report accuses already confesses",
)
def test_a_teller_first_named_in_his_account(nlp: Language) -> None:
    text = (
        "Police charged Ada Kerr with arson. According to court papers, a third man, Ivo Sand, "
        "a former clerk, told investigators he poured petrol through the back door."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Ivo Sand") == {"custodial"}


@pytest.mark.xfail(
    strict=True,
    reason="an account to the police told within a prosecutor's telling to the court, its "
    "content clause under the interview phrase: no clause found for the inner telling",
)
def test_an_account_told_within_the_prosecutors_telling(nlp: Language) -> None:
    text = (
        "Police arrested Tomas Reyes on Monday. Prosecutor Ann Lee told the court that Reyes "
        "had told officers in an interview under caution that he was paid to steer the boat."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Tomas Reyes") == {"custodial"}
