"""The accused's side telling the accused's part in reported speech as Indian, Bangladeshi and
Nepali newsrooms write it (den86): a relative's word whose quotation opens after its subject
('his wife said her husband "only carried files to the officer"', 'she told reporters he had
"only introduced a buyer"': the subject given back by ``nlp.quote_subjects``), a deed narrowed
to a place he was sent ("only drives where the owner tells him to go"), and the accused told
as the one fooled or used (``claims.deceived``: "his son had been told he was working for a
courier company", "her son had been used by the owner of the van"). Counted on the open
sets' missed denials of India, Bangladesh and Nepal. Invented sentences and names; near
misses that must not read: a victim, a complainant, a neighbour or the police telling the
same words, a thing used, an order given."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_BIRGUNJ = "Police in Birgunj arrested Bikram Shah, 27, a courier, with counterfeit notes. "
_GOPALGANJ = "Police in Gopalganj arrested Sunil Paswan, a tanker driver, after liquor was found. "
_DHAKA = "Police in Dhaka arrested Jahid Hasan, a van driver, with 900 bottles of phensedyl. "
_KOCHI = "Police in Kochi arrested Anil Kumar, a marriage broker, for cheating widows. "
_POKHARA = "Police in Pokhara arrested Ramesh Thapa, a clerk, over forged land deeds. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a quotation opening after the reported clause's subject (the first needs
        # ``nlp.quote_subjects``; the parse keeps the next two subjects on their verbs and
        # 16f8ec57 read them already: guards)
        (
            _POKHARA + "Thapa's wife, Gita Thapa, who came to the police office with food, said "
            'her husband "only carried files from one desk to another".',
            "Ramesh Thapa",
        ),
        (
            _BIRGUNJ + "Shah's father, Hari Shah, said his son \"only delivered parcels to the "
            'addresses he was given".',
            "Bikram Shah",
        ),
        (
            _GOPALGANJ + 'His wife, Kamla Devi, told reporters he had "only driven the tanker '
            'where the owner sent it".',
            "Sunil Paswan",
        ),
        # a deed narrowed to where he was sent, the place's clause hung on the verb
        (
            _DHAKA + "Hasan's wife, Rokeya Begum, said her husband \"only drives where the "
            'owner tells him to go".',
            "Jahid Hasan",
        ),
        (  # the same without the marks (read at 16f8ec57 too: a guard)
            _DHAKA + "Hasan's wife said her husband only drives where the owner tells him to go.",
            "Jahid Hasan",
        ),
        # told a cover story of his own work
        (
            _BIRGUNJ + "Shah's father, Hari Shah, who came from Sindhuli, said his son had been "
            "told he was working for a courier company.",
            "Bikram Shah",
        ),
        (
            _GOPALGANJ + "Paswan's wife, Kamla Devi, said her husband had been told he was "
            "carrying milk for a wedding.",
            "Sunil Paswan",
        ),
        # used or fooled by others
        (
            _DHAKA + "Hasan's mother said her son had been used by the owner of the van.",
            "Jahid Hasan",
        ),
        (
            _DHAKA + "His lawyer told the court that Hasan was duped by a man he met at the bus "
            "stand.",
            "Jahid Hasan",
        ),
        (_BIRGUNJ + "Shah's brother said Shah had been tricked by the gang.", "Bikram Shah"),
    ],
)
def test_the_accused_sides_account_answers_the_charge(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # another's word, or another's part
        (
            _KOCHI + "The complainant, Latha Nair, said she had been told he was working as a "
            "navy doctor.",
            "Anil Kumar",
        ),
        (
            _KOCHI + "Police said Kumar had been told he was being charged with cheating.",
            "Anil Kumar",
        ),
        (_GOPALGANJ + "Police said Paswan had been told he was carrying liquor.", "Sunil Paswan"),
        (
            _GOPALGANJ + "The superintendent said Paswan had been used by the gang before.",
            "Sunil Paswan",
        ),
        (
            _KOCHI + "One of the widows, Latha Nair, said she had been duped by the broker.",
            "Anil Kumar",
        ),
        # a thing used, an order given
        (
            _DHAKA + "The owner of the van said it had been used by the gang for months.",
            "Jahid Hasan",
        ),
        (
            _DHAKA + "Police said the van had been used by Hasan to carry the bottles.",
            "Jahid Hasan",
        ),
        (
            _GOPALGANJ + "Paswan's lawyer said his client had been told to drive the tanker to "
            "Siwan.",
            "Sunil Paswan",
        ),
        # a quotation after the subject, said by one who is not his side
        (_KOCHI + 'A neighbour said Kumar "only came out at night".', "Anil Kumar"),
        (_KOCHI + 'Police said Kumar had "only paid the women back once".', "Anil Kumar"),
        (
            _KOCHI + 'The complainant, Latha Nair, said her sister "only wanted a husband".',
            "Anil Kumar",
        ),
        # the one told is the audience, not the one who did it
        (_GOPALGANJ + 'The tanker owner told the court "only paid the driver".', "Sunil Paswan"),
    ],
)
def test_near_misses_deny_nothing(nlp: Language, text: str, who: str) -> None:
    assert who not in accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the quotation opens after the auxiliary and a reflexive: the parser makes 'was' a "
    "copula with 'himself' for predicate and 'used' its clause - not the cut-off subject read",
)
def test_used_after_a_reflexive_in_quotation(nlp: Language) -> None:
    text = (
        _GOPALGANJ
        + 'Paswan\'s lawyer said his client was "himself used by people he did not know".'
    )
    assert "Sunil Paswan" in accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="made to bear another's fault ('was being made to pay for the branch's weak "
    "system'): no reader of a causative passive; one open miss (lf21), not built",
)
def test_made_to_pay_for_anothers_fault(nlp: Language) -> None:
    text = (
        _POKHARA
        + "Thapa's wife said her husband was being made to pay for the office's weak system."
    )
    assert "Ramesh Thapa" in accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a deed narrowed by its reason ('had locked the door only because a crowd was "
    "trying to force its way in'): 'only' on the reason's clause, not read; one open miss (lf18)",
)
def test_deed_narrowed_by_its_reason(nlp: Language) -> None:
    text = (
        _DHAKA + "Hasan's son, Tanvir Hasan, said his father had locked the door only because a "
        "crowd was trying to force its way in."
    )
    assert "Jahid Hasan" in accused_of("denial", nlp, text)
