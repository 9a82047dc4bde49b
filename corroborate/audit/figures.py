"""``find_figures``: the enforcement figures one document reports, each with its sentence.

Pure over the text and the document's mentions (spaCy's Doc is accepted for its text): it
runs on ingest beside the attributions, since figures are often told with no speaker at all
("As many as 539 people were arrested ...").

A count (``find_quantities``: "372 raids", "560 of its workers", "half a dozen target
killers"; read past quote marks and hedges such as "alleged") becomes a figure when what it
counts and the words beside it say which measure (the words are the lexicon's,
``lexicon.measures``):

- raids by their noun ("372 raids", "7,950 operations");
- people by a cue right before the count ("arrested 560", "the arrest of 40", "convicted 13"),
  inside it ("62 slain militants") or right after it, as a passive ("539 people were
  arrested", "were among those arrested");
- weapons by a seizure cue ("recovering 241 weapons", "captured 241 arms");
- else by the verb the count's noun hangs from in the parse (``parse.governing_lemmas``):
  "26 criminals involved in kidnapping were also apprehended";
- a list shares the measure its verb gives one item ("seized 10 launchers, 50 rifles and 910
  pistols");
- killings laid at a group's door by "involved in", "responsible for" ("involved in 5,863
  incidents of target killings"): ``attributed_killings``; killings by the force only with a
  clash in the sentence, an adversary noun ("militants") or a verb such as "neutralised";
- counts the text leaves implicit: "acquitted one" after "convicted 13 workers", "136 were
  arrested", "95 were affiliated with ..." after a count of people and the elided rest of
  such a list ("15 to Y"), parts by kind ("of them, 47 were local"), "the number of arrested
  X stands at 99"; and individual reports: "arrested a suspect affiliated with X", "raided
  the X headquarters".

The target group is the one the count's own words name ("workers of X", "affiliated with
X", "five X target killers"), else the nearest group the sentence names before the count
("372 raids on X's offices and arrested 560 of its workers"), or after it when no bare part
lies between, else "none stated"; "They are associated with X" right after gives a count of
people its group, and so does a later definite reference to the same noun in the passage
("The two X militants have been identified": ``named_later``). Some of a count ("including
members of X", "mostly belonging to X") is not its group, and a total that a partitive takes
apart by named groups ("Among the 62 ..., 39 were linked to X, 15 to Y") is none stated
whatever description came with it (``totals``). The agency is the nearest security
agency the sentence names, else the last one the document named. A figure repeated in one
document ("the 654 target killers") is kept once, with its group if any mention states it;
a part told by kind ("15 were foreigners") is kept beside a group's count of the same number
("15 to X").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from corroborate.audit import named_later, parse, phrases, totals, vocab, when
from corroborate.lexicon.measures import measure_words
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.quantities import find_quantities
from corroborate.nlp.sentences import sentences
from corroborate.records import NONE_STATED, EnforcementFigure, Measure, Mention

_PEOPLE_MEASURES: tuple[Measure, ...] = ("arrests", "killings", "convictions", "acquittals")
# One to twelve in words: a larger count written out is rare enough to leave to the parse.
_SMALL = list(number_words().ones[1:13])
_BARE = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_SMALL) + r")(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
_AFFILIATED_AFTER = re.compile(
    # "39 of them belong to X", "39 of the ones killed this year belong to X"
    r"\s+(?:of\s+(?:them|these|those|whom|the\s+ones(?:\s+[a-z][\w-]*){1,6}?)\s+)?"
    r"(?:(?:were|was|are|is|had)\s+)?(?:also\s+)?"
    r"(?:said\s+to\s+be\s+)?"
    r"(?:" + vocab.AFFILIATION + "|" + vocab.MEMBERS + r")\b",
    re.IGNORECASE,
)
# "the other four arrested men": people counted before, not a new figure.
_BACK_REFERENCE = re.compile(r"\b(?:other|of\s+the|these|those|remaining)\s+\Z", re.IGNORECASE)
_PRO_FORM = re.compile(r"ones|them|those|these", re.IGNORECASE)
# Counted arrests in the same sentence: "... while 1,096 were arrested", "and arrested 40".
_ARRESTS_BESIDE = re.compile(
    r"\b[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:were|had\s+been|have\s+been)\s+"
    + vocab.ARREST_CUE
    + r"\b|\b"
    + vocab.ARREST_CUE
    + r"\s+(?:a\s+total\s+of\s+)?[\d,]+\b",
    re.IGNORECASE,
)
# "They are allegedly associated with X", the sentence after a count of people.
_THEY_AFFILIATED = re.compile(
    r"\s*They\s+(?:are|were)\s+(?:(?:allegedly|reportedly|also|said\s+to\s+be)\s+)*"
    r"(?:" + vocab.AFFILIATION + "|" + vocab.MEMBERS + r")\b"
)
# The rest of a list item after a unit cut short ("50 heavy| and light machine guns,").
_ITEM_REST = re.compile(r"(?:\s+[a-z][\w-]*){1,5}(?=\s*[,.;]|\s+and\s+\d)")
# A passive before a cue after the count, or no object after it: what was done to the count.
_AUXILIARY = re.compile(r"\b(?:were|was|are|is|been|being|got|among)\b", re.IGNORECASE)
_NO_OBJECT = re.compile(
    r"\s*(?:\Z|[,.;:)]|(?:by|in|during|at|on|near|from|since|over|after|and|while|so|this|"
    r"last|across|along|as|for|under|till|until|with|within|between|across|so|up|to)\b)",
    re.IGNORECASE,
)
# A modal or "to" before the cue's auxiliary: an act to come or wished for ("will be
# sentenced", "could be arrested", "are to be tried"), not one done.
_NOT_DONE = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|must|to)\s+(?:not\s+)?(?:be|get)\b",
    re.IGNORECASE,
)
# Cue forms that are nouns ("resists arrest"), not what was done to a count before them.
_NOUN_CUES = frozenset({"arrest", "arrests", "killing", "detention", "detentions"})
# A count with no noun takes a verb only: "136 were arrested", not "one of the arrested".
_BARE_VERB = re.compile(r"\s+(?:were|was|are|is|had|have|has|got)\b", re.IGNORECASE)
# "15 to X", "87 with X": a count whose verb an earlier count of the list gave.
_ELIDED = re.compile(r"\s+(?:were\s+)?(?:to|with|against|on|over)\s+", re.IGNORECASE)
# "Of them, ...", "of which ...", "Among the 62 slain militants, ...": what follows is a part.
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:them|which|whom|these|those|the\s+(?:total\s+)?[\d,]+\b[^,;]*|"
    r"[\d,]+\b[^,;]*),?\s+(?:[^,;]*(?:,|\band|\bwhile)\s+)*\Z",
    re.IGNORECASE,
)
# "Of the 210 target killers, ", "Among the slain militants, ": the whole whose parts follow.
_WHOLE = re.compile(
    r"\b(?:of|among)\s+the\s+(?:(?:total\s+)?[\d,]+\s+)?"
    r"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*,\s*\Z",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)
# Which measures a noun's kind allows, for the parse's verb.
_CLASS_MEASURES: dict[str, tuple[Measure, ...]] = {
    "people": _PEOPLE_MEASURES,
    "weapons": ("weapons_seized",),
    "cases": ("cases",),
}
# What a count of cases may measure, and the prepositions that put the cases under a verb.
_CASE_MEASURES: tuple[Measure, ...] = ("cases", "convictions", "acquittals")
_CASE_PREPOSITIONS = frozenset({"in"})
# Quote marks and hedges, blanked out before counts are read.
_MASK = re.compile(r"(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])|[\"“”]|\b" + vocab.HEDGE + r"\b")
# "five Harbour Front (HF) target killers": the noun after a name the unit stopped at.
_NOUN_AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
# "62 slain militants": the action inside the count's own noun phrase.
_UNIT_CUE = re.compile(r"\A(?:" + vocab.CUE_WORD.pattern + r")\s", re.IGNORECASE)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?P<phrase>[^,.;]{3,120}?)\s+(?:stands|stood|is|was|has\s+reached|"
    r"reached|rose\s+to|has\s+risen\s+to)\s+(?:at\s+|to\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b",
    re.IGNORECASE,
)
_A_RAID = re.compile(
    r"\b(?:an?)\s+(?:[\w-]+\s+){0,3}?" + vocab.RAID_NOUN + r"\s+(?:on|at)\s+", re.IGNORECASE
)
# "seven G22 rifles", "19 7mm rifles", "two .223 rifles", "14 30bore pistols", "four AK-47
# rifles": a count whose weapon noun comes after a model's designation, which the quantity
# reader takes for a number of its own or a name ("six G").
_MODEL_COUNT = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_SMALL) + r")\s+"
    r"(?P<unit>(?:[A-Z]{1,3}-?)?\.?\d[\d.]*(?:-?[a-z]{1,5})?\s+(?:[a-z][\w-]*\s+){0,2}?"
    + vocab.WEAPON_UNIT.pattern
    + r")",
    re.IGNORECASE,
)
# "31 of the 57 accused": the whole a bare count is a part of.
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:total\s+)?(?=\d)", re.IGNORECASE)
_NOT_COUNTS = re.compile(r"\s*(?:%|per\s*cent|percent|pc\b|years?\b)", re.IGNORECASE)


@dataclass(frozen=True)
class _Count:
    """A number in a sentence and what it counts."""

    start: int  # the number (with its qualifier)
    end: int  # the end of its unit
    unit: str
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None


def find_figures(
    doc: Doc | str,
    mentions: Sequence[Mention],
    published: str | None,
    document_id: str = "",
) -> list[EnforcementFigure]:
    """Enforcement figures in one document, in text order; offsets into its text."""
    if isinstance(doc, str):
        return _Reader(doc, None, list(mentions), published, document_id).run()
    return _Reader(doc.text, doc, list(mentions), published, document_id).run()


def agency_kinds(agency: str | None) -> tuple[str, ...]:
    """The kinds of force an agency's name says, lower-case and sorted ("Pakistan Rangers
    Sindh" -> ("rangers",)): what tells two accounts of one briefing apart by who gave it."""
    return tuple(sorted({w.lower() for w in vocab.AGENCY_WORDS.findall(agency or "")}))


