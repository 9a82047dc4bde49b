"""What is alleged: a short act label read from the words of a quote.

Lexical and ordered by where the words occur: the first act named in a sentence is the
one it is about ("the case of discovery of arms, ammunition and explosives" is about
weapons; "carrying an Avan bomb (rifle grenade)" about explosives). The labels are
general crime categories, never names, so swapping names cannot change an act.
"""

from __future__ import annotations

import re

ACTS: tuple[tuple[str, str], ...] = (
    ("espionage", r"espionage|spying|\bspy\b|secret information"),
    ("tampering", r"tamper\w*"),
    ("patronage", r"patroni[sz]\w*|patronage|backing|close links|links with|association with|"
                  r"at the behest of|money from|million from|support of"),
    ("extortion", r"extort\w*"),
    ("kidnapping", r"kidnap\w*|abduct\w*"),
    ("explosives", r"explosive\w*|grenades?|\bbombs?\b|rocket"),
    ("illegal weapons", r"\bweapons?\b|\barms\b|ammunition|\brifles?\b|\bpistols?\b"),
    ("killing", r"\bkill\w*|murder\w*|assassinat\w*|encounter|fired on|gun battles|"
                r"target[- ]killers?"),
    ("terrorism", r"terror\w*|militan\w*"),
    ("arson", r"\bfire\b|arson|set ablaze|torched"),
    ("coercion", r"tortur\w*|coercion|duress"),
    ("discrimination", r"discriminat\w*|victimi[sz]\w*|intentionally targeted"),
)  # fmt: skip
_COMPILED = [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in ACTS]
# Acts that relate the accused to someone else: the accused are the patrons named.
RELATIONAL = frozenset({"patronage"})
# A denial that cites these contests the evidence, not a particular act.
EVIDENCE_CHALLENGES = frozenset({"coercion"})
GENERIC = "criminal charges"
# Court names name no act: "an anti-terrorism court acquitted him of murder" is about murder.
_COURT_NAMES = re.compile(r"\banti[- ]?terrorism courts?\b|\bATC\b", re.IGNORECASE)


def act_of(text: str) -> str | None:
    """The act a quote is about, or None when it names none."""
    text = _COURT_NAMES.sub(" ", text)
    best: tuple[int, str] | None = None
    for label, pattern in _COMPILED:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), label)
    return best[1] if best else None
