"""An accused's own admission that a court or his counsel weighs without saying where it was
made (``claims.weighed_admission``): "the court took his admission into account", "the judge
accepted her admission as voluntary", "the court relied on his admission" - the ruling's report
tells the confession only by the court weighing it. Near misses: an admission of entry (to a
hospital, a university, the ICU), a compound ("admission fee"), a moment ("after his
admission"), "by his own admission", the admission of a petition or of evidence, and the
admission of a complainant or a witness, whom the report does not accuse. Invented sentences
and names, in the styles of several regions; no positive case read a confession on f9190271."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # Ghanaian court copy
            "The Accra circuit court jailed Kojo Mensah for four years for forging release "
            "notes. The judge said she had taken into account his admission and his clean "
            "record.",
            "Kojo Mensah",
        ),
        (  # Portuguese-speaking wire copy
            "Judge Ana Ribeiro sentenced Paulo Matos to six years. She accepted his admission "
            "as voluntary and said it was backed by the bank records.",
            "Paulo Matos",
        ),
        (  # Pakistani court report
            "Additional Sessions Judge Tahir Mehmood sentenced Nadeem Abbas to seven years. "
            "The court relied on his admission, the recovery of the weapon and two "
            "eyewitnesses.",
            "Nadeem Abbas",
        ),
        (  # Bangladeshi district report, the possessive before an interrupting attribution
            "The special judge convicted Rashida Begum of embezzlement. Her admission, the "
            "judge said, was corroborated by the bank's ledgers.",
            "Rashida Begum",
        ),
        (  # Czech wire copy
            "The tribunal convicted Tomas Novak of fraud. In passing sentence the presiding "
            "judge weighed his admission against the scale of the loss.",
            "Tomas Novak",
        ),
        (  # Thai local paper: the owner named by his own possessive
            "Somchai Boonmee was arrested in May for selling forged permits. The Chiang Mai "
            "provincial court cut Somchai Boonmee's term by half, citing his admission.",
            "Somchai Boonmee",
        ),
        (  # Nepali English
            "Ram Bahadur Thapa was charged with fraud. The district court sentenced Ram Bahadur "
            "Thapa to three years, taking into account his admission and his age.",
            "Ram Bahadur Thapa",
        ),
        (  # Indian legal news
            "Police arrested Nadeem Abbas and Kashif Ali in March. The court relied on Kashif "
            "Ali's admission.",
            "Kashif Ali",
        ),
    ],
)
def test_an_accused_s_admission_a_court_weighs_is_his_confession(
    nlp: Language, text: str, name: str
) -> None:
    assert accused_of("confession", nlp, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Kojo Mensah. His admission to the hospital was delayed by the strike.",
        "Judge Ana Ribeiro sentenced Paulo Matos to six years. His daughter's admission to the "
        "university was cancelled after the case.",
        "The court convicted Nadeem Abbas. The complainant's admission that she had not seen "
        "the attacker weakened the case, the defence said.",
        "The court acquitted Rashida Begum. The judge said the witness's admission that he had "
        "been paid by police made his evidence worthless.",
        "The court heard the petition of Shahid Anwar. The judge reserved orders on the "
        "admission of the petition.",
        "The court sentenced Ibrahim Sesay to 18 months. His admission fee for the law school "
        "had been paid from the stolen money, the prosecutor said.",
        "The court convicted Tomas Novak. The prosecutor said the admission of the auditor's "
        "report as evidence had been decisive.",
        "The High Court granted bail to Suresh Pillai. The victim's father said his own "
        "admission to the ICU had cost him his savings.",
        "Police arrested Nadeem Abbas in March. Nadeem Abbas died two days after his admission.",
        "Police arrested Nadeem Abbas in March. By his own admission, Nadeem Abbas had been at "
        "the fair that night, but he denied the killing.",
    ],
)
def test_an_admission_of_entry_a_moment_or_one_not_accused_confesses_nothing(
    nlp: Language, text: str
) -> None:
    assert accused_of("confession", nlp, text) == set()
