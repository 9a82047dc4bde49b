"""Search: whole words only, ranked, with snippets (web.search, pure)."""

from __future__ import annotations

from corroborate.web.search import Hit, Query, rank, snippet


def test_whole_words_only() -> None:
    query = Query("Hammad")
    assert query.matches("Hammad Siddiqui was arrested")
    assert query.matches("arrested (hammad)")
    assert not query.matches("Ali Mohammad was arrested")
    assert not query.matches("Hammadi was arrested")


def test_every_word_must_match() -> None:
    query = Query("Noor confessed")
    assert query.matches("Noor, it was said, confessed")
    assert not query.matches("Noor denied it")
    assert not Query("  ").matches("anything")


def test_rank_keeps_order_of_ties() -> None:
    hits = [Hit("a", 1), Hit("b", 3), Hit("c", 1)]
    assert [h.item for h in rank(hits)] == ["b", "a", "c"]


def test_snippet_marks_matches_and_cuts_at_words() -> None:
    text = ("word " * 40) + "the Guard said Noor confessed to the killings " + ("tail " * 40)
    found = snippet(Query("noor"), text, width=30)
    assert found is not None
    assert [p for p, hit in found.pieces if hit] == ["Noor"]
    assert found.cut_before and found.cut_after
    assert found.text.startswith(("word", "the")) and not found.text.startswith(" ")
    assert "Noor confessed" in found.text
    assert snippet(Query("absent"), text) is None


def test_snippet_on_one_line() -> None:
    found = snippet(Query("Noor"), "He said\n\nNoor  was   there")
    assert found is not None
    assert found.text == "He said Noor was there"
