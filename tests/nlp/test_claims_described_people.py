"""A person named once with a description noun and then called by it: "The farm foreman,
X, ... the foreman had resiled", "his baker X ... the baker had confessed", "X, a taxi
driver, ... the driver was remanded" (``nlp/claims/described_people.py``), on invented
sentences; and where "the NOUN" stands for no one: two people so described, an owner
("his driver"), a victim so described; and the nouns that introduce no one (a phrase of
place or time before a name, a relative clause the name closes, a hyphened word)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of, claims_of


def test_a_noun_apposed_to_the_name_stands_for_it_later(nlp: Language) -> None:
    text = (
        "The farm foreman, Bilal Qureshi, was convicted of abetment on Monday. During the "
        "trial the foreman had resiled from the statement he recorded before a magistrate."
    )
    assert "Bilal Qureshi" in accused_of("retraction", nlp, text)
    assert "Bilal Qureshi" in accused_of("confession", nlp, text)


def test_an_owned_noun_before_the_name_stands_for_it_later(nlp: Language) -> None:
    text = (
        "Police named the bakery owner Tariq Javed and his baker Nadeem Akhtar in the case. "
        "An inspector said the baker had confessed during interrogation that he set the fire."
    )
    assert accused_of("confession", nlp, text) == {"Nadeem Akhtar"}


def test_a_noun_apposed_after_the_name_stands_for_it_later(nlp: Language) -> None:
    text = (
        "Samuel Otieno, a taxi driver, was charged with robbery in Nakuru on Friday. The "
        "driver was remanded in custody for seven days."
    )
    assert "Samuel Otieno" in accused_of("ruling", nlp, text, "remanded")


def test_the_noun_joined_to_a_name_is_arrested_with_it(nlp: Language) -> None:
    text = (
        "The complaint names the bridegroom, Kamran Aziz, and a guest, Javed Iqbal. Police "
        "said they had arrested the bridegroom and Javed Iqbal at the hall."
    )
    assert accused_of("arrest", nlp, text) == {"Kamran Aziz", "Javed Iqbal"}


def test_two_people_described_alike_leave_the_noun_unresolved(nlp: Language) -> None:
    text = (
        "Police charged the lorry driver Ali Raza and the bus driver Umar Farooq with "
        "smuggling. An inspector said the driver had confessed during interrogation."
    )
    assert accused_of("confession", nlp, text) == set()


def test_an_owned_noun_is_not_resolved(nlp: Language) -> None:
    text = (
        "Police charged the mill owner Asif Butt and a cook, Rashid Ali, with the theft. "
        "Officers said his cook had confessed during interrogation."
    )
    assert "Rashid Ali" not in accused_of("confession", nlp, text)


def test_a_victim_so_described_is_never_the_accused(nlp: Language) -> None:
    text = (
        "Gunmen shot dead the shopkeeper, Imran Haider, in Saddar on Monday. Police said the "
        "shopkeeper was arrested last year."
    )
    found = claims_of(nlp, text)
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert "Imran Haider" not in accused


def _described(nlp: Language, text: str) -> dict[str, set[str]]:
    """The description nouns the reader remembers of ``text``, with whom each described."""
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    reader.run()
    return reader.noun_named


def test_a_name_after_an_adverbial_phrase_is_not_described_by_it(nlp: Language) -> None:
    text = (
        "Outside the mortuary, Kamal Rizvi spoke to reporters. During the hearing Sohail "
        "Abbas had wept."
    )
    assert _described(nlp, text) == {}


def test_a_name_closing_a_relative_clause_renames_its_antecedent(nlp: Language) -> None:
    text = "The cleaner who called the manager, Nadia Perera, told police she heard shots."
    assert "manager" not in _described(nlp, text)


def test_a_hyphened_word_and_a_possessive_name_describe_no_one(nlp: Language) -> None:
    text = (
        "The court discharged Arjun Mehta, a co-accused in the case. The evidence on record "
        "Meena's parents gave was thin."
    )
    assert _described(nlp, text) == {}


def test_a_capitalised_title_between_is_skipped(nlp: Language) -> None:
    text = "The complaint names the mill owner Haji Rafiq Ahmed Butt and two others."
    assert _described(nlp, text) == {"owner": {"Rafiq Ahmed Butt"}}


def test_a_title_the_report_writes_as_a_noun_stands_for_the_name(nlp: Language) -> None:
    text = (
        "Police arrested the boxer, Tariq Hameed, on Monday. The complaint says he was sent "
        "by his coach, Guru Karim Bakhsh Qazi, who runs a rival gym in the old city. Police "
        "said the guru was absconding."
    )
    assert "Guru Karim Bakhsh Qazi" in accused_of("accusation", nlp, text)


def test_a_relative_so_described_may_be_the_accused(nlp: Language) -> None:
    text = (
        "According to the complainant, his uncle, retired postmaster Jamil Akhtar Rana, "
        "shouted at the family before the shots. The former postmaster remains at large, "
        "police said."
    )
    assert "Jamil Akhtar Rana" in accused_of("accusation", nlp, text)


def test_an_age_given_with_the_name_stands_for_it_later(nlp: Language) -> None:
    text = (
        "Martin Osei, 52, was charged with fraud. Kwabena Mensah, 31, was acquitted. At "
        "that trial, the 31-year-old denied ever signing the loan papers."
    )
    assert accused_of("denial", nlp, text) == {"Kwabena Mensah"}


def test_a_new_age_stands_for_the_accused_just_followed(nlp: Language) -> None:
    text = (
        "Kofi Asante was convicted of fraud last year. His brother, Yaw Asante, was "
        "acquitted by the same court in March. At that trial, the 31-year-old denied ever "
        "signing the loan papers."
    )
    assert accused_of("denial", nlp, text) == {"Yaw Asante"}


def test_an_age_written_of_someone_unnamed_stands_for_no_accused(nlp: Language) -> None:
    text = (
        "A 34-year-old trader was stabbed at the market on Sunday. Police arrested Ibrahim "
        "Sule on Monday. The 34-year-old was later discharged from hospital and denied "
        "owing anyone money."
    )
    assert "Ibrahim Sule" not in accused_of("denial", nlp, text)


def test_an_age_of_a_victim_stands_for_no_accused(nlp: Language) -> None:
    text = (
        "Police arrested Ibrahim Sule for stabbing Musa Bello, 27, at the market. The "
        "27-year-old denied owing anyone money."
    )
    assert accused_of("denial", nlp, text) <= {"Ibrahim Sule"}
    assert "Musa Bello" not in accused_of("denial", nlp, text)


def test_a_body_or_a_place_describes_no_one(nlp: Language) -> None:
    text = (
        "Police said a third singer from the group, Rohit Sharma, has gone into hiding. "
        "City Police Officer Anil Verma said the city was calm."
    )
    described = _described(nlp, text)
    assert "group" not in described
    assert "city" not in described
