"""Each resolution rule on invented names: variants, lists, shared surnames, acronyms, datelines."""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Claim, EntityType, Mention, Participant
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions, node_name


def _m(name: str, start: int = 0, kind: EntityType = "person", text: str | None = None,
       alias: str | None = None, alias_kind: str | None = None) -> Mention:  # fmt: skip
    written = text or name
    return Mention(start, start + len(written), written, kind, name, "PERSON", alias, alias_kind)


def _doc(doc_id: str, *mentions: Mention) -> DocumentMentions:
    return DocumentMentions(doc_id, "2021-01-01", list(mentions))


def _listed(doc_id: str, *people: str) -> DocumentMentions:
    """ "A, B, C" in one sentence: mentions two characters apart."""
    out, at = [], 10
    for name in people:
        out.append(_m(name, at))
        at += len(name) + 2
    return _doc(doc_id, *out)


def _joined_as_spellings(index: EntityIndex, pairs: list[tuple[str, str]]) -> None:
    """Each pair is one entity, joined as the same name in another spelling."""
    for a, b in pairs:
        found = index.lookup(a)
        assert found is not None and index.lookup(b) == found
        assert any(x.reason == "the same name in another spelling" for x in found.aliases)


def test_spelling_variants_across_articles_joined() -> None:
    index = resolve_entities([
        _doc("1", _m("Hamad Qureshi"), _m("Anees Qaim Khani", 100), _m("Adeeb Rind", 200)),
        _doc("2", _m("Hammad Qureshi"), _m("Anees Qaimkhani", 100), _m("Adeel Rind", 200)),
    ])  # fmt: skip
    spellings = [("Hamad Qureshi", "Hammad Qureshi"), ("Anees Qaim Khani", "Anees Qaimkhani"),
                 ("Adeeb Rind", "Adeel Rind")]  # fmt: skip
    _joined_as_spellings(index, spellings)


def test_names_below_the_threshold_stay_apart() -> None:
    index = resolve_entities([_doc("1", _m("Hammad Qureshi")), _doc("2", _m("Hamid Qureshi"))])
    assert index.lookup("Hammad Qureshi") != index.lookup("Hamid Qureshi")


def test_a_longer_name_is_not_a_spelling_variant() -> None:
    # "Ali Hassan" begins two longer names: it is neither, and no likeness of spelling
    # joins it to one of them.
    index = resolve_entities([
        _doc("1", _m("Ali Hassan")), _doc("2", _m("Ali Hassan Khan")),
        _doc("3", _m("Ali Hassan Shah")),
    ])  # fmt: skip
    ids = {index.lookup(n).id for n in ("Ali Hassan", "Ali Hassan Khan", "Ali Hassan Shah")}  # type: ignore[union-attr]
    assert len(ids) == 3
    # With one longer name only, it is that name with the surname left out.
    index = resolve_entities([_doc("1", _m("Ali Hassan")), _doc("2", _m("Ali Hassan Khan"))])
    joined = index.lookup("Ali Hassan Khan")
    assert joined is not None and joined == index.lookup("Ali Hassan")
    reasons = {a.name: a.reason for a in joined.aliases}
    assert "spelling" not in reasons.get("Ali Hassan", reasons.get("Ali Hassan Khan", ""))


def test_variants_one_article_names_side_by_side_stay_apart() -> None:
    # Father and son in one article; another article names only the son.
    index = resolve_entities([
        _doc("1", _m("Hamad Lashari"), _m("Hammad Lashari", 300)),
        _doc("2", _m("Hammad Lashari")),
    ])  # fmt: skip
    assert index.lookup("Hamad Lashari") != index.lookup("Hammad Lashari")


def test_a_name_romanised_otherwise_across_articles_joined() -> None:
    """ "Nurul Amin Zubair" / "Nurul Amin Jubair": one sound written z here and j there, the
    other words the same: one person, though the two are only 0.889 alike as spelled."""
    index = resolve_entities([
        _doc("1", _m("Nurul Amin Zubair"), _m("Tanvir Qasim", 100)),
        _doc("2", _m("Nurul Amin Jubair"), _m("Tanwir Kasim", 100)),
    ])  # fmt: skip
    _joined_as_spellings(index, [("Nurul Amin Zubair", "Nurul Amin Jubair"),
                                 ("Tanvir Qasim", "Tanwir Kasim")])  # fmt: skip


