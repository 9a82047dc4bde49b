"""Counts whose noun the text leaves out, read as what the sentence around them says.

"acquitted one" after "convicted 13 workers", "136 were arrested", "95 were affiliated with
X" after a count of people and the elided rest of such a list ("15 to Y"), parts by kind ("of
them, 47 were local"), "convicted 31 of the 57 accused" and "the number of arrested X stands
at 99". The noun is the one the sentence or the document counted last (``Told.people``), or
the whole the parts are taken from ("Of the 210 target killers, 120 were ...").
"""

from __future__ import annotations

import re

from corroborate.audit import phrases, shares, vocab
from corroborate.audit.counts import (
    BARE,
    NUMBER,
    Count,
    CountedAs,
    as_number,
    bare_value,
    unit_class,
)
from corroborate.audit.measure import (
    PEOPLE_MEASURES,
    after_people,
    before,
    force_kills,
    people_cue_measure,
)
from corroborate.audit.partitive import opens_a_part
from corroborate.audit.told import Told
from corroborate.records import NONE_STATED, Measure, Mention

__all__ = ["implicit_counts", "part_before_whole"]

# "of them", "of the ones killed ...", "of those held": the people a part is taken from (a
# cue after "those" says what was done to them).
_PRO_PART = (
    r"of\s+(?:them|these|those(?:\s+" + vocab.CUE_WORD.pattern + r")?|whom|"
    r"the\s+ones(?:\s+[a-z][\w-]*){1,6}?)\s+"
)
_AFFILIATED_AFTER = re.compile(
    # "39 of them belong to X", "39 of the ones killed this year belong to X", "188 were
    # identified as members of X", "27 are suspected members of X"
    r"\s+(?:" + _PRO_PART + r")?"
    r"(?:(?:were|was|are|is|had)\s+)?(?:also\s+)?"
    r"(?:(?:said|believed|thought)\s+to\s+be\s+|(?:identified|described)\s+as\s+)?"
    r"(?:(?:" + vocab.HEDGE + r")\s+)?"
    r"(?:" + vocab.AFFILIATION + "|" + vocab.MEMBERS + r")\b",
    re.IGNORECASE,
)
# "29 of them", "29 of those held": a part of the people counted before.
_OF_PEOPLE = re.compile(r"\s+of\s+(?:them|these|those|the\s+ones)\b", re.IGNORECASE)
# "31 of them from the X gang": a part of the people counted before, by the group they are
# from (a named group with its kind after it; "20 of them from Karachi" is where they are from)
_FROM_PART = re.compile(
    r"\s+" + _PRO_PART + r"(?:(?:were|was|are|is)\s+)?(?=from\b)", re.IGNORECASE
)
# "Of them, 140 were from the X gang": the same part, its partitive opening the sentence.
_FROM_AFTER_OPENING = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?=from\b)", re.IGNORECASE)
# "Of those arrested, ", "Of the persons arrested, ", "Among the arrested suspects, ": the
# whole the parts after it are taken from, and what was done to it.
_DONE_WHOLE = re.compile(
    r"\b(?:of|among|out\s+of)\s+(?:those|the)\s+(?P<head>(?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s*\Z",
    re.IGNORECASE,
)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z]")
_PRO_FORM = re.compile(r"ones|them|those|these", re.IGNORECASE)
# A count with no noun takes a verb only: "136 were arrested", not "one of the arrested".
# "Ten of them were held in X": a part of the people counted before, by its own verb.
_BARE_VERB = re.compile(
    r"\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|are|is|had|have|has|got)\b", re.IGNORECASE
)
# "12 were arrested in A, nine in B and three in C": the gap from one count of a breakdown by
# place to the next, whose verb (and noun) the first gave.
_BY_PLACE_GAP = re.compile(
    r"\A\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:were|was|had\s+been)\s+)?(?:[a-z]+\s+)?"
    r"in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)\Z"
)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
# "15 to X", "87 with X", "29 fighters of X and 17 of Y": a count whose verb (and noun) an
# earlier count of the list gave. The list's own link words come back with the rest of it:
# "188 were identified as members of X and 612 as members of Y", "31 of them were from the X
# gang and 12 from the Y gang" ("from" only before a group's name, never a place's).
_ELIDED = re.compile(
    r"\s+(?:were\s+)?(?:to|with|against|on|over|of|(?P<from>from)|"
    r"as\s+(?:(?:" + vocab.HEDGE + r")\s+)?(?:" + vocab.MEMBERS + r")\s+of)\s+",
    re.IGNORECASE,
)
# "Of the 210 target killers, ", "Among the slain militants, ": the whole whose parts follow.
_WHOLE = re.compile(
    r"\b(?:of|among)\s+the\s+(?:(?:total\s+)?[\d,]+\s+)?"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*,\s*\Z",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)
# "the number of arrested X stands at 99", "the tally of arrests in A, B and C rose to 1,104",
# "(The arrests) brought the number of X detained this year to 163": a running total of
# people, told by the noun of the total and the verb it reaches its figure by.
_NUMBER_OF = re.compile(
    r"\b(?:(?P<by>brought|bringing|brings)\s+the\s+)?"
    r"(?:number|tally)\s+of\s+(?P<phrase>[^.;]{3,120}?)\s+"
    r"(?(by)|(?:stands|stood|is|was|has\s+reached|reached|rose\s+to|has\s+risen\s+to)\s+)"
    r"(?:at\s+|to\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE,
)
# "31 of the 57 accused": the whole a bare count is a part of.
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:total\s+)?(?=\d)", re.IGNORECASE)
# "three of the four convicts were acquitted": the part before the whole it is taken from.
_PART_BEFORE = re.compile(
    NUMBER + r"\s+of\s+(?:the|these|those)\s+\Z",
    re.IGNORECASE,
)
# "the 40 suspects arrested on Monday": a cue right after a noun, with no auxiliary, describes
# the people counted (a reduced relative clause) rather than what the sentence says of a part.
_DESCRIBED = re.compile(r"\s+(?:" + vocab.CUE_WORD.pattern + r")\b", re.IGNORECASE)
_NOT_COUNTS = re.compile(r"\s*(?:%|per\s*cent|percent|pc\b|years?\b)", re.IGNORECASE)