class _Reader:
    def __init__(
        self,
        text: str,
        doc: Doc | None,
        mentions: list[Mention],
        published: str | None,
        document_id: str,
    ) -> None:
        self.text = text
        self.doc = doc  # the parse, when there is one (on ingest): the verb a count hangs from
        # Counts are read from a copy with quote marks and hedges blanked out (offsets kept):
        # "446 'target killers'", "five alleged target killers" count target killers.
        self.masked = _MASK.sub(lambda m: " " * len(m.group()), text)
        self.mentions = mentions
        self.published = published
        self.document_id = document_id
        self.spans = sentences(text)
        self.agency: str | None = None  # the last agency the document named
        self.agencies_seen: list[str] = []
        # (sentence start, value) of the parts a sentence tells by kind ("of them, 15 were
        # foreigners"): another figure than a group's count of the same number.
        self.parts: set[tuple[int, float]] = set()
        self.raided = False  # a single raid already read from this document
        self.people: tuple[Measure, str] | None = None  # the last count of people: measure, unit
        self.day = next(
            (d for s, e in self.spans if (d := when.statement_day(text[s:e], published))), None
        )

    def run(self) -> list[EnforcementFigure]:
        found: list[EnforcementFigure] = []
        last: list[EnforcementFigure] = []  # the previous sentence's figures
        for s, e in self.spans:
            told = self._their_group(s, e)
            people = [f for f in last if f.measure in _PEOPLE_MEASURES]
            if told is not None and people and people[-1].group == NONE_STATED:
                # "... arrested two suspects. They are allegedly associated with X."
                found[found.index(people[-1])] = replace(people[-1], group=told)
            last = self._sentence(s, e)
            found += last
        # "... one more militant was gunned down ... The two X militants have been
        # identified": a group a later sentence gives the same people.
        named = named_later.groups_named_later(
            self.text, self.spans, _dedupe(found, self.parts), self.mentions
        )
        # "62 militants linked to different outfits ... Among the 62, 39 were linked to X, 15
        # to Y": the total's description names no group; its parts do.
        return totals.ungroup_totals_taken_apart(self.text, named)

    def _their_group(self, s: int, e: int) -> str | None:
        """X in a sentence opening "They are (allegedly) associated with X": the group of
        the people the sentence before counted."""
        if not _THEY_AFFILIATED.match(self.text, s, e):
            return None
        groups = phrases.group_phrases(self.text, s, e, self.mentions)
        return groups[0].name if groups else None

    def _sentence(self, s: int, e: int) -> list[EnforcementFigure]:
        text = self.text
        sentence = text[s:e]
        groups = phrases.group_phrases(text, s, e, self.mentions)
        agencies = [(p, self._full_agency(n)) for p, n in phrases.agencies(text, s, e)]
        day = when.statement_day(sentence, self.published) or self.day or self.published
        period, period_start = when.period(sentence)
        out: list[EnforcementFigure] = []
        previous_group: str | None = None
        found = self._figures(s, e, groups)
        # Groups a count's own words name ("560 MQM workers") also serve the counts around it
        # ("... and recovered 241 weapons").
        named = [phrases.GroupPhrase(g, c.start, c.start, c.end) for c, _, g in found if g]
        candidates = sorted(
            [g for g in [*groups, *named] if not g.partial], key=lambda g: g.trigger
        )
        # Numbers the sentence leaves without a noun ("Among the 62 slain militants, 39 were
        # linked to X"): a group after one of them is that part's, not the count's before it.
        starts = [
            m.start()
            for m in _BARE.finditer(text, s, e)
            if not any(c.start <= m.start() < c.end and c.end > m.end() for c, _, _ in found)
        ]
        for count, measure, group in found:
            numbers = (count.value, count.low, count.high)
            if not all(math.isfinite(v) for v in numbers if v is not None):
                continue  # a count no float can hold (hundreds of digits) counts nothing real
            if group is None:
                group = _nearest(candidates, count.start, starts)
            if group is None and previous_group is not None and _owner_pronoun(text, s, count):
                group = previous_group
            previous_group = group or previous_group
            agency = _agency_for(agencies, count.start) or self.agency
            out.append(
                EnforcementFigure(
                    measure=measure,
                    group=group or NONE_STATED,
                    document_id=self.document_id,
                    quote=sentence,
                    start=s,
                    end=e,
                    value=count.value,
                    low=count.low,
                    high=count.high,
                    qualifier=count.qualifier,
                    unit=count.unit,
                    agency=agency,
                    agency_kinds=agency_kinds(agency),
                    date=day,
                    period=period,
                    period_start=period_start,
                )
            )
        if agencies:
            self.agency = agencies[-1][1]
            self.agencies_seen += [n for _, n in agencies]
        return out

    def _figures(
        self, s: int, e: int, groups: list[phrases.GroupPhrase]
    ) -> list[tuple[_Count, Measure, str | None]]:
        """(count, measure, attached group or None) for each count that is a figure."""
        text = self.text
        counts = [
            self._named_unit(
                _Count(
                    q.start, q.end, " ".join(q.unit.split()), q.value, q.low, q.high, q.qualifier
                ),
                e,
            )
            for q in find_quantities(self.masked, s, e)
        ]
        counts += [
            _Count(m.start(), m.end(), m.group(1), 1.0)
            for m in vocab.ONE_PERSON.finditer(text, s, e)
            if not any(c.start <= m.start() < c.end for c in counts)
        ]
        counts = _with_model_counts(text, s, e, counts)
        counts.sort(key=lambda c: c.start)
        measures: list[Measure | None] = []
        item_ends: list[int] = []  # where each count's list item ends (after its group)
        for count in counts:
            # The words after a count start after the group its unit names, which the unit
            # may have cut short ("members of the banned United ..." stops at "United").
            inside = [g.end for g in groups if count.start <= g.trigger < count.end]
            after = phrases.attached_group(self.text, count.start, count.end, e, groups)
            ends = [count.end, *inside, *([after.end] if after else [])]
            item_ends.append(max(ends))
            measures.append(
                self._measure(count, s, e)
                or self._measure(replace(count, end=max(ends)), s, e)
                or self._parsed_measure(count, s, e)
            )
        _share_along_lists(text, counts, item_ends, measures)
        out: list[tuple[_Count, Measure, str | None]] = []
        for count, measure in zip(counts, measures, strict=True):
            if measure is None:
                continue
            if measure in _PEOPLE_MEASURES:
                self.people = (measure, count.unit)
            out.append((count, measure, self._attached(count, e, groups)))
        out += self._implicit(s, e, groups, counts, out)
        out += self._single_raids(s, e, groups, out)
        return sorted(out, key=lambda item: item[0].start)

    def _named_unit(self, count: _Count, e: int) -> _Count:
        """ "five Harbour Front (HF) target killers": the noun after the name is the unit."""
        if _unit_class(count.unit) is not None or not count.unit[:1].isupper():
            return count
        rest = _NOUN_AFTER_NAME.match(self.masked, count.end, e)
        if rest is None or _unit_class(rest.group("noun")) is None:
            return count
        unit = " ".join(f"{count.unit} {rest.group('noun')}".split())
        return replace(count, end=rest.end(), unit=unit)

    def _measure(self, count: _Count, s: int, e: int) -> Measure | None:
        unit = count.unit
        before = self.text[s : count.start]
        after = self.text[count.end : e]
        kind = _unit_class(unit)
        if kind == "raids" or (kind is None and _before("raids", before)):
            return "raids"  # "372 raids"; "raided 12 hideouts": each place raided, a raid
        if kind == "weapons":
            return "weapons_seized" if _cued("weapons_seized", before, after) else None
        if kind == "killings":
            return "attributed_killings" if _before("attributed_killings", before) else None
        if kind == "cases":
            for measure in _CASE_MEASURES:
                if _before(measure, before):
                    return measure
            return "cases" if _cued("cases", before, after) else None
        if kind == "people":
            found = next((m for m in _PEOPLE_MEASURES if _before(m, before)), None)
            if not _BACK_REFERENCE.search(before):
                found = found or _unit_cue(unit)
            if found is None and (found := _after_people(after)) == "killings":
                # "Police reported that five persons were killed while 1,096 were arrested":
                # killed in the action that made the arrests.
                if _ARRESTS_BESIDE.search(self.text, s, e) and vocab.AGENCY.search(self.text, s, e):
                    return found
            if found == "killings" and not _force_kills(unit, self.text[s:e]):
                return None  # "he killed 37 people": a confession, not an enforcement action
            return found
        return None

    def _parsed_measure(self, count: _Count, s: int, e: int) -> Measure | None:
        """The measure of the verb the count's noun hangs from, in the parse: "26 criminals
        involved in kidnapping were also apprehended", "1,845 arms, including rifles, were
        confiscated", "the arrested men include 35 workers"."""
        kind = _unit_class(count.unit)
        if self.doc is None or kind not in _CLASS_MEASURES:
            return None
        if _BACK_REFERENCE.search(self.text, s, count.start):
            return None  # "the other four arrested men": counted before
        number = next(
            (t for t in self.doc.char_span(count.start, count.end, alignment_mode="expand") or []
             if t.like_num),
            None,
        )  # fmt: skip
        if number is None:
            return None
        if kind == "cases":
            # "acquitted X in two criminal cases", "booked ... in two separate cases": the
            # cases the verb's act was in, as "acquitted in 3 cases" reads with no name between
            lemma = parse.verb_through_preposition(number, _CASE_PREPOSITIONS)
            for measure in measure_words().measures_of_lemma(lemma or ""):
                if measure in _CASE_MEASURES:
                    return measure
        for lemma in parse.governing_lemmas(number):
            for measure in measure_words().measures_of_lemma(lemma):
                if measure not in _CLASS_MEASURES[kind]:
                    continue
                if measure == "killings" and not _force_kills(count.unit, self.text[s:e]):
                    return None
                return measure
        return None

    def _attached(self, count: _Count, e: int, groups: list[phrases.GroupPhrase]) -> str | None:
        attached = phrases.attached_group(self.text, count.start, count.end, e, groups)
        if attached is not None:
            return attached.name
        if _unit_class(count.unit) != "people":
            return None  # "two AK rifles": a weapon's make is never a group
        name = phrases.premodifier_group(count.unit)
        if name is not None and phrases.a_people(name, count.start, count.end, self.mentions):
            return None  # "50 Muslim men", "12 Afghan nationals": who they are, not a group
        return name

    def _implicit(
        self,
        s: int,
        e: int,
        groups: list[phrases.GroupPhrase],
        counts: list[_Count],
        found: list[tuple[_Count, Measure, str | None]],
    ) -> list[tuple[_Count, Measure, str | None]]:
        """Counts whose noun the text leaves out: "acquitted one", "95 were affiliated",
        "136 were arrested", "of them, 39 belong to X, 15 to Y", "of which 47 were local"."""
        text = self.text
        out: list[tuple[_Count, Measure, str | None]] = []
        numbers = _NUMBER_OF.search(text, s, e)
        if numbers is not None:
            phrase = numbers.group("phrase")
            cue = vocab.CUE_WORD.search(phrase)
            measures = _cue_measures(cue.group()) if cue else []
            measure = next((m for m in measures if m in _PEOPLE_MEASURES), None)
            if measure in _PEOPLE_MEASURES and vocab.PEOPLE_UNIT.search(phrase):
                assert measure is not None
                count = _Count(numbers.start("n"), numbers.end("n"), phrase, _int(numbers["n"]))
                inside = [g for g in groups if numbers.start() <= g.trigger < numbers.end()]
                out.append((count, measure, inside[0].name if inside else None))
        affiliated: Measure | None = None  # the measure of "39 belong to X" in this sentence
        for m in _BARE.finditer(text, s, e):
            # "39 of the ones killed ...": a count of a pro-form is read as a bare number.
            nouned = [c for c in counts if not _PRO_FORM.fullmatch(c.unit)]
            if any(c.start <= m.start() < c.end for c in nouned) or (
                numbers is not None and numbers.start() <= m.start() < numbers.end()
            ):
                continue
            if _NOT_COUNTS.match(text, m.end(), e) or re.fullmatch(r"(?:19|20)\d\d", m[1]):
                continue
            value = _int(m.group(1))
            before = text[s : m.start()]
            after = text[m.end() : e]
            people = [(c, ms, g) for c, ms, g in found if ms in _PEOPLE_MEASURES]
            cued = next((ms for ms in _PEOPLE_MEASURES if _before(ms, before)), None)
            last_unit = self.people[1] if self.people else "people"
            of_whole = _whole_after(text, m.end(), counts) if cued is not None else None
            if cued is not None and of_whole is not None:
                # "convicted 31 of the 57 accused": 31 of the whole's people, by the cue
                attached = phrases.attached_group(text, of_whole.start, of_whole.end, e, groups)
                count = _Count(m.start(), of_whole.end, of_whole.unit, value)
                out.append((count, cued, attached.name if attached else None))
            elif cued is not None and people:
                last = people[-1]
                count = _Count(m.start(), m.end(), last[0].unit, value)
                out.append((count, cued, last[2]))
            elif _AFFILIATED_AFTER.match(text, m.end(), e) and self.people is not None:
                measure, unit = self.people
                whole = _WHOLE.search(before)
                nouns = list(vocab.PEOPLE_UNIT.finditer(whole["noun"])) if whole else []
                if whole is not None and nouns:
                    # "Of the 210 target killers (among them), 120 were workers of X": the
                    # parts (and the list's next items, "40 to Y") count target killers, not
                    # the noun counted last.
                    unit = whole["noun"][: nouns[-1].end()]
                    self.people = (measure, unit)
                count = _Count(m.start(), m.end(), unit, value)
                attached = phrases.attached_group(text, m.start(), m.end(), e, groups)
                out.append((count, measure, attached.name if attached else None))
                affiliated = measure
            elif (listed := affiliated or _last_grouped(found, m.start())) is not None and (
                elided := self._elided_group(m.end(), e)
            ) is not None:
                # "39 belong to X, 15 to Y and six to Z", "1,313 operations against X, 1,035
                # against Y": the verb and the noun said once for the list.
                out.append((_Count(m.start(), m.end(), last_unit, value), listed, elided))
            elif _BARE_VERB.match(after) and (measure := _after_people(after)) is not None:
                # "... while 136 were arrested": the noun is the one counted before.
                if measure != "killings" or _force_kills(last_unit, text[s:e]):
                    count = _Count(m.start(), m.end(), last_unit, value)
                    attached = phrases.attached_group(text, m.start(), m.end(), e, groups)
                    out.append((count, measure, attached.name if attached else None))
            elif (
                self.people is not None
                and _PARTITIVE_BEFORE.search(before)
                and (part := _PART_AFTER.match(after)) is not None
                and vocab.PEOPLE_UNIT.search(part.group())
            ):
                # "Of them, 47 were local militants": a part of the count before, by kind
                # not by group.
                noun = vocab.PEOPLE_UNIT.findall(part.group())[-1]
                self.parts.add((s, value))
                out.append((_Count(m.start(), m.end(), noun, value), self.people[0], NONE_STATED))
        return out

    def _elided_group(self, pos: int, e: int) -> str | None:
        """The group in "15 to X" / "87 with X" right after a bare count."""
        lead = _ELIDED.match(self.text, pos, e)
        if lead is None:
            return None
        # The list's structure says X is a group, whatever the NER calls it: a place ("six to
        # Hizbul") or a person ("six to Hizbul Mujahideen") as much as an organisation.
        others = [m for m in self.mentions if m.type not in ("place", "person")]
        found = phrases.read_group(self.text, lead.end(), e, others)
        return found[0] if found else None

    def _single_raids(
        self,
        s: int,
        e: int,
        groups: list[phrases.GroupPhrase],
        found: list[tuple[_Count, Measure, str | None]],
    ) -> list[tuple[_Count, Measure, str | None]]:
        """ "Rangers raided the X headquarters", "an early morning raid at the X offices"."""
        if self.raided or any(measure == "raids" for _, measure, _ in found):
            return []  # one raid told twice in a report ("raided X ... the raid on X")
        out: list[tuple[_Count, Measure, str | None]] = []
        for g in groups:
            word = self.text[g.trigger : g.start].split()[0].lower()
            if word == "raided":
                out.append((_Count(g.trigger, g.end, "raid", 1.0), "raids", g.name))
        for m in _A_RAID.finditer(self.text, s, e):
            hit = next((g for g in groups if g.trigger < m.end() <= g.start), None)
            if hit is not None and not out:
                out.append((_Count(m.start(), hit.end, "raid", 1.0), "raids", hit.name))
        self.raided = bool(out)
        return out[:1]

    def _full_agency(self, name: str) -> str:
        """ "Guard" after "Coastal Guard": the fuller name the document gave before."""
        for seen in reversed(self.agencies_seen):
            if seen != name and seen.endswith(" " + name):
                return seen
        return name