def test_a_romanised_name_is_no_relative_and_joins_no_one_it_is_named_beside() -> None:
    # A father and son share the surname; their given names differ in a consonant that no
    # romanisation swaps (h / k), so they stay two across articles.
    index = resolve_entities([_doc("1", _m("Zahid Rind")), _doc("2", _m("Jakir Rind"))])
    assert index.lookup("Zahid Rind") != index.lookup("Jakir Rind")
    # One article naming both spellings in full means two people, however alike.
    index = resolve_entities([
        _doc("1", _m("Tanvir Qasim"), _m("Tanwir Kasim", 300)),
        _doc("2", _m("Tanwir Kasim")),
    ])  # fmt: skip
    assert index.lookup("Tanvir Qasim") != index.lookup("Tanwir Kasim")
    # Two names romanised alike to one: neither joins it (which would it be?).
    index = resolve_entities([
        _doc("1", _m("Tanvir Qasim")), _doc("2", _m("Tanwir Kasim")),
        _doc("3", _m("Tanweer Qaseem")), _doc("4", _m("Tanvir Qasim", 300), _m("Tanweer Qaseem")),
    ])  # fmt: skip
    assert index.lookup("Tanwir Kasim") not in (index.lookup("Tanvir Qasim"),
                                                index.lookup("Tanweer Qaseem"))  # fmt: skip


def test_names_listed_together_are_different_people_even_with_one_key() -> None:
    index = resolve_entities([_listed("1", "Budha Ram", "Kesar Lal", "Budhi Ram")])
    budha, budhi = index.lookup("Budha Ram"), index.lookup("Budhi Ram")
    assert budha is not None and budhi is not None
    assert budha.name == "Budha Ram" and budhi.name == "Budhi Ram"
    assert budha.id != budhi.id
    # Not in a list, the same spellings are one name.
    joined = resolve_entities([_doc("1", _m("Budha Ram")), _doc("2", _m("Budhi Ram", 50))])
    assert joined.lookup("Budha Ram") == joined.lookup("Budhi Ram")


def test_people_who_share_a_surname_never_joined() -> None:
    index = resolve_entities([
        _doc("1", _m("Sana Qureshi"), _m("Sana Qureshi", 40, text="Qureshi")),
        _doc("2", _m("Rafiq Qureshi")),
        _doc("3", _m("Qureshi")),
    ])  # fmt: skip
    sana, rafiq = index.lookup("Sana Qureshi"), index.lookup("Rafiq Qureshi")
    assert sana is not None and rafiq is not None and sana != rafiq
    assert index.lookup("Qureshi") is None  # a bare surname names no one across articles
    assert index.lookup("Qureshi", "1") == sana  # ... but does inside its own


def test_a_surname_two_people_of_an_article_share_is_an_alias_of_neither() -> None:
    # The mention finder read the second "Lodhi" as Zara, the latest full name before it.
    index = resolve_entities([_doc(
        "1",
        _m("Imran Lodhi"),
        _m("Imran Lodhi", 40, text="Lodhi"),
        _m("Zara Lodhi", 80),
        _m("Zara Lodhi", 120, text="Lodhi"),
    )])  # fmt: skip
    for name in ("Imran Lodhi", "Zara Lodhi"):
        person = index.lookup(name)
        assert person is not None and "Lodhi" not in {a.name for a in person.aliases}


def test_an_acronym_defined_two_ways_joins_neither_across_articles() -> None:
    index = resolve_entities([
        _doc("1", _m("Karakoram Youth Front", kind="organization", alias="KYF",
                     alias_kind="acronym")),
        _doc("2", _m("Khyber Yarn Federation", kind="organization", alias="KYF",
                     alias_kind="acronym")),
    ])  # fmt: skip
    front, federation = (
        index.lookup("Karakoram Youth Front"),
        index.lookup("Khyber Yarn Federation"),
    )
    assert front is not None and federation is not None and front != federation
    assert index.lookup("KYF", "1") == front and index.lookup("KYF", "2") == federation
    assert "KYF" in {a.name for a in front.aliases} & {a.name for a in federation.aliases}


def test_one_definition_still_joins_everywhere() -> None:
    index = resolve_entities([
        _doc("1", _m("Karakoram Youth Front", kind="organization", alias="KYF",
                     alias_kind="acronym")),
        _doc("2", _m("KYF", kind="organization")),
    ])  # fmt: skip
    assert index.lookup("KYF") == index.lookup("Karakoram Youth Front") is not None


