"""An untied "the NOUN" whose one bearer the report names only after it.

"The contractor denied the charge ... The contractor, X, 52, was released on bail": a long
report tells a step of someone by what he is, paragraphs before it writes the noun beside his
name. While the sentence is read, no one has been introduced with the noun yet, so the reader
keeps the step's party as an untied description (``untied``, ``Claim.described``), which the
ledger joins only to a bearer another report of the case names. Once the whole report is read,
the people it introduced with each noun (``DescribedPeople.noun_named``: "the contractor, X",
"X, a contractor", "contractor X", anywhere in the report) are known: where exactly one person
bears the noun, and the report casts him as no one but an accused (not the victim, a witness,
the judge, an official: ``PartsTold._cast_apart``), the untied party is he - the report's own
description of the one it names so. Where two bear it ("the guard, X ... the guard, Y") or
none, or the one is cast apart, the description stays untied, as before.

Only a description the reader left untied is read here: the readings that tie a "the NOUN"
before its bearer is named (the lede's, ``DescribedLater``) or after (``_description_told``)
are unchanged, and nothing the reader remembered of a sentence (whom "he" stands for, the
report's follow focus) moves.
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Claim, Participant

__all__ = ["named_onward"]


def named_onward(
    claims: list[Claim], noun_named: dict[str, set[str]], apart: set[str]
) -> list[Claim]:
    """``claims`` with each untied description (``Claim.described``) of a claim that names
    no accused made the one person the report introduced with its noun (``noun_named``),
    where that is one person and not one of ``apart`` (cast as someone other than an
    accused)."""
    out: list[Claim] = []
    for claim in claims:
        if not claim.described or any(p.role == "accused" for p in claim.participants):
            out.append(claim)
            continue
        parties = list(claim.participants)
        untied = []
        for party in claim.described:
            bearers = noun_named.get(party.noun, set())
            if len(bearers) != 1 or bearers & apart:
                untied.append(party)
                continue
            parties.append(Participant(next(iter(bearers)), "accused", party.start, party.end))
        parties.sort(key=lambda p: (p.start, p.end))
        out.append(replace(claim, participants=tuple(parties), described=tuple(untied)))
    return out
