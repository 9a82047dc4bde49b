"""Names the mention finder repairs: fragments, aliases read into a name, lone words typed ORG."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.mentions.entity_types import _a_title
from corroborate.nlp.mentions.joined_fragments import _joined_fragments
from corroborate.nlp.mentions.people_lists import in_a_list_of_people


def test_person_names_with_nothing_between_them_are_one_name(nlp: Language) -> None:
    doc = nlp("Police produced Md Mofizul Islam Rony and Kamal Uddin before the court.")
    first, second = Span(doc, 2, 4, "PERSON"), Span(doc, 4, 6, "PERSON")
    third = Span(doc, 7, 9, "PERSON")
    joined = _joined_fragments([second, first, third])
    assert [s.text for s in joined] == ["Md Mofizul Islam Rony", "Kamal Uddin"]
    assert joined[0].label_ == "PERSON"
    # An organisation beside a person is not read into the name.
    doc = nlp("Police produced Awami League Kamal Uddin before the court.")
    org, person = Span(doc, 2, 4, "ORG"), Span(doc, 4, 6, "PERSON")
    assert [s.text for s in _joined_fragments([org, person])] == ["Awami League", "Kamal Uddin"]


def test_given_names_ner_typed_an_organisation_join_the_surname_after_them(
    nlp: Language,
) -> None:
    doc = nlp("The widow named the estate's manager, Md Habibul Karim Talukder, in the case.")
    given, surname = Span(doc, 8, 10, "ORG"), Span(doc, 10, 12, "PERSON")
    assert [s.text for s in _joined_fragments([given, surname])] == ["Md Habibul Karim Talukder"]
    # an acronym before a person is a body, not his given name
    doc = nlp("The widow named the estate's manager, BNP Habibul Karim Talukder, in the case.")
    party, person = Span(doc, 8, 9, "ORG"), Span(doc, 9, 12, "PERSON")
    assert len(_joined_fragments([party, person])) == 2


def test_alias_read_into_the_name_becomes_the_alias(nlp: Language) -> None:
    text = "The court upheld the death sentence of Karim Alias Pappu and Rashid Mehmood on Monday."
    mentions = find_mentions(nlp(text))
    people = {m.name: m.alias for m in mentions if m.type == "person"}
    assert people.get("Karim") == "Pappu"
    assert not any("alias" in name.lower() for name in people)
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_chained_aliases_all_declared(nlp: Language) -> None:
    text = "Two others, Habibullah alias Habibur Rahman alias Tito and Nazmul Karim, were jailed."
    mentions = find_mentions(nlp(text))
    declared = {(m.name, m.alias) for m in mentions if m.alias}
    # Each declared name is carried by the name before it, and none is a mention of its own.
    assert ("Habibullah", "Habibur Rahman") in declared
    assert not any(m.name == "Tito" and not m.alias for m in mentions)


def test_a_name_after_a_personal_title_is_a_person_whatever_ner_says(nlp: Language) -> None:
    doc = nlp("The court acquitted Dr Nasir Zahoor Ahmed and the Harbour Trust on Monday.")
    doc.ents = [Span(doc, 4, 7, "ORG"), Span(doc, 9, 11, "ORG")]  # as a small NER may read it
    types = {m.name: m.type for m in find_mentions(doc)}
    assert types["Nasir Zahoor Ahmed"] == "person"
    assert types["Harbour Trust"] == "organization"


def test_a_one_word_name_an_accused_noun_describes_is_a_person(nlp: Language) -> None:
    doc = nlp("The court sentenced prime accused Tarvez to death and fined the Harbour Trust.")
    doc.ents = [Span(doc, 5, 6, "ORG"), Span(doc, 11, 13, "ORG")]  # as a small NER may read it
    found = {m.name: m for m in find_mentions(doc)}
    assert found["Tarvez"].type == "person"
    # the accused noun is kept in the mention, as NER keeps "Convict Tarvez": the resolver
    # reads that the report names him by his part in the case
    assert found["Tarvez"].text == "accused Tarvez"
    assert found["Harbour Trust"].type == "organization"
    # the verb "accused" describes no one
    doc = nlp("The senator accused Harbourlink of hiding the data.")
    doc.ents = [Span(doc, 3, 4, "ORG")]
    assert {m.name: m.type for m in find_mentions(doc)}["Harbourlink"] == "organization"


def test_a_dateline_with_its_date_is_a_place(nlp: Language) -> None:
    doc = nlp("PORTVALE, Mar 3, 2031 (PNA) - Nadir Vokes, one of the accused, confessed.")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 11, 13, "PERSON")]
    types = {m.name: m.type for m in find_mentions(doc)}
    assert types["PORTVALE"] == "place"
    assert types["Nadir Vokes"] == "person"


def test_a_first_name_ner_cut_off_a_lone_surname_stays_in_the_name(nlp: Language) -> None:
    """ "while Raheem Swati was sentenced" with only "Swati" tagged (as a place): the lone
    surname would stand for the other Swati the report named in full; the untagged first
    name hanging on it is part of the name."""
    text = (
        "Earlier in December 2021, the ATC convicted Ahmed Khan, Amjad Hussain and Ayaz Swati "
        "to 57 years in prison, while Raheem Swati was sentenced to 50 years."
    )
    people = {m.text: m.name for m in find_mentions(nlp(text)) if m.type == "person"}
    assert people.get("Raheem Swati") == "Raheem Swati"
    assert "Swati" not in people
    assert people.get("Ayaz Swati") == "Ayaz Swati"


def test_a_capitalised_word_at_a_sentence_start_is_not_a_cut_off_first_name(
    nlp: Language,
) -> None:
    text = "Professor Dorsa's War: why an academic took up arms. Mekonen Dorsa taught economics."
    people = {m.text: m.name for m in find_mentions(nlp(text)) if m.type == "person"}
    assert "Professor Dorsa" not in people


def test_titles_of_shows_and_cases_are_no_people(nlp: Language) -> None:
    """A case's title ("Voss v. Voss") and a show's with a number ("Anderson Ray 360") are
    no one's name: not a mention, and never the full name a lone "Voss" stands for."""
    mentions = find_mentions(
        nlp("The lawsuit, Voss v. Voss, was filed in May. The petition accuses Voss of fraud.")
    )
    assert not any("v." in m.name for m in mentions)
    mentions = find_mentions(nlp("Reporter Lina Marr spoke on Anderson Ray 360 about the attack."))
    assert "Anderson Ray 360" not in {m.name for m in mentions}
    assert "Lina Marr" in {m.name for m in mentions if m.type == "person"}
    # a middle initial is no "v.": "Putin" stands for the full name
    mentions = find_mentions(nlp("Vladimir V. Putin spoke on Monday. Putin denied it."))
    assert {m.name for m in mentions if m.type == "person"} == {"Vladimir V. Putin"}


