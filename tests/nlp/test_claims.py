"""Claims read from the grammar: who is accused, of what outcome, and who only plays
another part (victim, judge, lawyer), on sentences written for these tests (invented names)."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language
from spacy.tokens import Span

from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Claim


def claims_of(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    for claim in found:
        for p in claim.participants:
            assert 0 <= p.start < p.end <= len(text)
        assert text[claim.start : claim.end].strip() == text[claim.start : claim.end]
    return found


def accused_of(kind: str, nlp: Language, text: str, outcome: str | None = None) -> set[str]:
    """The names of the accused of every claim of ``kind`` (and ``outcome``, if given) the
    reader makes of ``text``: what most claim-reader tests assert on."""
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == kind and (outcome is None or c.outcome == outcome)
        for p in c.participants
        if p.role == "accused"
    }


def confession_settings(nlp: Language, text: str, name: str) -> set[str | None]:
    """The settings of every confession the text's claims hold against ``name``."""
    return {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        and any(p.name == name and p.role == "accused" for p in c.participants)  # fmt: skip
    }


def roles(claims: list[Claim]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for claim in claims:
        for p in claim.participants:
            out.setdefault(p.name, set()).add(p.role)
    return out


def ruled_in_last_sentence(nlp: Language, text: str, outcome: str) -> set[str]:
    """The accused of the rulings of ``outcome`` in the last sentence of ``text``."""
    start = text.rindex(". ") + 2
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "ruling" and c.outcome == outcome and c.start >= start
        for p in c.participants
        if p.role == "accused"
    }


def outcomes(claims: list[Claim], name: str) -> set[str | None]:
    return {
        c.outcome
        for c in claims
        if c.kind == "ruling"
        and any(p.name == name and p.role == "accused" for p in c.participants)
    }


def test_coordinated_acquittal_gives_each_the_outcome(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "An anti-terrorism court on Tuesday acquitted Ahmed Raza, Bilal Khan and Sana Mir "
        "in the murder of journalist Tom Reed.",
    )
    for name in ("Ahmed Raza", "Bilal Khan", "Sana Mir"):
        assert outcomes(found, name) == {"acquitted"}
    assert roles(found)["Tom Reed"] == {"victim"}


def test_passive_sentence_by_a_judge_for_a_killing(nlp: Language) -> None:
    found = claims_of(
        nlp, "Jawad Iqbal was sentenced to death by Judge Farah Aslam for killing Mehreen Siddiqui."
    )
    assert outcomes(found, "Jawad Iqbal") == {"sentenced"}
    found_roles = roles(found)
    assert found_roles["Farah Aslam"] == {"court"}
    assert "accused" not in found_roles.get("Mehreen Siddiqui", {"victim"})


def test_counsel_and_victim_are_not_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The Sindh High Court upheld the death sentence of Shahid Aziz for the murder of "
        "Karim Dad, while his lawyer Kamran Ali said they would appeal.",
    )
    found_roles = roles(found)
    assert outcomes(found, "Shahid Aziz") == {"upheld"}
    assert found_roles["Kamran Ali"] == {"defence"}
    assert found_roles["Karim Dad"] == {"victim"}


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The Supreme Court set aside the conviction of Nadir Shah.", "overturned"),
        ("The high court overturned the sentence of Nadir Shah.", "overturned"),
        ("The court granted bail to Nadir Shah.", "bail"),
        ("Nadir Shah was granted bail by the sessions court.", "bail"),
        ("The magistrate sent Nadir Shah on physical remand.", "remanded"),
        ("The court declared Nadir Shah a proclaimed offender.", "proclaimed_offender"),
        ("The district court pronounced Nadir Shah guilty of fraud.", "convicted"),
        ("Nadir Shah has been found guilty of conspiracy.", "convicted"),
        ("Nadir Shah was found not guilty of conspiracy.", "acquitted"),
        ("Nadir Shah has been ordered by the court to be remanded in custody.", "remanded"),
        # remand in other words: days granted to question someone
        ("The court gave police five days to interrogate Nadir Shah.", "remanded"),
        ("Police were given three days to question Nadir Shah.", "remanded"),
        ("Nadir Shah has had his conviction overturned by an appeals court.", "overturned"),
        (
            "The high court set aside the death and other sentences awarded to Nadir Shah.",
            "overturned",
        ),
        # an appeal dismissed or turned down: the conviction stands
        ("The high court dismissed the appeal of Nadir Shah against his conviction.", "upheld"),
        ("The bench turned down Nadir Shah's appeal.", "upheld"),
        ("The bench upheld the sentences, rejecting the appeal filed by Nadir Shah.", "upheld"),
        # an attempt to overturn that failed: the conviction stands
        ("Nadir Shah today lost his last chance to overturn his conviction.", "upheld"),
        ("Nadir Shah failed to overturn his conviction.", "upheld"),
        # a sentence commuted on appeal: the punishment lessened, the conviction kept
        (
            "The high court commuted the death sentence of Nadir Shah to life imprisonment.",
            "upheld",
        ),
        # a court that will not hear the appeal leaves the decision standing
        ("The Supreme Court says it will not hear the case of Nadir Shah.", "upheld"),
        ("The Supreme Court declined to hear the appeal of Nadir Shah.", "upheld"),
        # a conviction restored by a higher court
        ("A Rome court on Wednesday reinstated the slander conviction of Nadir Shah.", "convicted"),
        # "sentences" parsed as a conjunct of the verb, not of "death"
        (
            "The Sindh High Court on Tuesday set aside death and other sentences awarded to Nadir "
            "Shah pertaining to the trial in the murder case.",
            "overturned",
        ),
    ],
)
def test_appeal_bail_remand_outcomes(nlp: Language, text: str, outcome: str) -> None:
    assert outcomes(claims_of(nlp, text), "Nadir Shah") == {outcome}


@pytest.mark.parametrize(
    "text",
    [
        "The court will not hear the case of Nadir Shah until May.",
        "The court did not hear the case of Nadir Shah on Monday as the judge was on leave.",
    ],
)
def test_a_hearing_put_off_is_no_ruling(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, text), "Nadir Shah") == set()


def test_an_attempt_to_overturn_is_no_ruling(nlp: Language) -> None:
    found = claims_of(nlp, "Nadir Shah launched a bid to overturn his conviction.")
    assert outcomes(found, "Nadir Shah") == set()


def test_a_ruling_asked_for_is_not_a_ruling(nlp: Language) -> None:
    found = claims_of(nlp, "His lawyer urged the court to acquit Nadir Shah.")
    assert outcomes(found, "Nadir Shah") == set()


