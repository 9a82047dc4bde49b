"""Entities across documents: aliases and variants joined, namesakes and splinters apart."""

from __future__ import annotations

from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument, entity_index
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Mention
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.nodes import DocumentMentions

SYNTHETIC = {
    "a": "KARACHI: Police arrested Umair Hussain Siddiqi alias Jailer, a worker of the"
    " Muttahida Qaumi Movement (MQM), on Monday. Siddiqi was produced in court.",
    "b": "Umair Siddiqui told the court that he was innocent. His brother Hammad Siddiqui was"
    " also detained. Hammad Siddiqui denied the charges.",
    "c": "Rauf Siddiqui, a leader of MQM-London, said the party had no links with the suspects."
    " MQM-Pakistan leader Farooq Sattar disagreed. The MQM denied the allegations.",
}


def _index(nlp: Language) -> list[DocumentMentions]:
    return [
        DocumentMentions(k, f"2020-01-0{i + 1}", find_mentions(nlp(t)))
        for i, (k, t) in enumerate(SYNTHETIC.items())
    ]


def test_namesakes_never_merged_aliases_joined(nlp: Language) -> None:
    index = resolve_entities(_index(nlp))
    umair = index.lookup("Umair Siddiqui")
    assert umair is not None
    names = {umair.name, *(a.name for a in umair.aliases)}
    assert {"Umair Siddiqui", "Umair Hussain Siddiqi", "Jailer"} <= names
    hammad, rauf = index.lookup("Hammad Siddiqui"), index.lookup("Rauf Siddiqui")
    assert hammad is not None and rauf is not None
    assert len({umair.id, hammad.id, rauf.id}) == 3
    assert index.lookup("Siddiqi") is None  # a bare surname names no one across documents
    assert index.lookup("Siddiqi", "a") == umair  # ... but does inside its document
    reasons = {a.name: (a.reason, a.document_id) for a in umair.aliases}
    assert reasons["Jailer"][1] == "a" and "alias" in reasons["Jailer"][0]
    assert [(f.name, f.role) for f in umair.affiliations] == [
        ("Muttahida Qaumi Movement", "worker")
    ]


def test_acronyms_joined_splinters_apart(nlp: Language) -> None:
    index = resolve_entities(_index(nlp))
    mqm = index.lookup("MQM")
    assert mqm is not None and mqm.name == "Muttahida Qaumi Movement"
    london, pakistan = index.lookup("MQM-London"), index.lookup("MQM-Pakistan")
    assert london is not None and pakistan is not None
    assert len({mqm.id, london.id, pakistan.id}) == 3
    rauf = index.lookup("Rauf Siddiqui")
    assert rauf is not None and [f.name for f in rauf.affiliations] == ["MQM-London"]


def _m(name: str, kind: str = "person") -> Mention:
    return Mention(0, len(name), name, kind, name, "PERSON")  # type: ignore[arg-type]


def test_middle_name_joins_only_when_unambiguous() -> None:
    docs = [
        DocumentMentions("1", "2020-01-01", [_m("Uzair Jan Baloch"), _m("Uzair Khan Baloch")]),
        DocumentMentions("2", "2020-01-02", [_m("Uzair Baloch"), _m("Zafar Baloch")]),
    ]
    index = resolve_entities(docs)
    ids = {index.lookup(n).id for n in ("Uzair Jan Baloch", "Uzair Khan Baloch", "Uzair Baloch")}  # type: ignore[union-attr]
    assert len(ids) == 3  # "Uzair Baloch" could be either: left alone
    assert index.lookup("Zafar Baloch") != index.lookup("Uzair Baloch")


