"""Lists of the accused read along the tokens (``nlp/claims/descriptions.py``), on invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of


def accused(claims: list, kind: str) -> set[str]:
    return {p.name for c in claims if c.kind == kind for p in c.participants if p.role == "accused"}


def test_a_relative_clause_inside_an_item_does_not_end_the_list(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Those arrested include Maulvi Rahim Bakhsh Soomro, the caretaker of a shrine who "
        "reportedly rang its bell, a tailor, Sajid Mehmood, and Fahad Nawaz, alias Chhota, "
        "who according to witnesses threw the first stone.",
    )
    assert accused(found, "arrest") >= {"Rahim Bakhsh Soomro", "Sajid Mehmood", "Fahad Nawaz"} or (
        accused(found, "arrest") >= {"Maulvi Rahim Bakhsh Soomro", "Sajid Mehmood", "Fahad Nawaz"}
    ), accused(found, "arrest")


def test_a_name_inside_an_items_relative_clause_is_not_an_item(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Those arrested include Kashif Baig, who had threatened Yasir Dogar, and Umar Draz.",
    )
    names = accused(found, "arrest")
    assert {"Kashif Baig", "Umar Draz"} <= names
    assert "Yasir Dogar" not in names
