"""One test of whether a word names those who hold an accused, for every reader that asks."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from corroborate.nlp.custodians import is_custodian

_NLP = Path(__file__).resolve().parents[2] / "corroborate" / "nlp"


def test_custodians_by_lemma_or_as_written(nlp: Language) -> None:
    # Invented.
    doc = nlp("Rangers officers, the CTD and two policemen told investigators that Mounties came.")
    found = [t.text for t in doc if is_custodian(t)]
    assert found == ["Rangers", "CTD", "policemen", "investigators", "Mounties"]
    assert not any(is_custodian(t) for t in nlp("His father picked him up from school."))


def test_the_readers_ask_one_predicate() -> None:
    """No reader of the claims or the audience tests the custodial agents' list itself."""
    for path in [*_NLP.glob("*.py"), *(_NLP / "claims").glob("*.py")]:
        if path.name == "custodians.py":
            continue
        assert ".custodial_agents" not in path.read_text(encoding="utf-8"), path.name