def test_custodial_and_judicial_confessions(nlp: Language) -> None:
    custodial = claims_of(
        nlp, "During interrogation by the police, Omar Farooq confessed to the killings."
    )
    judicial = claims_of(nlp, "Omar Farooq confessed before a judicial magistrate to the killings.")
    [c] = [c for c in custodial if c.kind == "confession"]
    assert c.setting == "custodial" and c.participants[0].name == "Omar Farooq"
    [j] = [c for c in judicial if c.kind == "confession"]
    assert j.setting == "judicial"


def test_a_retracted_confession_tells_the_confession_before_it(nlp: Language) -> None:
    # issue 13: "retracted his confession" tells that he had confessed; where is the
    # confession noun's own to tell ("made in police custody"), never the retraction's place
    found = claims_of(nlp, "Omar Farooq retracted his confession before the court.")
    kinds = [(c.kind, c.setting) for c in found if c.kind in ("confession", "retraction")]
    assert kinds == [("confession", "unknown"), ("retraction", "judicial")]
    made = claims_of(nlp, "Omar Farooq retracted his confession made in police custody.")
    assert [c.setting for c in made if c.kind == "confession"] == ["custodial"]


def test_listed_accused_and_an_unnamed_group_sentence(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The high court sentenced 16 former policemen to life imprisonment. "
        "The convicts are Suresh Lal, Kamal Singh and Budhi Singh.",
    )
    for name in ("Suresh Lal", "Kamal Singh", "Budhi Singh"):
        assert outcomes(found, name) == {"sentenced"}


def test_all_of_them_are_the_accused_followed(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The court convicted Aslam Beg and Yasir Noon of arson. "
        "However, the court acquitted all of them of the weapons charge.",
    )
    assert outcomes(found, "Aslam Beg") == {"convicted", "acquitted"}
    assert outcomes(found, "Yasir Noon") == {"convicted", "acquitted"}


def test_members_of_a_party_are_a_group(nlp: Language) -> None:
    found = claims_of(nlp, "The court convicted 13 workers of the Harbour Party on Friday.")
    [party] = [p for c in found for p in c.participants if p.role == "accused"]
    assert party.members == "workers" and "Harbour Party" in party.name


def test_an_affiliation_is_not_the_accused(nlp: Language) -> None:
    found = claims_of(nlp, "Police arrested Harbour Party worker Salim Dar on Monday.")
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert accused == {"Salim Dar"}


def test_the_crime_agent_is_accused_and_the_object_the_victim(nlp: Language) -> None:
    found = claims_of(nlp, "Prosecutors say Rafiq Butt shot Naila Qadir outside her home.")
    found_roles = roles(found)
    assert "accused" in found_roles["Rafiq Butt"]
    assert found_roles["Naila Qadir"] == {"victim"}


def test_claims_round_trip_through_json(nlp: Language) -> None:
    for claim in claims_of(nlp, "The court convicted 13 workers of the Harbour Party on Friday."):
        assert Claim.from_json(claim.to_json()) == claim


def test_a_pronoun_is_never_the_victim_named_beside_it(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Nadir Shah was arrested in 2015. Rafiq Butt, who was tried for helping his cousin "
        "murder Naila Qadir, has had his conviction overturned.",
    )
    assert "accused" not in roles(found)["Naila Qadir"]


def test_a_title_inside_the_name_is_an_office(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Omar Said was one of the attackers and chief Magistrate Francis Obuya ruled "
        "that the evidence was weak.",
    )
    names = {p.name: p.role for c in found for p in c.participants}
    obuya = [role for name, role in names.items() if "Obuya" in name]
    assert obuya and "accused" not in obuya


def test_a_counted_group_found_guilty_is_named_next(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Two accused persons have been found guilty of conspiracy. "
        "The two are Karim Dad and Salim Baig.",
    )
    assert outcomes(found, "Karim Dad") == {"convicted"}
    assert outcomes(found, "Salim Baig") == {"convicted"}


def test_sentences_overturned_before_their_convicts_are_named(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The high court on Monday overturned the sentences handed down by the trial court. "
        "The trial judge had sentenced Karim Dad and Salim Baig to life imprisonment.",
    )
    assert outcomes(found, "Karim Dad") == {"overturned", "sentenced"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tariq Noor pleaded not guilty to the charges.", "denial"),
        ("Tariq Noor denied the allegations against him.", "denial"),
        ("Tariq Noor denied killing the shopkeeper.", "denial"),
        # the retraction tells the confession it takes back (issue 13)
        ("Tariq Noor retracted his confession before the court.", "confession retraction"),
        ("Tariq Noor pleaded guilty to fraud.", "confession"),
    ],
)
def test_the_accused_answers(nlp: Language, text: str, kind: str) -> None:
    found = claims_of(nlp, text)
    answers = {c.kind for c in found if c.kind in ("denial", "retraction", "confession")}
    assert answers == set(kind.split())
    assert roles(found)["Tariq Noor"] == {"accused"}
    # "pleaded not guilty" acquits no one; a court convicts on a plea of guilt (issue 13)
    assert outcomes(found, "Tariq Noor") == ({"convicted"} if "pleaded guilty" in text else set())


def test_an_appeal_a_government_filed_rules_on_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp, "The Supreme Court rejected appeals filed by the Punjab government on Monday."
    )
    assert not [p for c in found for p in c.participants if p.role == "accused"]


def test_the_appellant_against_an_acquittal_is_not_ruled_on(nlp: Language) -> None:
    found = claims_of(
        nlp, "The high court dismissed the appeal of Hamid Ali against the acquittal of Nadir Shah."
    )
    assert outcomes(found, "Hamid Ali") == set()


def test_a_court_dismissing_an_appeal_is_no_denial(nlp: Language) -> None:
    found = claims_of(nlp, "The high court dismissed the appeal that Tariq Noor had filed.")
    assert not [c for c in found if c.kind == "denial"]


def test_found_guilty_as_a_small_clause_waits_for_the_names(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A court in Lagos has found two men guilty of helping gunmen to raid a bank in 2015. "
        "Kamal Idris Dogo and Femi Ade Bako were charged with planning the raid.",
    )
    for name in ("Kamal Idris Dogo", "Femi Ade Bako"):
        assert outcomes(found, name) == {"convicted"}


def test_after_being_convicted_rules_on_the_subject_of_the_clause(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Omar Lindqvist is serving a ten-year prison sentence after being convicted of "
        "the robbery in a separate trial.",
    )
    # convicted by the clause of "after"; the prison sentence he serves is one passed on him
    assert outcomes(found, "Omar Lindqvist") == {"convicted", "sentenced"}


def test_a_relative_clause_on_a_coordination_rules_on_all_of_it(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Teacher couple Sunil Varma and Meena Varma, who left the jail after being acquitted "
        "of the charge, say they are relieved.",
    )
    assert outcomes(found, "Sunil Varma") == {"acquitted"}
    assert outcomes(found, "Meena Varma") == {"acquitted"}