def _whole_after(text: str, pos: int, counts: list[_Count]) -> _Count | None:
    """The count of people a bare number is a part of: "31 of the 57 accused"."""
    of = _OF_THE_WHOLE.match(text, pos)
    if of is None:
        return None
    return next(
        (c for c in counts if c.start == of.end() and _unit_class(c.unit) == "people"), None
    )


def _with_model_counts(text: str, s: int, e: int, counts: list[_Count]) -> list[_Count]:
    """``counts`` with the weapons counted by model ("seven G22 rifles", "two .223 rifles"):
    each replaces what the quantity reader made of it ("six G", nothing at all)."""
    models = [
        _Count(m.start(), m.end(), " ".join(m["unit"].split()), _int(m.group(1)))
        for m in _MODEL_COUNT.finditer(text, s, e)
    ]
    kept = [
        c
        for c in counts
        if not any(
            m.start <= c.start < m.end and (c.start != m.start or _unit_class(c.unit) is None)
            for m in models
        )
    ]
    return kept + [m for m in models if not any(c.start == m.start for c in kept)]


def _last_grouped(found: list[tuple[_Count, Measure, str | None]], position: int) -> Measure | None:
    """The measure of the last figure before ``position`` that names its group."""
    before = [ms for c, ms, g in found if c.start < position and g]
    return before[-1] if before else None


