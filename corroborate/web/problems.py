"""The API's one error shape, ``{"error": {"status", "code", "message"}}``, and the exception
that carries a code into it (``app`` turns every other exception into the same shape)."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(HTTPException):
    """An HTTP error with a machine-readable ``code`` for the error shape."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status, message, headers)
        self.code = code


MAX_MESSAGE = 300  # characters: a message says what is wrong, it does not echo the input


def shorten(message: str) -> str:
    """``message`` on one line (it may quote user input or a driver's multi-line text), cut
    to MAX_MESSAGE characters: a 5 KB value sent back would only be noise, or a reflection."""
    line = " ".join(message.split())
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": shorten(message)}}