def test_a_name_that_begins_or_ends_a_longer_one_joins_it_when_alone() -> None:
    docs = [
        DocumentMentions("1", "2020-01-01", [_m("Syed Kamal Rauf"), _m("Bilal Omar Khan")]),
        DocumentMentions("2", "2020-01-02", [_m("Kamal Rauf"), _m("Bilal Omar")]),
        DocumentMentions("3", "2020-01-03", [_m("Nadia Karim Shah"), _m("Asma Karim Shah")]),
        DocumentMentions("4", "2020-01-04", [_m("Karim Shah")]),
    ]
    index = resolve_entities(docs)
    assert index.lookup("Kamal Rauf") == index.lookup("Syed Kamal Rauf")  # a title-like first
    assert index.lookup("Bilal Omar") == index.lookup("Bilal Omar Khan")  # a surname left out
    # "Karim Shah" ends two longer names: it could be either, so it joins neither
    ids = {index.lookup(n).id for n in ("Nadia Karim Shah", "Asma Karim Shah", "Karim Shah")}  # type: ignore[union-attr]
    assert len(ids) == 3


def test_spelling_variants() -> None:
    docs = [
        DocumentMentions("1", None, [_m("Peoples Aman Committee", "organization")]),
        DocumentMentions("2", None, [_m("People's Amn Committee", "organization")]),
        DocumentMentions("3", None, [_m("Hammad Siddiqui"), _m("Hamid Siddiqui")]),
    ]
    index = resolve_entities(docs)
    assert index.lookup("Peoples Aman Committee") == index.lookup("People's Amn Committee")
    assert index.lookup("Hammad Siddiqui") != index.lookup("Hamid Siddiqui")


def test_a_short_spelling_key_finds_only_the_name_as_written() -> None:
    # "They", "the" and "Thai" share the consonant skeleton "th": too short to be evidence
    docs = [
        DocumentMentions("1", None, [_m("Thai", "organization"), _m("Mehran Ltd", "organization")])
    ]
    index = resolve_entities(docs)
    assert index.lookup("Thai") is not None and index.lookup("the Thai") == index.lookup("Thai")
    assert index.lookup("They all") is None
    assert index.lookup("a sector-incharge of the Mehran Ltd") == index.lookup("Mehran Ltd")


def test_karachi_entities(karachi_analysed: list[AnalysedDocument]) -> None:
    index = entity_index(karachi_analysed)
    uzair = index.lookup("Uzair Baloch")
    assert uzair is not None and index.lookup("Uzair Jan Baloch") == uzair
    assert {"Peoples Aman Committee"} <= {f.name for f in uzair.affiliations}
    pac = index.lookup("PAC")
    assert pac is not None
    assert pac == index.lookup("Peoples Aman Committee") == index.lookup("People's Amn Committee")
    mqm = index.lookup("MQM")
    assert mqm is not None and mqm == index.lookup("Muttahida Qaumi Movement")
    assert index.lookup("PPP") == index.lookup("Pakistan People's Party")
    umair = index.lookup("Umair Siddiqui")
    khalid = index.lookup("Khalid Maqbool Siddiqui")
    assert umair is not None and khalid is not None and umair != khalid


def test_ids_stable(karachi_analysed: list[AnalysedDocument]) -> None:
    first = [e.id for e in entity_index(karachi_analysed).entities]
    again = [e.id for e in entity_index(list(reversed(karachi_analysed))).entities]
    assert first == again


def test_a_name_written_in_lower_case_is_no_spelling_of_a_proper_name() -> None:
    # "80 people" and "Pipal" share the consonant skeleton "ppl": a common noun is not a
    # proper name spelled another way (a target phrase "80 people" accused no firm)
    docs = [DocumentMentions("1", None, [_m("Pipal", "organization")])]
    index = resolve_entities(docs)
    assert index.lookup("Pipal") is not None
    assert index.lookup("80 people") is None and index.lookup("people") is None
    assert index.lookup("Peoples") == index.lookup("Pipal")  # written as a name, still spelled
    # a phrase with a capital keeps the scan of its parts by spelling (its words lower-cased)
    assert index.lookup("a complaint to Pipal") == index.lookup("Pipal")
    # in lower case, the name itself in other capitals is still found ("police" the Police)
    assert index.lookup("pipal") == index.lookup("Pipal")
