"""Target groups and acting agencies in a sentence, read from the words around a count.

A group is introduced by a trigger ("raids on", "affiliated with", "workers of"). What
follows is a name when it starts with one after determiners and epithets ("the banned
Harbour Liberation Army (HLA)" -> "Harbour Liberation Army"), else a description when it
holds a group noun ("other banned outfits and criminal groups"); anything else ("a house
near the harbour") is no group. Names of places and people (from the document's mentions)
and of agencies are not groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corroborate.audit import vocab
from corroborate.audit.counts import unit_class
from corroborate.audit.when import MONTH_ABBREVIATIONS, MONTHS
from corroborate.lexicon.legal import legal
from corroborate.lexicon.measures import pattern
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.dates import WEEKDAYS
from corroborate.records import Mention

__all__ = [
    "GroupPhrase",
    "a_people",
    "agencies",
    "attached_group",
    "group_phrases",
    "inside_a_name",
    "named_with_kind",
    "organisation_over",
    "premodifier_group",
    "read_group",
    "unnamed",
]

_SKIP = re.compile(
    r"\s*(?:" + vocab.GROUP_EPITHET + r"\s+(?:of\s+(?:the\s+)?)?)*",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\bthe\b", re.IGNORECASE)
_LEADING = re.compile(r"\s*(?:(?:the|various|its|their)\s+)*", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w-]*(?:['’]s)?")
# A number after a name's last word ("Barrio 18"), never one that runs on into a figure.
_NAME_NUMBER = re.compile(r"\s+\d{1,3}(?![\w]|[.,]\d)")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
# Between a name's capitalised words: a space, or a connector ("of", "del": "Cártel del
# Bajío Unido").
_NAME_JOIN = re.compile(r"\s+(?:" + vocab.NAME_CONNECTOR + r"\s+)?(?=[A-Z])")
_DESCRIPTION_STOP = re.compile(
    # a dash set off by spaces opens an aside ("the banned group – X alias Y – was ..."), as
    # a comma does; a hyphen inside a word ("gang-war") does not
    r"[,.;:()\"“”]|\s+[–—-]\s|\s(?:and\s+(?:are|is|were|was|have|has|had|led|said|"
    + vocab.CUE_WORD.pattern
    + r")|"
    r"are|is|were|was|have|has|had|been|said|since|in|during|who|which|that|stands|stood|led|"
    r"for|from|by|with|across|at|besides|while|after|before|under)\b"
    # "... banned organisations and 87 members of ...": the next count starts another item.
    r"|\s+and\s+(?=\d|(?:" + "|".join(number_words().words) + r")\b)",
    re.IGNORECASE,
)
_MAX_DESCRIPTION_WORDS = 9
# The dash that opens an aside after a description ("the banned outfit – X –").
_ASIDE = re.compile(r"\s+[–—-]\s+")
_NAMED = re.compile(r"\b(?:named|called|known\s+as)\s+(?=[A-Z])")
_KIND_AFTER_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+)?" + vocab.KIND_AFTER_NAME + r"(?:\s+war)?\b")
_MONTH = re.compile(
    r"(?:" + "|".join(m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS)) + r")\b"
)
_WEEKDAY = re.compile(r"(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# "seven suspects, including members of X", "mostly belonging to X": X is some of the count,
# not its group (the count's group is then none stated, unless its own words name one).
_PARTIAL = vocab.PARTIAL
# A name ending in a court's noun (the legal lexicon's "court" roles: "High Court", "Special
# Tribunal", "the Bench"): who judges, never the group a count is against.
_COURT_HEADS = re.compile(
    r"\b"
    + pattern(tuple(w for w, role in legal().role_nouns.items() if role == "court"))
    + r"(?:['’]s)?\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GroupPhrase:
    """A group named in a sentence: ``name`` as the text has it; where the phrase lies."""

    name: str
    trigger: int  # where the trigger word starts
    start: int
    end: int
    partial: bool = False  # "including members of X": a part of the count before it


def group_phrases(text: str, start: int, end: int, mentions: list[Mention]) -> list[GroupPhrase]:
    """Every group that a trigger introduces in ``text[start:end]``, in text order."""
    out: list[GroupPhrase] = []
    for match in vocab.GROUP_TRIGGER.finditer(text, start, end):
        found = read_group(text, match.end(), end, mentions)
        if found is None:
            continue
        name, s, e = found
        if match.group().lower().startswith("from") and not (
            vocab.PREMISES.match(text, e, end)
            or organisation_over(s, e, mentions)
            or named_with_kind(name)  # "from the Bush Lane gang"
        ):
            continue  # "recovered from Orangi Town": a place, not whom it was seized from
        partial = bool(_PARTIAL.search(text, max(start, match.start() - 30), match.start()))
        out.append(GroupPhrase(name, match.start(), s, e, partial))
    return out


def inside_a_name(position: int, groups: list[GroupPhrase]) -> bool:
    """Whether ``position`` lies inside a group's name after its first word: the number of
    "Barrio 18" (a description, "the 18th Street gang", "40 gangs' dens", counts as the
    text has it)."""
    return any(g.name[:1].isupper() and g.start < position < g.end for g in groups)


def organisation_over(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a mention the NER typed an organisation overlaps ``text[start:end]``: a name
    that is a group's whatever the words around it say."""
    return any(m.type == "organization" and m.start < end and start < m.end for m in mentions)


