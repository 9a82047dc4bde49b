"""What an accused told "us" or "our officers", in a quotation an investigator speaks, he told
the police (``quoted_audience.speakers_own_force``, lfd30): '"He has told us he sold the
phones," the SHO said' is his account in custody, his custodial confession, whatever words
tell the deed - as "told the police" already was. And "in his questioning" (with an owner or
"police") sets an admission in custody as "during questioning" does. Invented sentences and
names in Urdu-press, Indian, Bangladeshi, Nepali, Kenyan, Ghanaian, German and Azerbaijani
styles; no positive case was read as a custodial confession on 4cf68af5. Near misses: a
relative, a lawyer, an editor or a party's spokesman who says "us", a witness who told the
police, and a telling negated."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def custodial_confessors(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "confession" and c.setting == "custodial"
        for p in c.participants
        if p.role == "accused"
    }


def confessors(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # Urdu-press English: the SHO, "has told us"
            "LAHORE: CIA police arrested Shoaib Akhtar Gondal, a rickshaw driver, over the "
            'snatching of a purse in Samanabad. "He has told us he sold the phones to a shop '
            'on Hall Road," the SHO said.',
            "Shoaib Akhtar Gondal",
        ),
        (  # "our team", the DSP
            "RAWALPINDI: Police on Tuesday arrested Imran Qadir, a pharmacy owner, for selling "
            'expired injections. "During interrogation, Qadir told our team that he changed '
            'the dates on the boxes himself," the DSP said.',
            "Imran Qadir",
        ),
        (  # the speaker before the quotation
            "HYDERABAD: Police arrested Mushtaq Ali Jamali, a clerk of the excise office, on "
            'Friday. The investigation officer said: "He has told us he kept the registration '
            'files at his home."',
            "Mushtaq Ali Jamali",
        ),
        (  # Indian: an abbreviated rank, "said the ACP"
            "PUNE: Police arrested Nikhil Bhosale, 27, for the theft of copper cables from a "
            'railway yard. "He told us he sold the cable to a scrap dealer in Hadapsar," said '
            "the ACP.",
            "Nikhil Bhosale",
        ),
        (  # "our officers", a senior police officer
            "LUCKNOW: Police arrested Ashok Yadav, a contractor, after the collapse of a school "
            'wall. "Yadav has told our officers that he used less cement than the contract '
            'required," a senior police officer said.',
            "Ashok Yadav",
        ),
        (  # Bangladeshi: an agency's spokesperson
            'DHAKA: RAB arrested Md Kamrul Hasan, 38, in Mirpur on Sunday. "He told us he '
            'collected money from job seekers," the RAB spokesperson said.',
            "Md Kamrul Hasan",
        ),
        (  # Nepali English: a CIB spokesperson
            "KATHMANDU: The Central Investigation Bureau arrested Bikash Thapa, 31, over a visa "
            'fraud. "Thapa has told us that he sent the forged letters to 40 applicants," a '
            "CIB spokesperson said.",
            "Bikash Thapa",
        ),
        (  # Kenyan: a DCI spokesperson, "our officers"
            "NAIROBI: Detectives arrested Peter Otieno, 29, a bank teller, over the loss of Sh4 "
            'million. "Otieno told our officers that he shared the passwords with two men," a '
            "DCI spokesperson said.",
            "Peter Otieno",
        ),
        (  # Ghanaian: a police spokesperson
            'ACCRA: Police arrested Kwame Asante, 33, over the theft of a motorbike. "During '
            'interrogation, he told us that he sold the bike to a mechanic in Kumasi," the '
            "police spokesperson said.",
            "Kwame Asante",
        ),
        (  # Azerbaijani wire copy: the prosecutor's "us"
            'BAKU - Police detained Elvin Mammadov, 30, on suspicion of fraud. "He told us '
            'that he opened the accounts in the names of his relatives," the prosecutor said.',
            "Elvin Mammadov",
        ),
        (  # German wire copy: "in his questioning", a prosecutor's spokeswoman
            'MUNICH - Investigators arrested Lukas Becker, 36, a pharmacist. "In his '
            'questioning he admitted that he sold the tablets without prescriptions," said a '
            "spokeswoman for the public prosecutor's office.",
            "Lukas Becker",
        ),
    ],
)
def test_told_the_speakers_force_is_a_custodial_confession(
    nlp: Language, text: str, name: str
) -> None:
    assert name in custodial_confessors(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        (  # his lawyer's "us": what he told his defence
            "KARACHI: Police arrested Faraz Ahmed, a watchman, for the theft at a bungalow. "
            '"He told us he gave the key to his cousin," his lawyer said.'
        ),
        (  # a witness told the police: no confession of the accused
            'PUNE: Police arrested Nikhil Bhosale, 27, for the theft of copper cables. "The '
            'scrap dealer told us he bought the cable from Bhosale," the ACP said.'
        ),
        (  # a party's spokesman speaks for no force
            'LAHORE: Police arrested Shoaib Gondal over the purse snatching. "He told us he '
            'sold the phones to a shop," a party spokesman said.'
        ),
        (  # the press's "our correspondent"
            'DHAKA: RAB arrested Md Kamrul Hasan, 38, in Mirpur. "He told our correspondent '
            'that he sold the forms to a broker," the editor said.'
        ),
        (  # a telling negated
            'PUNE: Police arrested Nikhil Bhosale, 27. "He never told us he had sold the '
            'cable," the ACP said.'
        ),
        (  # a judge's "us" is the bench, not the police (rev81: a court's rank)
            'LAHORE: Police arrested Shoaib Gondal over the purse snatching. "He told us he '
            'sold the phones to a shop," the judge said.'
        ),
        (  # a magistrate's "us", before the quotation
            "LAHORE: Police arrested Shoaib Gondal over the purse snatching. The magistrate "
            'said: "He told us he sold the phones to a shop."'
        ),
        (  # a lawyer's questioning of a witness is no custody
            'MUNICH - Lukas Becker, 36, a pharmacist, was charged. "In her questioning of the '
            'witness, the defence lawyer admitted that the dates were wrong," a court official '
            "said."
        ),
    ],
)
def test_near_misses_are_no_custodial_confession(nlp: Language, text: str) -> None:
    assert not custodial_confessors(nlp, text)


def test_a_relatives_us_is_his_family(nlp: Language) -> None:
    text = (
        'KARACHI: Police arrested Faraz Ahmed, a watchman, over a theft in DHA. "He told us '
        'he had debts from gambling," his wife said.'
    )
    assert "Faraz Ahmed" not in confessors(nlp, text)
