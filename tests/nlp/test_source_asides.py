"""A participle clause set off after the speaker's name is no part of the source."""

from __future__ import annotations

from spacy.language import Language

from corroborate.extract import extract_text
from corroborate.nlp.source_asides import without_aside

ASIDES = [
    (
        "Senator Alma Brooks, facing a stiff challenge from a former mayor, said the bridge"
        " contract had been padded.",
        "Senator Alma Brooks",
    ),
    (
        "Judge Peter Ohlsen, writing for the majority of the appeals panel, said the search"
        " of the warehouse had been unlawful.",
        "Judge Peter Ohlsen",
    ),
    (
        "The council member, dressed in a bright green scarf and a cap, told reporters that the"
        " vote had been rigged.",
        "The council member",
    ),
]

# A relative clause stays: PolNeAR keeps "X, who ..." in the source more often than not.
RELATIVE = (
    "Mr. Dunmore, who chaired the inquiry, said the accounts were never audited.",
    "Mr. Dunmore, who chaired the inquiry,",
)


def _source(text: str, nlp: Language, cue: str) -> str:
    (found,) = [a for a in extract_text(text, nlp) if cue in text[a.cue[0][0] : a.cue[-1][1]]]
    return " ".join(text[s:e] for s, e in found.source)


def test_the_aside_after_the_name_is_cut(nlp: Language) -> None:
    for text, speaker in ASIDES:
        cue = "told" if "told" in text else "said"
        assert _source(text, nlp, cue) == speaker, text


def test_a_relative_clause_stays(nlp: Language) -> None:
    text, speaker = RELATIVE
    assert _source(text, nlp, "said").rstrip(",") == speaker.rstrip(","), text


def test_no_cut_inside_a_relative_clause(nlp: Language) -> None:
    # "fired" is the relative clause's verb after a name set off by commas, not an aside
    text = "The lawsuit filed by a former clerk who Judge Amos, D-Ohio, fired in May alleges fraud."
    doc = nlp(text)
    source = list(range(0, [t.text for t in doc].index("May") + 1))
    assert without_aside(doc, source) == source
