"""An appeal against an acquittal with "against" hung on its participle: its filer is no
appellant convict (``Parties._makers``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of


def ruled(claims: list) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in claims:
        if c.kind == "ruling":
            for p in c.participants:
                if p.role == "accused":
                    out.setdefault(p.name, set()).add(c.outcome)
    return out


def test_an_appeal_filed_by_the_complainant_against_an_acquittal(nlp: Language) -> None:
    # "against" on "filed": the filer's appeal is the prosecution's, not his conviction's
    found = ruled(
        claims_of(
            nlp,
            "Baldev Grewal, 41, was acquitted of murdering a tenant in 2023. The high court on "
            "Monday also dismissed a criminal appeal filed by the complainant, Harjit Sandhu, "
            "against the acquittal of his neighbour, Baldev Grewal, observing that an acquittal "
            "carries a double presumption of innocence.",
        )
    )
    assert "Harjit Sandhu" not in found
    assert found.get("Baldev Grewal") == {"acquitted"}


def test_an_appeal_by_the_complainant_against_an_acquittal(nlp: Language) -> None:
    # "against" on "complainant", the noun of the "by" phrase
    found = ruled(
        claims_of(
            nlp,
            "Marta Ilves was convicted of fraud in 2024. The bench also dismissed an appeal by "
            "the complainant against the acquittal of accountant Peeter Saar.",
        )
    )
    assert "upheld" not in found.get("Marta Ilves", set())
    assert found.get("Peeter Saar") == {"acquitted"}


def test_the_accuseds_own_appeal_dismissed_still_upholds(nlp: Language) -> None:
    found = ruled(
        claims_of(
            nlp,
            "Baldev Grewal, 41, was convicted of murdering a tenant in 2023. The bench on Monday "
            "dismissed an appeal filed by Baldev Grewal against his conviction.",
        )
    )
    assert "upheld" in found.get("Baldev Grewal", set())
