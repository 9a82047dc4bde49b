"""Dates, acts, statuses and narrative events: the ledger's rules on small inputs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from corroborate.ledger.acts import statement_act
from corroborate.ledger.build import build_ledger, group_steps
from corroborate.ledger.link import Step
from corroborate.ledger.status import confession_only, status_of
from corroborate.nlp.acts import act_of
from corroborate.nlp.claims import find_claims
from corroborate.nlp.dates import event_date
from corroborate.nlp.mentions import find_mentions
from corroborate.records import HELD_WITHOUT_CHARGE, Entity, Event
from tests.conftest import analyse_rows
from tests.ledger.invented import accused_names


def test_weekday_resolved_against_publication() -> None:
    assert event_date("The court on Thursday acquitted him.", "2021-01-08") == "2021-01-07"
    assert event_date("He spoke on Friday.", "2021-01-08") == "2021-01-08"
    assert event_date("He was arrested yesterday.", "2021-01-08") == "2021-01-07"
    assert event_date("No day given.", "2021-01-08") == "2021-01-08"
    assert event_date("On Monday.", None) is None


def test_first_act_named_wins() -> None:
    assert act_of("carrying an Avan bomb (rifle grenade)") == "explosives"
    assert act_of("arms, ammunition and explosives") == "illegal weapons"
    assert act_of("passed on secret information") == "espionage"
    assert act_of("said it was a sunny day") is None


def _e(kind: str, outcome: str | None = None, setting: str | None = None,
       quote: str = "q", source: str | None = "S") -> Event:  # fmt: skip
    return Event("2020-01-01", kind, outcome, setting, source, "d", quote, 0, 1)  # type: ignore[arg-type]


def test_status_rules() -> None:
    assert status_of([_e("allegation")], set()) == "alleged"
    assert status_of([_e("allegation"), _e("denial")], set()) == "contested"
    assert status_of([_e("allegation", source="A"), _e("allegation", source="B")], set()) == (
        "corroborated"
    )
    assert status_of([_e("confession"), _e("retraction")], set()) == "retracted"
    assert status_of([_e("allegation"), _e("charge")], set()) == "charged"
    assert status_of([_e("ruling", "convicted"), _e("ruling", "acquitted")], set()) == "acquitted"
    assert status_of([_e("ruling", "bail")], set()) == "charged"


def test_held_without_charge_is_no_charge() -> None:
    # "detained without charge": custody told with its charge negated
    held = _e("charge", HELD_WITHOUT_CHARGE)
    assert status_of([_e("allegation"), held], set()) == "alleged"
    assert status_of([held, _e("denial")], set()) == "contested"
    assert status_of([held, _e("charge", "arrested")], set()) == "charged"


def test_confession_only() -> None:
    assert confession_only([_e("confession", setting="custodial")])
    # "According to the JIT report, he confessed": read at ingest as a custodial report
    reported = replace(_e("allegation"), custodial_report=True)
    assert confession_only([_e("confession", setting="custodial"), reported])
    assert not confession_only([_e("confession", setting="custodial"), _e("allegation")])
    assert not confession_only([_e("confession", setting="judicial")])


def test_narrative_events(nlp: Language) -> None:
    text = (
        "A court on Monday acquitted Zed Khan in a murder case. He was sentenced to"
        " five years for fraud in 2019. He could not be indicted."
    )
    doc = nlp(text)
    claims, _ = find_claims(doc, find_mentions(doc))
    rulings = [
        (c.outcome, p.name)
        for c in claims
        if c.kind in ("ruling", "charge")
        for p in c.participants
        if p.role == "accused"
    ]
    assert rulings == [("acquitted", "Zed Khan"), ("sentenced", "Zed Khan")]


def test_a_retold_confession_rests_on_the_custodial_one() -> None:
    custodial = _e("confession", setting="custodial")
    retold = _e("confession", setting="unknown")
    assert confession_only([custodial, retold]) is True
    # Once a court heard a confession too, a retelling may rest on that one.
    assert confession_only([custodial, _e("confession", setting="judicial"), retold]) is False


def test_victims_are_not_accused(nlp: Language) -> None:
    text = (
        "The Coastal Guard claimed that it had apprehended five target killers, including Tomas"
        " Brandt, who was condemned to death by a court over his involvement in the murder of"
        " television journalist Ilse Varga."
    )
    ledger = build_ledger(analyse_rows(nlp, [{"id": "v", "text": text, "published": "2020-01-02"}]))
    accused = {e.name for a in ledger.allegations for e in ledger.entities if e.id in a.accused}
    assert "Tomas Brandt" in accused
    assert "Ilse Varga" not in accused


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee spoke on Monday. The aim, she said, is a lasting truce that would end the"
        " bombings of Marlow and other coastal towns.",
        "The envoy said the bombing of Hollin Square must be investigated.",
    ],
)
def test_a_bombing_s_target_is_not_accused(nlp: Language, text: str) -> None:
    """ "The bombing of X" names what was bombed, as "the murder of X" names the victim."""
    ledger = build_ledger(analyse_rows(nlp, [{"id": "b", "text": text, "published": "2020-01-02"}]))
    accused = {e.name for a in ledger.allegations for e in ledger.entities if e.id in a.accused}
    assert not accused & {"Marlow", "Hollin Square"}


def test_a_report_of_a_confession_to_the_police_rests_on_custody(nlp: Language) -> None:
    """Read at ingest, not from the event's quote: a sentence that tells of a confession and
    names the police or investigators rests on a custodial confession."""
    rows = [
        {"id": "port-1", "published": "2031-06-10", "text": (
            "Omar Vane confessed to the arson during interrogation by the joint investigation"
            " team, officials said.")},
        {"id": "port-2", "published": "2031-06-12", "text": (
            "The police said Omar Vane had confessed to setting fire to the warehouse.")},
    ]  # fmt: skip
    [arson] = build_ledger(analyse_rows(nlp, rows)).allegations
    assert arson.confession_only
    told = [e for e in arson.events if e.document_id == "port-2"]
    assert told and all(e.custodial_report for e in told)


def test_a_patron_only_one_report_names_is_accused_by_that_report_alone() -> None:
    """A patronage allegation keeps as co-accused the patrons every report of it names; a
    patron only one report lists gets an allegation of its own with that report's event, so
    that no report reads as accusing someone it does not name."""
    party, leader, minister = (Entity("org", "Harbour Party", "organization"),
                               Entity("lead", "Noreen Vale", "person"),
                               Entity("min", "Tariq Oswin", "person"))  # fmt: skip
    entities = {e.id: e for e in (party, leader, minister)}

    def step(doc: str, co: set[str], kind: str = "allegation") -> Step:
        event = Event(None, kind, None, None, "a minister", doc, "...", 0, 3)  # type: ignore[arg-type]
        return Step(event, "patronage", "org", set(co), co_accused=co)

    steps = [step("one", {"lead"}), step("two", {"lead", "min"}), step("three", set(), "denial")]
    by_accused = {tuple(a.accused): a for a in group_steps(steps, entities)}
    assert set(by_accused) == {("org", "lead"), ("min",)}
    assert {e.document_id for e in by_accused[("min",)].events} == {"two"}
    # the party's denial answers the party's allegation, never the minister's
    assert {e.document_id for e in by_accused[("org", "lead")].events} == {"one", "two", "three"}


def test_a_patronage_event_never_accuses_a_patron_its_report_does_not_name(
    nlp: Language,
) -> None:
    rows = [
        {"id": "r1", "published": "2031-07-07", "text": (
            "Furthermore, interior minister Tariq Oswin accused that Zaman Lodhi had close links"
            " with senior Harbour Party leaders, including Noreen Vale, Salim Kasi and Omar"
            " Dakar.")},
        {"id": "r2", "published": "2031-07-08", "text": (
            "Zaman Lodhi had earlier confessed his association with Harbour Party's central"
            " leadership, including its women's wing leader Noreen Vale, during interrogation.")},
    ]  # fmt: skip
    ledger = build_ledger(analyse_rows(nlp, rows))
    names = {e.id: e.name for e in ledger.entities}
    patronage = [a for a in ledger.allegations if a.act == "patronage"]
    assert any(names[a.accused[0]] == "Harbour Party" for a in patronage)
    for allegation in patronage:
        for co_accused in allegation.accused[1:]:
            assert all(names[co_accused] in e.quote for e in allegation.events), allegation
    [dakar] = [a for a in patronage if names[a.accused[0]] == "Omar Dakar"]
    assert {e.document_id for e in dakar.events} == {"r1"}


def test_a_place_is_never_the_accused(nlp: Language) -> None:
    """Where it happened is no actor: a city in the content (the attribution's target, or
    the first name it gives) is never the principal."""
    accused = accused_names(
        nlp,
        "The Rangers revealed on Wednesday that target killers in Lisbon were receiving"
        " money from abroad.",
        "Police claimed that Lisbon saw a decline in killings after Dorian Pell was arrested.",
    )
    assert "Lisbon" not in accused


def test_a_crime_verb_in_a_sentence_naming_no_crime_accuses_no_one(nlp: Language) -> None:
    """ "Attacked" in a speech is criticism: a crime claim whose sentence names no crime
    (no act) is no allegation; "shot and killed" and "stabbed" name theirs (killing,
    assault)."""
    accused = accused_names(
        nlp,
        "Senator Hal Brisk attacked Marla Quint in a speech on Monday.",
        "Senator Hal Brisk attacked the loopholes that benefit hedge funds.",
        "Dorian Pell shot and killed Ivo Marsh outside a bakery in 2019.",
        "Tomas Brandt stabbed Ilse Varga outside a bakery in 2019.",
    )
    assert "Hal Brisk" not in accused and "Marla Quint" not in accused
    assert "Dorian Pell" in accused and "Ivo Marsh" not in accused
    # "stabbed" names its act: no sentence that tells a stabbing loses it
    assert "Tomas Brandt" in accused and "Ilse Varga" not in accused


def test_a_vague_denial_answers_only_what_its_own_report_alleges() -> None:
    """An answer naming neither an act nor accusations ("X says Y is lying") joins an
    allegation against its speaker only where its own report alleges it: elsewhere the
    speaker is not accused by that report."""
    senator = Entity("sen", "Hal Brisk", "person")
    entities = {senator.id: senator}

    def step(doc: str, kind: str, *, principal: str | None = None,
             names_accusations: bool = False) -> Step:  # fmt: skip
        event = Event(None, kind, None, None, "Hal Brisk", doc, "...", 0, 3)  # type: ignore[arg-type]
        return Step(event, "killing" if principal else None, principal, {"sen"}, "sen",
                    names_accusations=names_accusations,
                    answers_for=set() if principal else {"sen"})  # fmt: skip

    steps = [
        step("one", "allegation", principal="sen"),
        step("one", "denial"),  # the report that alleges it: an answer
        step("two", "denial"),  # "Brisk says his rival is lying": no answer here
        step("three", "denial", names_accusations=True),  # "Brisk denied the allegations"
    ]
    [allegation] = group_steps(steps, entities)
    assert [e.document_id for e in allegation.events] == ["one", "one", "three"]


def test_the_crimes_a_verb_names_are_acts() -> None:
    """A crime claim needs an act: the acts lexicon names the crimes its crime verbs tell, so
    that "beaten to death", "raped" or "stabbed" stay in the ledger (with no act they were
    generic before; with the rule above they would be dropped)."""
    assert act_of("was beaten to death by a mob") == "killing"
    assert act_of("the men who lynched him") == "killing"
    assert act_of("he had raped her during the marriage") == "sexual violence"
    assert act_of("in a sexual assault case") == "sexual violence"
    assert act_of("stabbed a guard outside the bakery") == "assault"
    assert act_of("the rapeseed harvest was poor") is None
    assert act_of("attacked the senator in a speech") is None


@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("two men robbed the jeweller at gunpoint", "robbery"),
        ("the dacoits looted the bus", "robbery"),
        ("arrested for the theft of a motorcycle", "theft"),
        ("charged with embezzling pension funds", "fraud"),
        ("a forgery of land records", "fraud"),
        ("accused of taking bribes from contractors", "corruption"),
        ("a money laundering reference", "corruption"),
        ("caught smuggling heroin across the border", "trafficking"),
        ("a human trafficking ring", "trafficking"),
        ("tried for crimes against humanity", "war crimes"),
        ("booked for blasphemy", "blasphemy"),
        ("charged with sedition", "sedition"),
        ("rioters vandalised the station", "rioting"),
        ("convicted of manslaughter", "killing"),
        ("molested a student", "sexual violence"),
    ],
)
def test_the_crime_categories_beyond_violence_are_acts(words: str, act: str) -> None:
    """The categories of the UN's classification of crime (ICCS) a court report names besides
    violence: property, fraud and corruption, drugs and smuggling, crimes under international
    law, offences against the state and public order."""
    assert act_of(words) == act


@pytest.mark.parametrize(
    "words",
    [
        "drug prices rose again",
        "a riot of colour",
        "Rob Portman's campaign",
        "prices rocketed",
        "stole the show",
        "the Robbins family",
    ],
)
def test_everyday_words_near_the_new_categories_name_no_act(words: str) -> None:
    assert act_of(words) is None


def test_support_of_a_policy_is_no_patronage() -> None:
    """ "Her support of military action" is a stance: only the words that name a patron
    ("patronage", "backing", "close links", "money from") make a patronage act."""
    assert act_of("attacked her for her support of military action abroad") is None
    assert act_of("the party's patronage of the gang") == "patronage"
    assert act_of("received money from a minister every month") == "patronage"


def test_a_word_contesting_the_evidence_is_no_act_of_a_confession_or_denial() -> None:
    assert statement_act("confession", "coercion") is None
    assert statement_act("retraction", "coercion") is None
    assert statement_act("denial", "coercion") is None
    assert statement_act("confession", "killing") == "killing"
    # an allegation of torture is one: only a statement about a statement tells how it was got
    assert statement_act("allegation", "coercion") == "coercion"


def test_a_confession_extracted_under_torture_accuses_no_one_of_torture(nlp: Language) -> None:
    rows = [
        {
            "id": "t1",
            "published": "2021-04-02",
            "text": (
                "The Harbour Police said on Thursday that Selim Durant had confessed to two"
                " killings during interrogation. The Dockers Union rejected the police's claims"
                " about its member Selim Durant, saying that his confession was extracted under"
                " torture."
            ),
        }
    ]
    ledger = build_ledger(analyse_rows(nlp, rows))
    names = {e.id: e.name for e in ledger.entities}
    accused = {(names[p], a.act) for a in ledger.allegations for p in a.accused}
    # the man tortured is not accused of torture, nor the union that says he was
    assert not {pair for pair in accused if pair[1] == "coercion"}, accused
    assert ("Selim Durant", "killing") in accused


def test_an_act_is_named_only_where_a_word_begins() -> None:
    """Person names are not blanked where an attribution's act is read: "arson" inside "Ben
    Carson"-like names or "rocket" inside "Crockett" named a crime no one told."""
    assert act_of("Nearly a tenth of them voted for Dale Carson on Monday") is None
    assert act_of("Senator Davy Crockett spoke on Monday") is None
    assert act_of("was charged with arson after the warehouse fire") == "arson"
    assert act_of("an arsonist was seen near the depot") == "arson"
    assert act_of("a counter-terrorism unit raided the flat") == "terrorism"
    assert act_of("two men were kidnapped on the highway") == "kidnapping"