def test_datelines_and_media_words_never_become_entities() -> None:
    index = resolve_entities([
        _doc("1", _m("QUETTA - A", kind="organization"), _m("Quetta", 30, kind="place"),
             _m("TV", 60, kind="organization"), _m("SOURCE", 90, kind="place"),
             _m("Amina Rauf-Bilal Haider", 120, kind="organization"),
             _m("Quetta Press-Karachi Times", 160, kind="organization")),
        _doc("2", _m("QUETTA", kind="organization"), _m("Amina Rauf", 40),
             _m("Bilal Haider", 80)),
    ])  # fmt: skip
    assert [(e.type, e.name) for e in index.entities] == [
        ("organization", "Quetta Press-Karachi Times"),  # not two people's names
        ("person", "Amina Rauf"),
        ("person", "Bilal Haider"),
        ("place", "Quetta"),
    ]
    assert node_name("KARACHI - A") == "KARACHI" and node_name("TV") == ""
    assert node_name("Amina Rauf - and") == "Amina Rauf"
    assert node_name("Amina Rauf - Bilal Haider") == "Amina Rauf - Bilal Haider"
    assert node_name("MQM-London") == "MQM-London"


def test_an_acronym_is_not_a_word_with_its_consonants() -> None:
    index = resolve_entities([
        _doc("1", _m("MM", kind="organization"), _m("Miami", 40, kind="place")),
    ])  # fmt: skip
    mm, miami = index.lookup("MM"), index.lookup("Miami")
    assert mm is not None and miami is not None and mm != miami and miami.type == "place"


def test_people_organisations_and_places_kept_apart() -> None:
    index = resolve_entities([
        _doc("1", _m("Karim Yusuf Farooqi"), _m("Karim Farooqi Trust", 40, kind="organization")),
        _doc("2", _m("Karim Farooqi Road", kind="place"), _m("KYF", 40, kind="organization"),
             _m("Karim Farooqi", 80)),
    ])  # fmt: skip
    person = index.lookup("Karim Farooqi")
    assert person is not None and person == index.lookup("Karim Yusuf Farooqi")
    trust, road, kyf = (index.lookup(n) for n in ("Karim Farooqi Trust", "Karim Farooqi Road",
                                                   "KYF"))  # fmt: skip
    assert trust is not None and road is not None and kyf is not None
    assert (person.type, trust.type, road.type, kyf.type) == (
        "person",
        "organization",
        "place",
        "organization",
    )
    assert len({person.id, trust.id, road.id, kyf.id}) == 4


def test_words_of_a_longer_name_in_order_are_that_name() -> None:
    index = resolve_entities([
        _doc("1", _m("Ahmed Bilal Saeed Qureshi")),
        _doc("2", _m("Bilal Qureshi"), _m("Ahmed Bilal Saeed Qureshi", 100)),
    ])  # fmt: skip
    found = index.lookup("Bilal Qureshi")
    assert found is not None and found == index.lookup("Ahmed Bilal Saeed Qureshi")
    assert any(a.reason == "words of a longer name, in order" for a in found.aliases)


def test_a_fathers_name_ending_his_sons_is_not_the_son() -> None:
    # A patronymic: the son's name ends with his father's; one article names both.
    index = resolve_entities([
        _doc("1", _m("Tahir Nasir Mallick"), _m("Nasir Mallick", 100)),
        _doc("2", _m("Nasir Mallick")),
    ])  # fmt: skip
    assert index.lookup("Tahir Nasir Mallick") != index.lookup("Nasir Mallick")


def test_words_of_two_longer_names_stay_apart() -> None:
    index = resolve_entities([
        _doc("1", _m("Ahmed Bilal Saeed Qureshi")), _doc("2", _m("Umar Bilal Hasan Qureshi")),
        _doc("3", _m("Bilal Qureshi")),
    ])  # fmt: skip
    short = index.lookup("Bilal Qureshi")
    assert short is not None
    assert short != index.lookup("Ahmed Bilal Saeed Qureshi")
    assert short != index.lookup("Umar Bilal Hasan Qureshi")