def read_group(
    text: str, pos: int, end: int, mentions: list[Mention]
) -> tuple[str, int, int] | None:
    """The group starting at ``pos``: (name, start, end), or None when none starts there."""
    skipped = _SKIP.match(text, pos, end)
    at = skipped.end() if skipped else pos
    name = _name_at(text, at, end)
    if name is not None:
        s, e = name
        written = text[s:e]
        # "Harbour gangs", "the Harbour gang war": a name, then what kind of group it is.
        kind = _KIND_AFTER_NAME.match(text, e, end)
        # A name the kind follows is the group's whatever the NER calls the name: gangs are
        # named after their leaders ("the Mengal gang") and their quarters ("Lyari gangs").
        named_kind = kind is not None and not written.endswith(("'s", "’s"))
        # A name after "the" is no person's: "members of the Kayole Vipers" is a group even
        # where the resolver took the name for a person's (places still are not groups).
        definite = _DEFINITE.search(text, pos, at) is not None
        kept = [m for m in mentions if not (definite and m.type == "person")]
        if not _is_group_name(written, s, e, [] if named_kind else kept):
            return None
        if kind is not None and not written.endswith(("'s", "’s")):
            return text[s : kind.end()], s, kind.end()
        return _strip_possessive(written), s, e
    lead = _LEADING.match(text, pos, end)
    s = lead.end() if lead else pos
    stop = _DESCRIPTION_STOP.search(text, s, end)
    e = stop.start() if stop else end
    words = text[s:e].split()[:_MAX_DESCRIPTION_WORDS]
    while words and words[-1].lower() in ("and", "of", "the", "or"):
        words.pop()
    description = " ".join(words)
    if not description or not vocab.GROUP_NOUN.search(description):
        return None
    if description[0].isupper():
        return None  # a name that failed the checks above
    named = _NAMED.search(text, s, e)
    if named is not None:  # "the outfit named Harbour Front": the name, not the description
        found = _name_at(text, named.end(), end)
        if found is not None and _is_group_name(text[found[0] : found[1]], *found, mentions):
            return _strip_possessive(text[found[0] : found[1]]), found[0], found[1]
    aside = _ASIDE.match(text, e, end)
    if aside is not None:  # "the banned outfit – Harbour Front –": the aside names it
        found = _name_at(text, aside.end(), end)
        if found is not None and _is_group_name(text[found[0] : found[1]], *found, mentions):
            return _strip_possessive(text[found[0] : found[1]]), found[0], found[1]
    return description, s, s + len(text[s:e].rstrip())


def named_with_kind(name: str) -> bool:
    """Whether a group phrase is a name with its kind of group after it ("Bush Lane gang")."""
    return name[:1].isupper() and _KIND_AFTER_NAME.search(name) is not None


def unnamed(name: str) -> bool:
    """Whether a group phrase names no group: "gangs", "criminal gangs" (a description of
    what kind of crime its people do). It still holds the place of the count's group, so
    that no group named further on takes the count; the figure's group is none stated."""
    return bool(vocab.UNNAMED_GROUP.match(name))