def test_a_counted_group_is_named_by_all_the_rulings_of_a_later_sentence(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The high court has acquitted all of the accused in the Farid Lodhi murder case. "
        "In 2019, the trial court convicted Asif Dar, Nabeel Butt and Kamran Gill, while "
        "Tariq Gill was sentenced to ten years.",
    )
    for name in ("Asif Dar", "Nabeel Butt", "Kamran Gill", "Tariq Gill"):
        assert "acquitted" in outcomes(found, name)


def test_a_plural_accused_noun_with_its_names_lists_them(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The Supreme Court on Friday granted bail to six convicts in the 1990 riot case. "
        "Advocate Vikram Rao represented three convicts, Arun Pal, Deepak Lal and Mohan Das, "
        "before the bench.",
    )
    for name in ("Arun Pal", "Deepak Lal", "Mohan Das"):
        assert outcomes(found, name) == {"bail"}
    assert "accused" not in roles(found).get("Vikram Rao", set())


def test_a_one_word_name_stands_for_the_full_name_the_reader_found(nlp: Language) -> None:
    # NER missed the full name (the reader finds it as a proper name in the confessor's
    # place) and left the later one-word name to itself.
    text = (
        "Police said Tanvirul Haque Rumon today confessed his involvement in the murder. "
        "Magistrate Karim Uddin recorded Rumon's confessional statement."
    )
    doc = nlp(text)
    mentions = [
        dataclasses.replace(m, name=m.text) for m in find_mentions(doc)
        if "Tanvirul" not in m.text
    ]  # fmt: skip
    found, extra = find_claims(doc, mentions)
    assert [m.name for m in extra] == ["Tanvirul Haque Rumon"]
    confessors = {
        p.name for c in found if c.kind == "confession" for p in c.participants
        if p.role == "accused"
    }  # fmt: skip
    assert confessors == {"Tanvirul Haque Rumon"}


def setting_of(claims: list[Claim], name: str) -> set[str | None]:
    return {
        c.setting
        for c in claims
        if c.kind == "confession"
        and any(p.name == name and p.role == "accused" for p in c.participants)
    }


def test_a_confession_the_police_took_is_custodial_whoever_ruled_on_it(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Judge Mark Olsen ruled that detectives had made false promises to extract the "
        "confession from Jacob Pell.",
    )
    assert setting_of(found, "Jacob Pell") == {"custodial"}
    found = claims_of(nlp, "Jacob Pell's confession was coerced by police.")
    assert setting_of(found, "Jacob Pell") == {"custodial"}
    found = claims_of(nlp, "Jacob Pell confessed before a magistrate.")
    assert setting_of(found, "Jacob Pell") == {"judicial"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jacob Pell has since said that his confession was coerced.",
        "Jacob Pell's confession was extracted through torture, his family says.",
        "Jacob Pell says he confessed under duress.",
    ],
)
def test_a_coerced_confession_is_custodial_whoever_is_named_as_coercing(
    nlp: Language, sentence: str
) -> None:
    """Coercion, duress and torture are what custody does to a confession: no police need
    be named in the sentence."""
    assert setting_of(claims_of(nlp, sentence), "Jacob Pell") == {"custodial"}


def test_a_court_speaking_of_a_confession_is_not_where_it_was_made(nlp: Language) -> None:
    found = claims_of(nlp, "Judge Mark Olsen ruled that Jacob Pell's confession was involuntary.")
    assert setting_of(found, "Jacob Pell") == {"unknown"}


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        (
            "A federal appeals court has reversed an earlier decision to overturn the murder "
            "conviction of Jacob Pell.",
            "upheld",
        ),
        (
            "The appeals court upheld a lower court's decision to overturn the conviction of "
            "Jacob Pell.",
            "overturned",
        ),
        (
            "The Supreme Court dismissed the appeal against the high court's decision to acquit "
            "Jacob Pell.",
            "acquitted",
        ),
    ],
)
def test_a_higher_court_on_a_decision_composes_the_outcomes(
    nlp: Language, sentence: str, outcome: str
) -> None:
    assert outcomes(claims_of(nlp, sentence), "Jacob Pell") == {outcome}


def test_all_the_accused_deny_as_a_group(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A court indicted Omar Farooq and Hina Baig on Monday. All the accused denied the charges.",
    )
    deniers = {p.name for c in found if c.kind == "denial" for p in c.participants}
    assert deniers == {"Omar Farooq", "Hina Baig"}


def test_the_other_suspects_are_their_own_list_not_the_accused_followed(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The court convicted Bilal Khan on Monday. The other suspects in the case including "
        "Omar Farooq and Hina Baig were acquitted by the court.",
    )
    assert outcomes(found, "Bilal Khan") == {"convicted"}
    assert outcomes(found, "Omar Farooq") == {"acquitted"}
    assert outcomes(found, "Hina Baig") == {"acquitted"}


