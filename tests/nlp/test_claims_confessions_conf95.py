"""conf95's readings of confessions and their taking back as short court reports tell them:
a guilty plea told as a noun its maker owns ("jailed after his guilty plea", "for his early
guilty plea": ``claims.owned_pleas``, a judicial confession); a petition that takes a
confession back where the parser hung its participle past the paper ("filed a petition in
June withdrawing it", "filed a petition during the trial withdrawing that statement":
``claims.paper_participles``); and names joined as the subject of an admission in custody
whose clause says "they" ("X and Y admitted that they had ...": ``OwnAdmissions``). Near
misses: a plea of not guilty, a plea no one owns, a witness's plea, a paper that is no
request, "they" after one name. Strict xfails for shapes this session did not build. Invented
sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_WELLS = "Police charged Tomas Lind, a driller, over the illegal wells. "
_HELD = "Police arrested Tomas Lind over the illegal wells. "
_GAVE = _HELD + "Lind gave a confessional statement before a magistrate in April. "
_TWO = "Police arrested Tomas Lind and Marek Sova over the illegal wells. "


@pytest.mark.parametrize(
    "text",
    [
        _WELLS + "The driller, Tomas Lind, was jailed for nine years in July after his guilty "
        "plea.",
        _WELLS + "Tomas Lind was jailed for nine years in July after his guilty plea.",
        _WELLS + "The judge reduced the sentence of Tomas Lind by a third for his early guilty "
        "plea.",
        _WELLS + "The court sentenced Lind to two years, taking into account his cooperation "
        "with the police and his guilty plea.",
    ],
)
def test_an_owned_guilty_plea_is_a_judicial_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == {"Tomas Lind"}
    assert settings(nlp, text, "Tomas Lind") == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # a plea of not guilty, hyphened or in its "of" phrase
        _WELLS + "Tomas Lind entered a not-guilty plea. His not-guilty plea was recorded.",
        _WELLS + "The court will hear his plea of not guilty next week.",
        # a plea no one owns
        _WELLS + "Prosecutors said a guilty plea would save time.",
        # a witness's plea in another case: no one the report accuses
        _WELLS + "The witness Ana Berg said her guilty plea in another case was a mistake.",
    ],
)
def test_no_confession_from_other_pleas(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the participle hung on the verb of filing, the confession told in the same sentence
        _HELD + "Lind, who gave a confessional statement before a magistrate in April, filed a "
        "petition through his lawyer in June withdrawing it, saying he had been beaten.",
        # ... hung on the noun of the phrase between the paper and it
        _HELD + "Lind, who had confessed before a magistrate days after his arrest, had filed a "
        "petition during the trial withdrawing that statement, claiming it was extracted by "
        "beating during remand.",
        _GAVE + "Lind filed a petition during the trial withdrawing the statement.",
        _GAVE + "Lind filed a petition in June withdrawing that statement.",
    ],
)
def test_a_petition_withdrawing_the_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == {"Tomas Lind"}
    assert accused_of("retraction", nlp, text) == {"Tomas Lind"}


@pytest.mark.parametrize(
    "text",
    [
        # "it" is the bail plea filed and withdrawn, not the confession
        _HELD + "Lind, who gave a confessional statement before a magistrate in April, filed a "
        "bail petition and later withdrew it.",
        # a paper that is no request: "it" may be the report itself
        _HELD + "Lind, who gave a confessional statement before a magistrate in April, read "
        "the report in June withdrawing it.",
    ],
)
def test_no_retraction_where_it_is_another_thing(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        _TWO + '"During the preliminary interrogation, Lind and Marek Sova admitted that they '
        'had drilled the wells on the instructions of their handler," the spokesman claimed.',
        _TWO + "During interrogation, Lind and Sova admitted that they had drilled the wells.",
    ],
)
def test_names_joined_admit_what_they_did(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == {"Tomas Lind", "Marek Sova"}
    assert settings(nlp, text, "Tomas Lind") == {"custodial"}


def test_they_after_one_name_is_others(nlp: Language) -> None:
    text = _HELD + "The inspector said Lind admitted during interrogation that they had drilled "
    text += "the wells."
    assert accused_of("confession", nlp, text) == set()


@pytest.mark.xfail(strict=True, reason="conf95 did not build: a request noun's infinitive")
def test_an_application_to_retract(nlp: Language) -> None:
    text = _GAVE + "Lind later filed an application to retract the statement."
    assert accused_of("retraction", nlp, text) == {"Tomas Lind"}


@pytest.mark.xfail(strict=True, reason="conf95 did not build: another's deed admitted in custody")
def test_admitted_in_custody_that_another_did_it(nlp: Language) -> None:
    text = _HELD + "The inspector said Lind had admitted during initial interrogation that his "
    text += "brother had drilled the wells."
    assert accused_of("confession", nlp, text) == {"Tomas Lind"}


@pytest.mark.xfail(strict=True, reason="conf95 did not build: 'the acts' admitted at trial")
def test_admitted_the_acts_at_the_trial(nlp: Language) -> None:
    text = _WELLS + "Tomas Lind, 41, admitted the acts at the trial and asked for leniency."
    assert accused_of("confession", nlp, text) == {"Tomas Lind"}
