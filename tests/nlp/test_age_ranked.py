"""An accused picked out by age among the accused the report gave ages ("X, 21, and Y, 19,
... the younger accused had given a statement ... in which he admitted"):
``nlp/claims/age_ranked.py`` for the claims, ``SpeakerResolver._described_before`` for the
attributions, on invented sentences. The "he" of such a statement is the one picked, never
a victim named before with his own age."""

from __future__ import annotations

from spacy.language import Language

from corroborate.extract import extract_text

_ROBBERY = (
    "Kofi Asante, 21, and Yaw Boateng, 19, were charged with robbery. When the driver, Paul "
    "Mensah, 44, tried to stop them, he was shot in the arm. Mensah was treated at hospital "
    'and released. "I gave them everything," Mr Mensah told reporters from his home. '
    "Police said the {} accused had given a statement in which he admitted taking part in "
    "the robbery."
)


def _confessors(nlp: Language, text: str) -> set[str | None]:
    return {a.source_name for a in extract_text(text, nlp) if a.kind == "confession"}


def test_the_he_of_a_described_accused_is_not_the_victim_named_before(nlp: Language) -> None:
    assert not any("Mensah" in (n or "") for n in _confessors(nlp, _ROBBERY.format("younger")))


def test_the_he_after_a_plain_accused_is_still_read_by_the_focus(nlp: Language) -> None:
    # near miss: "the accused" with no rank of age is the resolver's focus, as before
    text = (
        "Kofi Asante, 21, was charged with robbery. Police said the accused had given a "
        "statement in which he admitted taking part in the robbery."
    )
    assert _confessors(nlp, text) & {"Kofi Asante", "Asante"}
