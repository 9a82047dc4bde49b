"""The sizes of ``scale.py`` set beside each other: the hook's and the whole addition's
quotients against the size before (the issue's targets), each article's own quotient, and
the report in words.

Split from ``scale.py`` (2026-12-05, scale68), the code unchanged (``print_size`` was
``print_size``).
"""

from __future__ import annotations

import argparse
from statistics import median
from typing import Any

__all__ = ["CLOCKS", "hook_ratios", "print_size"]


def print_size(
    size: str, figures: dict[str, Any], done: dict[str, dict[str, Any]], args: argparse.Namespace
) -> None:
    if args.json:
        return
    first = next(iter(done.values()))
    add, base_add = figures["add_one"]["total_s"], first["add_one"]["total_s"]
    print(
        f"{size}: store of {figures['documents_before']:,} documents"
        f" ({figures['counts']['entities']:,} entities,"
        f" {figures['counts']['allegations']:,} allegations), built in {figures['build_s']} s"
    )
    print(
        f"  add one article {add:8.2f} s  (extract and store"
        f" {figures['add_one']['extract_and_store_s']:.2f} s, ledger update"
        f" {figures['add_one']['update_s']:.2f} s: {figures['add_one']['update']}; a full"
        f" rebuild {figures['add_one']['rebuild_s']:.2f} s)  {_times(add, base_add)} the first size"
    )
    hook, base_hook = figures["hook"], first["hook"]
    cpu, wall = hook["cpu_s"], hook["wall_s"]
    previous = _before(size, done)
    against = (
        ""
        if previous is None
        else f", {_times(cpu['median'], previous['hook']['cpu_s']['median'])} CPU the size before"
    )
    print(
        f"  hook over {hook['articles']} articles: CPU {cpu['median']:.2f} s median"
        f" ({cpu['least']:.2f}-{cpu['most']:.2f}), wall {wall['median']:.2f} s"
        f" ({wall['least']:.2f}-{wall['most']:.2f});"
        f" medians {_times(cpu['median'], base_hook['cpu_s']['median'])} CPU,"
        f" {_times(wall['median'], base_hook['wall_s']['median'])} wall the first size{against}"
    )
    whole, extract = hook["total_cpu_s"], hook["extract_cpu_s"]
    paired = "" if previous is None else ", " + _paired_words(figures, previous)
    print(
        f"  add one article, CPU: {whole['median']:.2f} s median"
        f" ({whole['least']:.2f}-{whole['most']:.2f}; of it extraction and storing"
        f" {extract['median']:.2f}, {extract['least']:.2f}-{extract['most']:.2f}),"
        f" {_times(whole['median'], base_hook['total_cpu_s']['median'])} the first size{paired}"
    )
    if "total_shared_cpu_s" in hook:
        shared = hook["total_shared_cpu_s"]
        paired = (
            ""
            if previous is None
            else ", per article the size before "
            + _times_or_none(
                _paired(figures["articles"], previous["articles"], "total_shared_cpu_s")
            )
        )
        print(
            f"  add one article, CPU, the extraction timed apart and shared by the sizes:"
            f" {shared['median']:.2f} s median ({shared['least']:.2f}-{shared['most']:.2f}),"
            f" {_times(shared['median'], base_hook['total_shared_cpu_s']['median'])}"
            f" the first size{paired}"
        )
    if "fresh_cpu_s" in hook:
        fresh, surplus = hook["fresh_cpu_s"], hook["fresh_surplus_cpu_s"]
        print(
            f"  hook in a fresh process: CPU {fresh['median']:.2f} s median"
            f" ({fresh['least']:.2f}-{fresh['most']:.2f}); more than in this process"
            f" {surplus['median']:.2f} s median ({surplus['least']:.2f}-{surplus['most']:.2f})"
        )
    for article in figures["articles"]:
        print(
            f"    {article['id'][:60]:60} hook CPU {article['update_cpu_s']:6.2f} s"
            f"  wall {article['update_s']:6.2f} s  whole CPU {article['total_cpu_s']:6.2f} s"
            f"  {article['update']}"
            + ("" if article["reached_names"] is None else f", {article['reached_names']:,} names")
        )
    if figures["audit_s"] is not None and first["audit_s"]:
        print(
            f"  audit           {figures['audit_s']:8.2f} s"
            f"  {_times(figures['audit_s'], first['audit_s'])} the first size"
        )


CLOCKS = {
    "cpu": "update_cpu_s",
    "wall": "update_s",
    "total_cpu": "total_cpu_s",
    # the extraction timed apart, shared by the sizes (``shared_extraction``)
    "total_shared_cpu": "total_shared_cpu_s",
    # the hook in a fresh process (``--fresh-hook``)
    "fresh_cpu": "update_fresh_cpu_s",
}


def hook_ratios(sizes: dict[str, dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    """Per size, against the size before it (the issue's targets: train against dev, train10
    against train): the quotient of the medians of the hook, in CPU and in wall seconds, and
    of adding one article whole (extraction and storing too: ``total_cpu``); and, since the
    same articles are added at every size, the median of each article's own quotient
    (``..._paired_vs_...``), which one article's extraction cannot move."""
    names = list(sizes)
    ratios: dict[str, dict[str, float | None]] = {}
    for at, size in enumerate(names[1:], start=1):
        before = names[at - 1]
        ratios[size] = {}
        for clock, field in CLOCKS.items():
            if f"{clock}_s" not in sizes[size]["hook"] or f"{clock}_s" not in sizes[before]["hook"]:
                continue  # a figure this run did not take
            ratios[size][f"{clock}_vs_{before}"] = _ratio(
                sizes[size]["hook"][f"{clock}_s"]["median"],
                sizes[before]["hook"][f"{clock}_s"]["median"],
            )
            ratios[size][f"{clock}_paired_vs_{before}"] = _paired(
                sizes[size]["articles"], sizes[before]["articles"], field
            )
    return ratios


def _paired(
    articles: list[dict[str, Any]], before: list[dict[str, Any]], field: str
) -> float | None:
    """The median over the articles of ``field`` here against the same article before; None
    where an article's figure before rounds to nothing or the articles differ."""
    earlier = {a["id"]: a[field] for a in before}
    if set(earlier) != {a["id"] for a in articles} or not all(earlier.values()):
        return None
    return round(median(a[field] / earlier[a["id"]] for a in articles), 2)


def _ratio(a: float, b: float) -> float | None:
    """``a / b`` to two places; None where ``b`` rounds to nothing (a tiny corpus's hook)."""
    return round(a / b, 2) if b else None


def _times(a: float, b: float) -> str:
    ratio = _ratio(a, b)
    return "-" if ratio is None else f"{ratio:.2f}x"


def _times_or_none(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def _paired_words(figures: dict[str, Any], previous: dict[str, Any]) -> str:
    """Each article's own quotient against the size before, their median: hook, whole."""
    hook = _paired(figures["articles"], previous["articles"], "update_cpu_s")
    whole = _paired(figures["articles"], previous["articles"], "total_cpu_s")
    words = ["-" if r is None else f"{r:.2f}x" for r in (hook, whole)]
    return f"per article the size before: hook {words[0]}, whole {words[1]} (median)"


def _before(size: str, done: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    names = list(done)
    at = names.index(size)
    return done[names[at - 1]] if at > 0 else None
