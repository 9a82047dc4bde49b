"""A PDF file in, one Document out: the text of its pages, a blank line between pages.

Uses pypdf, which reads a PDF's text layer; a scanned PDF has none and needs OCR first. The
title comes from the document information (``/Title``) when set. The id is the file name.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from corroborate.errors import InputError
from corroborate.records import Document

if TYPE_CHECKING:
    from pypdf import PdfReader

SKIP_HINT = "pass --skip-errors to skip it"


def read_pdf(path: Path, shown: str | None = None) -> Document:
    """The Document in the PDF ``path``; ``shown`` names it in messages.

    Raises InputError for an encrypted, damaged or text-less PDF, naming the page if one
    page is at fault.
    """
    from pypdf import PdfReader  # imported here: only PDF input pays for it
    from pypdf.errors import PyPdfError

    name = shown if shown is not None else str(path)
    # pypdf logs every repair of a sloppy file as a warning; the text is what matters here.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not _decrypt(reader):
            raise InputError(
                name,
                None,
                "the PDF is encrypted with a password",
                "decrypt it first (e.g. qpdf --decrypt --password=... in.pdf out.pdf) or "
                + SKIP_HINT,
            )
        pages = []
        for number, page in enumerate(reader.pages, 1):
            try:
                pages.append(page.extract_text() or "")
            except (PyPdfError, ValueError, KeyError, TypeError) as err:
                raise InputError(
                    name, None, f"page {number} cannot be read ({_why(err)})", SKIP_HINT
                ) from err
        title = _title(reader)
    except InputError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(
            name, None, f"not a readable PDF ({_why(err)})", "check the file or " + SKIP_HINT
        ) from err
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise InputError(
            name,
            None,
            "the PDF has no text layer (a scanned document?)",
            "run OCR on it first (e.g. ocrmypdf) or " + SKIP_HINT,
        )
    return Document(id=path.name, text=text, title=title, path=name)


def _decrypt(reader: PdfReader) -> bool:
    """Open a PDF encrypted with an empty password (common: "no printing" flags only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # any failure (a missing AES backend too) means "locked"
        return False


def _title(reader: PdfReader) -> str | None:
    try:
        metadata = reader.metadata
        title = metadata.title if metadata is not None else None
    except Exception:  # a broken info dictionary costs the title, not the text
        return None
    return (" ".join(str(title).split()) or None) if title else None


def _why(err: Exception) -> str:
    return " ".join(str(err).split()) or type(err).__name__
