"""conf77: a statement or confession whose own phrase names the agency it was told to - "his
statement to RAB", "Farhan's statement to the CTD", "his statement to the NAB", "retracted his
confession to the FIA" - is made in custody (``placed_setting``'s phrase after the noun and
``TakenBackSettings``' "to" phrase, read by ``custodians.unqualified_custodian`` as the clause of
giving's phrases already were). The phrase's words name the police ("to the police"); an agency
by its name or initials only the lexicon's custodian list knows. Near misses: an inspector of
another trade ("the labour inspector", "the tax inspector"), the agency's own statement, a
statement to the court, a witness's statement to the agency."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Bangladesh: the Rapid Action Battalion by its initials
        ("RAB arrested Mizanur Rahman in Gazipur over the killing of a trader. The court held "
         "that Rahman's statement to RAB could not be used against him.", "Mizanur Rahman"),
        ("RAB arrested Mizanur Rahman in Gazipur over the killing of a trader. The tribunal did "
         "not rely on his statement to RAB.", "Mizanur Rahman"),
        # Pakistan: the CTD, the FIA, the NAB
        ("The CTD arrested Farhan Ali in Karachi over the bombing of a shrine. The anti-terrorism "
         "court relied on Farhan's statement to the CTD.", "Farhan Ali"),
        ("The FIA arrested travel agent Naveed Iqbal in Gujrat for human smuggling. The "
         "prosecution produced Iqbal's statement to the FIA at the trial.", "Naveed Iqbal"),
        ("The NAB arrested former tehsildar Ghulam Rasool Jatoi. Jatoi later withdrew his "
         "statement to the NAB, saying it had been written by the bureau's officers.",
         "Ghulam Rasool Jatoi"),
        # Nepal and Nigeria: the CIAA, the EFCC
        ("The CIAA filed a case against revenue officer Krishna Karki. Karki's statement to the "
         "CIAA was submitted to the Special Court.", "Krishna Karki"),
        ("The EFCC arraigned Chukwuemeka Obi on a charge of fraud. The judge admitted Obi's "
         "statement to the EFCC after a trial within a trial.", "Chukwuemeka Obi"),
        # an agency's officers, and gendarmes, after "before"
        ("Police arrested Ion Popescu over the robbery of a petrol station. The court relied on "
         "Popescu's statement before the gendarmes.", "Ion Popescu"),
        # a confession taken back whose own "to" phrase names the agency
        ("The CTD arrested Wasim Khan in January. Khan has retracted his confession to the CTD.",
         "Wasim Khan"),
    ],
)  # fmt: skip
def test_statement_to_an_agency_that_holds_the_accused(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == {"custodial"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an inspector of another trade: no custody
        ("Factory owner Rakesh Gupta was charged with employing children. The court relied on "
         "Gupta's statement to the labour inspector.", "Rakesh Gupta"),
        ("Police charged trader Rakesh Gupta with evading duty. The court relied on Gupta's "
         "statement to the tax inspector.", "Rakesh Gupta"),
        # the agency's own statement, and a statement to the court
        ("The FIA arrested Imran Butt for money laundering. The FIA's statement to the court said "
         "Butt had moved Rs30 million abroad.", "Imran Butt"),
    ],
)  # fmt: skip
def test_no_custodial_statement_without_an_agency_that_holds(
    nlp: Language, text: str, name: str
) -> None:
    assert settings(nlp, text, name) <= {"judicial", "unknown"}


def test_a_witness_statement_to_the_agency_is_not_the_witness_confession(nlp: Language) -> None:
    text = (
        "RAB arrested Shahidul Islam over the murder of a schoolteacher. The victim's brother, "
        "Anwar Hossain, gave a statement to RAB the next day."
    )
    assert settings(nlp, text, "Anwar Hossain") == set()