def test_the_other_suspects_unnamed_are_no_one_followed(nlp: Language) -> None:
    found = claims_of(
        nlp, "The court convicted Bilal Khan on Monday. The other suspects were acquitted."
    )
    assert outcomes(found, "Bilal Khan") == {"convicted"}


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause has its own subject: its antecedent is what was recanted
        "Jalal Haider's confession to the killing of Sara Malik, which the young man has "
        "since recanted, was read out in court.",
        # the confession taken back is the subject of a passive retraction
        "The court noted that the confession of Jalal Haider was later retracted.",
        # a person parsed as what was retracted made it: a statement is retracted, not a man
        "The court held that the first confession he [Jalal Haider] made in custody was later "
        "retracted.",
    ],
)
def test_a_confession_taken_back_is_retracted_by_whoever_made_it(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    retractors = {p.name for c in found if c.kind == "retraction" for p in c.participants}
    assert retractors == {"Jalal Haider"}
    assert "accused" not in roles(found).get("Sara Malik", set())


@pytest.mark.parametrize(
    "text",
    [  # parsed with "remanded" as the main verb (past tense, then participle) of the name
        "Jamil Sarkar, remanded in custody for his alleged involvement in the murder, has made "
        "a statement to the court.",
        "Rubel Hossain, remanded in custody for his alleged involvement in the killing of "
        "student Rafiq Ahmed, has given a confessional statement to court.",
    ],
)
def test_a_participle_after_its_subject_and_a_comma_rules_on_the_subject(
    nlp: Language, text: str
) -> None:
    found = claims_of(nlp, text)
    name = text.split(",")[0]
    assert outcomes(found, name) == {"remanded"}
    assert roles(found)[name] == {"accused"}


def test_a_pronoun_the_focus_would_give_a_relative_is_the_person_its_sentence_named(
    nlp: Language,
) -> None:
    text = (
        "Jalal Haider confessed to the robbery. His uncle, Tom Reed, was the victim. "
        "Haider's lawyers say his confession was coerced by police."
    )
    doc = nlp(text)
    last = text.rindex("Haider")  # as if NER had missed "Haider's" in the last sentence
    doc.ents = [e for e in doc.ents if e.start_char != last]
    found, _ = find_claims(doc, find_mentions(doc))
    coerced = [c for c in found if c.kind == "confession" and c.start > last - 1]
    assert [p.name for c in coerced for p in c.participants] == ["Jalal Haider"]
    assert coerced[0].setting == "custodial"


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        # a reported clause that negates a crime verb of its subject
        (
            "Police arrested Omar Farooq in May. Omar Farooq claimed that he did not kill the "
            "guard.",
            {"Omar Farooq"},
        ),
        # "nothing to do with" a crime
        (
            "The court acquitted Rajan and Mira Kohli on Monday. The Kohlis have maintained that "
            "they had nothing to do with the murder.",
            {"Rajan Kohli", "Mira Kohli"},
        ),
        # the lawyer speaks for the client: the clause's subject is cleared
        ("Police arrested Omar Farooq in May. His lawyer said he was innocent.", {"Omar Farooq"}),
        (
            "Police arrested Omar Farooq in May. Omar Farooq's lawyer denied the charges.",
            {"Omar Farooq"},
        ),
        # a definite description of the one accused followed
        (
            "The court granted bail to Omar Farooq on Monday. The 30-year-old trader has denied "
            "all allegations.",
            {"Omar Farooq"},
        ),
        # the police or a prosecutor speaking is no answer of the accused
        ("Police arrested Omar Farooq in May. Police said he did not kill the guard.", set()),
        ("Police arrested Omar Farooq in May. The prosecutor said he was not innocent.", set()),
    ],
)
def test_the_accused_side_answering(nlp: Language, text: str, deniers: set[str]) -> None:
    found = claims_of(nlp, text)
    assert {p.name for c in found if c.kind == "denial" for p in c.participants} == deniers


def test_a_ruling_with_its_object_left_out_rules_on_the_clause_it_modifies(
    nlp: Language,
) -> None:
    found = claims_of(
        nlp,
        "Omar Farooq and Hina Baig were released from jail on Monday after the high court "
        "acquitted in the murder of a shopkeeper.",
    )
    assert outcomes(found, "Omar Farooq") == {"acquitted"}
    assert outcomes(found, "Hina Baig") == {"acquitted"}
    lawyer = claims_of(
        nlp,
        "Defence lawyer Kamran Ali spoke to reporters after the high court acquitted in the "
        "murder case.",
    )
    assert "accused" not in roles(lawyer)["Kamran Ali"]


def test_cleared_of_all_charges_is_an_acquittal_even_of_an_official(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Hamid Raza, a former state minister, was released from jail on Monday as he was "
        "cleared of all charges by the appeals court.",
    )
    assert outcomes(found, "Hamid Raza") == {"acquitted"}
    area = claims_of(nlp, "Police cleared Hamid Raza of the area on Monday.")
    assert outcomes(area, "Hamid Raza") == set()


def test_a_confession_made_by_someone_is_theirs(nlp: Language) -> None:
    found = claims_of(nlp, "The confession made by Omar Farooq was shown to reporters.")
    confessors = {p.name for c in found if c.kind == "confession" for p in c.participants}
    assert confessors == {"Omar Farooq"}


def test_a_pronoun_is_not_the_relative_its_own_sentence_describes(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Jalal Haider, who helped his uncle Tom Reed rob a bank in 2009, has had his conviction "
        "overturned by a federal judge.",
    )
    assert outcomes(found, "Jalal Haider") == {"overturned"}
    # "his conviction" is Jalal Haider's, not his uncle's: no outcome for the uncle, who is
    # accused only as the one who robbed the bank
    assert outcomes(found, "Tom Reed") == set()
    assert {c.kind for c in found if any(p.name == "Tom Reed" and p.role == "accused"
                                         for p in c.participants)} == {"crime"}  # fmt: skip


def test_a_list_after_a_relative_clause_adds_to_the_accused_followed(nlp: Language) -> None:
    # the list begins after "included", not after the relative clause's "were"; it may begin
    # with words describing its first items; "the other accused" are more than those followed
    found = claims_of(
        nlp,
        "A court indicted Omar Farooq and Hina Baig on Monday. The other accused against whom "
        "charges were framed included Farooq’s two cooks Rehmat, Bilal Khan and Sajid Mir, "
        "Harbour Clinic chief Dr Nadia Rauf and three of her nurses. All the accused denied "
        "the charges.",
    )
    listed = {p.name for c in found if c.kind == "accusation" for p in c.participants}
    # an item NER missed is kept; the owner of "Farooq's cooks" and the clinic are not items
    assert listed == {"Rehmat", "Bilal Khan", "Sajid Mir", "Nadia Rauf"}
    deniers = {p.name for c in found if c.kind == "denial" for p in c.participants}
    assert deniers == {"Omar Farooq", "Hina Baig", "Rehmat", "Bilal Khan", "Sajid Mir",
                       "Nadia Rauf"}  # fmt: skip


