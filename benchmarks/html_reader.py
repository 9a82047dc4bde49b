"""The HTML reader on real web pages: main text kept, boilerplate dropped, headline and date.

    python benchmarks/html_reader.py [--pages ../shared/benchmarks/html-main-text]
                              [--scorer ../shared/tools/score_html.py] [--details]

Reads every ``pages/*.html`` of the benchmark exactly as ``corroborate read`` does, writes
the documents as ``corroborate read`` prints them to a temporary file, and prints what the
benchmark's own scorer (``score_html.py EVAL.json READ.jsonl``) says: main-text precision,
recall and F1 (annotated snippets of the article found in the text, snippets of boilerplate
not found), titles and dates right. Targets (issue 17): F1 >= 0.90, dates >= 27 of 31,
titles >= 26 of 32.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Python puts this script's folder first on sys.path, where this file would stand in for the
# standard library's html module (which trafilatura imports): move the folder to the end.
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path.append(sys.path.pop(0))

import argparse  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from user_errors import run  # noqa: E402  (benchmarks/user_errors.py)

from corroborate.commands.read import document_line  # noqa: E402
from corroborate.errors import InputError  # noqa: E402
from corroborate.read import check_path, read_documents  # noqa: E402

REPO = HERE.parent
SHARED = REPO.parent / "shared"
DEFAULT_PAGES = SHARED / "benchmarks" / "html-main-text"
DEFAULT_SCORER = SHARED / "tools" / "score_html.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="benchmark folder")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_html.py")
    parser.add_argument("--details", action="store_true", help="list each miss and keep")
    args = parser.parse_args(argv)

    gold = args.pages / "eval.json"
    pages = sorted((args.pages / "pages").glob("*.html"))
    for path in (gold, args.scorer):
        if not path.is_file():
            raise InputError(str(path), None, "no such file", "pass --pages or --scorer")
    for path in pages:
        check_path(path)
    if not pages:
        raise InputError(str(args.pages / "pages"), None, "holds no .html page", "pass --pages")
    with tempfile.TemporaryDirectory(prefix="corroborate-html-") as tmp:
        read = Path(tmp) / "read.jsonl"
        started = time.perf_counter()
        with read.open("w", encoding="utf-8") as out:
            for document in read_documents(pages):
                out.write(document_line(document))
        seconds = time.perf_counter() - started
        command = [sys.executable, str(args.scorer), str(gold), str(read)]
        scored = subprocess.run(
            command + (["--details"] if args.details else []),
            capture_output=True,
            text=True,
            check=False,
        )
    sys.stdout.write(scored.stdout)
    if scored.returncode:
        sys.stderr.write(scored.stderr)
        return scored.returncode
    print(f"read {len(pages)} pages in {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
