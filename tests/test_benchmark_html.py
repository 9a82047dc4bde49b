"""benchmarks/html_reader.py: the HTML reader on the shared pages prints the scorer's figures."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO, SHARED, shared_file


def test_html_benchmark_prints_figures_that_meet_issue_17s_targets() -> None:
    pages = shared_file(SHARED / "benchmarks" / "html-main-text" / "eval.json").parent
    scorer = shared_file(SHARED / "tools" / "score_html.py")
    result = subprocess.run(
        # Run as a script, as documented: its file name must not hide the standard library's
        # html module from trafilatura.
        [sys.executable, str(REPO / "benchmarks" / "html_reader.py"), "--pages", str(pages)]
        + ["--scorer", str(scorer)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = re.search(r"F1 ([\d.]+) .*titles (\d+)/32\s+dates (\d+)/31", result.stdout)
    assert found, result.stdout
    f1, titles, dates = float(found[1]), int(found[2]), int(found[3])
    assert f1 >= 0.90 and titles >= 26 and dates >= 27, result.stdout


def test_html_benchmark_reports_a_missing_folder_in_one_line() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "html_reader.py"), "--pages", "/nonexistent"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert (
        result.stderr == "error: /nonexistent/eval.json: no such file; pass --pages or --scorer\n"
    )