def implicit_counts(
    text: str,
    s: int,
    e: int,
    groups: list[phrases.GroupPhrase],
    counts: list[Count],
    found: list[CountedAs],
    mentions: list[Mention],
    told: Told,
) -> list[CountedAs]:
    """Counts whose noun the text leaves out: "acquitted one", "95 were affiliated",
    "136 were arrested", "of them, 39 belong to X, 15 to Y", "of which 47 were local".
    ``found`` are the sentence's figures with a noun; ``told`` is read and updated."""
    out: list[CountedAs] = []
    numbers = _NUMBER_OF.search(text, s, e)
    if numbers is not None:
        phrase = numbers.group("phrase")
        cue = vocab.CUE_WORD.search(phrase)
        measure = people_cue_measure(cue.group()) if cue else None
        # the people are named, or the action is the noun itself ("the tally of arrests")
        named = vocab.PEOPLE_UNIT.search(phrase) or (cue and cue.start() == 0)
        if measure in PEOPLE_MEASURES and named:
            assert measure is not None
            count = Count(numbers.start("n"), numbers.end("n"), phrase, as_number(numbers["n"]))
            inside = [g for g in groups if numbers.start() <= g.trigger < numbers.end()]
            # "the number of JAH suspects detained": a name before the people noun
            before_noun = phrases.premodifier_group(phrase)
            if before_noun is not None and phrases.a_people(
                before_noun, numbers.start("phrase"), numbers.end("phrase"), mentions
            ):
                before_noun = None
            out.append((count, measure, inside[0].name if inside else before_noun))
    affiliated: Measure | None = None  # the measure of "39 belong to X" in this sentence
    for m in BARE.finditer(text, s, e):
        # "39 of the ones killed ...": a count of a pro-form is read as a bare number.
        nouned = [c for c in counts if not _PRO_FORM.fullmatch(c.unit)]
        # "... and 17 of the banned X": the reader's unit is the name, no noun at all
        of_name = _OF_NAME.match(text, m.end(), e) is not None
        nouned = [c for c in nouned if not (of_name and unit_class(c.unit) is None)]
        if any(c.start <= m.start() < c.end for c in nouned) or (
            numbers is not None and numbers.start() <= m.start() < numbers.end()
        ):
            continue
        if _NOT_COUNTS.match(text, m.end(), e) or re.fullmatch(r"(?:19|20)\d\d", m[1]):
            continue
        value = bare_value(m)
        before_count = text[s : m.start()]
        after = text[m.end() : e]
        people = [(c, ms, g) for c, ms, g in found if ms in PEOPLE_MEASURES]
        cued = next((ms for ms in PEOPLE_MEASURES if before(ms, before_count)), None)
        last_unit = told.people[1] if told.people else "people"
        of_whole = _whole_after(text, m.end(), counts) if cued is not None else None
        if cued is not None and of_whole is not None:
            # "convicted 31 of the 57 accused": 31 of the whole's people, by the cue
            attached = phrases.attached_group(text, of_whole.start, of_whole.end, e, groups)
            count = Count(m.start(), of_whole.end, of_whole.unit, value)
            out.append((count, cued, attached.name if attached else None))
        elif cued is not None and people:
            last = people[-1]
            count = Count(m.start(), m.end(), last[0].unit, value)
            out.append((count, cued, last[2]))
        elif (
            told.people is not None
            and _OF_PEOPLE.match(text, m.end(), e)
            and (sharer := shares.sharing_group(text, s, m.start(), e, mentions)) is not None
        ):
            # "the Westside Ravens alone accounted for 29 of them": a part of the people
            # counted before, whose group is the subject of the verb of a share.
            measure = _done_to_part(after) or told.people[0]
            out.append((Count(m.start(), m.end(), told.people[1], value), measure, sharer))
        elif _AFFILIATED_AFTER.match(text, m.end(), e) and told.people is not None:
            measure, unit = told.people
            # "Of those arrested, 118 were linked with X" after a count of the killed: the
            # whole's own verb says what was done to its parts.
            measure = _done_to_whole(before_count) or _done_to_part(after) or measure
            whole = _WHOLE.search(before_count)
            nouns = list(vocab.PEOPLE_UNIT.finditer(whole["noun"])) if whole else []
            if whole is not None and nouns:
                # "Of the 210 target killers (among them), 120 were workers of X": the
                # parts (and the list's next items, "40 to Y") count target killers, not
                # the noun counted last.
                unit = whole["noun"][: nouns[-1].end()]
                told.people = (measure, unit)
            count = Count(m.start(), m.end(), unit, value)
            attached = phrases.attached_group(text, m.start(), m.end(), e, groups)
            out.append((count, measure, attached.name if attached else None))
            affiliated = measure
        elif (
            (
                from_part := _FROM_PART.match(text, m.end(), e)
                or (
                    _FROM_AFTER_OPENING.match(text, m.end(), e)
                    if opens_a_part(before_count)
                    else None
                )
            )
            is not None
            and told.people is not None
            and (part_of := next((g for g in groups if g.trigger == from_part.end()), None))
            and phrases.named_with_kind(part_of.name)
        ):
            measure = _done_to_whole(before_count) or told.people[0]
            count = Count(m.start(), m.end(), told.people[1], value)
            out.append((count, measure, part_of.name))
            affiliated = measure  # "... and 12 from the Y gang": the list goes on
        elif (listed := affiliated or _last_grouped(found, m.start())) is not None and (
            elided := _elided_group(text, m.end(), e, mentions)
        ) is not None:
            # "39 belong to X, 15 to Y and six to Z", "1,313 operations against X, 1,035
            # against Y": the verb and the noun said once for the list.
            out.append((Count(m.start(), m.end(), last_unit, value), listed, elided))
        elif (by_place := _by_place(text, m.start(), e, out + found)) is not None:
            # "... nine in Mahottari": the breakdown's first count gave the verb; a part by
            # place names no group.
            count = Count(m.start(), m.end(), by_place[0].unit, value)
            out.append((count, by_place[1], NONE_STATED))
        elif _BARE_VERB.match(after) and (measure := after_people(after)) is not None:
            # "... while 136 were arrested": the noun is the one counted before.
            if measure != "killings" or force_kills(last_unit, text[s:e]):
                count = Count(m.start(), m.end(), last_unit, value)
                attached = phrases.attached_group(text, m.start(), m.end(), e, groups)
                out.append((count, measure, attached.name if attached else None))
        elif (
            told.people is not None
            and opens_a_part(before_count)
            and (part := _PART_AFTER.match(after)) is not None
            and vocab.PEOPLE_UNIT.search(part.group())
        ):
            # "Of them, 47 were local militants": a part of the count before, by kind
            # not by group.
            noun = vocab.PEOPLE_UNIT.findall(part.group())[-1]
            told.parts.add((s, value))
            out.append((Count(m.start(), m.end(), noun, value), told.people[0], NONE_STATED))
    return out