def test_a_work_of_art_is_no_person(nlp: Language) -> None:
    """What NER calls a work of art ("Meeting Voss", an ad's title) is a title, not a
    person's name; the same words called a person, with no number, are a name."""
    doc = nlp("A campaign ad called Meeting Voss was released on Thursday.")
    assert _a_title(Span(doc, 4, 6, "WORK_OF_ART"))
    assert not _a_title(Span(doc, 4, 6, "PERSON"))


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(nlp(text))}


# Invented sentences; NER types each lone name below a place or an organisation.
_INCLUDED = "The judge freed three other suspects, including Sabir and Izhar."
_EMPLOYEES = "Police questioned his two household employees Iftikhar, Jan Muhammad and Jameel."
_FRIEND = "The tribunal jailed Kamran, nephew of landlord Fazal Wadood, and his friend Siraj."
_MEMBERS = "Gunmen abducted two union members, Imtiaz and Ali Raza, on Friday."
_COUSIN = "The station quoted its older cousin, Reuters, which disagreed."
_LONGER = "The station quoted its older cousin The New York Times."
_PEOPLES = "The four suspects - all Somalis, three of them Kenyan residents - denied the charges."


def test_lone_names_listed_under_a_noun_for_people_are_people(nlp: Language) -> None:
    included = _types(nlp, _INCLUDED)
    assert included.get("Sabir") == included.get("Izhar") == "person"
    listed = _types(nlp, _EMPLOYEES)
    assert listed.get("Iftikhar") == listed.get("Jameel") == "person"
    assert _types(nlp, _FRIEND).get("Siraj") == "person"
    assert _types(nlp, _MEMBERS).get("Imtiaz") == "person"


def test_a_lone_name_ner_left_out_of_a_list_of_people_is_a_person(nlp: Language) -> None:
    doc = nlp(_EMPLOYEES)
    # NER tags only "Jan Muhammad": the lone names beside it are found by the list's grammar
    doc.ents = [Span(doc, 8, 10, "PERSON")]
    types = {m.text: m.type for m in find_mentions(doc)}
    assert types.get("Iftikhar") == types.get("Jameel") == "person"
    # beside a person alone, with no noun for people, an untagged lone word stays out
    doc = nlp("Ali Raza and Dasht met at the port.")
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    assert [m.text for m in find_mentions(doc)] == ["Ali Raza"]