def _unit_class(unit: str) -> str | None:
    """What kind of thing a count's noun is: raids, weapons, killings, cases or people."""
    if vocab.RAID_UNIT.match(unit):
        return "raids"
    if vocab.WEAPON_UNIT.search(unit):
        return "weapons"
    if vocab.KILLING_UNIT.search(unit):
        return "killings"
    if vocab.CASE_UNIT.search(unit):
        return "cases"
    if vocab.PEOPLE_UNIT.search(unit):
        return "people"
    return None


def _unit_cue(unit: str) -> Measure | None:
    """ "62 slain militants", "the 40 arrested workers": the action inside the noun phrase."""
    match = _UNIT_CUE.match(unit)
    if match is None:
        return None
    return next((m for m in _cue_measures(match.group().strip()) if m in _PEOPLE_MEASURES), None)


def _force_kills(unit: str, sentence: str) -> bool:
    """Whether a killing is the force's: an armed clash in the sentence, the people the
    force acts against ("militants", "suspects"), or a verb that says so ("neutralised")."""
    return bool(
        vocab.ENCOUNTER.search(sentence)
        or vocab.ADVERSARY.search(unit)
        or vocab.FORCE_KILL.search(sentence)
    )


_LIST_GAP = re.compile(
    r"\A\s*(?:,\s*(?:and\s+|while\s+|including\s+)?|and\s+|&\s*|while\s+|including\s+)\Z",
    re.IGNORECASE,
)