def part_before_whole(text: str, s: int, e: int, count: Count) -> Count | None:
    """ "three of the four convicts were acquitted": what the verb says was done is done to
    the part, three, not to the whole the part is taken from; None when no part comes
    before ``count`` in the sentence ``text[s:e]``, or when a cue right after the whole
    describes it ("three of the 40 suspects arrested on Monday were released": 40
    arrested)."""
    part = _PART_BEFORE.search(text, s, count.start)
    if part is None or _DESCRIBED.match(text, count.end, e):
        return None
    return Count(part.start(), count.end, count.unit, as_number(part.group(1)))


def _done_to_whole(before_count: str) -> Measure | None:
    """The people measure of the whole a partitive names right before a count ("Of those
    arrested, ": arrests; "Among the slain militants, ": killings), if its words hold a cue."""
    whole = _DONE_WHOLE.search(before_count)
    if whole is None:
        return None
    cue = vocab.CUE_WORD.search(whole["head"])
    if cue is None:
        return None
    return people_cue_measure(cue.group())


def _by_place(text: str, pos: int, e: int, earlier: list[CountedAs]) -> CountedAs | None:
    """The count of people a bare number at ``pos`` continues as a breakdown by place ("12
    were arrested in A, nine in B"): the last one before it, when only "in" and a place
    stand between them and the number itself is followed by "in" and a place."""
    if _IN_PLACE.match(text, _number_end(text, pos), e) is None:
        return None
    before = [f for f in earlier if f[0].start < pos and f[1] in PEOPLE_MEASURES]
    if not before:
        return None
    last = max(before, key=lambda f: f[0].start)
    number_end = _number_end(text, last[0].start)
    return last if _BY_PLACE_GAP.match(text[number_end:pos]) else None