def test_places_organisations_and_peoples_beside_people_keep_their_type(nlp: Language) -> None:
    assert _types(nlp, "Obama and Iran reached a deal.").get("Iran") == "place"
    assert _types(nlp, "He was acquitted by the court in Lahore.").get("Lahore") == "place"
    assert "person" not in _types(nlp, "The employees of Acme and Google protested.").values()
    # a thing's relative is a company: "its older cousin"; a longer name keeps NER's type
    assert _types(nlp, _COUSIN).get("Reuters") == "organization"
    assert _types(nlp, _LONGER).get("New York Times") == "organization"
    # a nationality in apposition to the accused describes them: a people, not a person
    assert _types(nlp, _PEOPLES).get("Somalis") != "person"


def test_a_name_after_a_prepositional_object_may_stand_beside_that_object(nlp: Language) -> None:
    # the parse the parser gives now and then: "Texas" hung on "governor", not on "state"
    words = ["the", "governor", "of", "the", "state", ",", "Texas", "and", "Rafiq"]
    heads = [1, 1, 1, 4, 2, 6, 1, 6, 6]
    deps = ["det", "ROOT", "prep", "det", "pobj", "punct", "appos", "cc", "conj"]
    tags = ["DT", "NN", "IN", "DT", "NN", ",", "NNP", "CC", "NNP"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not in_a_list_of_people(doc[6:7])
    assert not in_a_list_of_people(doc[8:9])
    # without the prepositional object between, the governor's apposition is a person
    doc = Doc(nlp.vocab, words=["the", "governor", ",", "Rafiq"], heads=[1, 1, 3, 1],
              deps=["det", "ROOT", "punct", "appos"], tags=["DT", "NN", ",", "NNP"])  # fmt: skip
    assert in_a_list_of_people(doc[3:4])


def test_two_people_tagged_one_organisation_are_split(nlp: Language) -> None:
    # NER tags "Sabbir and Faruq" ORG whole; each word is a word of a full name above.
    text = (
        "The court upheld the sentences of Sabbir Hossain and Mohammad Faruq. The confessional "
        "statements of Sabbir and Faruq were recorded before a magistrate."
    )
    mentions = find_mentions(nlp(text))
    assert not any(" and " in m.name for m in mentions)
    second = [m for m in mentions if m.start > text.index("statements")]
    assert {m.name for m in second} == {"Sabbir Hossain", "Mohammad Faruq"}
    assert all(m.type == "person" for m in second)


def test_an_organisation_named_with_and_stays_whole(nlp: Language) -> None:
    # Its words are no one's name in the report.
    text = "The Securities and Exchange Commission fined Tom Baker and Jim Moss on Monday."
    names = {m.name: m.type for m in find_mentions(nlp(text))}
    assert names.get("Securities and Exchange Commission") == "organization"


def test_a_name_typed_a_place_whose_words_are_a_persons_is_that_person(nlp: Language) -> None:
    text = (
        "Police arrested Suraj Thapa Magar on Sunday. Thapa Magar and Karki confessed to "
        "strangling the businessman."
    )
    mentions = find_mentions(nlp(text))
    later = [m for m in mentions if m.start == text.index("Thapa Magar and")]
    assert [m.type for m in later] == ["person"]


def test_given_names_ner_left_out_are_the_names(nlp: Language) -> None:
    """NER tags only "Rai Limbu": the given names before it, untagged proper nouns after a
    word that is none, are the name's too (one word, "Anees", was read so before)."""
    text = "Police in Dharan arrested Kul Prasad Rai Limbu, 41, on Monday."
    names = [m.name for m in find_mentions(nlp(text)) if m.type == "person"]
    assert names == ["Kul Prasad Rai Limbu"]


def test_a_name_ner_tagged_no_word_of_in_a_persons_place(nlp: Language) -> None:
    """NER tags no word of "Allah Bachayo Khoso" ("Allah" it never takes into a name):
    the object of "arrested" is a person's place, so the run of proper nouns is a name."""
    text = "Police in Larkana arrested Allah Bachayo Khoso on Monday."
    people = [m.name for m in find_mentions(nlp(text)) if m.type == "person"]
    assert people == ["Allah Bachayo Khoso"]


def test_proper_nouns_outside_a_persons_place_stay_unread(nlp: Language) -> None:
    text = "The convoy drove past Allah Bachayo Khoso on Monday."
    assert not [m for m in find_mentions(nlp(text)) if m.type == "person"]


def test_a_police_rank_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    # "ASI" (assistant sub-inspector) is a rank like "SHO": not an organisation, not the name
    text = "The court sent ASI Shaukat Mehmood and SHO Tariq Bashir to jail on judicial remand."
    mentions = find_mentions(nlp(text))
    assert "ASI" not in {m.name for m in mentions}, mentions
    assert "Shaukat Mehmood" in {m.name for m in mentions if m.type == "person"}, mentions


def test_a_firm_ner_cut_after_its_first_word_is_one_organisation(nlp: Language) -> None:
    text = "Brightwater Roofing Services Pty Ltd and its director, Alan Voss, were fined."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 9, 11, "PERSON")]  # as a small NER may
    found = {m.text: m for m in find_mentions(doc)}
    firm = found["Brightwater Roofing Services Pty Ltd"]
    assert firm.type == "organization"
    assert found["Alan Voss"].type == "person"


