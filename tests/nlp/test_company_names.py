"""A company's name and the same name without its form of incorporation."""

from __future__ import annotations

import pytest

from corroborate.nlp.company_names import bare_firm_name, is_company, shaped_as_a_person


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Zenith Rice Mills (Pvt) Ltd", "zenith rice mills"),
        ("Zenith Rice Mills Pvt Ltd", "zenith rice mills"),
        ("Kestrel Freight Private Limited", "kestrel freight"),
        ("Tarn Valley Tea Company Ltd", "tarn valley tea company"),  # "Company" is the name's
        ("Orchid Harbour Co Ltd", "orchid harbour"),
        ("Bluefen Trading Inc", "bluefen trading"),
        ("Saltmarsh Foods PLC", "saltmarsh foods"),
    ],
)
def test_the_forms_peeled_off_a_company_s_name(name: str, bare: str) -> None:
    assert is_company(name)
    assert bare_firm_name(name) == bare


@pytest.mark.parametrize(
    "name",
    [
        "Ltd",  # a form alone names nothing
        "Expedition Pvt Ltd",  # one word left: no name to find the firm by across reports
        "Zenith Rice Mills",  # no form
        "Provincial Housing Authority",
        "Limited Edition Books",  # a form's word not at the end
    ],
)
def test_no_bare_name(name: str) -> None:
    assert bare_firm_name(name) is None


def test_a_one_word_firm_is_still_a_company() -> None:
    assert is_company("Expedition Pvt Ltd")
    assert not is_company("Ltd")


def test_a_bare_name_shaped_as_a_person_s() -> None:
    assert shaped_as_a_person("graham pell")  # "Graham Pell Ltd": the firm named after him
    assert not shaped_as_a_person("meghla knit composite")  # three words
    assert not shaped_as_a_person("silverfen gaming")  # no given name first