def test_a_list_may_begin_with_words_describing_its_items(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A court indicted Omar Farooq on Monday. The other accused included his drivers Bilal "
        "Khan and Sajid Mir.",
    )
    assert {p.name for c in found if c.kind == "accusation" for p in c.participants} == {
        "Bilal Khan",
        "Sajid Mir",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Omar Farooq on Monday. He owns a bakery named Sweet Corner.",
        "Police arrested Omar Farooq on Monday. Hina Baig was named captain of the club.",
    ],
)
def test_named_as_a_name_or_a_title_accuses_no_one(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert {p.name for c in found if c.kind == "accusation" for p in c.participants} == set()


def test_the_accused_of_no_number_are_all_the_accused_named(nlp: Language) -> None:
    text = (
        "The court convicted Omar Farooq and Hina Baig of arson. A third defendant, Bilal "
        "Khan, was acquitted. The accused {} setting the fire."
    )
    past = claims_of(nlp, text.format("denied"))
    deniers = {p.name for c in past if c.kind == "denial" for p in c.participants}
    assert deniers == {"Omar Farooq", "Hina Baig", "Bilal Khan"}
    # "denies" says one: not the whole group
    present = claims_of(nlp, text.format("denies"))
    deniers = {p.name for c in present if c.kind == "denial" for p in c.participants}
    assert len(deniers) <= 1


@pytest.mark.parametrize(
    "text",
    [
        # the grounds of an act: whom it was done to stands accused
        "Karim Dad was beaten to death by a crowd in Sukkur on allegations of theft.",
        "The club sacked Karim Dad Khan over accusations of match fixing.",
        # "after being accused": the passive subject of the clause it modifies
        "Karim Dad was beaten and shot by a crowd in Sukkur after being accused of theft.",
    ],
)
def test_whom_an_act_was_done_to_on_allegations_is_accused(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    name = "Karim Dad Khan" if "Khan" in text else "Karim Dad"
    assert "accused" in roles(found).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        # the allegations name someone of their own
        "The court reserved its judgment on allegations against Karim Dad.",
        # the act is done to no one named
        "Police raided the house of a trader on allegations of theft.",
    ],
)
def test_allegations_as_grounds_accuse_no_one_else(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert not [p for c in found if c.kind == "accusation" and c.cue[0] > text.index(" on ")
                for p in c.participants]  # fmt: skip


def _with_places(nlp: Language, text: str, label: str, *places: str) -> list[Claim]:
    """The claims of ``text`` with ``places`` tagged as places (NER ``label``), as a small
    NER tags many South Asian names."""
    doc = nlp(text)
    spans = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in places]
    doc.set_ents([Span(doc, s.start, s.end, label) for s in spans if s is not None],
                 default="unmodified")  # fmt: skip
    mentions = find_mentions(doc)
    found, extra = find_claims(doc, mentions)
    # a person either for the mention finder (``mentions.persons_places``) or, where it
    # reads no person's position, for the claims, which add the name as an extra mention
    people = {m.name for m in mentions if m.type == "person"} | {m.name for m in extra}
    assert people >= {p for p in places if p != "Lahore"}
    return found


def test_a_name_typed_as_a_place_where_only_a_person_stands_is_a_person(nlp: Language) -> None:
    text = "The court acquitted Tahir Zahoor in Lahore on Monday."
    ruled = _with_places(nlp, text, "FAC", "Tahir Zahoor", "Lahore")
    assert outcomes(ruled, "Tahir Zahoor") == {"acquitted"}
    assert "Lahore" not in roles(ruled)
    listed = _with_places(
        nlp,
        "A court indicted Omar Farooq on Monday. The other accused included Bilal Khan, "
        "Iftikhar and Sajid Mir.",
        "GPE",
        "Iftikhar",
    )
    assert roles(listed)["Iftikhar"] == {"accused"}
    # where the listed come from is no item
    origin = claims_of(nlp, "The accused are Bilal Khan from Karachi and Sajid Mir.")
    assert "Karachi" not in roles(origin)


def test_a_country_censured_is_no_one_ruled_on(nlp: Language) -> None:
    found = claims_of(
        nlp, "The assembly passed a resolution condemning Iran for human rights abuses."
    )
    assert "Iran" not in roles(found)


def test_a_list_needs_a_verb_that_includes_before_describing_words(nlp: Language) -> None:
    # "being a Republican" lists no accused
    found = claims_of(nlp, "Omar Farooq accused Bilal Khan of being a Republican.")
    assert roles(found) == {"Bilal Khan": {"accused"}}


def test_a_nationality_is_no_party(nlp: Language) -> None:
    text = "Later, the American and her friend Bilal Khan were convicted for the crime."
    doc = nlp(text)
    at = text.index("American")
    span = doc.char_span(at, at + len("American"), "NORP")
    assert span is not None
    doc.set_ents([span], default="unmodified")
    found, _ = find_claims(doc, find_mentions(doc))
    assert outcomes(found, "Bilal Khan") == {"convicted"}
    assert "American" not in roles(found)


def test_a_dateline_is_no_party(nlp: Language) -> None:
    """A place the mentions typed (a dateline's "PORTVALE:") is never read as a name NER
    missed, whatever NER tagged it: it names no party."""
    doc = nlp("PORTVALE: The Coastal Guard has arrested 65 target killers since May.")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 5, "ORG")]  # as a small NER may read it
    mentions = find_mentions(doc)
    assert {m.name: m.type for m in mentions}["PORTVALE"] == "place"
    reader = Reader(doc, mentions)
    assert reader._name_at(doc[0]) is None
    assert not reader.extra


def test_a_name_after_alias_takes_no_surname_from_the_next_name(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Three of the accused, including Arif Noon, Zarrar alias Bunty and Salim Dahar, "
        "were later arrested.",
    )
    assert "Bunty Dahar" not in roles(found)
    assert roles(found)["Salim Dahar"] == {"accused"}


def test_an_organisation_with_its_acronym_describes_the_listed_name(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Earlier, a court had awarded life imprisonment to two convicts, including Pakistan "
        "Farmers-e-Insaf (PFI) councillor Arif Noon in the Tarvez lynching case.",
    )
    accused = {n for n, r in roles(found).items() if "accused" in r}
    assert "Arif Noon" in accused
    # asked of the whole name, not of "e" inside it, which hangs from the name
    assert not accused & {"Pakistan Farmers-e-Insaf", "PFI"}


@pytest.mark.parametrize(
    "text",
    [
        "What do you have to lose by trying something new like Hal Brisk?",
        "The party voted to nominate Marla Quint to replace Dorian Pell as its candidate.",
        "The governor said he would consider naming Judge Ivo Marsh to the Supreme Court.",
        "Footage captured Lena Marsh getting out of a car with her aide.",
        "The jobs report cheered Democrats hoping to capture the Senate from Lena Marsh's party.",
        "The audit named Beijing as the perpetrator of the attacks and praised chairman Hal "
        "Brisk, who was nominated for his post in 2011.",
    ],
)
def test_a_verb_of_everyday_sense_charges_no_one_without_an_offence(
    nlp: Language, text: str
) -> None:
    """ "Try", "nominate", "name" and "capture" charge, arrest or accuse only where their own
    phrase names an offence or a case, not elsewhere in the sentence ("report", "attacks")."""
    assert not [c for c in claims_of(nlp, text) if c.kind in ("charge", "arrest", "accusation")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hal Brisk was tried for the murder of a shopkeeper.", "Hal Brisk"),
        ("Dorian Pell has been nominated in around 40 cases of extortion.", "Dorian Pell"),
        ("Police named Marla Quint in the FIR.", "Marla Quint"),
        ("Detectives captured Omar Fadel, who was wanted for the murder.", "Omar Fadel"),
    ],
)
def test_the_same_verbs_beside_an_offence_or_a_case_still_charge(
    nlp: Language, text: str, name: str
) -> None:
    assert "accused" in roles(claims_of(nlp, text)).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        "They don't want to think we're blaming Muslims, we're blaming Mexicans for our woes.",
        "Police accused Serbs of the attack.",
    ],
)
def test_a_people_in_the_plural_is_never_the_accused(nlp: Language, text: str) -> None:
    """A nationality or religion in the plural (NER's NORP) names a people used as a common
    noun, whether the parse makes it the object or only the name after the verb."""
    assert not [c for c in claims_of(nlp, text) if c.kind == "accusation"]