def _share_along_lists(
    text: str, counts: list[_Count], ends: list[int], measures: list[Measure | None]
) -> None:
    """A list of counts of one kind shares the measure the verb gives one of them: "seized
    10 launchers, 50 rifles and 910 pistols"; "1,236 terrorists, 848 target killers and 143
    kidnappers were among those arrested"; "2,935 criminals, including 152 target killers
    and 12 militants, were arrested"."""
    kinds = [_list_item_class(text, c) for c in counts]
    linked = [
        kinds[i] is not None
        and kinds[i] == kinds[i + 1]
        and bool(_LIST_GAP.match(text[ends[i] : counts[i + 1].start]))
        for i in range(len(counts) - 1)
    ]
    for i in reversed(range(len(linked))):  # a verb after the list: back to its start
        if linked[i] and measures[i] is None:
            measures[i] = measures[i + 1]
    for i in range(len(linked)):  # a verb before it: on to its end
        if linked[i] and measures[i + 1] is None:
            measures[i + 1] = measures[i]


def _list_item_class(text: str, count: _Count) -> str | None:
    """The kind of a list item, read on to its comma when the unit stops short ("50 heavy
    and light machine guns")."""
    kind = _unit_class(count.unit)
    if kind is not None:
        return kind
    item = _ITEM_REST.match(text, count.end)
    return _unit_class(count.unit + (item.group() if item else ""))


