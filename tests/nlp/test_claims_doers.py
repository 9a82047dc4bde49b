"""Doers the parse hides and parties named in passing (``nlp/claims/doers.py``, with the
readings beside it in ``reader``, ``parties`` and ``rulings``; issue 13, branch pk8): an
accusation put as a clause, the one made or helped to act, the grounds of an act told as a
clause, a part the report calls alleged, and sentences set aside after
the report told whose they were. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.finished import _masked
from corroborate.records import Participant
from tests.nlp.test_claims import claims_of, outcomes, roles


def accused(text: str, nlp: Language, kind: str | None = None) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if kind is None or c.kind == kind
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Senator Rafiq Memon accused that Tariq Jalbani had close links with the gang.",
         "Tariq Jalbani"),
        ("The minister accused that he was tortured by Kamran Lodhi in custody.", "Kamran Lodhi"),
    ],
)  # fmt: skip
def test_an_accusation_put_as_a_clause_accuses_its_doer(
    nlp: Language, text: str, doer: str
) -> None:
    assert accused(text, nlp, "accusation") == {doer}


def test_an_accusation_put_as_a_clause_never_accuses_the_accuser_or_the_one_tortured(
    nlp: Language,
) -> None:
    found = accused("Rafiq Memon accused that he was tortured in custody.", nlp)
    assert "Rafiq Memon" not in found
    assert accused("Farah Naz accused Danish Aziz of fraud.", nlp) == {"Danish Aziz"}


@pytest.mark.parametrize(
    "text",
    [
        "I suspect that Tariq Jalbani is going to have something to say about this.",
        "Rafiq Memon suspects that Tariq Jalbani will win the seat.",
    ],
)
def test_suspecting_a_clause_that_tells_no_offence_is_an_everyday_sense(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ray Dobbs is promising to bomb the militants' camps.",
        "Tariq Jalbani vowed to kill the witness.",
    ],
)
def test_an_act_only_promised_or_threatened_is_not_done(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "crime") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Kamran Lodhi forced Bilal Qureshi to confess to the murder.",
        "Bilal Qureshi was forced to confess to the murder.",
    ],
)
def test_the_one_made_to_confess_confesses_not_who_made_him(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "confession") == {"Bilal Qureshi"}


def test_a_clause_of_ones_own_still_gives_its_subject(nlp: Language) -> None:
    assert accused("Bilal Qureshi decided to confess to the murder.", nlp) == {"Bilal Qureshi"}


@pytest.mark.parametrize(
    "text",
    [
        "Anwar Baig helped his cousin Bilal Qureshi to kill Sana Mir.",
        "Anwar Baig was tried for allegedly helping his uncle Steven Hobbs murder Laura Finch.",
        "Anwar Baig confessed to helping his uncle, Steven Hobbs, rape and murder a woman.",
    ],
)
def test_the_one_helped_to_commit_a_crime_did_it(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "crime") & {"Bilal Qureshi", "Steven Hobbs"}


def test_the_one_named_after_the_crime_word_is_its_victim_never_the_accused(
    nlp: Language,
) -> None:
    text = (
        "Anwar Baig, who was tried in 2009 for allegedly helping his uncle Steven Hobbs "
        "murder Laura Finch, has had his conviction overturned."
    )
    assert roles(claims_of(nlp, text))["Laura Finch"] == {"victim"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Anwar Baig helped Bilal Qureshi, a murder suspect, to escape.",
        "Anwar Baig helped police in the murder investigation.",
        "Anwar Baig helped Bilal Qureshi find work after the murder.",
    ],
)
def test_helping_someone_is_no_crime_of_theirs_without_a_crime_verb(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp, "crime") == set()


def test_the_grounds_of_an_act_told_as_a_clause_accuse_whom_it_was_done_to(
    nlp: Language,
) -> None:
    text = (
        "Zafar Iqbal, a 30-year-old teacher from Kohat, was lynched by a mob on June 2, "
        "2019, after accusing him of blasphemy."
    )
    assert accused(text, nlp, "accusation") == {"Zafar Iqbal"}
    assert "victim" in roles(claims_of(nlp, text))["Zafar Iqbal"]


def test_a_pronoun_with_a_subject_of_its_own_clause_is_not_the_one_acted_on(
    nlp: Language,
) -> None:
    text = "Zafar Iqbal was beaten after he accused him of theft."
    assert "Zafar Iqbal" not in accused(text, nlp, "accusation")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Rafiq Memon, remanded in custody for his alleged involvement in the murder of Sana "
         "Mir, has confessed.", "Rafiq Memon"),
        ("The court reserved its judgement on a plea seeking a probe into the alleged role of "
         "then Minister of State for Home P Moorthy in the case.", "Home P Moorthy"),
    ],
)  # fmt: skip
def test_a_part_the_report_calls_alleged_accuses_whose_it_is(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused(text, nlp, "accusation")


@pytest.mark.parametrize(
    "text",
    [
        "The probe looked at the alleged role of the police.",
        "Tariq Jalbani spoke about the role of Sana Mir in the campaign.",
    ],
)
def test_a_part_no_one_calls_alleged_or_of_no_one_named_accuses_no_one(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp) == set()


def test_sentences_set_aside_after_the_report_told_them_are_those_told(nlp: Language) -> None:
    text = (
        "The trial court had sentenced Karim Dad and Wasim Akhtar to life in prison. "
        "The third accused, Saleem Dad, was sentenced to five years. "
        "On Monday the High Court overturned the sentences."
    )
    found = claims_of(nlp, text)
    for name in ("Karim Dad", "Wasim Akhtar", "Saleem Dad"):
        assert outcomes(found, name) == {"sentenced", "overturned"}


def test_sentences_set_aside_before_anyone_is_named_wait_for_the_names(nlp: Language) -> None:
    text = (
        "The High Court on Monday overturned sentences handed down by a trial court. "
        "The trial court had sentenced Karim Dad and Wasim Akhtar to life in prison."
    )
    found = claims_of(nlp, text)
    for name in ("Karim Dad", "Wasim Akhtar"):
        assert outcomes(found, name) == {"sentenced", "overturned"}


def test_counted_sentences_are_not_those_told(nlp: Language) -> None:
    text = (
        "The trial court had sentenced Karim Dad and Wasim Akhtar to life in prison. "
        "The High Court on Monday upheld two other sentences in the case."
    )
    found = claims_of(nlp, text)
    assert outcomes(found, "Karim Dad") == {"sentenced"}


def test_a_party_named_before_the_clause_leaves_the_clauses_act_whole() -> None:
    """The act of a claim is read from its own clause with its parties blanked; a party
    named before the clause ("helped X to kill Y": X) must blank nothing of it (it cut the
    clause to its last letters, and the act was lost)."""
    text = "Anwar Baig helped his cousin Bilal Qureshi to kill Sana Mir."
    start = text.index("to kill")
    cousin = text.index("Bilal")
    before = Participant("Bilal Qureshi", "accused", cousin, cousin + len("Bilal Qureshi"))
    victim = text.index("Sana")
    inside = Participant("Sana Mir", "victim", victim, victim + len("Sana Mir"))
    blanks = [(p.start, p.end) for p in (before, inside)]
    assert _masked(text, start, len(text), blanks) == "to kill         ."


def test_an_accused_named_with_accused_as_a_modifier_admits_in_court(nlp: Language) -> None:
    # "the second accused, driver X" is parsed with "accused" modifying the name: what X
    # admits in court of his own doing is his confession
    text = (
        "The court convicted Ravi Perera. The case turned on the evidence of the second "
        "accused, driver Ajith Fernando, who admitted in court that he drove the car."
    )
    found = claims_of(nlp, text)
    assert any(
        c.kind == "confession" and c.setting == "judicial"
        and any(p.name == "Ajith Fernando" for p in c.participants)
        for c in found
    )  # fmt: skip


def test_jointly_charged_with_others_charges_them_too(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Mwila is jointly charged with Chanda Bwalya, Peter Tembo and Isaac Tembo with "
        "robbing a fuel depot in Ndola on March 3.",
    )
    charged = {p.name for c in found if c.kind == "charge" for p in c.participants
               if p.role == "accused"}  # fmt: skip
    assert {"Chanda Bwalya", "Peter Tembo", "Isaac Tembo"} <= charged, roles(found)


def test_jointly_charged_with_an_offence_adds_no_one(nlp: Language) -> None:
    found = claims_of(nlp, "Chanda Bwalya is jointly charged with murder and aggravated robbery.")
    charged = {p.name for c in found if c.kind == "charge" for p in c.participants
               if p.role == "accused"}  # fmt: skip
    assert charged == {"Chanda Bwalya"}, roles(found)


@pytest.mark.parametrize(
    "admission",
    [
        "Butt admitted his role in the killing before a magistrate.",
        "Butt appeared before Judicial Magistrate Sana Javed on Saturday and, under Section 164 "
        "of the CrPC, owned up to his part in the killing.",
    ],
)
def test_a_part_admitted_in_a_crime_hung_on_the_verb(nlp: Language, admission: str) -> None:
    # the parser hangs "in the killing" on the admitting verb, not on "role" / "part"
    text = "Police arrested Kamran Butt over the killing of a guard. " + admission
    found = claims_of(nlp, text)
    assert any(
        c.kind == "confession" and c.setting == "judicial"
        and any(p.name == "Kamran Butt" for p in c.participants)
        for c in found
    )  # fmt: skip


def test_a_part_admitted_in_no_crime_is_no_confession(nlp: Language) -> None:
    # guard: a role in a company is no part in a crime
    text = (
        "Police arrested Kamran Butt over the killing of a guard. Butt admitted his role in "
        "the company before a magistrate."
    )
    assert not any(c.kind == "confession" for c in claims_of(nlp, text))
