"""BIO tags: encoding gold attributions and decoding any tag sequence into linked attributions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corroborate.nlp.tagger.tags import LABELS, Span, encode, link, spans

tag_sequences = st.lists(st.sampled_from(LABELS), max_size=60)


@st.composite
def tagged_documents(draw: st.DrawFn) -> tuple[list[str], list[int], list[int], list[int]]:
    """Random tags with random sentence and paragraph numbering and random parse heads."""
    tags = draw(tag_sequences)
    n = len(tags)
    sentence_breaks = sorted(draw(st.sets(st.integers(0, max(n - 1, 0)), max_size=5)))
    sentence_of = [sum(1 for b in sentence_breaks if b <= i) for i in range(n)]
    paragraph_of = [s // 2 for s in sentence_of]
    heads = [draw(st.integers(0, n - 1)) for _ in range(n)] if n else []
    return tags, sentence_of, paragraph_of, heads


@given(tag_sequences)
def test_spans_cover_exactly_the_tagged_tokens(tags: list[str]) -> None:
    found = spans(tags)
    covered = [i for s in found for i in range(s.start, s.end)]
    assert sorted(covered) == [i for i, t in enumerate(tags) if t != "O"]
    assert covered == sorted(set(covered))  # disjoint and in order
    for s in found:
        assert {tags[i][2:] for i in range(s.start, s.end)} == {s.role}
        assert s.start == 0 or tags[s.start].startswith("B-") or tags[s.start - 1][2:] != s.role


@given(tag_sequences, st.sets(st.integers(0, 59)))
def test_skipped_tokens_never_start_or_end_a_span(tags: list[str], skip: set[int]) -> None:
    for s in spans(tags, skip):
        assert s.start not in skip and s.end - 1 not in skip


@given(tagged_documents())
def test_link_uses_each_content_once_and_every_attribution_has_a_cue(
    document: tuple[list[str], list[int], list[int], list[int]],
) -> None:
    tags, sentence_of, paragraph_of, heads = document
    found = spans(tags)
    linked = link(found, sentence_of, paragraph_of, heads)
    contents = [c for a in linked for c in a.content]
    assert len(contents) == len(set(contents))
    for a in linked:
        assert len(a.cue) == 1 and a.cue[0].role == "C" and a.cue[0] in found
        assert a.content and all(c.role == "T" and c in found for c in a.content)
        assert all(s.role == "S" and s in found for s in a.source)
    # A content is dropped only when no cue is in reach of it.
    cues = [s for s in found if s.role == "C"]
    for c in found:
        if c.role == "T" and c not in contents:
            assert not any(paragraph_of[q.start] == paragraph_of[c.start] for q in cues)


@given(tagged_documents())
def test_encoding_decoded_attributions_gives_back_their_tokens(
    document: tuple[list[str], list[int], list[int], list[int]],
) -> None:
    tags, sentence_of, paragraph_of, heads = document
    linked = link(spans(tags), sentence_of, paragraph_of, heads)
    as_tokens = [
        {
            "C": [i for s in a.cue for i in range(s.start, s.end)],
            "S": [i for s in a.source for i in range(s.start, s.end)],
            "T": [i for s in a.content for i in range(s.start, s.end)],
        }
        for a in linked
    ]
    again = encode(len(tags), as_tokens, skip=set())
    for a in linked:
        for s in [*a.cue, *a.source, *a.content]:
            assert all(again[i][2:] == s.role for i in range(s.start, s.end))


def test_encode_marks_pieces_split_by_other_tokens_and_joins_across_whitespace() -> None:
    tags = encode(8, [{"S": [0], "C": [1], "T": [2, 3, 5, 6]}], skip={4})
    assert tags == ["B-S", "B-C", "B-T", "I-T", "O", "I-T", "I-T", "O"]
    tags = encode(8, [{"C": [1], "T": [2, 3, 6]}], skip=set())
    assert tags == ["O", "B-C", "B-T", "I-T", "O", "O", "B-T", "O"]


def test_x_he_said_y_is_one_attribution_with_two_content_pieces() -> None:
    # "Taxes , he said , will rise" with the parse hanging both pieces off "said".
    tags = ["B-T", "O", "B-S", "B-C", "O", "B-T", "I-T"]
    heads = [3, 3, 3, 3, 3, 3, 5]
    (only,) = link(spans(tags), [0] * 7, [0] * 7, heads)
    assert only.cue == [Span("C", 3, 4)]
    assert only.source == [Span("S", 2, 3)]
    assert only.content == [Span("T", 0, 1), Span("T", 5, 7)]


def test_a_content_goes_to_the_cue_it_hangs_from_not_the_nearest() -> None:
    # "A said B told them C": C hangs from "told" (index 4), which is farther than nothing.
    tags = ["B-S", "B-C", "B-S", "O", "B-C", "O", "B-T"]
    heads = [1, 1, 4, 4, 1, 4, 4]
    linked = link(spans(tags), [0] * 7, [0] * 7, heads)
    assert [(a.cue[0].start, a.content[0].start) for a in linked] == [(4, 6)]
    assert linked[0].source == [Span("S", 2, 3)]


def test_a_content_hanging_from_two_cues_goes_to_the_nearer() -> None:
    # "said , , P Q noted": P hangs from "said", Q from "noted", which is adjacent.
    tags = ["B-C", "O", "O", "B-T", "I-T", "B-C"]
    heads = [0, 0, 0, 0, 5, 5]
    (only,) = link(spans(tags), [0] * 6, [0] * 6, heads)
    assert only.cue == [Span("C", 5, 6)]


def test_a_cue_takes_the_nearest_source_attached_to_it() -> None:
    # "A , B said C" with both A and B hanging from "said"; and a source the cue hangs from.
    tags = ["B-S", "O", "B-S", "B-C", "B-T"]
    (only,) = link(spans(tags), [0] * 5, [0] * 5, [3, 3, 3, 3, 3])
    assert only.source == [Span("S", 2, 3)]
    tags = ["B-S", "B-C", "O", "B-S", "B-T"]  # "Ali 's , then B C": "'s" hangs from "Ali"
    (only,) = link(spans(tags), [0] * 5, [0] * 5, [0, 0, 0, 0, 1])
    assert only.source == [Span("S", 0, 1)]


def test_a_link_through_a_subject_counts_only_where_there_is_no_other() -> None:
    # "claimed P Q who was-condemned R": P hangs from "claimed"; "who" (index 3) is the
    # subject of "condemned" (4), nearer, but what "claimed" reports.
    tags = ["B-C", "B-T", "I-T", "I-T", "B-C", "B-T"]
    heads = [0, 0, 1, 4, 0, 4]
    linked = link(spans(tags), [0] * 6, [0] * 6, heads, subjects=frozenset({3}))
    assert [(a.cue[0].start, [c.start for c in a.content]) for a in linked] == [(0, [1]), (4, [5])]
    # Without the subject marked, the nearer cue wins, as for any two links.
    linked = link(spans(tags), [0] * 6, [0] * 6, heads)
    assert [(a.cue[0].start, [c.start for c in a.content]) for a in linked] == [(4, [1, 5])]


# '"A," she said. "B." // Reeves wrote C', where the parser ran the quotation that ends the
# first paragraph on into the next one's sentence and hung "B" from "wrote".
_RUN_ON_TAGS = ["B-T", "B-S", "B-C", "B-T", "O", "B-S", "B-C", "B-T"]
_RUN_ON_SENTENCES = [0, 0, 0, 1, 1, 1, 1, 1]
_RUN_ON_PARAGRAPHS = [0, 0, 0, 0, 1, 1, 1, 1]


def test_a_content_never_goes_to_a_cue_in_another_paragraph_by_the_parse() -> None:
    heads = [2, 2, 2, 6, 3, 6, 6, 6]
    said, wrote = link(spans(_RUN_ON_TAGS, {4}), _RUN_ON_SENTENCES, _RUN_ON_PARAGRAPHS, heads)
    assert said.cue == [Span("C", 2, 3)]
    assert said.content == [Span("T", 0, 1), Span("T", 3, 4)]
    assert wrote.content == [Span("T", 7, 8)]


def test_a_content_never_goes_to_a_cue_in_another_paragraph_by_the_sentence() -> None:
    said, wrote = link(spans(_RUN_ON_TAGS, {4}), _RUN_ON_SENTENCES, _RUN_ON_PARAGRAPHS)
    assert said.content == [Span("T", 0, 1), Span("T", 3, 4)]
    assert wrote.content == [Span("T", 7, 8)]


# '"A," she said, and B noted C. "D."': the quotation D stands in a sentence of its own, with
# no cue and no parse link; the nearest cue is "noted", but D carries on the quotation A.
_CHAIN_TAGS = ["B-T", "B-S", "B-C", "O", "B-S", "B-C", "B-T", "B-T"]
_CHAIN_SENTENCES = [0, 0, 0, 0, 0, 0, 0, 1]
_CHAIN_HEADS = [2, 2, 2, 2, 5, 2, 5, 7]


def test_a_quotation_in_a_sentence_of_its_own_carries_on_the_quotation_before_it() -> None:
    quoted = [True, False, False, False, False, False, False, True]
    said, noted = link(spans(_CHAIN_TAGS), _CHAIN_SENTENCES, [0] * 8, _CHAIN_HEADS, quoted=quoted)
    assert said.cue == [Span("C", 2, 3)]
    assert said.content == [Span("T", 0, 1), Span("T", 7, 8)]
    assert noted.content == [Span("T", 6, 7)]


def test_without_quotations_such_a_sentence_goes_to_the_nearest_cue() -> None:
    said, noted = link(spans(_CHAIN_TAGS), _CHAIN_SENTENCES, [0] * 8, _CHAIN_HEADS)
    assert said.content == [Span("T", 0, 1)]
    assert noted.content == [Span("T", 6, 7), Span("T", 7, 8)]
    # D unquoted is no quotation to carry on.
    quoted = [True, False, False, False, False, False, False, False]
    said, noted = link(spans(_CHAIN_TAGS), _CHAIN_SENTENCES, [0] * 8, _CHAIN_HEADS, quoted=quoted)
    assert noted.content == [Span("T", 6, 7), Span("T", 7, 8)]


def test_a_quotation_with_a_cue_in_its_sentence_goes_to_that_cue() -> None:
    # '"A," she said. "D," he added.'
    tags = ["B-T", "B-S", "B-C", "B-T", "B-S", "B-C"]
    quoted = [True, False, False, True, False, False]
    said, added = link(spans(tags), [0, 0, 0, 1, 1, 1], [0] * 6, [2, 2, 2, 5, 5, 5], quoted=quoted)
    assert said.content == [Span("T", 0, 1)]
    assert added.content == [Span("T", 3, 4)]


def test_a_quotation_in_another_paragraph_carries_on_nothing() -> None:
    quoted = [True, False, False, False, False, False, False, True]
    paragraphs = [0, 0, 0, 0, 0, 0, 0, 1]
    linked = link(spans(_CHAIN_TAGS), _CHAIN_SENTENCES, paragraphs, _CHAIN_HEADS, quoted=quoted)
    assert [a.content for a in linked] == [[Span("T", 0, 1)], [Span("T", 6, 7)]]


def test_a_cue_never_takes_a_source_from_another_paragraph() -> None:
    # "The minister // said taxes will rise": a heading or a paragraph's last words that the
    # parser made the subject of the next paragraph's cue.
    tags = ["B-S", "O", "B-C", "B-T"]
    (only,) = link(spans(tags, {1}), [0] * 4, [0, 1, 1, 1], [2, 2, 2, 2])
    assert only.source == []
    (only,) = link(spans(tags, {1}), [0] * 4, [0, 1, 1, 1])
    assert only.source == []
    (only,) = link(spans(tags, {1}), [0] * 4, [0] * 4, [2, 2, 2, 2])
    assert only.source == [Span("S", 0, 1)]


def test_a_content_in_a_paragraph_that_carries_on_another_goes_to_its_last_cue() -> None:
    # 'X said: // "A" // "B"': a quotation after a colon, run over two paragraphs.
    tags = ["B-S", "B-C", "O", "O", "B-T", "O", "B-T"]
    paragraphs = [0, 0, 0, 1, 1, 2, 2]
    sentences = [0, 0, 0, 1, 1, 2, 2]
    (only,) = link(spans(tags, {3, 5}), sentences, paragraphs, carried={1: 0, 2: 1})
    assert only.cue == [Span("C", 1, 2)]
    assert only.content == [Span("T", 4, 5), Span("T", 6, 7)]
    # Paragraphs that carry nothing on keep their contents to themselves.
    assert link(spans(tags, {3, 5}), sentences, paragraphs) == []
    # A paragraph with a cue of its own keeps its content.
    tags = ["B-S", "B-C", "O", "O", "B-T", "B-C"]
    linked = link(spans(tags, {3}), [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], carried={1: 0})
    assert [(a.cue, a.content) for a in linked] == [([Span("C", 5, 6)], [Span("T", 4, 5)])]