def test_everyday_senses_of_fire_and_weapons_are_no_acts() -> None:
    """A state's arsenal, a metaphor or a right is no illegal weapon, and firing someone,
    coming under fire, playing with fire, opening fire or a cease-fire is no arson; the
    crimes the same words tell still are."""
    for text in (
        "said the country must never get a nuclear weapon",
        "claimed the president lied about weapons of mass destruction",
        "called the governor her secret weapon in the state",
        "defended the right to bear arms at the rally",
        "announced the decision to fire the campaign manager",
        "came under fire for the remarks",
        "warned that the party was playing with fire",
        "welcomed the cease-fire in the region",
    ):
        assert act_of(text) is None, text
    assert act_of("police recovered weapons and ammunition from the flat") == "illegal weapons"
    assert act_of("illegal arms were found in the car") == "illegal weapons"
    assert act_of("the warehouse fire was started by two men") == "arson"
    assert act_of("they set fire to the bus") == "arson"


def test_a_denial_of_what_accuses_no_one_makes_no_accused(nlp: Language) -> None:
    """A denial makes its speaker a party the report accuses only when what it denies is an
    accusation: a newspaper owner denying a report about sales, or a governor denying that
    a rival had anything to do with a decision, is accused of nothing; a denial of charges,
    or of a report that names a crime, still is."""
    accused = accused_names(
        nlp,
        "Orla Venn, who owns the Harbour Gazette, denied the report, saying sales were strong.",
        "Governor Ivo Marsh has denied that Senator Lena Hart had anything to do with his"
        " decision to ask for federal funds.",
        "Tomas Brandt denied the charges through his lawyer.",
        "Dorian Pell denied the report that he had killed a neighbour.",
    )
    assert "Orla Venn" not in accused and "Ivo Marsh" not in accused
    assert "Tomas Brandt" in accused and "Dorian Pell" in accused


