"""An HTML page in, one Document out: its main text, title, date, address and outlet.

The standard library's parser, not trafilatura: trafilatura would add lxml, htmldate, justext,
courlan and their dependencies for what news pages mostly make easy. The main text is the
page's ``<article>`` elements when it has any, else ``<main>``, else ``<body>``, without
scripts, styles, navigation, headers, footers, asides and forms. Block elements become
paragraphs (a blank line between them), so sentences never run across a heading.

Metadata: ``og:title`` (cleaner than ``<title>``, which often ends in " | Outlet"), else
``<title>``; ``article:published_time`` (its date part); ``<link rel="canonical">`` or
``og:url``; ``og:site_name``. The id is the file name, like a .txt file's.

Entities are decoded (``&lt;script&gt;`` becomes the text "<script>", kept as text).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from corroborate.errors import InputError
from corroborate.records import Document

SKIP_HINT = "fix the file or pass --skip-errors to skip it"
# Elements whose content is never article text.
DROPPED = frozenset(
    """script style noscript template svg math nav header footer aside form button select
    iframe object canvas figure""".split()
)
BLOCKS = frozenset(
    """p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th
    dl dt dd br hr address""".split()
)
# Void elements never have an end tag, so they must not open a level of nesting.
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_html(path: Path, shown: str | None = None) -> Document:
    """The Document in the HTML file ``path``; ``shown`` names it in messages."""
    name = shown if shown is not None else str(path)
    text = _decode(path.read_bytes(), name)
    page = _Page()
    page.feed(text)
    page.close()
    body = page.main_text()
    if not body:
        raise InputError(name, None, "no text found in the page's article or body", SKIP_HINT)
    published = page.meta.get("article:published_time", "")
    date = _DATE.match(published.strip())
    return Document(
        id=path.name,
        text=body,
        title=page.meta.get("og:title") or _clean(page.title) or None,
        published=date.group() if date else None,
        url=page.canonical or page.meta.get("og:url") or None,
        outlet=page.meta.get("og:site_name") or None,
        path=name,
    )


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


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.title = ""
        self._stack: list[str] = []  # open elements, for the dropped ones' extent
        self._dropped = 0  # how many dropped elements we are inside
        self._in_title = False
        # Text blocks per container: all of <body>, each <main>, each <article>.
        self._parts: dict[str, list[str]] = {"body": [], "main": [], "article": []}
        self._open = {"main": 0, "article": 0}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key and key.lower() not in self.meta and values.get("content"):
                self.meta[key.lower()] = values["content"].strip()
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "").strip()
        elif tag == "title":
            self._in_title = True
        if tag in VOID:
            self._break(tag)
            return
        self._stack.append(tag)
        if tag in DROPPED:
            self._dropped += 1
        if tag in self._open:
            self._open[tag] += 1
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <div/>: a start without content; never push it on the stack.
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        else:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag not in self._stack:
            return  # a stray end tag: browsers ignore it too
        # Close everything opened after it (unclosed <p>, <li>, ...), as browsers do.
        while self._stack:
            top = self._stack.pop()
            if top in DROPPED:
                self._dropped -= 1
            if top in self._open:
                self._open[top] -= 1
            if top == tag:
                break
        self._break(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._dropped or "head" in self._stack:
            return
        for container in ("body", "main", "article"):
            if container == "body" or self._open[container]:
                self._parts[container].append(data)

    def _break(self, tag: str) -> None:
        if tag in BLOCKS:
            for parts in self._parts.values():
                parts.append("\n\n")

    def main_text(self) -> str:
        for container in ("article", "main", "body"):
            text = _paragraphs("".join(self._parts[container]))
            if text:
                return text
        return ""


def _paragraphs(raw: str) -> str:
    """Whitespace collapsed within paragraphs; paragraphs separated by one blank line."""
    paragraphs = (_clean(p) for p in raw.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _clean(text: str) -> str:
    return " ".join(text.split())