def _number_end(text: str, pos: int) -> int:
    """The end of the number at ``pos``."""
    number = BARE.match(text, pos)
    return number.end() if number else pos


def _done_to_part(after: str) -> Measure | None:
    """The people measure of the whole a part is taken from right after its count ("Six of
    those held belong to X": arrests, whatever was counted last)."""
    pro = re.match(r"\s+" + _PRO_PART, after, re.IGNORECASE)
    cue = vocab.CUE_WORD.search(pro.group()) if pro else None
    if cue is None:
        return None
    return people_cue_measure(cue.group())


def _elided_group(text: str, pos: int, e: int, mentions: list[Mention]) -> str | None:
    """The group in "15 to X" / "87 with X" right after a bare count."""
    lead = _ELIDED.match(text, pos, e)
    if lead is None:
        return None
    # The list's structure says X is a group, whatever the NER calls it: a place ("six to
    # Hizbul") or a person ("six to Hizbul Mujahideen") as much as an organisation.
    others = [m for m in mentions if m.type not in ("place", "person")]
    found = phrases.read_group(text, lead.end(), e, others)
    if found is None:
        return None
    name, start, end = found
    if lead["from"] and not (
        phrases.named_with_kind(name) or phrases.organisation_over(start, end, mentions)
    ):
        return None  # "... and 20 from Karachi": where the people are from
    return name


def _whole_after(text: str, pos: int, counts: list[Count]) -> Count | None:
    """The count of people a bare number is a part of: "31 of the 57 accused"."""
    of = _OF_THE_WHOLE.match(text, pos)
    if of is None:
        return None
    return next((c for c in counts if c.start == of.end() and unit_class(c.unit) == "people"), None)


def _last_grouped(found: list[CountedAs], position: int) -> Measure | None:
    """The measure of the last figure before ``position`` that names its group."""
    earlier = [ms for c, ms, g in found if c.start < position and g]
    return earlier[-1] if earlier else None