def test_a_justice_speaking_of_herself_rules_on_no_one(nlp: Language) -> None:
    """The target phrase's office is read from the parse at ingest: a justice who says she
    regretted her remarks is the target of her own words, and a court speaking of itself
    rules on no one."""
    accused = accused_names(
        nlp,
        "Ada Morrow regrets her remarks about Senator Tom Hale.\n\nThe appeals court justice"
        " said she regretted her remarks and promised to stay out of the race.",
    )
    assert "Ada Morrow" not in accused


def test_a_prosecutor_by_office_is_not_the_accused(nlp: Language) -> None:
    """A prosecutor named as one in a clause before her name ("When she was a federal
    prosecutor, X ...", "As a prosecutor, X ...") holds an office in that report, which
    never makes her its accused, whatever an everyday word of hers reads as."""
    accused = accused_names(
        nlp,
        "When she was a federal prosecutor, Nora Quill said she had killed the case against"
        " the bank.",
        "As a prosecutor, Ray Dunn said he had killed the appeal.",
    )
    assert "Nora Quill" not in accused and "Ray Dunn" not in accused


def test_a_people_as_the_target_is_not_the_accused(nlp: Language) -> None:
    """ "The four Canadians killed in the raid" is a people (and the victims): the target
    phrase read at ingest says so, and the ledger does not look it up as a party."""
    accused = accused_names(
        nlp,
        "Officer Lena Hart said the four Canadians killed in the raid might have been saved"
        " if the patrol had come sooner.",
    )
    assert not any("Canadian" in name for name in accused)