def test_a_lone_name_is_the_full_name_of_a_report_with_the_same_people() -> None:
    docs = [
        _doc("verdict", _m("Shakeel"), _m("Mashooq Rind", 100), _m("Karim Bux", 200)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100), _m("Karim Bux", 200)),
        _doc("elsewhere", _m("Shakeel"), _m("Nadir Magsi", 100)),
    ]
    index = resolve_entities(docs)
    full = index.lookup("Shakeel Durrani")
    assert full is not None and full.name == "Shakeel Durrani"  # not the lone "Shakeel"
    assert index.lookup("Shakeel", "verdict") == full
    assert [(a.name, a.document_id) for a in full.aliases] == [("Shakeel", "verdict")]
    # A report that shares no one with his: its "Shakeel" could be anyone.
    assert index.lookup("Shakeel", "elsewhere") is None


def test_a_lone_given_name_needs_two_people_in_common_a_surname_one() -> None:
    docs = [
        _doc("verdict", _m("Shakeel"), _m("Durrani", 50), _m("Mashooq Rind", 100)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100)),
    ]
    index = resolve_entities(docs)
    full = index.lookup("Shakeel Durrani")
    assert index.lookup("Durrani", "verdict") == full
    assert index.lookup("Shakeel", "verdict") is None


def test_people_every_report_names_make_no_company() -> None:
    # The president every report names says nothing of which Shakeel a report means.
    common = [_doc(f"other{i}", _m("Arif Alvi"), _m(f"Person Number{i}", 100)) for i in range(5)]
    docs = [
        _doc("verdict", _m("Durrani"), _m("Arif Alvi", 100)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Arif Alvi", 100)),
        *common,
    ]
    assert resolve_entities(docs).lookup("Durrani", "verdict") is None


def test_a_lone_name_two_full_names_could_complete_stays_alone() -> None:
    docs = [
        _doc("verdict", _m("Durrani"), _m("Mashooq Rind", 100)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100)),
        _doc("appeal", _m("Nabeel Durrani"), _m("Mashooq Rind", 100)),
    ]
    index = resolve_entities(docs)
    assert index.lookup("Durrani", "verdict") is None
    assert index.lookup("Shakeel Durrani") != index.lookup("Nabeel Durrani")


def test_a_shorter_name_spelled_otherwise_ends_the_longer_one() -> None:
    index = resolve_entities([
        _doc("1", _m("Md Mofizul Islam Rony")), _doc("2", _m("Mofijul Islam Rony")),
    ])  # fmt: skip
    found = index.lookup("Mofijul Islam Rony")
    assert found is not None and found == index.lookup("Md Mofizul Islam Rony")


def test_a_persons_title_is_no_part_of_the_name_an_organisations_first_word_is() -> None:
    assert node_name("Convict Shakeel Durrani") == "Shakeel Durrani"
    assert node_name("Provincial Armed Constabulary", "organization") == (
        "Provincial Armed Constabulary"
    )


def test_reversed_name_joined_only_inside_one_story() -> None:
    # "Rehmat Gul" and "Gul Rehmat" in two reports that share a co-accused: one person.
    story = resolve_entities([
        _doc("1", _m("Rehmat Gul"), _m("Tanvir Abbasi", 100)),
        _doc("2", _m("Gul Rehmat"), _m("Tanvir Abbasi", 100)),
    ])  # fmt: skip
    found = story.lookup("Rehmat Gul")
    assert found is not None and story.lookup("Gul Rehmat") == found
    # The same two names in unrelated reports ("Ali Hassan", "Hassan Ali"): two people.
    apart = resolve_entities([
        _doc("1", _m("Rehmat Gul"), _m("Tanvir Abbasi", 100)),
        _doc("2", _m("Gul Rehmat"), _m("Sobia Kazmi", 100)),
    ])  # fmt: skip
    assert apart.lookup("Rehmat Gul") != apart.lookup("Gul Rehmat")
    # Words only alike by their consonants are not one name reversed ("Ryan" / "Ron").
    skeleton = resolve_entities([
        _doc("1", _m("Rayan Gul"), _m("Tanvir Abbasi", 100)),
        _doc("2", _m("Gul Ron"), _m("Tanvir Abbasi", 100)),
    ])  # fmt: skip
    assert skeleton.lookup("Rayan Gul") != skeleton.lookup("Gul Ron")
    # Listed side by side in one report: two people.
    listed = resolve_entities([
        _listed("1", "Rehmat Gul", "Gul Rehmat"), _doc("2", _m("Tanvir Abbasi")),
    ])  # fmt: skip
    assert listed.lookup("Rehmat Gul") != listed.lookup("Gul Rehmat")