def _cued(measure: Measure, before: str, after: str) -> bool:
    if _before(measure, before):
        return True
    cue = _after_cue(after)
    return cue is not None and measure in _cue_measures(cue)


def _before(measure: Measure, before: str) -> bool:
    """Whether a cue of ``measure`` ends right before a count (gap words allowed)."""
    pattern = vocab.CUES[measure]
    stripped = before.rstrip()
    if pattern.search(stripped):
        return True
    gap = vocab.BEFORE_GAP.search(before)
    return gap is not None and bool(pattern.search(before[: gap.start()].rstrip()))


def _after_people(after: str) -> Measure | None:
    cue = _after_cue(after)
    if cue is None or cue.lower() in _NOUN_CUES:
        return None  # "a suspect resists arrest": the noun, not what was done
    return next((m for m in _cue_measures(cue) if m in _PEOPLE_MEASURES), None)


def _after_cue(after: str) -> str | None:
    """The cue that the words after a count put on it: a passive ("were arrested", "41
    weapons seized in ..."), never an active verb with its own object ("two suspects killed
    a policeman": what they did, not what was done to them)."""
    match = vocab.AFTER_CUE.match(after)
    if match is None:
        return None
    if _NOT_DONE.search(after, 0, match.start(1)):
        return None  # "the two suspects will be sentenced": not done yet, nothing to count
    passive = _AUXILIARY.search(after, 0, match.start(1))
    if not passive and not _NO_OBJECT.match(after, match.end(1)):
        return None
    return match.group(1)


