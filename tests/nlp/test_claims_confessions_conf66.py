"""conf66's constructions of a confession the police tell: the idiom of telling everything in
custody ("During interrogation X spilled the beans", "X spilled the whole story, the SHO
claimed": ``OwnAdmissions._told_all_in_custody``, ``telling_all_verbs`` / ``telling_all_objects``)
and owning up to a deed told by a noun ("During initial interrogation X has owned up to the
firing": ``own_admissions._owned_up_to``). Both are custodial confessions of one the report accuses,
placed in custody by a phrase on the verb or by the police who tell it. Near misses: the
idiom said to reporters, by a witness, by an officer, negated, or with a thing spilled; owning
up to whom ("owned up to police"), by an officer or by a witness."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_LEDE = "Police in Dhulikhel arrested Bishnu Lama over the robbery of a fuel station. "


@pytest.mark.parametrize(
    "text",
    [
        _LEDE + '"During initial interrogation Lama spilled the beans," the inspector said.',
        _LEDE + "During interrogation Lama spilled the whole story, the DSP claimed, telling "
        "investigators that his cousin had held the gun.",
        _LEDE + "Lama spilled the beans during questioning at the district police office.",
        _LEDE + "Lama has spilled everything, the police said.",
        _LEDE + '"During initial interrogation Lama has owned up to the whole plan and led us to '
        'the cash," the inspector said.',
        _LEDE + "During questioning Lama owned up to the break-in at the station, police said.",
        _LEDE + '"Lama owned up to the firing during interrogation," the DSP said.',
    ],
)  # fmt: skip
def test_told_in_custody_is_a_custodial_confession(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Bishnu Lama") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # said to the press, or with no custody told
        _LEDE + "Lama spilled the beans to reporters outside the court.",
        # a thing spilled, not everything told
        _LEDE + "During interrogation Lama spilled his tea on the inspector's desk, the DSP said.",
        # negated
        _LEDE + "During interrogation Lama did not spill the beans, the DSP said.",
        # whom he owned up to is no deed
        _LEDE + "During questioning Lama owned up to police.",
    ],
)
def test_no_confession_told(nlp: Language, text: str) -> None:
    assert "Bishnu Lama" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a witness or an officer tells all, or owns up, in the same places
        _LEDE + "During questioning the attendant Pema Sherpa spilled the beans, the DSP said.",
        _LEDE + '"The inspector spilled the beans during the inquiry," Lama\'s lawyer said.',
        _LEDE + "The station chief owned up to the delay in registering the case.",
        _LEDE + "The attendant, Pema Sherpa, owned up to the mistake in her statement, police "
        "said.",
    ],
)
def test_no_one_else_confesses(nlp: Language, text: str) -> None:
    confessors = accused_of("confession", nlp, text)
    assert not confessors - {"Bishnu Lama"}
    assert "Bishnu Lama" not in confessors