def _name_at(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A run of capitalised words at ``pos`` ("People's Amn Committee", "MQM-London")."""
    first = _NAME_WORD.match(text, pos, end)
    if first is None:
        return None
    e = first.end()
    while True:
        if text[e - 2 : e] in ("'s", "’s") and not _continues(text, e, end):
            break
        join = _NAME_JOIN.match(text, e, end)
        if join is None:
            break
        word = _NAME_WORD.match(text, join.end(), end)
        if word is None:
            break
        e = word.end()
    return pos, _numbered_end(text, e, end)


def _numbered_end(text: str, e: int, end: int) -> int:
    """Where a name ending at ``e`` ends with the number that is part of it ("Barrio 18",
    "Calle 13"): a number of up to three digits right after its last word is the name's
    unless a count's noun follows it ("members of the Delta Front 12 suspects" would be no
    name; "Barrio 18 detained: 612", "members of Barrio 18." are)."""
    if text[e - 2 : e] in ("'s", "’s"):
        return e  # "the Front's 12 fighters": the possessor's count, never its name
    number = _NAME_NUMBER.match(text, e, end)
    if number is None:
        return e
    following = _NEXT_WORD.match(text, number.end(), end)
    if following is not None and unit_class(following.group(1)) is not None:
        return e
    return number.end()


def _continues(text: str, pos: int, end: int) -> bool:
    """After "X's": the name goes on ("People's Amn") when a capitalised word follows."""
    return bool(re.match(r"\s+[A-Z]", text[pos:end]))


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s\Z", "", name)


def _is_group_name(written: str, start: int, end: int, mentions: list[Mention]) -> bool:
    if vocab.AGENCY_WORDS.search(written) or _MONTH.match(written):
        return False
    if _COURT_HEADS.search(written):
        return False  # "an appeal against the Sindh High Court's ruling": the bench judges
    if _WEEKDAY.match(written) or written[:1].isdigit():
        return False  # "raids on Wednesday": a day is never a group
    for m in mentions:
        # A place inside a name ("Tehreek-e-Taliban Pakistan") does not make it a place.
        if m.start <= start and end <= m.end and m.type in ("person", "place"):
            # NER calls a party's acronym a place now and then; an all-capitals name stays.
            if not (m.text.isupper() or "-" in m.text):
                return False
    return True


def attached_group(
    text: str, count_start: int, unit_end: int, end: int, phrases: list[GroupPhrase]
) -> GroupPhrase | None:
    """The group a count's own words name: inside its unit ("workers of the MQM") or right
    after it ("654 target killers affiliated with X", "95 were affiliated with X")."""
    for p in phrases:
        if p.partial:
            continue
        if count_start <= p.trigger < unit_end:
            return p
        gap = text[unit_end : p.trigger]
        if p.trigger >= unit_end and _ATTACH_GAP.fullmatch(gap):
            return p
    return None


_ATTACH_GAP = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:who|that|were|was|are|is|have|had|been|being|"
    r"also|allegedly|reportedly|said|to|be|all|\w+ed)\s+)*",
    re.IGNORECASE,
)


def premodifier_group(unit: str) -> str | None:
    """ "UHF workers", "MQM-London activists": a capitalised name before the unit's noun."""
    # "five Harbour League (HL) target killers": the name with its acronym in brackets.
    match = re.match(r"\A((?:[A-Z][\w-]*\s+)+)(?:\([^()]{1,20}\)\s+)?(?=[a-z])", unit)
    if match is None:
        return None
    name = match.group(1).strip()
    if vocab.AGENCY_WORDS.search(name):
        return None
    return name


def a_people(name: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a name before a count's noun ("50 Muslim men", "12 Afghan nationals") is a
    nationality, religion or people, which the NER labels NORP: who the people are, never
    the group a force acts against. A NORP word that starts a longer organisation's name the
    document gives ("Jaish" beside "Jaish-e-Mohammed") is that organisation cut short."""
    if not any(m.label == "NORP" and start <= m.start < end and m.text == name for m in mentions):
        return False
    return not any(
        m.type == "organization"
        and m.label != "NORP"
        and m.text.startswith(name)
        and len(m.text) > len(name)
        for m in mentions
    )


def agencies(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, name) of each security agency named in ``text[start:end]``."""
    out = []
    for match in vocab.AGENCY.finditer(text, start, end):
        name = re.sub(r"\A(?:The|A)\s+", "", match.group().strip())
        out.append((match.start(), name))
    return out