def _cue_measures(word: str) -> list[Measure]:
    """Every measure ``word`` is a cue of ("captured": arrests and weapons seized)."""
    return [measure for measure, pattern in vocab.CUES.items() if pattern.search(word)]


def _nearest(groups: list[phrases.GroupPhrase], position: int, counts: list[int]) -> str | None:
    """The group named nearest before ``position`` in the sentence, else the one right after
    it (with no other count between: "Among the 62 slain militants, 39 were linked to X" is
    X's 39, not its 62)."""
    before = [g for g in groups if g.trigger < position]
    if before:
        return before[-1].name
    after = [g for g in groups if g.trigger > position]
    if not after or any(position < c <= after[0].trigger for c in counts):
        return None
    return after[0].name


def _owner_pronoun(text: str, s: int, count: _Count) -> bool:
    return bool(phrases.PRONOUN_OWNER.search(text, s, count.end))


def _agency_for(agencies: list[tuple[int, str]], position: int) -> str | None:
    before = [name for p, name in agencies if p < position]
    if before:
        return before[-1]
    return agencies[0][1] if agencies else None


def _int(number: str) -> float:
    low = number.lower()
    if low in _SMALL:
        return float(_SMALL.index(low) + 1)
    return float(low.replace(",", ""))


def _dedupe(
    figures: list[EnforcementFigure], parts: set[tuple[int, float]]
) -> list[EnforcementFigure]:
    """One figure per (measure, value) in a document, preferring a stated group; in one
    sentence, counts of different nouns are different figures."""
    kept: dict[tuple[str, float | None, float | None, float | None], EnforcementFigure] = {}
    order: list[tuple[str, float | None, float | None, float | None]] = []
    extra: list[EnforcementFigure] = []
    for f in figures:
        key = (f.measure, f.value, f.low, f.high)
        old = kept.get(key)
        if old is None:
            kept[key] = f
            order.append(key)
        elif ((f.start, f.value) in parts) != ((old.start, old.value) in parts) and (
            NONE_STATED in (f.group, old.group) and f.group != old.group
        ):
            extra.append(f)  # "15 to X" and "15 were foreigners": other people, same number
        elif f.start == old.start and f.unit != old.unit:
            extra.append(f)  # "two light machine guns, two .223 rifles": items of one list
        elif old.group == NONE_STATED and f.group != NONE_STATED:
            kept[key] = f
        elif f.group not in (NONE_STATED, old.group):
            extra.append(f)  # the same number for another group: another figure
    return sorted([kept[k] for k in order] + extra, key=lambda f: (f.start, f.end))
