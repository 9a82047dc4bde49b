"""The error tree: one base class, one-line messages that say what to do."""

from __future__ import annotations

import pickle

import pytest

from corroborate import errors
from corroborate.errors import CorroborateError, InputError


@pytest.mark.parametrize(
    "cls",
    [
        errors.InputError,
        errors.OutputError,
        errors.ModelNotFoundError,
        errors.ScorerNotFoundError,
        errors.StoreError,
        errors.UnknownDocumentError,
    ],
)
def test_every_error_is_a_corroborate_error(cls: type[Exception]) -> None:
    assert issubclass(cls, CorroborateError)
    assert cls.__name__ in (errors.__doc__ or "")  # the drawn tree stays complete


def test_input_error_message() -> None:
    err = InputError("data.jsonl", 3, "not valid JSON (Expecting ',')", "fix the line")
    assert str(err) == "data.jsonl:3: not valid JSON (Expecting ','); fix the line"
    assert err.location == "data.jsonl:3"


def test_input_error_without_line_or_hint() -> None:
    assert str(InputError("x.txt", None, "no such file")) == "x.txt: no such file"


def test_input_error_is_one_line() -> None:
    assert "\n" not in str(InputError("a\nb", 1, "bad\r\nthing", "do\nthis"))


def test_input_error_pickles() -> None:
    err = pickle.loads(pickle.dumps(InputError("f", 2, "m", "h")))
    assert (err.path, err.line, err.message, err.hint) == ("f", 2, "m", "h")


def test_unknown_document_error_names_the_ids_and_what_to_do() -> None:
    err = errors.UnknownDocumentError(["a\nb", "c"], "k.db")
    assert str(err) == (
        "no documents 'a\\nb', 'c' in k.db; nothing was removed;"
        " corroborate documents --db k.db lists the stored ids"
    )
    many = errors.UnknownDocumentError([f"d{i}" for i in range(8)], "k.db")
    assert "'d4' and 3 more" in str(many) and "d5" not in str(many)
    again = pickle.loads(pickle.dumps(err))
    assert (again.ids, again.store) == (["a\nb", "c"], "k.db")
