"""Probes of org84's reading (invented sentences): a company named by a civil-law or wire
form of incorporation, after its name ("Nordvik Frakt AB", "Duna Logisztika Kft.", "Permata
Laut Sdn Bhd", "Agricola Sol Verde S.A.") or, in capitals, before it ("SIA Baltic Timber",
"UAB Vilniaus Statyba"), is one organisation (``nlp.mentions.firm_names.is_company``): typed
so whatever NER says, the business "the company" stands for (``CompaniesTold``), and one a
court orders to pay a fine (``Punishments._ordered_to_pay``) as a person is. The golden list
holds what the reader must read; the near misses keep a person's initials a person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.mentions.firm_names import company_first_word, is_company
from tests.nlp.test_claims import accused_of

_GOLDEN = [
    # "the company" is the one business named before it, whatever its form
    (
        "Rolf Berg, 51, the owner of Nordvik Frakt AB, was charged with tax fraud. "
        "The company was also charged.",
        "charge",
        {"Rolf Berg", "Nordvik Frakt AB"},
    ),
    (
        "Awang Hakim, 49, director of Permata Laut Sdn Bhd, was charged with cheating. "
        "The company was also charged.",
        "charge",
        {"Awang Hakim", "Permata Laut Sdn Bhd"},
    ),
    (
        "Rolf Berg, the owner of Nordvik Frakt AB, was convicted. The court ordered the "
        "company to pay a fine of one million crowns.",
        "ruling",
        {"Rolf Berg", "Nordvik Frakt AB"},
    ),
    # a firm ordered to pay a fine, as a person is
    (
        "Judge Chen Ming-te found Wang Li-ming guilty and ordered Hsinyuan Chemical Co to pay "
        "a fine of NT$5 million.",
        "ruling",
        {"Wang Li-ming", "Hsinyuan Chemical Co"},
    ),
    (
        "The judge ordered Kestrel Foods Ltd to pay a fine of Rs50,000.",
        "ruling",
        {"Kestrel Foods Ltd"},
    ),
    # neighbours the reader read before: the firm as the verb's own object or subject
    ("Nordvik Frakt AB was convicted as a legal entity.", "ruling", {"Nordvik Frakt AB"}),
    (
        "UAB Vilniaus Statyba, the company he directed, was fined 20,000 euros as a legal entity.",
        "ruling",
        {"UAB Vilniaus Statyba"},
    ),
    (
        "The court acquitted Agricola Sol Verde S.A. of the pollution charge.",
        "ruling",
        {"Agricola Sol Verde S.A"},
    ),
    # the firm a head of it works for is not arrested with him
    (
        "Awang Hakim, 49, director of Permata Laut Sdn Bhd, was arrested on Monday.",
        "arrest",
        {"Awang Hakim"},
    ),
    (
        "Police detained Janis Ozols, 47, a board member of SIA Baltic Timber, on Friday.",
        "arrest",
        {"Janis Ozols"},
    ),
    # no body of the state is fined as a firm is
    ("The judge ordered the Punjab Food Authority to pay a fine of Rs50,000.", "ruling", set()),
]


@pytest.mark.parametrize(("text", "kind", "who"), _GOLDEN)
def test_golden(nlp: Language, text: str, kind: str, who: set[str]) -> None:
    assert accused_of(kind, nlp, text) == who


@pytest.mark.xfail(
    strict=True,
    reason="a prosecution's request to fine a firm is no claim the reader makes, of a person "
    "either ('asked the court to fine X'): another class",
)
def test_a_fine_asked_for(nlp: Language) -> None:
    text = (
        "Prosecutors asked the court to fine the company, Duna Logisztika Kft., as a legal person."
    )
    assert accused_of("accusation", nlp, text) == {"Duna Logisztika Kft"}


def test_a_firm_ner_cuts(nlp: Language) -> None:
    # (a strict xfail until firm87: "the company" parsed as the dative of "fined", the
    # amount its object, is the one fined - ``claims.fined_amounts``)
    text = (
        "The court sentenced Janis Ozols, the board member of SIA Baltic Timber, to four years "
        "and fined the company 450,000 euros."
    )
    assert accused_of("ruling", nlp, text) == {"Janis Ozols", "SIA Baltic Timber"}


def test_forms_after_and_before_the_name() -> None:
    assert is_company("Nordvik Frakt AB")
    assert is_company("Duna Logisztika Kft.")
    assert is_company("Agricola Sol Verde S.A")
    assert is_company("Permata Laut Sdn Bhd")
    assert is_company("SIA Baltic Timber")
    assert is_company("UAB Vilniaus Statyba")
    assert company_first_word("SIA Baltic Timber") == "baltic"
    assert company_first_word("Nordvik Frakt AB") == "nordvik"


def test_a_persons_initials_are_no_form() -> None:
    # two initials after a name, two capitals before one, a form word in lower case
    assert not is_company("Sreejith S. A.")
    assert not is_company("Anil Kumar AB")
    assert not is_company("PT Usha")
    assert not is_company("Sia Khan")
    assert not is_company("SIA")
    assert company_first_word("Anil Kumar") is None


def test_a_company_named_with_its_form_is_an_organisation(nlp: Language) -> None:
    text = "Awang Hakim, 49, director of Permata Laut Sdn Bhd, was arrested on Monday."
    types = {m.name: m.type for m in find_mentions(nlp(text))}
    assert types["Permata Laut Sdn Bhd"] == "organization"
    assert types["Awang Hakim"] == "person"
