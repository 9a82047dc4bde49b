"""HTML and PDF readers, and folders of mixed files."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from corroborate.errors import InputError
from corroborate.read import read_documents
from corroborate.read.html import headline, read_html
from corroborate.read.pdf import read_pdf
from tests.read.pdfs import make_pdf

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Hitman confesses | The Ledger</title>
<meta property="og:title" content="Hitman confesses to 37 killings">
<meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2019-03-14T09:30:00+05:00">
<link rel="canonical" href="https://example.org/hitman">
<style>p { color: red }</style>
<script>var ads = "Buy now";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header>Breaking news ticker</header>
<article>
<h1>Hitman confesses</h1>
<p>Police said the suspect   confessed to
37 killings.<script>track()</script></p>
<p>His lawyer said &lt;script&gt; tags &amp; all were &quot;fabricated&quot;.<br>He denied it.</p>
<figure><figcaption>A photo caption</figcaption></figure>
</article>
<aside>Most read: something else</aside>
<footer>Copyright</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "hitman.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_html(path)
    assert doc.text == (
        "Hitman confesses\n\n"
        "Police said the suspect confessed to 37 killings.\n\n"
        'His lawyer said <script> tags & all were "fabricated".\n\n'
        "He denied it."
    )
    assert doc.id == "hitman.html"
    assert doc.title == "Hitman confesses to 37 killings"
    assert doc.published == "2019-03-14"
    assert doc.url == "https://example.org/hitman"
    assert doc.outlet == "The Ledger"


def test_html_without_article_uses_body_and_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><head><title> Plain  page </title></head><body><div>One.</div>Two<p>Three"
        "</body></html>"
    )
    doc = read_html(path)
    assert (doc.text, doc.title, doc.published, doc.url) == (
        "One.\n\nTwo\n\nThree",
        "Plain page",
        None,
        None,
    )


def test_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes(
        b'<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owner</p></body></html>'
    )
    assert read_html(path).text == "Café owner"


@pytest.mark.parametrize(
    ("data", "expected", "line"),
    [
        (b"<html><body>\n<p>ok</p>\n<p>caf\xe9</p></body></html>", "not valid utf-8", 3),
        (b'<meta charset="klingon"><p>x</p>', "unknown charset", None),
        (b"<html><body><script>only()</script></body></html>", "no text found", None),
    ],
)
def test_bad_html(tmp_path: Path, data: bytes, expected: str, line: int | None) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match=expected) as caught:
        read_html(path)
    assert caught.value.line == line and caught.value.path == str(path)


def test_pdf_pages_and_title(tmp_path: Path) -> None:
    path = tmp_path / "ruling.pdf"
    path.write_bytes(make_pdf(["The court acquitted him.", "", "Appeal (dismissed)."], "Ruling"))
    doc = read_pdf(path)
    assert doc.text == "The court acquitted him.\n\nAppeal (dismissed)."
    assert (doc.id, doc.title, doc.path) == ("ruling.pdf", "Ruling", str(path))


def encrypted(password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Secret text."]))))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_with_empty_password_opens(tmp_path: Path) -> None:
    path = tmp_path / "flags-only.pdf"
    path.write_bytes(encrypted(""))
    assert read_pdf(path).text == "Secret text."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (encrypted("hunter2"), "encrypted with a password; decrypt it first"),
        (b"%PDF-1.4\nthis is not really a pdf", "not a readable PDF"),
        (b"", "not a readable PDF"),
        (make_pdf([""]), "no text layer"),
    ],
)
def test_bad_pdf(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match=expected) as caught:
        read_pdf(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("hidden folder")
    (root / ".hidden.txt").write_text("hidden file")
    (root / "b" / "deep" / "z.txt").write_text("Deep text.")
    (root / "b" / "a.txt").write_text("Same name, other folder.")
    (root / "a.txt").write_text("Top text.")
    (root / "page.html").write_text("<p>Web text.</p>")
    (root / "scan.pdf").write_bytes(make_pdf(["PDF text."]))
    (root / "lines.jsonl").write_text('{"id": "j1", "text": "Line text."}\n')
    (root / "notes.docx").write_text("not read")
    notes: list[str] = []
    docs = list(read_documents([root], on_note=notes.append))
    assert [d.id for d in docs] == [
        "a.txt", "b/a.txt", "b/deep/z.txt", "j1", "page.html", "scan.pdf",
    ]  # fmt: skip
    assert [d.text for d in docs][:2] == ["Top text.", "Same name, other folder."]
    assert notes == [f"{root / 'notes.docx'}: not read, unknown file type .docx"]


def test_bad_file_in_folder_is_skipped_or_stops(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine.")
    (tmp_path / "b.pdf").write_bytes(b"garbage")
    (tmp_path / "c.txt").write_text("Also fine.")
    with pytest.raises(InputError, match="b.pdf: not a readable PDF"):
        list(read_documents([tmp_path]))
    skipped: list[InputError] = []
    docs = list(read_documents([tmp_path], skip_errors=True, on_skip=skipped.append))
    assert [d.id for d in docs] == ["a.txt", "c.txt"] and len(skipped) == 1


# A page laid out in plain <div>s, as many outlets' are: the boilerplate is in no <nav>,
# <aside> or <footer>, so only a reader of the page's structure and link density drops it.
DIV_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Port strike ends after talks - Harbour Post</title>
<meta name="date" content="2020-11-05">
</head><body>
<div class="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/city">City</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></div>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies
to continue reading the Harbour Post.</p></div>
<div class="story">
<h1>Port strike ends after talks</h1>
<p>The dock workers' union said on Thursday that its members would return to work after the
port authority agreed to review the contracts of three hundred casual labourers.</p>
<p>A spokesman for the authority denied that any promise of permanent posts had been made,
and said the review would take until the end of the year.</p>
<p>The strike had kept eleven cargo ships waiting in the outer harbour for nine days, the
shipping agents' association said.</p>
</div>
<div class="related"><h3>Related coverage</h3><ul>
<li><a href="/a">Ferry fares to rise in spring</a></li>
<li><a href="/b">New crane arrives at the container terminal</a></li>
<li><a href="/c">Union elects its first woman president</a></li></ul></div>
<div class="comments"><h3>Leave a comment</h3><form><textarea>Your comment</textarea>
<input type="submit" value="Post comment"></form></div>
</body></html>
"""


