"""One who says "my client" in his own quotation speaks as counsel: the confession he says
was coerced or never made is his client's, never his own, though the report gave his part
only in the sentence before (``client_speaker``, read by ``SpokenFor._side_of``); invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def _by_kind(nlp: Language, text: str) -> dict[str, set[str]]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    out: dict[str, set[str]] = {}
    for c in found:
        out.setdefault(c.kind, set()).update(p.name for p in c.participants if p.role == "accused")
    return out


def test_counsel_saying_my_client_is_not_the_confessor(nlp: Language) -> None:
    text = (
        "Counsel for Imran Qadir argued that the confession was false. "
        '"My client never made any confession. He was kept in a cell for five days and made '
        'to sign blank papers," Sohail Akram Warraich told the court.'
    )
    found = _by_kind(nlp, text)
    assert "Sohail Akram Warraich" not in found.get("confession", set())
    assert "Sohail Akram Warraich" not in found.get("retraction", set())
    assert "Imran Qadir" in found.get("retraction", set())


def test_the_client_is_the_accused_the_report_follows(nlp: Language) -> None:
    text = (
        "Imran Qadir was arrested in May. "
        '"My client was beaten for three days. He signed blank papers," Sohail Akram Warraich '
        "told the court."
    )
    found = _by_kind(nlp, text)
    assert found.get("retraction") == {"Imran Qadir"}


def test_the_accused_speaking_of_himself_still_takes_it_back(nlp: Language) -> None:
    # no "my client": the speaker's own words, as before
    text = (
        "Imran Qadir was arrested in May. "
        '"My confession was extracted under torture," Imran Qadir told the court.'
    )
    assert "Imran Qadir" in _by_kind(nlp, text).get("retraction", set())
