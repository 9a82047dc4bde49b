"""One "never" over a series of verbs that mixes deeds with a verb of seeing or knowing
refuses the deeds: "his client had never seen, bought or supplied the peptide", "he had
never signed, seen or sold a single report" (``not_the_doer._refuses_a_series``). Near
misses: a series of seeing and hearing only, one said of a witness, a series without its
object. Invented sentences and names (den91)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MALE = "Police arrested the clinic owner Ibrahim Rasheed over fake medical reports. "
_KARACHI = "Police arrested the hakeem Zahoor Ahmad Qureshi over the deaths of four patients. "
_LIMA = "Prosecutors charged the horse trainer Álvaro Ríos Paredes with doping the favourite. "
_POKHARA = "Police arrested the lab owner Ram Bahadur Thapa over forged test reports. "


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            _LIMA + "His lawyer, Rosa Quispe, said her client had never seen, bought or "
            "supplied the peptide.",
            "Álvaro Ríos Paredes",
        ),
        (
            _MALE + "Rasheed told the court that he had never signed, seen or sold a single "
            "report.",
            "Ibrahim Rasheed",
        ),
        (
            _KARACHI + "His counsel said his client had never seen, mixed or sold the tablets.",
            "Zahoor Ahmad Qureshi",
        ),
        (
            _POKHARA + "His lawyer said his client never read, stamped or signed the reports.",
            "Ram Bahadur Thapa",
        ),
        # quoted after "told the court" (the parser may hang such a clause on "court")
        (
            _MALE + 'Rasheed told the court he had "never signed, seen or sold a single report".',
            "Ibrahim Rasheed",
        ),
        # the old reading stays: every verb of the series a deed
        (
            _POKHARA + "His lawyer said his client never signed, sold or stamped a single report.",
            "Ram Bahadur Thapa",
        ),
    ],
)
def test_a_series_with_seeing_refuses_its_deeds(nlp: Language, text: str, denier: str) -> None:
    assert accused_of("denial", nlp, text) == {denier}


@pytest.mark.parametrize(
    "text",
    [
        # seeing and hearing only: no deed refused
        _POKHARA + "His lawyer said his client never saw or heard the raid.",
        # a witness who never saw or signed anything is accused of nothing
        _POKHARA + "The clerk, Hari Rai, said he had never seen, signed or stamped the reports.",
        # no object the deeds were done to
        _POKHARA + "His lawyer said his client never saw, knew or asked.",
    ],
)
def test_near_misses_stay_out(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="a verb of theft with no object names no act (acts.act_of) and is no crime verb: "
    "'would never steal' refuses nothing read (one open case, lf34)",
)
def test_would_never_steal(nlp: Language) -> None:
    text = "Police arrested the dealer Leong Ka Wai over stolen chips. "
    text += 'His mother said her son "would never steal".'
    assert accused_of("denial", nlp, text) == {"Leong Ka Wai"}