def test_an_organisation_after_the_verb_is_still_accused(nlp: Language) -> None:
    assert (
        "accused"
        in roles(claims_of(nlp, "Prosecutors accused the Tamil Tigers of the bombing."))[
            "Tamil Tigers"
        ]
    )


def test_a_clause_with_a_subject_of_its_own_does_not_take_its_heads(nlp: Language) -> None:
    """ "even if it kills us" has its own subject: the main clause's subject did not kill;
    "re-emerged in a televised confession" has none, and the confession is the subject's."""
    text = "Mark Ellison will promote the drug at any cost, even if it kills us."
    assert not [c for c in claims_of(nlp, text) if c.kind == "crime" and c.participants]
    confessions = claims_of(nlp, "Mark Ellison re-emerged in a televised confession.")
    assert "accused" in roles(confessions)["Mark Ellison"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Omar Farooq nor his brothers have been charged with any crime.",
        "Nobody has accused Omar Farooq of the murder.",
        "No one has charged Omar Farooq with the murder.",
        "None of the five men was convicted of the murder.",
        "If convicted, Omar Farooq faces the death penalty for the murder.",
        "Unless acquitted, Omar Farooq faces the death penalty.",
        "Police have not charged or arrested Omar Farooq.",
        "Omar Farooq, who has not been charged with nor convicted of any crime, spoke to us.",
    ],
)
def test_a_negated_or_conditional_claim_is_no_claim(nlp: Language, text: str) -> None:
    """A negative subject ("neither ... nor", "nobody", "no one", "none of"), a conjunct of a
    negated verb or after "nor", and an "if" or "unless" clause tell an act that was not done
    or is only supposed."""
    found = claims_of(nlp, text)
    assert not [c for c in found if c.kind in ("charge", "arrest", "ruling", "accusation")]


@pytest.mark.parametrize(
    "text",
    [
        "Police did not charge Omar Farooq but arrested him on Monday.",
        "Omar Farooq was not charged but was arrested on Monday.",
    ],
)
def test_a_conjunct_after_but_is_not_negated_by_its_head(nlp: Language, text: str) -> None:
    """A conjunct takes its head's negation ("have not charged or arrested X"), not across
    "but": the arrest was made."""
    found = claims_of(nlp, text)
    assert "accused" in roles([c for c in found if c.kind == "arrest"])["Omar Farooq"]
    assert not [c for c in found if c.kind == "charge"]


def test_the_same_claims_made_are_still_read(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police charged Omar Farooq with murder. The court convicted Bilal Shah of the murder.",
    )
    assert {c.kind for c in found if c.participants} >= {"charge", "ruling"}
    assert outcomes(found, "Bilal Shah") == {"convicted"}


@pytest.mark.parametrize(
    "negation",
    [
        "Neither Omar Farooq nor his brothers have been charged with any crime.",
        "Omar Farooq has never been charged with any crime.",
    ],
)
def test_whom_a_negated_charge_names_stays_in_focus(nlp: Language, negation: str) -> None:
    """The negated charge is dropped, but the pronoun after it is still its subject, not
    the last person arrested (the reason the first reading of "neither ... nor" was
    rejected: the report's one right accused was lost with the charge)."""
    text = f"Police arrested Bilal Shah in March. {negation} A rival accused him of arson."
    found = claims_of(nlp, text)
    assert not [c for c in found if c.kind == "charge"]
    accusations = [c for c in found if c.kind == "accusation"]
    assert [p.name for c in accusations for p in c.participants] == ["Omar Farooq"]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Nadia Khan announced the verdict against Omar Farooq in the murder case.",
        "Judge Nadia Khan pronounced the judgment against Omar Farooq on Monday.",
        "The court pronounced its verdict on Omar Farooq and Bilal Shah on Monday.",
    ],
)
def test_a_verdict_pronounced_tells_no_outcome(nlp: Language, text: str) -> None:
    """ "pronounced the verdict": the verb gives a decision; what it decided is not said."""
    found = claims_of(nlp, text)
    assert not [c for c in found if c.kind == "ruling"]


def test_a_verdicts_own_words_give_its_outcome(nlp: Language) -> None:
    found = claims_of(
        nlp, "Judge Nadia Khan announced a guilty verdict against Omar Farooq in the murder case."
    )
    assert outcomes(found, "Omar Farooq") == {"convicted"}
    acquittal = claims_of(
        nlp, "Judge Nadia Khan announced a not guilty verdict for Omar Farooq on Monday."
    )
    assert outcomes(acquittal, "Omar Farooq") == {"acquitted"}
    sentence = claims_of(nlp, "The court announced the sentence of Omar Farooq on Monday.")
    assert outcomes(sentence, "Omar Farooq") == {"sentenced"}


@pytest.mark.parametrize(
    "text",
    [
        "Carl Brandt was arrested last year. Carl Brandt accused him of fraud.",
        "Ruth Pelling spoke first. Mrs. Pelling accused him of sexism.",
        "Carl Brandt was charged with fraud last year. On Monday Carl Brandt responded to the "
        "tweet by calling Omar Fadel dopey and accusing him of wanting to buy politicians.",
    ],
)
def test_a_pronoun_object_is_never_the_subject_of_its_own_clause(nlp: Language, text: str) -> None:
    """ "X accused him": "him" is not X (that would be "himself"), also where the clause
    shares its subject ("responded by ... accusing him"). Without the rule, each "him" was
    resolved to the accuser, followed from an earlier sentence or named before it. (In "by
    calling Y dopey and accusing him", him is Y, named in the clause before it.)"""
    accusations = [c for c in claims_of(nlp, text) if c.kind == "accusation"]
    accused = {p.name for c in accusations for p in c.participants if p.role == "accused"}
    assert accused <= {"Omar Fadel"}


def test_a_pronoun_object_still_stands_for_someone_else(nlp: Language) -> None:
    text = "Police arrested Omar Fadel. His brother Karim Fadel accused him of the murder."
    accusations = [c for c in claims_of(nlp, text) if c.kind == "accusation"]
    assert [p.name for c in accusations for p in c.participants if p.role == "accused"] == [
        "Omar Fadel"
    ]