def test_a_name_given_in_passing_is_not_the_accused(nlp: Language) -> None:
    """Where the target names no one, the ledger falls back on the content's first name;
    one given in passing is none: the object of company on a verb ("babies with Lorne
    Syndrome") and a people used as an adjective ("gangs of young Arab and Kurdish men")."""
    accused = accused_names(
        nlp,
        "A spokesman said the group had ordered its fighters to kill newborn babies with"
        " Lorne Syndrome.",
        "Police said gangs of young Arab and Kurdish men committed dozens of assaults in the city.",
        "The mayor said the assaults were committed by gangs of young Arab and Kurdish men.",
    )
    assert not accused


def test_a_pronoun_past_a_description_is_not_the_name_before_it(nlp: Language) -> None:
    """ "X said the gunman shouted at the guards before he killed two of them": he is the
    gunman, whom the report does not name, not X."""
    accused = accused_names(
        nlp, "Mr. Orwell Pike said the gunman shouted at the guards before he killed two of them."
    )
    assert "Orwell Pike" not in accused


def test_a_case_title_is_no_accused(nlp: Language) -> None:
    """ "Voss v. Voss" names a case: the lone "Voss" the petition accuses is not it."""
    accused = accused_names(
        nlp, "The lawsuit, Voss v. Voss, was filed in May. The petition accuses Voss of fraud."
    )
    assert not any("v." in name for name in accused)