def test_html_boilerplate_in_plain_divs_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(DIV_PAGE, encoding="utf-8")
    doc = read_html(path)
    assert "after the\nport authority" not in doc.text  # whitespace inside a block collapsed
    assert "return to work after the port authority agreed" in doc.text
    assert "shipping agents' association said." in doc.text
    for boilerplate in ("Opinion", "cookies", "Ferry fares", "Leave a comment", "Post comment"):
        assert boilerplate not in doc.text
    assert doc.published == "2020-11-05"  # a <meta name="date">, not article:published_time
    # Every paragraph is its own block: no sentence runs across a heading.
    assert all("\n" not in block for block in doc.text.split("\n\n"))


def test_html_of_a_megabyte_of_stray_end_tags_reads_at_once(tmp_path: Path) -> None:
    # The hand-written reader took minutes on this (each stray end tag searched the stack of
    # unclosed elements: work growing with the square of the tags); a guard against a hang,
    # not a speed measurement: seconds against minutes.
    path = tmp_path / "stray.html"
    path.write_text(
        "<html><body><p>The minister denied the report.</p>" + "<b></i>" * 150_000 + "</body>",
        encoding="utf-8",
    )
    started = time.monotonic()
    assert read_html(path).text == "The minister denied the report."
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    ("title", "outlet", "url", "expected"),
    [
        ("Port strike ends | Harbour Post", "Harbour Post", None, "Port strike ends"),
        ("Port strike ends - harbour post", "Harbour Post", None, "Port strike ends"),
        (
            "Ferry fares rise | HP | 05.11.2020",
            None,
            "https://www.hp.example/x",
            "Ferry fares rise",
        ),
        ("Union vote — hpnews.example", None, "https://hpnews.example/a", "Union vote"),
        # What does not name the outlet stays: a headline's own dash, hyphen or number.
        ("Strike ends - workers return", "Harbour Post", None, "Strike ends - workers return"),
        ("Nine-day strike ends", "Harbour Post", None, "Nine-day strike ends"),
        ("Remembering the victims - 9/11", "Harbour Post", None, "Remembering the victims - 9/11"),
        ("Harbour Post", "Harbour Post", None, "Harbour Post"),  # nothing else to keep
    ],
)
def test_headline_drops_the_outlet_named_after_it(
    title: str, outlet: str | None, url: str | None, expected: str
) -> None:
    assert headline(title, outlet, url) == expected


def test_page_title_without_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(
        DIV_PAGE.replace("<head>", '<head><meta property="og:site_name" content="Harbour Post">')
    )
    assert read_html(path).title == "Port strike ends after talks"