def test_a_ruling_verb_scans_no_further_than_its_own_object(nlp: Language) -> None:
    """ "condemns the use of X": "of" is no noun describing X (as "cricketer" in "granted
    bail to cricketer X"), so X is not the object the parser lost: censure is no sentence."""
    for text in (
        "The company said it condemns the use of Lena Marsh in the advert.",
        "Voters condemn the treatment of Omar Vane by the press.",
    ):
        assert not [c for c in claims_of(nlp, text) if c.kind == "ruling" and c.participants]
    text = "The court sentenced cricketer Omar Vane to five years."
    assert outcomes(claims_of(nlp, text), "Omar Vane") == {"sentenced"}
    # "cricketer" tagged a verb here: still a word describing the name after it
    text = "A Nepal court on Thursday granted bail to cricketer Omar Vane, who is accused of theft."
    assert outcomes(claims_of(nlp, text), "Omar Vane") == {"bail"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lena Marsh spoke at the rally. He dismissed accusations that Omar Vane exploited "
         "the unrest.", "Omar Vane"),
        ("Omar Vane denied the charges against Lena Marsh.", "Lena Marsh"),
    ],
)  # fmt: skip
def test_a_denial_answers_for_whom_the_accusation_names(
    nlp: Language, text: str, name: str
) -> None:
    """A denied accusation that names its accused ("accusations that X ...", "the charges
    against X") is denied for X, whoever speaks: the speaker is not made the accused."""
    denials = [c for c in claims_of(nlp, text) if c.kind == "denial"]
    assert {p.name for c in denials for p in c.participants if p.role == "accused"} == {name}


def test_a_denial_of_the_charges_against_him_is_still_the_speakers(nlp: Language) -> None:
    text = "Omar Vane was arrested on Monday. He denied the charges against him."
    denials = [c for c in claims_of(nlp, text) if c.kind == "denial"]
    assert {p.name for c in denials for p in c.participants} == {"Omar Vane"}


def test_a_word_of_a_name_accuses_no_one(nlp: Language) -> None:
    """An accused noun inside the name NER found is a word of that name: the rapper "Killer
    Mike" accuses no one (nor does a verb of a headline NER took whole as one name)."""
    text = "The guests include actor Dan Glover and Atlanta-based rapper Killer Mike."
    assert not [c for c in claims_of(nlp, text) if c.kind == "accusation"]


def test_an_accused_noun_beside_a_name_still_describes_it(nlp: Language) -> None:
    found = claims_of(nlp, "Accused Omar Vane denied the charges.")
    assert "accused" in roles(found)["Omar Vane"]


@pytest.mark.parametrize(
    "text",
    [
        "A worker of the Dockers Union, Selim Durant, on Monday confessed to the killing of two"
        " guards.",
        "The court sentenced Selim Durant, a former Dockers Union worker, to ten years for the"
        " killing of two guards.",
    ],
)
def test_one_member_named_beside_is_that_person_not_a_group(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    accused = {(p.name, p.members) for c in found for p in c.participants if p.role == "accused"}
    assert ("Selim Durant", None) in accused
    assert not [name for name, members in accused if members], accused


def test_members_named_by_number_are_a_group(nlp: Language) -> None:
    found = claims_of(nlp, "Police arrested 13 workers of the Dockers Union for killing two men.")
    accused = {(p.name, p.members) for c in found for p in c.participants if p.role == "accused"}
    assert accused == {("Dockers Union", "workers")}


@pytest.mark.parametrize(
    "text",
    [
        "Orla Venn, who owns the Harbour Gazette, denied the report, saying sales were strong.",
        "Governor Ivo Marsh has denied that Senator Lena Hart had anything to do with his"
        " decision.",
        "Lena Hart forcefully rejected the senator's claim.",
    ],
)
def test_a_denial_of_no_accusation_is_no_claim(nlp: Language, text: str) -> None:
    """A denial answers an accusation only where what it denies is one: a report or a
    claim that names no charge, crime or act, or a clause that names none, is not."""
    assert not [c for c in claims_of(nlp, text) if c.kind == "denial"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomas Brandt denied the charges through his lawyer.", "Tomas Brandt"),
        ("Dorian Pell denied the report that he had killed a neighbour.", "Dorian Pell"),
        ("The suspect Omar Vane denied the claim.", "Omar Vane"),
        ("Omar Vane denied that he was at the house where the woman was shot.", "Omar Vane"),
    ],
)  # fmt: skip
def test_a_denial_of_an_accusation_is_still_read(nlp: Language, text: str, name: str) -> None:
    """A charge, a crime, an accused or an act named beside what is denied keeps the
    denial: the guards of the rule above."""
    denials = [c for c in claims_of(nlp, text) if c.kind == "denial"]
    assert name in {p.name for c in denials for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    "text",
    [
        "When she was a federal prosecutor, Nora Quill brought few cases.",
        "As a prosecutor, Nora Quill brought few cases.",
        "Nora Quill was the prosecutor in the case.",
    ],
)
def test_an_office_predicated_of_a_name_is_its_role(nlp: Language, text: str) -> None:
    """ "X was the prosecutor", "As a prosecutor, X ...", and a pronoun subject of a clause
    before the name it stands for ("When she was a federal prosecutor, X ...")."""
    assert roles(claims_of(nlp, text)).get("Nora Quill") == {"prosecutor"}


@pytest.mark.parametrize(
    "text",
    [
        "Omar Vane was arrested. The words sound like his, so it's hard to blame him for"
        " being confused.",
        "It would be wrong to accuse Omar Vane of the murder.",
    ],
)
def test_an_act_only_judged_is_not_made(nlp: Language, text: str) -> None:
    """An infinitive after an adjective said of "it" judges the act ("it's hard to blame
    him"): no accusation is made."""
    assert not [c for c in claims_of(nlp, text) if c.kind == "accusation"]


def test_an_act_the_subject_is_quick_to_do_is_made(nlp: Language) -> None:
    found = claims_of(nlp, "Omar Vane was quick to blame Ivo Marsh for the fire.")
    assert roles(found).get("Ivo Marsh") == {"accused"}


def test_a_name_before_one_accused_noun_is_not_the_accused(nlp: Language) -> None:
    """ "the Sandy Ridge shooter" tells where, not who, even where the mentions took the
    place for a person: no claim accuses it. A name after the noun is the one it describes
    ("the shooter, Ivo Marsh"), and members in the plural are the organisation's ("Harbor
    Front gunmen")."""
    from corroborate.records import Mention

    text = "The families alleged that its marketing inspired the Sandy Ridge shooter."
    doc = nlp(text)
    start = text.index("Sandy Ridge")
    place = Mention(start, start + len("Sandy Ridge"), "Sandy Ridge", "person", "Sandy Ridge",
                    "ORG")  # fmt: skip
    claims, _ = find_claims(doc, [place])
    assert not any(p.role == "accused" for c in claims for p in c.participants)
    text = "Police said the shooter, Ivo Marsh, had killed six people at the school."
    doc = nlp(text)
    claims, _ = find_claims(doc, find_mentions(doc))
    assert ("Ivo Marsh", "accused") in {(p.name, p.role) for c in claims for p in c.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Faraz Baloch was arrested and confessed to the murder.",
        "Faraz Baloch was detained on Monday and later confessed.",
    ],
)
def test_a_confession_conjoined_to_a_passive_arrest_is_its_subjects(
    nlp: Language, text: str
) -> None:
    found = claims_of(nlp, text)
    confessors = {p.name for c in found if c.kind == "confession" for p in c.participants}
    assert confessors == {"Faraz Baloch"}


