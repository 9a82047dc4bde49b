"""Who acted: the security agency a figure is credited to, and the kinds of force it says.

The agency is the nearest one the sentence names before the count (else the first after
it), else the last one the document named; a short name ("Guard") is the fuller one the
document gave before ("Coastal Guard"). Its kinds ("Pakistan Rangers Sindh" -> "rangers")
are read with the figure, so that the audit tells two accounts of one briefing apart by who
gave them without reading the name again (``briefings``).
"""

from __future__ import annotations

from corroborate.audit import vocab

__all__ = ["agency_for", "agency_kinds", "full_agency"]


def agency_kinds(agency: str | None) -> tuple[str, ...]:
    """The kinds of force an agency's name says, lower-case and sorted ("Pakistan Rangers
    Sindh" -> ("rangers",)): what tells two accounts of one briefing apart by who gave it."""
    return tuple(sorted({w.lower() for w in vocab.AGENCY_WORDS.findall(agency or "")}))


def agency_for(agencies: list[tuple[int, str]], position: int) -> str | None:
    """The agency of a count at ``position`` among the sentence's (position, name) agencies."""
    before = [name for p, name in agencies if p < position]
    if before:
        return before[-1]
    return agencies[0][1] if agencies else None


def full_agency(name: str, seen: list[str]) -> str:
    """ "Guard" after "Coastal Guard": the fuller name the document gave before."""
    for earlier in reversed(seen):
        if earlier != name and earlier.endswith(" " + name):
            return earlier
    return name
