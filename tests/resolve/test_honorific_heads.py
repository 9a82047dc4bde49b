"""A name that opens a longer one once the longer one's honorifics are set aside: "Tariqul
Alam" in one report, "Md Tariqul Alam Bepari" in another (a later report drops the surname,
and with it the "Md", "Mohd" or "Malik" before the name). Invented names only."""

from __future__ import annotations

from corroborate.records import Mention
from corroborate.resolve.blocking import blocking_keys
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.nodes import DocumentMentions

_REASON = "a longer name that begins or ends with it"


def _m(name: str, start: int = 0) -> Mention:
    return Mention(start, start + len(name), name, "person", name, "PERSON", None, None)


def _doc(doc_id: str, *mentions: Mention) -> DocumentMentions:
    return DocumentMentions(doc_id, "2021-01-01", list(mentions))


def _one(long_: str, short: str) -> bool:
    index = resolve_entities([_doc("1", _m(long_)), _doc("2", _m(short))])
    found = index.lookup(long_)
    return found is not None and index.lookup(short) == found


def test_the_name_after_an_honorific_without_the_surname_is_that_person() -> None:
    assert _one("Md Tariqul Alam Bepari", "Tariqul Alam")
    assert _one("Mohd Anwarul Kabir Talukder", "Anwarul Kabir")
    assert _one("Malik Sohail Akhtar Gondal", "Sohail Akhtar")
    assert _one("Syed Farhat Ali Bukhari", "Farhat Ali")  # an honorific listed before
    index = resolve_entities(
        [_doc("1", _m("Md Tariqul Alam Bepari")), _doc("2", _m("Tariqul Alam"))]
    )
    found = index.lookup("Tariqul Alam")
    assert found is not None and any(a.reason == _REASON for a in found.aliases)


def test_two_honorifics_are_both_set_aside() -> None:
    assert _one("Syed Md Rezaul Karim Chowdhury", "Rezaul Karim")


def test_a_first_word_that_is_no_honorific_is_a_name_of_its_own() -> None:
    # "Fareed" opens the name: "Sohail Akhtar" is inside it, not at its head
    assert not _one("Fareed Sohail Akhtar Gondal", "Sohail Akhtar")


def test_two_longer_names_it_could_open_join_neither() -> None:
    index = resolve_entities([
        _doc("1", _m("Md Tariqul Alam Bepari")),
        _doc("2", _m("Tariqul Alam Munshi")),
        _doc("3", _m("Tariqul Alam")),
    ])  # fmt: skip
    short = index.lookup("Tariqul Alam")
    assert short is not None
    assert short != index.lookup("Md Tariqul Alam Bepari")
    assert short != index.lookup("Tariqul Alam Munshi")


def test_one_report_writing_the_name_and_then_its_short_form_names_one_person() -> None:
    # "The chairman, Md Tariqul Alam Bepari, ... Reached by phone, Tariqul Alam said": a
    # relative shares the surname, not the given names with surname and honorific dropped
    index = resolve_entities([_doc("1", _m("Md Tariqul Alam Bepari"), _m("Tariqul Alam", 200))])
    found = index.lookup("Md Tariqul Alam Bepari")
    assert found is not None and index.lookup("Tariqul Alam") == found
    # without the honorific the long name's first words are no sign of one person
    two = resolve_entities([_doc("1", _m("Tariqul Alam Bepari"), _m("Tariqul Alam", 200))])
    assert two.lookup("Tariqul Alam Bepari") != two.lookup("Tariqul Alam")


def test_names_listed_together_stay_apart() -> None:
    long_, short = "Md Tariqul Alam Bepari", "Tariqul Alam"
    listed = _doc("1", _m(long_, 10), _m(short, 10 + len(long_) + 2))
    index = resolve_entities([listed, _doc("2", _m(short))])
    assert index.lookup(short) != index.lookup(long_)


def test_the_whole_name_after_the_honorific_is_a_tail_not_this_rule() -> None:
    # "Tariqul Alam Bepari" ends the longer name: the tail already joins it
    assert _one("Md Tariqul Alam Bepari", "Tariqul Alam Bepari")


def test_the_blocking_keys_reach_the_name_after_the_honorific() -> None:
    # an update resolves a component by its keys: the two names must share one
    long_keys = {k for k, _ in blocking_keys(("person", "Md Tariqul Alam Bepari"))}
    short_keys = {k for k, _ in blocking_keys(("person", "Tariqul Alam"))}
    assert long_keys & short_keys & {k for k in long_keys if k.startswith("head:")}
    # a name without an honorific gets no second head key
    plain = [k for k, _ in blocking_keys(("person", "Fareed Sohail Akhtar Gondal"))]
    assert len([k for k in plain if k.startswith("head:")]) == 1


def test_the_words_after_the_honorifics_are_asked_of_one_helper() -> None:
    """``names.after_honorifics``: the words after the opening honorifics where three or more
    follow them, else None - the one reading the blocking keys and both name rules ask
    (mrg77 computed it three times; mnd78). A point after "Md" is no part of its word."""
    from corroborate.nlp import names

    def bare(name: str) -> list[str] | None:
        return names.after_honorifics(names.words(name))

    assert bare("Md Tariqul Alam Bepari") == ["tariqul", "alam", "bepari"]
    assert bare("Md. Tariqul Alam Bepari") == ["tariqul", "alam", "bepari"]
    assert bare("Syed Mohd Anwarul Kabir Talukder") == ["anwarul", "kabir", "talukder"]
    assert bare("Fareed Sohail Akhtar Gondal") is None  # no honorific
    assert bare("Md Tariqul Alam") is None  # two words after it: the tail's case
    assert bare("Syed Malik") is None  # the last word is never set aside
