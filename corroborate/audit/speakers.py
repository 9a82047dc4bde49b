"""Whom a source speaks for, as written: read once per document, where the text is.

A group contests an operation in its own words ("The MQM ... called it 'unfair'") or through
someone who speaks for it (its spokesman). Two things the audit needs to know of that are
written in the text and nowhere else, so they are read here, at ingest, and stored:

- ``speaker``: the name a source stands for. Its own name, but "the party", "the group" (a
  group noun alone, lexicon ``enforcement``) stand for the organisation last named before
  the source that is no security agency ("The MQM held a press conference ... the party
  said"); with none named before it, the source stands for nobody.
- ``title_organization`` of a person's mention: the organisation a title right before the
  name writes ("PRP information secretary X", "UHF spokesman X": "PRP", "UHF"), an
  affiliation the mention finder does not state (it reads "MQM worker X", not a role two
  words after the organisation).

The audit (``audit.contest``) then looks these stored names up in the entity index, across
documents, and reads no text. Ingest calls ``with_speakers`` and ``with_titles`` after
extraction; the store's upgrade reads the stored rows the same way (migration ``AUDIT_READS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corroborate.audit import vocab
from corroborate.nlp.mentions import ROLES
from corroborate.records import Attribution, Mention

__all__ = ["speaker", "title_organization", "with_speakers", "with_titles"]

# "the party", "the group": the organisation last named before it.
_DEFINITE_GROUP = re.compile(r"\A(?:the\s+)?" + vocab.GROUP_NOUN.pattern + r"\Z", re.IGNORECASE)
# "PRP information secretary X", "UHF spokesman X": an organisation, up to two words, a role.
_TITLE_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}"
    r"(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\s+\Z",
)
# How far before a name its title may start: a title is a few words, not a sentence.
_TITLE_WINDOW = 80


def with_speakers(
    attributions: Sequence[Attribution], mentions: Sequence[Mention]
) -> list[Attribution]:
    """``attributions`` each with the name its source stands for (``speaker``)."""
    return [replace(a, speaker=speaker(a, mentions)) for a in attributions]


def with_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` of ``text``, each person's with the organisation its title writes."""
    return [
        replace(m, title_organization=title_organization(text, m)) if m.type == "person" else m
        for m in mentions
    ]


def speaker(attribution: Attribution, mentions: Sequence[Mention]) -> str | None:
    """The name ``attribution``'s source stands for: its own, or for a group noun alone ("the
    party") the organisation last named before the source (its cue, when it has none) that
    is no agency; None when it has no name or no organisation comes before it."""
    name = attribution.source_name
    if not name:
        return None
    if not _DEFINITE_GROUP.match(name.strip()):
        return name
    a = attribution
    at = a.source[0][0] if a.source else a.cue[0][0] if a.cue else 0
    before = [
        m for m in mentions
        if m.type == "organization" and m.end <= at and not vocab.AGENCY_WORDS.search(m.name)
    ]  # fmt: skip
    return before[-1].name if before else None


def title_organization(text: str, mention: Mention) -> str | None:
    """The organisation named in a title right before ``mention`` ("PRP information secretary
    X": "PRP"), as written; None when no title with an organisation comes before it."""
    title = _TITLE_BEFORE.search(text, max(0, mention.start - _TITLE_WINDOW), mention.start)
    return title.group("org") if title else None