def test_a_confession_with_its_own_subject_is_that_subjects(nlp: Language) -> None:
    found = claims_of(nlp, "Faraz Baloch was arrested and Harun Qadri confessed.")
    confessors = {p.name for c in found if c.kind == "confession" for p in c.participants}
    assert confessors == {"Harun Qadri"}


def test_a_name_typed_a_country_is_a_person_when_acquitted(nlp: Language) -> None:
    # NER types a foreign name a country in a long report ("Thabo Zulu" beside KwaZulu): a
    # court acquits or convicts people only, so the passive subject is one; "condemned" a
    # country stays censure
    text = "His co-accused, Jabu Xhosa, 29, was acquitted on all counts."
    doc = nlp(text)
    mentions = [
        dataclasses.replace(m, type="place", label="GPE") if m.name == "Jabu Xhosa" else m
        for m in find_mentions(doc)
    ]
    found, _ = find_claims(doc, mentions)
    assert outcomes(found, "Jabu Xhosa") == {"acquitted"}
    text = "The summit in Geneva condemned North Korea on Tuesday."
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    assert outcomes(found, "North Korea") == set()


def test_a_plural_noun_before_a_name_is_no_title(nlp: Language) -> None:
    # "told jurors X's account": the jurors are the object, X no juror (a name the report
    # gives a court's part is never accused there); a plural title of a list stays one
    found = roles(claims_of(nlp, "Prosecutor Ian Boyd told jurors Tremblay's alibi was false."))
    assert "court" not in found.get("Tremblay", set())
    found = roles(claims_of(nlp, "Defence lawyers Ali Raza and Omar Khan said the case was weak."))
    assert found["Ali Raza"] == found["Omar Khan"] == {"defence"}


def test_a_court_named_for_another_act_nearby_is_not_where_he_confessed(nlp: Language) -> None:
    """A court of several words counts only in a phrase attached to the confession: the family's
    appeal "before the Harbour High Court" in the sentence before is another act's court."""
    from corroborate.extract import extract_text

    text = (
        "His family has challenged his detention order before the Harbour High Court.\n"
        "Tomas Ferrel had earlier confessed his links with the Coastal Union's leadership."
    )
    confessions = [a for a in extract_text(text, nlp) if a.kind == "confession"]
    assert confessions and {a.setting for a in confessions} == {"unknown"}
    found = claims_of(nlp, "Tomas Ferrel confessed before the Harbour District Court.")
    assert setting_of(found, "Tomas Ferrel") == {"judicial"}


def test_a_participle_on_a_noun_apposed_to_a_name_accuses_the_name(nlp: Language) -> None:
    # "national" is tagged an adjective; in apposition it renames the name all the same
    found = claims_of(
        nlp,
        "Kofi Adjei Mensah, the Togolese national accused of running the ring, lives abroad.",
    )
    assert "accused" in roles(found).get("Kofi Adjei Mensah", set())


def test_the_victim_of_a_crime_past_its_own_phrase_is_no_suspect(nlp: Language) -> None:
    # "for ransom" hangs on the verb, "of Y" on "ransom": Y is still the one kidnapped, and
    # "the main suspect" is not Y
    found = claims_of(
        nlp,
        "A sessions court on Monday indicted two men in the abduction for ransom of "
        "shopkeeper Bilal Hingorani, while the main suspect told the court that his "
        "confession had been forced.",
    )
    assert roles(found).get("Bilal Hingorani") == {"victim"}


def test_admitting_to_a_count_is_a_plea_of_guilty(nlp: Language) -> None:
    found = claims_of(
        nlp, "Lorna Whitcombe admitted to one count of conspiracy to commit wire fraud."
    )
    assert outcomes(found, "Lorna Whitcombe") == {"convicted"}


def test_a_counted_lede_waits_a_few_sentences_for_its_names(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A court in Tarnow on Monday jailed three men for the robbery of a jewellery shop. "
        "The robbery took place in May, when the owner was away. Judge Ewa Sokol said the "
        "evidence was overwhelming. Marek Nowak, Piotr Wrona and Adam Lis were arrested a "
        "week later.",
    )
    for name in ("Marek Nowak", "Piotr Wrona", "Adam Lis"):
        assert outcomes(found, name) == {"sentenced"}
    assert roles(found)["Ewa Sokol"] == {"court"}


def test_a_counted_lede_is_not_bound_to_a_group_of_another_size(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A court in Tarnow on Monday jailed three men for the robbery of a jewellery shop. "
        "The robbery took place in May, when the owner was away. Marek Nowak and Piotr "
        "Wrona were arrested a week later.",
    )
    assert outcomes(found, "Marek Nowak") == set()


def test_a_relative_clause_on_a_noun_apposed_to_a_name_is_the_names(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The state's main witness was Gideon Marsh, a locksmith who pleaded guilty in May to "
        "one count of burglary under a deal with prosecutors.",
    )
    assert outcomes(found, "Gideon Marsh") == {"convicted"}


def test_an_indefinite_person_placed_by_a_name_is_one_unnamed_person(nlp: Language) -> None:
    # NER may take the town for an organisation: "a Fairbourne man" is still one man, named
    # in the next sentence, never the town's members
    found = claims_of(
        nlp,
        "A jury on Monday convicted a Fairbourne man of stealing from a church fund. "
        "Aldous Penhallow, 52, was found guilty of theft and fraud.",
    )
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert not any("Fairbourne" in name for name in accused), accused


def test_a_that_clause_is_finite_whatever_the_tagger_made_of_its_verb(nlp: Language) -> None:
    # "confessed" after the apposition is tagged a participle; a clause opened by "that" is
    # still finite, so its subject confessed (it is no small clause "X found beaten")
    found = claims_of(
        nlp,
        "Sergeant Alan Webb told the court that Tom Price, a labourer, confessed to "
        "detectives that he had stolen the van.",
    )
    confessors = {p.name for c in found if c.kind == "confession" for p in c.participants
                  if p.role == "accused"}  # fmt: skip
    assert confessors == {"Tom Price"}
