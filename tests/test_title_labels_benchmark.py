"""benchmarks/title_labels.py: the tag and label of the lower-case word right before a PERSON
span that hangs on it, and that a held-out set is refused. Docs built by hand, so that the
labels are the ones under test, not the parser's guess."""

from __future__ import annotations

from types import ModuleType

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def titles(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court_sets.py
    return load_benchmark("title_labels")


def _person(
    nlp: Language, words: list[str], tags: list[str], deps: list[str], heads: list[int]
) -> Span:
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)
    return Span(doc, len(words) - 2, len(words), label="PERSON")


@pytest.mark.parametrize(
    ("word", "tag", "dep", "found"),
    [
        ("driver", "NN", "compound", ("noun compound", "driver")),
        ("embryologist", "NN", "nmod", ("noun nmod", "embryologist")),
        ("anaesthetist", "JJ", "amod", ("JJ amod", "anaesthetist")),
        ("Judge", "NNP", "compound", None),  # capitalised: a title of the name's own
    ],
)
def test_title_label(
    titles: ModuleType, nlp: Language, word: str, tag: str, dep: str, found: object
) -> None:
    # "the WORD Ilse Varga": the word hangs on "Varga"
    person = _person(
        nlp, ["the", word, "Ilse", "Varga"], ["DT", tag, "NNP", "NNP"],
        ["det", dep, "compound", "ROOT"], [3, 3, 3, 3],
    )  # fmt: skip
    assert titles.title_label(person) == found


def test_a_word_hung_elsewhere_is_no_title(titles: ModuleType, nlp: Language) -> None:
    # "the doctor of Ilse Varga": "of" stands between; and "told Ilse Varga": a verb's object
    person = _person(
        nlp, ["police", "told", "Ilse", "Varga"], ["NNS", "VBD", "NNP", "NNP"],
        ["nsubj", "ROOT", "compound", "dobj"], [1, 1, 3, 1],
    )  # fmt: skip
    assert titles.title_label(person) is None


def test_held_out_refused(titles: ModuleType) -> None:
    with pytest.raises(SystemExit):
        titles.main(["h31"])