def test_an_honorific_before_a_name_in_one_report_is_one_person() -> None:
    index = resolve_entities([_doc("1", _m("Nawab Kamran Lund"), _m("Kamran Lund", 100))])
    found = index.lookup("Nawab Kamran Lund")
    assert found is not None and index.lookup("Kamran Lund") == found
    # Another first word is not an honorific: written both ways in full, two people.
    two = resolve_entities([_doc("1", _m("Fareed Kamran Lund"), _m("Kamran Lund", 100))])
    assert two.lookup("Fareed Kamran Lund") != two.lookup("Kamran Lund")


def test_a_lone_surname_is_not_a_rival_only_ever_named_beside_the_other() -> None:
    # "Durrani" alone in the appeal: the hearing names only Shakeel Durrani, the verdict both
    # him and his brother Nabeel - it tells the two apart, it does not say who the appeal's is.
    docs = [
        _doc("appeal", _m("Durrani"), _m("Mashooq Rind", 100)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100)),
        _doc("verdict", _m("Shakeel Durrani"), _m("Nabeel Durrani", 50), _m("Mashooq Rind", 100)),
    ]
    index = resolve_entities(docs)
    assert index.lookup("Durrani", "appeal") == index.lookup("Shakeel Durrani")
    # with no report naming only one of them, the lone name stays no one
    index = resolve_entities([docs[0], docs[2]])
    assert index.lookup("Durrani", "appeal") is None
    # nor when the rival is named on his own elsewhere: a person in his own right
    alone = _doc("bail", _m("Nabeel Durrani"), _m("Karim Bux", 100))
    index = resolve_entities([*docs, alone])
    assert index.lookup("Durrani", "appeal") is None


def test_a_lone_given_name_written_as_accused_needs_one_person_in_common() -> None:
    # "Convict Shakeel": named by his part in the case, not as someone's son ("his son Eric")
    docs = [
        _doc("verdict", _m("Shakeel", text="Convict Shakeel"), _m("Mashooq Rind", 100)),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100)),
        _doc("appeal", _m("Shakeel"), _m("Mashooq Rind", 100)),
    ]
    index = resolve_entities(docs)
    full = index.lookup("Shakeel Durrani")
    assert full is not None and index.lookup("Shakeel", "verdict") == full
    assert index.lookup("Shakeel", "appeal") is None  # a given name alone: two needed


def test_an_opening_vowel_written_otherwise_joins_only_inside_one_story() -> None:
    story = [
        _doc("charge", _m("Asmat Rind"), _m("Mashooq Karimi", 100)),
        _doc("appeal", _m("Ismat Rind"), _m("Mashooq Karimi", 100)),
    ]
    index = resolve_entities(story)
    found = index.lookup("Asmat Rind")
    assert found is not None and index.lookup("Ismat Rind") == found
    assert any(a.reason.endswith("in one story") for a in found.aliases)
    # two reports that share no one: "Aslam" and "Islam" are also two names
    apart = [_doc("charge", _m("Asmat Rind")), _doc("appeal", _m("Ismat Rind"))]
    index = resolve_entities(apart)
    assert index.lookup("Asmat Rind") != index.lookup("Ismat Rind")
    # one article writing both names: two people
    trial = _doc("trial", _m("Asmat Rind"), _m("Ismat Rind", 50), _m("Mashooq Karimi", 100))
    both = [*story, trial]
    index = resolve_entities(both)
    assert index.lookup("Asmat Rind") != index.lookup("Ismat Rind")


def test_a_pronoun_or_article_in_capitals_is_no_entity() -> None:
    """NER takes "WE", "THE", "YOU" in capitals (a headline, a shouted quote) for
    organisations; the ledger then found "We" in a target as that organisation, or as the
    alias of one whose initials spell it ("Wexford Energy (WE)")."""
    index = resolve_entities([
        _doc("1", _m("WE", kind="organization"), _m("THE", 20, kind="organization"),
             _m("YOU", 40, kind="organization"), _m("I", 60, kind="organization"),
             _m("Wexford Energy", 80, kind="organization")),
    ])  # fmt: skip
    assert [e.name for e in index.entities] == ["Wexford Energy"]
    assert index.lookup("We", "1") is None and index.lookup("you", "1") is None


