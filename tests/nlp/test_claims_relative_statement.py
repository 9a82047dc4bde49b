"""A confession whose own relative clause tells what the accused's side says of it
(``claims.relative_statement``): "the court did not rely on his statement to police, which his
lawyer had said was signed without a lawyer", "the bench excluded his confession, which his
counsel had argued was beaten out of him", "the court admitted the statement he said he signed
after three days in a cell" - a ruling's report tells the challenge as background; the
statement is taken back, and told made. And a contact relative a quotation mark split off ("that
the statement X gave police "was signed without a lawyer present"": the parser makes "the
statement" and "X" both subjects of "gave", ``hung_statement``): the statement is X's, made to
the police. Near misses: the relative told by a prosecutor or the
police, a relative that tells no coercion, a witness's or the complainant's statement the
defence disputes. Invented sentences and names; none read a retraction on 656095f3."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Arjun Das confessed to the murder in police custody, the SP said. On Monday the "
            "judges convicted him, relying on the eyewitnesses and not on his statement to "
            "police, which his lawyer had said was signed without a lawyer.",
            "Arjun Das",
        ),
        (
            "An anti-terrorism court in Gujranwala on Saturday sentenced Imran Saeed to life in "
            "prison for the murder of a property dealer. The bench did not rely on his "
            "confessional statement, which his counsel had argued was extracted under torture "
            "at the CIA centre.",
            "Imran Saeed",
        ),
        (
            "A Rajshahi court on Sunday sentenced Shafiqul Islam to death for killing his wife. "
            "The court relied on his confessional statement before a magistrate, which he had "
            "told the court was made after police beat him for three days.",
            "Shafiqul Islam",
        ),
        (
            "The Kaski District Court on Thursday jailed Hari Bahadur Magar for twelve years "
            "for the murder of a porter. The court set aside his statement at the District "
            "Police Office, which his lawyer claimed had been dictated by the police.",
            "Hari Bahadur Magar",
        ),
        (
            "The Bombay High Court on Tuesday granted bail to Meera Joshi, accused of poisoning "
            "her employer. The bench noted that the only evidence against her was her "
            "disclosure statement, which her counsel submitted was recorded after she was held "
            "for forty hours in the lock-up.",
            "Meera Joshi",
        ),
        (
            "A Zagreb court on Friday jailed former hospital clerk Ivana Kovac for embezzling "
            "400,000 euros. Her admission to investigators, which she had told the court was "
            "made under pressure, was not used.",
            "Ivana Kovac",
        ),
        (
            "The High Court in Kisumu on Wednesday acquitted Samuel Otieno of the murder of a "
            "boda boda rider. The judge excluded his confession, which his advocate had argued "
            "was beaten out of him at the police station.",
            "Samuel Otieno",
        ),
        (
            "The Lahore High Court on Monday upheld the conviction of Anwar Khan for the "
            "kidnapping of a schoolboy. The bench said the trial court had rightly excluded his "
            "confession, which the appellant had maintained was recorded under duress.",
            "Anwar Khan",
        ),
        (
            "A court in Lodz on Monday jailed Tomasz Wrona for six years for setting fire to a "
            "warehouse. It did not rely on the statement Wrona gave police in March, which his "
            "lawyer said was signed without a lawyer present.",
            "Tomasz Wrona",
        ),
        (
            "A Sylhet court on Monday sentenced Rahim Uddin to ten years for robbing a "
            "jewellery shop. The verdict rested on the recovery of the gold and on his "
            "statement, which his lawyer had told the court was extracted by torture in remand.",
            "Rahim Uddin",
        ),
        (
            "The Patna High Court on Friday acquitted Sita Kumari of her husband's murder. The "
            "bench rejected her confession, which she had insisted was written by the police.",
            "Sita Kumari",
        ),
        (
            "A Kathmandu court on Sunday jailed Pradeep Rana for three years for smuggling "
            "gold. The court had admitted the statement he said he signed after three days in "
            "a cell without food.",
            "Pradeep Rana",
        ),
    ],
)
def test_a_statement_its_relative_says_was_coerced_is_taken_back(
    nlp: Language, text: str, name: str
) -> None:
    assert accused_of("retraction", nlp, text) == {name}
    assert name in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the relative told by the prosecution or the police
        "A Khulna court jailed Kamal Hossain for the killing of a trader. The court relied on "
        "his confessional statement, which the prosecutor said was recorded voluntarily before "
        "a magistrate.",
        "The High Court in Nakuru convicted Peter Mwangi of murder. It relied on his "
        "confession, which police said was recorded in the presence of his lawyer.",
        # the relative tells no coercion
        "A Tunis court jailed Omar Haddad for fuel smuggling. It relied on his confession, "
        "which his lawyer said was recorded in Arabic.",
        # a witness's or the complainant's statement, disputed by the defence
        "A sessions court in Okara convicted Tariq Mehmood of murder. The court relied on the "
        "statement of the eyewitness Bashir Ahmed, which defence counsel had said was dictated "
        "by the police.",
        "A Dhaka court convicted Liton Sarkar of robbery. The judge noted the statement of the "
        "complainant, which his lawyer had said was written by the police.",
        "A Dhaka court convicted Liton Sarkar of robbery. The judge noted the complainant's "
        "statement, which his lawyer had said was written by the police.",
    ],
)
def test_a_relative_of_the_other_side_or_of_no_coercion_takes_nothing_back(
    nlp: Language, text: str
) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_a_contact_relative_a_quotation_mark_split_is_the_givers_statement(
    nlp: Language,
) -> None:
    text = (
        "Prosecutors charged pharmacist Tigist Bekele with supplying banned drugs. The "
        "pharmacist remains in custody. Her lawyer, Selam Haile, told the court that the "
        'statement Tigist gave police in April "was signed without a lawyer present, after she '
        'was told she would be allowed to go home to her children".'
    )
    assert accused_of("retraction", nlp, text) == {"Tigist Bekele"}
    settings = {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == "confession" and any(p.name == "Tigist Bekele" for p in c.participants)
    }
    assert settings == {"custodial"}
