"""The grammar den34 added to the denial reader, module by module: a speaker hidden in a
fronted place's apposition (``fronted_place``), evidence given of a clause (``testimony``),
a relative clause hung on the wrong noun after names (``whom_answered``), an accusation said
to serve another end (``ulterior``), a blow or a blade denied (``harm_denied``,
``not_the_doer``), a death as the crime's moment (``alibis``), a stranger's own "he" and a
titled speaker's (``spoken_for``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.claims.fronted_place import fronted_speaker
from corroborate.nlp.claims.testimony import evidence_clauses
from corroborate.nlp.claims.ulterior import accused_for_another_end
from corroborate.nlp.claims.whom_answered import names_before_relative
from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Declan Moran with murder. "


def _verb(nlp: Language, text: str, lemma: str) -> Token:
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_fronted_speaker_is_the_apposition(nlp: Language) -> None:
    said = _verb(nlp, "Outside the court, Reilly, in a grey coat, said he was innocent.", "say")
    speaker = fronted_speaker(said)
    assert speaker is not None and speaker.text == "Reilly"


def test_no_fronted_speaker_where_the_verb_has_a_subject(nlp: Language) -> None:
    said = _verb(nlp, "Outside the court, Moran said he was innocent.", "say")
    assert fronted_speaker(said) is None


def test_testimony_clause(nlp: Language) -> None:
    gave = _verb(nlp, "Moran gave evidence that he was at home.", "give")
    assert [c.lemma_ for c in evidence_clauses(gave)] == ["be"]
    gave = _verb(nlp, "Moran gave the keys to his brother.", "give")
    assert evidence_clauses(gave) == []


def test_names_before_a_relative_hung_elsewhere(nlp: Language) -> None:
    doc = nlp("The judge framed charges against Oisin Ward and Liam Shiels, both of whom "
              "pleaded not guilty.")  # fmt: skip
    pleaded = next(t for t in doc if t.lemma_ == "plead")
    head = names_before_relative(pleaded)
    assert head is not None and head.text in ("Ward", "Shiels")


def test_one_of_whom_is_not_each(nlp: Language) -> None:
    doc = nlp("The judge framed charges against Oisin Ward and Liam Shiels, one of whom "
              "pleaded not guilty.")  # fmt: skip
    pleaded = next(t for t in doc if t.lemma_ == "plead")
    assert names_before_relative(pleaded) is None


def test_accused_for_another_end(nlp: Language) -> None:
    named = _verb(nlp, "He had been named only to settle an old land dispute.", "name")
    assert accused_for_another_end(named)
    named = _verb(nlp, "She was named to head the inquiry.", "name")
    assert not accused_for_another_end(named)


def test_evidence_of_an_alibi_denies(nlp: Language) -> None:
    text = (
        _CHARGED
        + "Moran gave evidence that he had been at his brother's flat in Galway "
        + "on the night of the killing."
    )
    assert accused_of("denial", nlp, text) == {"Declan Moran"}


def test_a_punch_never_thrown_told_by_kin(nlp: Language) -> None:
    text = (
        'Police charged Declan Moran with affray. His sister, Nuala Moran, said: "He has '
        'never thrown a punch in his life."'
    )
    assert accused_of("denial", nlp, text) == {"Declan Moran"}


def test_a_blade_never_held(nlp: Language) -> None:
    assert accused_of("denial", nlp, _CHARGED + "Moran said he never held a knife.") == {
        "Declan Moran"
    }


def test_absent_when_the_victim_died(nlp: Language) -> None:
    text = _CHARGED + '"I was not in Athlone when the man died," Moran said.'
    assert accused_of("denial", nlp, text) == {"Declan Moran"}


def test_a_strangers_own_whereabouts(nlp: Language) -> None:
    text = _CHARGED + "A bus driver who knows him said he was at a darts match that night."
    assert accused_of("denial", nlp, text) == set()
