"""conf78: a confession told inside a statement that the report names by the section of the
code it was taken under (``claims.examination_sections``, read by ``StatementSaid``): "in his
statement recorded under section 161 CrPC, X admitted ..." was made to the police (custodial);
"in her statement under Section 342 CrPC, X admitted that ..." (Section 313 in India before
2024, Section 351 of the BNSS since) was made to the trial court that examined her (judicial),
where the verb admits or confesses. Near misses: what the accused merely says, denies or takes
back in his examination by the trial court, a witness's section 161 statement, Section 161 of
the Penal Code (a bribe), a section the sentence names outside the statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        # Pakistan and Bangladesh: the police officer's examination, Section 161 CrPC
        ("Police in Sahiwal arrested Javed Iqbal over the killing of a watchman. In his statement "
         "recorded under section 161 CrPC, Iqbal admitted that he had hit the watchman with an "
         "axe.", "Javed Iqbal", "custodial"),
        ("Police arrested Rubel Mia in Narsingdi over the theft of a motorcycle. In his statement "
         "under Section 161 of the CrPC, Rubel confessed that he had sold the motorcycle in "
         "Bhairab.", "Rubel Mia", "custodial"),
        ("Police arrested Aslam Khan over the murder of his cousin. In his 161 statement, Khan "
         "admitted that he had fired at his cousin over a land dispute.", "Aslam Khan",
         "custodial"),
        # the trial court's examination: Section 342 CrPC, Section 313, Section 351 of the BNSS
        ("A sessions court in Sargodha indicted Shabana Bibi in the fraud case. In her statement "
         "under Section 342 CrPC, Shabana admitted that she had signed the forged cheques.",
         "Shabana Bibi", "judicial"),
        ("A district court in Khulna framed charges against Habibur Rahman in the smuggling "
         "case. In his statement under section 342, Habibur confessed that he had carried the "
         "gold across the border.", "Habibur Rahman", "judicial"),
        ("A trial court in Indore convicted Pankaj Soni of cheating. In his statement under "
         "Section 313 CrPC, Soni admitted that he had taken the money from the buyers.",
         "Pankaj Soni", "judicial"),
        ("A sessions court in Jaipur tried Mohit Jain for the assault. In his statement under "
         "Section 351 of the BNSS, Jain admitted that he had hit the guard with a rod.",
         "Mohit Jain", "judicial"),
    ],
)  # fmt: skip
def test_admission_framed_by_the_section_of_the_statement(
    nlp: Language, text: str, name: str, setting: str
) -> None:
    assert settings(nlp, text, name) == {setting}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what the accused merely says, denies or takes back before the trial court
        ("A sessions court in Okara indicted Rashid Ali for the robbery. In his statement under "
         "Section 342 CrPC, Rashid said he had been at his shop in Depalpur that evening.",
         "Rashid Ali"),
        ("A sessions court in Okara indicted Rashid Ali for the robbery. In his statement under "
         "Section 342 CrPC, Rashid denied that he had taken part in the robbery.", "Rashid Ali"),
        ("A sessions court in Okara indicted Rashid Ali for the robbery. In his statement under "
         "Section 342 CrPC, Rashid said he had been beaten at the police station and made to "
         "sign papers.", "Rashid Ali"),
        # a witness's section 161 statement
        ("Police arrested Nadeem Abbas over the murder of a vendor. In his statement recorded "
         "under section 161 CrPC, the vendor's brother Adnan Shah said he had seen Abbas fire.",
         "Adnan Shah"),
        ("Police arrested Nadeem Abbas over the murder of a vendor. In his statement recorded "
         "under section 161 CrPC, the vendor's brother Adnan Shah said he had seen Abbas fire.",
         "Nadeem Abbas"),
    ],
)  # fmt: skip
def test_no_confession_framed_by_the_section(nlp: Language, text: str, name: str) -> None:
    assert settings(nlp, text, name) == set()


def test_section_161_of_the_penal_code_is_no_police_examination(nlp: Language) -> None:
    """Section 161 of the Pakistan Penal Code is a public servant's bribe: a statement named
    with it was not thereby made to the police."""
    text = (
        "The anti-corruption court indicted clerk Saeed Akhtar under Section 161 PPC. In his "
        "statement in the case under Section 161 PPC, Akhtar admitted that he had taken Rs5,000."
    )
    assert "custodial" not in settings(nlp, text, "Saeed Akhtar")