def test_an_affiliation_a_law_or_a_place_is_never_the_accused(nlp: Language) -> None:
    """Organisations and places named beside the accused, through the ledger: a place after
    "in" on a noun (typed an organisation or not) is not the content's first name the ledger
    falls back on; nor a law named with its acronym ("the X (XO) law"); a force whose
    counted men a later list names is neither accused itself nor as a group - the listed men
    are."""
    accused = accused_names(
        nlp,
        "The high court set aside the acquittal of 12 former policemen on Monday. They were"
        " accused of killing 12 dock workers in the 1990 riot case in Rampur Nagar.",
        "The provincial government invoked the Public Safety Ordinance (PSO) law to keep all"
        " of the murder suspects in jail.",
        "The appeals court upheld a verdict acquitting all the 18 Harbour Security Force (HSF)"
        " men in the 1991 dock riot in Northern Province. They were accused of killing nine"
        " dock workers. Those acquitted include Karim Dad, Salim Baig and Omar Tariq.",
    )
    assert accused == {"Karim Dad", "Salim Baig", "Omar Tariq"}


def test_two_rulings_of_one_sentence_are_both_kept_the_later_last(nlp: Language) -> None:
    # The relative clause tells the first award; the main clause what the appeal decided.
    text = (
        "An appeals court confirmed the conviction of Paolo Greco. His friend Dario Fontana, "
        "who had been sentenced to 16 years for hiding the knife, was acquitted on Wednesday."
    )
    ledger = build_ledger(analyse_rows(nlp, [{"id": "r", "text": text, "published": "2022-10-05"}]))
    names = {e.id: e.name for e in ledger.entities}
    [fontana] = [a for a in ledger.allegations if names[a.accused[0]] == "Dario Fontana"
                 and any(e.kind == "ruling" for e in a.events)]  # fmt: skip
    outcomes = [e.outcome for e in fontana.events if e.kind == "ruling"]
    assert outcomes == ["sentenced", "acquitted"]
    assert fontana.status == "acquitted"


def test_a_shooting_or_a_poisoning_reaches_the_ledger(nlp: Language) -> None:
    """ "X shot the guard", "X poisoned his partner", "X gunned down the guard": the doer the
    claims read is accused in the ledger (with no act, the claim was dropped before)."""
    accused = accused_names(
        nlp,
        "Tariq Omar shot the guard outside the bank, police said.",
        "Prosecutors say Nadia Rauf poisoned her business partner.",
        "Police said Imran Dar gunned down a shopkeeper in the market.",
    )
    assert {"Tariq Omar", "Nadia Rauf", "Imran Dar"} <= accused
