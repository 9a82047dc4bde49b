"""A business its owner runs, cleared by his side, clears its owner: "X said his office had
done nothing wrong", "he maintains that his agency broke no law", "his lawyer said her
client's firm had done nothing illegal" (``FirmHeads._owner_of_business``, and
``none_of_it``'s doer: a business with its owner told acts through him). Near misses: a
co-accused's business, a complainant's or an official's office, a business with no owner
told. Invented sentences and names (den90)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MULTAN = "Police arrested the owner of a security agency, Nadir Abbas Sial, over the theft. "
_POKHARA = "Police arrested contractor Bir Bahadur Gurung over the forged bank guarantees. "
_DHAKA = "Police arrested the clinic owner Shafiqul Islam Mridha over the patient's death. "
_QUITO = "Prosecutors charged the exporter Wilson Cedeño Vera with shipping stolen cocoa. "


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (_MULTAN + "He maintains that his agency broke no law.", "Nadir Abbas Sial"),
        (
            _MULTAN + "He maintains that vetting the guards was the bank's duty and that his "
            "agency broke no law.",
            "Nadir Abbas Sial",
        ),
        (
            _POKHARA + "Talking to reporters outside the court, Gurung said his company had "
            "done nothing wrong.",
            "Bir Bahadur Gurung",
        ),
        (_DHAKA + '"My clinic did nothing wrong," Mridha said.', "Shafiqul Islam Mridha"),
        (
            _QUITO + "His lawyer, Rosa Intriago, said her client's firm had done nothing illegal.",
            "Wilson Cedeño Vera",
        ),
        (_DHAKA + "His brother said his clinic had done nothing wrong.", "Shafiqul Islam Mridha"),
        # the accusation in the speaker's own sentence: his own word needs none before
        (
            "Police said the guards drugged the family. The agency owner, Nadir Abbas Sial, "
            "who has been named in the FIR for failing to vet the guards, said his office "
            "had done nothing wrong.",
            "Nadir Abbas Sial",
        ),
    ],
)
def test_owner_cleared_by_his_business(nlp: Language, text: str, denier: str) -> None:
    assert accused_of("denial", nlp, text) == {denier}


@pytest.mark.parametrize(
    "text",
    [
        # a co-accused's business: the lawyer speaks for Gurung, not for Thapa
        "Police arrested contractor Bir Bahadur Gurung and dealer Ram Thapa over the forged "
        "guarantees. Gurung's lawyer said Thapa's shop had done nothing wrong.",
        # the complainant's office, an official's office, a bank's
        _POKHARA + "The complainant, Hari Rai, said his company had done nothing wrong.",
        _POKHARA + "The inspector said his office had done nothing wrong.",
        _POKHARA + "The bank said its office had done nothing wrong.",
        # a business with no owner told
        _POKHARA + "Gurung said the agency had done nothing wrong.",
        # a business that did wrong, by its owner's word: no denial
        _POKHARA + "Gurung said his company had forged the guarantees.",
    ],
)
def test_near_misses_stay_out(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


def test_his_agency_is_a_doer(nlp: Language) -> None:
    """``none_of_it``: "broke no law" refuses a deed of a doer; "his agency" is one, a
    search that "found nothing" is not."""
    assert accused_of("denial", nlp, _MULTAN + "Sial said his agency broke no law.") == {
        "Nadir Abbas Sial"
    }
    assert accused_of("denial", nlp, _MULTAN + "Sial said the search found nothing.") == set()


@pytest.mark.xfail(strict=True, reason="'told NEWSPAPER his client ...': parsed as 2 objects")
def test_told_the_paper_his_client(nlp: Language) -> None:
    text = (
        _QUITO + 'His lawyer, Rosa Intriago, told El Diario his client "bought the cocoa '
        'from licensed growers and had every receipt the law required".'
    )
    assert accused_of("denial", nlp, text) == {"Wilson Cedeño Vera"}