def test_a_firm_ner_stopped_at_its_bracketed_form_is_one_organisation(nlp: Language) -> None:
    text = "Zenith Rice Mills (Pvt) Ltd and its owner, Tariq Butt, were booked."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 11, 13, "PERSON")]  # as a small NER may
    found = {m.text: m for m in find_mentions(doc)}
    assert found["Zenith Rice Mills (Pvt) Ltd"].type == "organization"
    assert "Ltd" not in found
    # a bracket that holds no form of incorporation ends no firm's name
    doc = nlp("Karachi (PTI) Leader Ali Khan was booked.")
    assert "Karachi (PTI) Leader" not in {m.text for m in find_mentions(doc)}


def test_an_alias_told_where_or_by_whom_it_is_used_is_declared(nlp: Language) -> None:
    text = (
        "Rohan Mehta, who is known locally as Bunty, was arrested on Monday with Tomas "
        "Reyes, better known among fishermen as Chino."
    )
    declared = {m.name: m.alias for m in find_mentions(nlp(text)) if m.alias}
    assert declared.get("Rohan Mehta") == "Bunty"
    assert declared.get("Tomas Reyes") == "Chino"


def test_a_place_known_as_a_name_after_a_verb_is_no_alias(nlp: Language) -> None:
    text = "Rohan Mehta visited the settlement known as Lower Camp on Monday."
    assert not any(m.alias for m in find_mentions(nlp(text)))


def test_a_case_titles_and_others_is_no_part_of_the_name(nlp: Language) -> None:
    # "& Ors" (and others) after the first party of a case's title: a person's name holds no
    # ampersand, so NER's "X & Ors" is X
    text = "The appeal is listed as State of Punjab v. Harjeet Singh Gill & Ors. for Monday."
    doc = nlp(text)
    start = text.index("Harjeet")
    end = text.index(" for Monday")
    span = doc.char_span(start, end, "PERSON", alignment_mode="expand")
    assert span is not None
    doc.ents = [span]
    persons = {m.name for m in find_mentions(doc) if m.type == "person"}
    assert persons == {"Harjeet Singh Gill"}, persons


def test_an_alias_declared_after_the_age_is_the_names(nlp: Language) -> None:
    # "X, 31, also called Y": the age apposed to the name comes between it and its alias
    text = (
        'Dwayne Charles, 31, also called "Spider", and Marlon Pierre, 27, alias Boots, '
        "were charged with robbery."
    )
    declared = {m.name: m.alias for m in find_mentions(nlp(text)) if m.alias}
    assert declared.get("Dwayne Charles") == "Spider"
    assert declared.get("Marlon Pierre") == "Boots"


def test_a_first_name_through_a_shorter_full_name_is_the_longest(nlp: Language) -> None:
    # "Harun" after "Harun Rashid Molla ... Harun Rashid": the full name chosen is itself a
    # short form, so the word stands for what it became, not for a second person
    doc = nlp(
        "Police arrested boat owner Harun Rashid Molla and his nephew Sabbir Molla. "
        "The court sent Harun Rashid to jail. Harun's wife, Amena Khatun, spoke to reporters."
    )
    names = {doc.text[m.start : m.end]: m.name for m in find_mentions(doc)}
    assert names.get("Harun Rashid") == "Harun Rashid Molla"
    assert names.get("Harun") == "Harun Rashid Molla"
