"""Accusations, charges, denials and confessions told without a verb of accusing (issue 13,
branch miss9): a charge told by what the accused undergoes (``nlp/claims/facing.py``), an
accusation told as a noun's clause or a wrong's "by" phrase (``allegations.py``), an act told
by its count and a statement told again by "such" (``ordinals.py``), a denial spoken on
behalf of someone (``answers.py``), and what is only recommended or asked whether
(``reader._not_done``); with branch miss10, a denial told by upholding one's innocence and a
verdict's owner after a title (below). Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes, roles
from tests.nlp.test_claims_doers import accused


@pytest.mark.parametrize(
    "text",
    [
        "Tariq Jalbani stands trial for the murder of a shopkeeper in Hyderabad.",
        "Tariq Jalbani faces charges of murder and robbery.",
        "Tariq Jalbani, who faces a murder case in Sukkur, was seen in Lahore.",
        "Tariq Jalbani is on trial for the killing of two guards.",
        "Tariq Jalbani went on trial on Monday.",
        "Tariq Jalbani, who is held at the district jail, is scheduled for trial in October.",
    ],
)
def test_the_one_who_faces_charges_or_stands_trial_is_charged(nlp: Language, text: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.kind == "charge"]
    assert [c.outcome for c in found] == ["charged"]
    assert accused(text, nlp, "charge") == {"Tariq Jalbani"}


@pytest.mark.parametrize(
    "text",
    [
        "Tariq Jalbani faces a difficult case at home.",  # no offence named: a case, not a charge
        "Tariq Jalbani faced trials and tribulations in his youth.",
        "Tariq Jalbani is scheduled for a hearing on his pension claim.",
        "The panel did not recommend that Tariq Jalbani face criminal charges.",
        "The panel recommended that Tariq Jalbani be charged with fraud.",
        "Tariq Jalbani was unfit to stand trial.",
        "Tariq Jalbani could face charges of fraud.",
        "Reporters asked whether Tariq Jalbani faces charges of fraud.",
        "Tariq Jalbani stood in front of the court.",
    ],
)  # fmt: skip
def test_no_charge_where_none_is_faced_or_it_is_only_recommended(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "charge") == set()


def test_an_arrest_asked_about_is_not_told(nlp: Language) -> None:
    assert accused("Reporters asked whether Tariq Jalbani was arrested.", nlp) == set()


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("His lawyer denied the charges on behalf of Kamran Lodhi.", {"Kamran Lodhi"}),
        ("Counsel Bilal Noor pleaded not guilty on behalf of Kamran Lodhi and Tariq Jalbani.",
         {"Kamran Lodhi", "Tariq Jalbani"}),
    ],
)  # fmt: skip
def test_a_denial_on_behalf_of_someone_is_theirs(
    nlp: Language, text: str, deniers: set[str]
) -> None:
    assert accused(text, nlp, "denial") == deniers


def test_speaking_on_behalf_of_someone_denies_nothing(nlp: Language) -> None:
    assert accused("Kamil Sethi spoke on behalf of Kamran Lodhi at the rally.", nlp) == set()


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("There are allegations that Kamil Sethi extorted money from traders.", "Kamil Sethi"),
        ("Tariq Noon faced allegations that he had committed blasphemy.", "Tariq Noon"),
    ],
)
def test_an_accusation_told_as_a_nouns_clause_accuses_its_doer(
    nlp: Language, text: str, doer: str
) -> None:
    assert doer in accused(text, nlp, "accusation")


def test_the_grounds_of_an_act_told_as_a_nouns_clause_accuse_whom_it_was_done_to(
    nlp: Language,
) -> None:
    text = (
        "Tariq Noon, 31, was beaten to death in May by a crowd incited by rumours that he "
        "had committed blasphemy."
    )
    found = claims_of(nlp, text)
    accusations = [c for c in found if c.kind == "accusation"]
    assert [{p.name for p in c.participants} for c in accusations] == [{"Tariq Noon"}]
    # the act is the clause's (blasphemy), not the beating's (a killing)
    assert accusations[0].act == "blasphemy"
    assert roles(found)["Tariq Noon"] == {"victim", "accused"}


def test_the_act_of_grounds_told_as_a_noun_is_the_grounds_own(nlp: Language) -> None:
    """ "killed on allegations of spying": the one killed is accused of spying, not of the
    killing done to him."""
    found = claims_of(nlp, "Tariq Noon was killed on allegations of spying for a rival gang.")
    assert [c.act for c in found if c.kind == "accusation"] == ["espionage"]


@pytest.mark.parametrize(
    "text",
    [
        "Kamil Sethi repeated the allegations that he made against the mayor.",  # relative
        "Kamil Sethi rejected claims that the minister had taken part in the rally.",
        "There is no suspicion that Kamil Sethi committed fraud.",
        "There are allegations that Kamil Sethi did not commit the fraud.",
        "Kamil Sethi answered accusations that he exaggerated his war record, from claiming he "
        "had led a brigade.",  # an accusation, but of no offence
    ],
)
def test_no_accusation_from_a_relative_clause_a_negated_clause_or_no_offence(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp, "accusation") == set()


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Bilal described the misconduct by his first lawyer, Kamil Sethi, which the judge "
         "called inexcusable.", {"Kamil Sethi"}),
        ("The report detailed wrongdoing by Kamil Sethi and Bilal Noor.",
         {"Kamil Sethi", "Bilal Noor"}),
    ],
)  # fmt: skip
def test_a_wrong_by_someone_accuses_them(nlp: Language, text: str, doers: set[str]) -> None:
    assert accused(text, nlp, "accusation") == doers


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry found no wrongdoing by Kamil Sethi.",
        "The mayor ended the misconduct by firing Kamil Sethi.",
    ],
)
def test_no_wrong_by_anyone_named_accuses_no_one(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "accusation") == set()


def test_who_is_accused_of_a_wrong_by_someone_is_not_the_accuser(nlp: Language) -> None:
    text = "Kamil Sethi was accused of misconduct by Bilal Noor."
    assert "Bilal Noor" not in accused(text, nlp)


@pytest.mark.parametrize(
    ("text", "kind", "doers"),
    [
        ("Kamil Sethi was the first accused to confess after the raid.", "confession",
         {"Kamil Sethi"}),
        ("Kamil Sethi became the fourth suspect to confess to the killing, after Bilal Noor.",
         "confession", {"Kamil Sethi", "Bilal Noor"}),
        ("Kamil Sethi is the third person to be arrested after Bilal Noor and Tariq Jalbani.",
         "arrest", {"Kamil Sethi", "Bilal Noor", "Tariq Jalbani"}),
    ],
)  # fmt: skip
def test_an_act_told_by_its_count_was_done_by_the_one_counted_and_those_before(
    nlp: Language, text: str, kind: str, doers: set[str]
) -> None:
    assert accused(text, nlp, kind) == doers


def test_such_a_statement_after_a_confessional_statement_is_a_confession(nlp: Language) -> None:
    text = (
        "Kamil Sethi gave a confessional statement before the magistrate. He is the second "
        "suspect to make such a statement after his cousin Bilal Noor."
    )
    second = text.index("He is")
    found = [c for c in claims_of(nlp, text) if c.kind == "confession" and c.start >= second]
    assert found
    assert {p.name for c in found for p in c.participants if p.role == "accused"} >= {
        "Kamil Sethi",
        "Bilal Noor",
    }
    assert {c.setting for c in found} == {"judicial"}


def test_such_a_statement_is_about_what_the_statement_told_before_was(nlp: Language) -> None:
    text = (
        "Kamil Sethi gave a confessional statement about the murder before the magistrate. He "
        "is the second suspect to make such a statement after his cousin Bilal Noor."
    )
    found = [c for c in claims_of(nlp, text) if c.kind == "confession"]
    assert len(found) == 2
    assert {c.act for c in found} == {"killing"}


@pytest.mark.parametrize(
    "text",
    [
        "Kamil Sethi is the first to make such a statement.",  # no confession told before
        "Bilal Noor made such a statement last year.",
        "Kamil Sethi gave a statement to the press. He is the second leader to make such a "
        "statement after Bilal Noor.",
    ],
)
def test_such_a_statement_is_no_confession_when_none_was_told(nlp: Language, text: str) -> None:
    assert accused(text, nlp, "confession") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Lodhi, who was out on bail in the case of the bank robbery, was seen in Lahore.",
        "Kamran Lodhi is out on bail.",
        "Kamran Lodhi, who was on bail in a robbery case, was arrested again.",
    ],
)
def test_the_one_out_on_bail_was_granted_bail(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, text), "Kamran Lodhi") == {"bail"}


@pytest.mark.parametrize(
    "text",
    ["Kamran Lodhi was out on the street.", "The hearing of Kamran Lodhi was on bail matters."],
)
def test_out_on_the_street_or_a_hearing_on_bail_matters_is_no_bail(
    nlp: Language, text: str
) -> None:
    assert outcomes(claims_of(nlp, text), "Kamran Lodhi") == set()


# Branch miss10: a denial told by upholding one's innocence or by a lawyer speaking of the
# client (``answers._innocence_claimed``, ``answers._client_of``), and a verdict's owner
# named after a title that opens with a gerund (``parties._titled_names``).


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Lodhi has always maintained his innocence.",
        "Kamran Lodhi protested his innocence in court.",
        "The family of Kamran Lodhi asserted his innocence.",
        "Kamran Lodhi's lawyer said his client was innocent.",
    ],
)
def test_upholding_ones_innocence_or_a_lawyer_clearing_the_client_is_a_denial(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp, "denial") == {"Kamran Lodhi"}


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Lodhi never asserted his innocence.",
        "Police officer Tariq Jalbani questioned the innocence of Kamran Lodhi.",
        "The judge doubted his innocence. Kamran Lodhi was convicted.",
        "Kamran Lodhi's lawyer said his client was guilty.",
    ],
)
def test_innocence_denied_doubted_or_a_client_called_guilty_is_no_denial(
    nlp: Language, text: str
) -> None:
    assert accused(text, nlp, "denial") == set()


def test_a_verdict_owned_by_a_name_after_a_title_opening_with_a_gerund(nlp: Language) -> None:
    text = (
        "A federal court upheld a ruling to overturn the murder conviction of Chasing a Killer "
        "subject Kamran Lodhi, a paper reports."
    )
    assert outcomes(claims_of(nlp, text), "Kamran Lodhi") == {"overturned"}


def test_a_lower_case_gerund_after_of_names_no_owner(nlp: Language) -> None:
    found = claims_of(nlp, "The court upheld the conviction of killing Kamran Lodhi.")
    assert outcomes(found, "Kamran Lodhi") == set()
    assert roles(found).get("Kamran Lodhi") == {"victim"}
