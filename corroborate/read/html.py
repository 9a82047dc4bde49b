"""An HTML page in, one Document out: its main text, title, date, address and outlet.

trafilatura finds the main text (the article without menus, "related coverage", cookie
notices and comment forms) and the metadata: the headline, the publication date (htmldate:
meta tags, structured data, the URL, then the page's text), the canonical address and the
site's name. On 32 real pages (``benchmarks/html_reader.py``) it keeps a quarter of the boilerplate
the standard library reader it replaced kept, and finds more dates and headlines.

The stored text is what offsets point into: trafilatura's blocks (paragraphs, headings, list
items, line breaks) each become one paragraph, whitespace inside a block collapsed to single
spaces, a blank line between blocks, so sentences never run across a heading. The id is the
file name, like a .txt file's. Entities are decoded (``&lt;script&gt;`` becomes the text
"<script>", kept as text).

The bytes are decoded here, not by trafilatura: the declared charset (meta tag), else UTF-8,
so that a wrong encoding is a clear error naming the line rather than silent mojibake.
"""

from __future__ import annotations

import functools
import logging
import re
from configparser import ConfigParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from corroborate.errors import InputError
from corroborate.records import Document

if TYPE_CHECKING:
    from trafilatura.settings import Document as Extracted

__all__ = ["MAX_HTML_BYTES", "headline", "read_html"]

SKIP_HINT = "fix the file or pass --skip-errors to skip it"
# trafilatura refuses larger pages (its max_file_size); said here so the error can say so.
MAX_HTML_BYTES = 20_000_000
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_ELEMENT = re.compile(r"<html[\s>]", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::)\s+")
_SEPARATOR_AT_END = re.compile(r"\s+(?:\||-|–|—|::)\s*$")
_DATE_ONLY = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@functools.cache
def _config() -> ConfigParser:
    import trafilatura.settings

    config = trafilatura.settings.use_config()
    # By default a main text under 250 characters is thrown away for a fallback that joins the
    # whole page into one block (a headline run into the first sentence, figure captions
    # kept); a short page's own main text is what we want.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_HTML_BYTES))
    return config


# trafilatura and htmldate log what they could not find ("empty HTML tree", "discarding
# data"); this reader turns what matters into an InputError, so their chatter is noise.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def read_html(path: Path, shown: str | None = None) -> Document:
    """The Document in the HTML file ``path``; ``shown`` names it in messages."""
    name = shown if shown is not None else str(path)
    data = path.read_bytes()
    if len(data) > MAX_HTML_BYTES:
        raise InputError(
            name,
            None,
            f"the page is over {MAX_HTML_BYTES // 1_000_000} MB, larger than any article",
            "save the article alone as .html or .txt, or pass --skip-errors to skip it",
        )
    text = _decode(data, name)
    if not _HTML_ELEMENT.search(text[:4096]):
        # trafilatura takes a text without <html> for something else and finds nothing in it;
        # a browser reads a fragment ("<p>...</p>") as a page's body, and so do we.
        text = f"<html><body>{text}</body></html>"
    found = _extract(text)
    body = _paragraphs(found.text or "") if found is not None else ""
    if found is None or not body:
        raise InputError(name, None, "no text found in the page's article or body", SKIP_HINT)
    date = _DATE.match((found.date or "").strip())
    url = (found.url or "").strip() or None
    outlet = _clean(found.sitename or "") or None
    return Document(
        id=path.name,
        text=body,
        title=headline(_clean(found.title or ""), outlet, url) or None,
        published=date.group() if date else None,
        url=url,
        outlet=outlet,
        path=name,
    )


def headline(title: str, outlet: str | None, url: str | None) -> str:
    """``title`` without the trailing segments that name the page rather than the article.

    A page's title often ends in its outlet ("Port strike ends | Harbour Post", "... | DW |
    19.01.2020"): a segment after a separator that is the outlet's name, its web address's
    name, or a date ("19.01.2020") goes, from the end, as long as some headline is left.
    Separators are " | ", " - ", " – ", " — ", " :: " with spaces around them, so a
    hyphenated word or "9-5" stays whole.
    """
    names = {_key(outlet or "")}
    host = urlsplit(url or "").hostname or ""
    if host:
        labels = host.removeprefix("www.").split(".")
        names |= {_key(host), _key(host.removeprefix("www.")), _key(labels[0])}
    names.discard("")
    while True:
        parts = _SEPARATOR.split(title)
        if len(parts) < 2:
            return title
        last = parts[-1]
        if not (_key(last) in names or _DATE_ONLY.fullmatch(last)):
            return title
        title = title[: title.rindex(last)]
        title = _SEPARATOR_AT_END.sub("", title)


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _extract(html: str) -> Extracted | None:
    """trafilatura's extraction (text and metadata), None when it finds nothing.

    Imported here, not at the top: it takes most of a second, which every command would pay.
    """
    import trafilatura
    import trafilatura.settings

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, config=_config()
    )
    return found if isinstance(found, trafilatura.settings.Document) else None


def _decode(data: bytes, name: str) -> str:
    """Bytes to text: the declared charset (meta tag), else UTF-8; a byte-order mark wins."""
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8"
    else:
        declared = _CHARSET.search(data[:4096])
        encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        return data.decode(encoding)
    except LookupError as err:
        raise InputError(
            name, None, f"declares an unknown charset {encoding!r}", "fix its <meta charset>"
        ) from err
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputError(
            name,
            line,
            f"not valid {encoding} (byte {data[err.start]:#04x})",
            "declare the right <meta charset>, convert the file to UTF-8, or pass --skip-errors",
        ) from err


def _paragraphs(raw: str) -> str:
    """One paragraph per line of trafilatura's text, separated by one blank line."""
    paragraphs = (_clean(line) for line in raw.splitlines())
    return "\n\n".join(p for p in paragraphs if p)


def _clean(text: str) -> str:
    return " ".join(text.split())