def test_a_lone_name_resolves_the_same_whatever_number_of_reports_name_the_full_name() -> None:
    # Each full name is a lone word's candidate once, however many reports name it.
    hearings = [_doc(f"hearing{i}", _m("Shakeel Durrani"), _m("Mashooq Rind", 100))
                for i in range(3)]  # fmt: skip
    docs = [_doc("verdict", _m("Durrani"), _m("Mashooq Rind", 100)), *hearings]
    index = resolve_entities(docs)
    assert index.lookup("Durrani", "verdict") == index.lookup("Shakeel Durrani")


def test_a_full_name_of_one_word_twice_needs_one_person_in_common_as_a_surname() -> None:
    docs = [
        _doc("verdict", _m("Bux"), _m("Mashooq Rind", 100)),
        _doc("hearing", _m("Bux Bux"), _m("Mashooq Rind", 100)),
    ]
    index = resolve_entities(docs)
    assert index.lookup("Bux", "verdict") == index.lookup("Bux Bux") is not None


def _ruled(doc: DocumentMentions, *accused: Mention, victim: Mention | None = None,
           outcome: str = "acquitted") -> DocumentMentions:  # fmt: skip
    """``doc`` with a court's ruling on ``accused`` (and a crime with ``victim``)."""
    parties = tuple(Participant(m.name, "accused", m.start, m.end) for m in accused)
    claims = [Claim("ruling", 0, 300, (0, 1), parties, outcome=outcome)]
    if victim is not None:
        suffered = Participant(victim.name, "victim", victim.start, victim.end)
        claims.append(Claim("crime", 0, 300, (0, 1), (suffered,)))
    return replace(doc, claims=tuple(claims))


def test_a_one_word_name_a_court_rules_on_is_a_person_no_report_completes() -> None:
    # "The court acquitted Izzat": no report gives him a second name, yet he is accused.
    izzat, victim = _m("Izzat", 100), _m("Bashir", 200)
    verdict = _ruled(_doc("verdict", izzat, victim, _m("Mashooq Rind")), izzat, victim=victim)
    index = resolve_entities([verdict, _doc("hearing", _m("Izzat"), _m("Karim Bux", 100))])
    found = index.lookup("Izzat", "verdict")
    assert found is not None and found.name == "Izzat" and found.type == "person"
    # The word is one name: another report's "Izzat" is the same node, so the same entity.
    assert index.lookup("Izzat", "hearing") == found
    assert index.lookup("Bashir", "verdict") is None  # the victim: no actor yet


def test_a_one_word_name_only_named_as_a_victim_or_in_passing_is_no_one() -> None:
    bashir, izzat = _m("Bashir", 100), _m("Izzat", 200)
    # both read as accused by the ruling, but the report's crime makes Bashir its victim
    verdict = _ruled(_doc("verdict", bashir, izzat), bashir, izzat, victim=bashir)
    index = resolve_entities([verdict, _doc("hearing", _m("Wahid"), _m("Karim Bux", 100))])
    assert index.lookup("Bashir", "verdict") is None
    assert index.lookup("Izzat", "verdict") is not None
    assert index.lookup("Wahid", "hearing") is None  # named, never accused


def test_a_lone_name_its_accusing_report_completes_makes_no_one_word_person() -> None:
    # The verdict's "Shakeel" is Shakeel Durrani (an accused needs one person in common): the
    # verdict accuses the full name, and the appeal's lone "Shakeel" stays no one.
    shakeel = _m("Shakeel")
    docs = [
        _ruled(_doc("verdict", shakeel, _m("Mashooq Rind", 100)), shakeel, outcome="convicted"),
        _doc("hearing", _m("Shakeel Durrani"), _m("Mashooq Rind", 100)),
        _doc("appeal", _m("Shakeel"), _m("Karim Bux", 100)),
    ]
    index = resolve_entities(docs)
    full = index.lookup("Shakeel Durrani")
    assert full is not None and index.lookup("Shakeel", "verdict") == full
    assert index.lookup("Shakeel", "appeal") is None
    # Without the full name's report, nothing completes it: the verdict's accused is a person.
    alone = resolve_entities([docs[0], docs[2]])
    found = alone.lookup("Shakeel", "verdict")
    assert found is not None and found.name == "Shakeel"
