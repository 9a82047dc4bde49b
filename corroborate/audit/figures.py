"""``find_figures``: the enforcement figures one document reports, each with its sentence.

Pure over the text and the document's mentions (spaCy's Doc is accepted for its text): it
runs on ingest beside the attributions, since figures are often told with no speaker at all
("As many as 539 people were arrested ...").

This module reads a document sentence by sentence and puts together what the others decide,
one concept each:

- ``counts``: the counts of a sentence, a number and its noun ("372 raids", "560 of its
  workers", "half a dozen target killers", "seven G22 rifles"; read past quote marks and
  hedges such as "alleged");
- ``measure``: which measure a count is, by the words beside it or the verb it hangs from in
  the parse ("arrested 560", "539 people were arrested", "26 criminals ... were apprehended");
- ``lists``: a list shares the measure its verb gives one item ("seized 10 launchers, 50
  rifles and 910 pistols");
- ``implicit``: counts the text leaves without a noun ("acquitted one", "136 were arrested",
  "of them, 39 belong to X, 15 to Y", "convicted 31 of the 57 accused");
- ``single_raids``: one raid told without a number ("raided the X headquarters");
- ``parts``: parts of a count of things with no noun or verb of their own ("14 of them locally
  made guns", "including 312 under the Act");
- ``earlier``: a figure's value in an earlier period, told beside it ("against 1,118 a year
  earlier");
- ``table_lines``: a table's lines ("Suspects arrested: 2,036") read as the sentences they
  stand for;
- ``figure_groups``: whose count it is, from its own words or the sentence around it
  (``shares``: the group a verb shares a whole out to, "attributed 500 of the arrests to
  X", "X alone accounted for 29 of them");
  ``kind_back``: a group told again by its kind alone ("members of the gang");
  ``possessor``: the group opening the sentence for "71 of its fighters"; ``agency``: who
  acted;
- ``repeats``: a figure told twice in one document is kept once;
- ``named_later`` and ``totals``: what later sentences say of a figure's group ("The two X
  militants have been identified"; a total a partitive takes apart by named groups).

``told.Told`` carries what the sentences read so far told the next ones (the people counted
last, the agency named last, a raid already read).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from corroborate.audit import (
    kind_back,
    named_later,
    parse,
    phrases,
    table_lines,
    totals,
    vocab,
    when,
)
from corroborate.audit.agency import agency_for, agency_kinds, full_agency
from corroborate.audit.counts import BARE, Count, CountedAs, masked, noun_only, sentence_counts
from corroborate.audit.earlier import earlier_counts
from corroborate.audit.figure_groups import (
    attached_group,
    nearest_group,
    their_group,
)
from corroborate.audit.implicit import implicit_counts, part_before_whole
from corroborate.audit.lists import share_along_lists
from corroborate.audit.measure import PEOPLE_MEASURES, measure_of, parsed_measure
from corroborate.audit.parts import thing_parts
from corroborate.audit.possessor import possessor_group
from corroborate.audit.repeats import merge_repeats
from corroborate.audit.single_raids import single_raids
from corroborate.audit.told import Told
from corroborate.nlp.sentences import sentences
from corroborate.records import NONE_STATED, EnforcementFigure, Measure, Mention

# ``agency_kinds`` is read here by the store's migration and by tests, as before the split.
__all__ = ["agency_kinds", "find_figures"]


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


class _Reader:
    def __init__(
        self,
        text: str,
        doc: Doc | None,
        mentions: list[Mention],
        published: str | None,
        document_id: str,
    ) -> None:
        # Table lines ("Suspects arrested: 2,036") are read as the sentences they stand for
        # ("2,036 suspects arrested."), in as many characters; quotes are the text's own.
        self.source = text
        text, moves = table_lines.rewritten(text)
        self.text = text
        self.doc = doc  # the parse, when there is one (on ingest): the verb a count hangs from
        # Counts are read from a copy with quote marks and hedges blanked out (offsets kept):
        # "446 'target killers'", "five alleged target killers" count target killers.
        self.masked = masked(text)
        self.mentions = table_lines.moved(mentions, moves)
        self.published = published
        self.document_id = document_id
        self.spans = sentences(text)
        self.told = Told()
        self.day = next(
            (d for s, e in self.spans if (d := when.statement_day(text[s:e], published))), None
        )

    def run(self) -> list[EnforcementFigure]:
        found: list[EnforcementFigure] = []
        last: list[EnforcementFigure] = []  # the previous sentence's figures
        for s, e in self.spans:
            their = their_group(self.text, s, e, self.mentions)
            people = [f for f in last if f.measure in PEOPLE_MEASURES]
            if their is not None and people and people[-1].group == NONE_STATED:
                # "... arrested two suspects. They are allegedly associated with X."
                found[found.index(people[-1])] = replace(people[-1], group=their)
            last = self._sentence(s, e)
            found += last
        # "... one more militant was gunned down ... The two X militants have been
        # identified": a group a later sentence gives the same people.
        named = named_later.groups_named_later(
            self.text, self.spans, merge_repeats(found, self.told.parts), self.mentions
        )
        # "62 militants linked to different outfits ... Among the 62, 39 were linked to X, 15
        # to Y": the total's description names no group; its parts do.
        return totals.ungroup_totals_taken_apart(self.text, named)

    def _sentence(self, s: int, e: int) -> list[EnforcementFigure]:
        text = self.text
        sentence = text[s:e]
        groups = phrases.group_phrases(text, s, e, self.mentions)
        agencies = [
            (p, full_agency(n, self.told.agencies_seen)) for p, n in phrases.agencies(text, s, e)
        ]
        day = when.statement_day(sentence, self.published) or self.day or self.published
        period, period_start = when.period(sentence)
        out: list[EnforcementFigure] = []
        found = self._figures(s, e, groups)
        # Groups a count's own words name ("560 MQM workers") also serve the counts around it
        # ("... and recovered 241 weapons").
        named = [phrases.GroupPhrase(g, c.start, c.start, c.end) for c, _, g in found if g]
        # ... but "36 pirates, including 14 members of X, during 52 drives": people a count
        # says are X's own members are X's alone, no target of the drives.
        owned = [c for c, _, g in found if g and _members_of(text, c, groups, g)]
        candidates = sorted(
            [
                g
                for g in [*groups, *named]
                if not g.partial and not any(c.start <= g.trigger <= c.end for c in owned)
            ],
            key=lambda g: g.trigger,
        )
        # Numbers the sentence leaves without a noun ("Among the 62 slain militants, 39 were
        # linked to X"): a group after one of them is that part's, not the count's before it.
        starts = [
            m.start()
            for m in BARE.finditer(text, s, e)
            if not any(c.start <= m.start() < c.end and c.end > m.end() for c, _, _ in found)
        ]
        # "conducted 1,412 raids and arrested 162 members of X": X is whom the 162 belong
        # to, not the target of the raids before them.
        starts += [c.start for c in owned]
        for count, measure, group in found:
            numbers = (count.value, count.low, count.high)
            if not all(math.isfinite(v) for v in numbers if v is not None):
                continue  # a count no float can hold (hundreds of digits) counts nothing real
            if group is None:
                group = nearest_group(candidates, count.start, starts)
            if group is None:
                # "X ..., with 71 of its fighters killed": X, the sentence's subject
                group = possessor_group(text, count, s, e, self.mentions)
            if (kind := kind_back.bare_kind(text[count.start : e], group)) is not None:
                # "Two shooters of the gang": the group last named "... gang"
                group = kind_back.named_before(kind, self.told.groups_seen)
            if group is not None and phrases.unnamed(group):
                group = None  # "arrested 318 suspects in a crackdown on criminal gangs"
            agency = agency_for(agencies, count.start) or self.told.agency
            out.append(
                EnforcementFigure(
                    measure=measure,
                    group=group or NONE_STATED,
                    document_id=self.document_id,
                    quote=self.source[s:e],
                    start=s,
                    end=e,
                    value=count.value,
                    low=count.low,
                    high=count.high,
                    qualifier=count.qualifier,
                    unit=noun_only(count.unit),
                    agency=agency,
                    agency_kinds=agency_kinds(agency),
                    date=day,
                    period=period,
                    period_start=period_start,
                )
            )
        self.told.groups_seen += [g.name for g in groups] + [f.group for f in out]
        if agencies:
            self.told.agency = agencies[-1][1]
            self.told.agencies_seen += [n for _, n in agencies]
        return out

    def _figures(self, s: int, e: int, groups: list[phrases.GroupPhrase]) -> list[CountedAs]:
        """(count, measure, attached group or None) for each count that is a figure."""
        text = self.text
        # "Members of Barrio 18 detained: 612": a number inside a group's name counts nothing
        counts = [
            c
            for c in sentence_counts(text, self.masked, s, e)
            if not phrases.inside_a_name(c.start, groups)
        ]
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
                measure_of(count, text, s, e)
                or measure_of(replace(count, end=max(ends)), text, s, e)
                or parsed_measure(count, text, self.doc, s, e)
            )
        share_along_lists(text, counts, item_ends, measures, self._own_clauses(counts))
        out: list[CountedAs] = []
        for count, measure in zip(counts, measures, strict=True):
            if measure is None:
                continue
            if measure in PEOPLE_MEASURES:
                # "three of the four convicts were acquitted": the part is what was done
                count = part_before_whole(text, s, e, count) or count
                self.told.people = (measure, count.unit)
            out.append((count, measure, attached_group(text, count, e, groups, self.mentions, s)))
        out += implicit_counts(text, s, e, groups, counts, out, self.mentions, self.told)
        out += single_raids(text, s, e, groups, out, self.told)
        out += thing_parts(text, s, e, counts, out, self.told)
        out += earlier_counts(text, s, e, counts, out)
        self.told.weapons = self.told.weapons or any(ms == "weapons_seized" for _, ms, _ in out)
        return sorted(out, key=lambda item: item[0].start)

    def _own_clauses(self, counts: list[Count]) -> list[bool]:
        """Which counts are the subject of their own active verb, in the parse (none
        without one): "... and four others managed to escape" shares no list's verb."""
        if self.doc is None:
            return [False] * len(counts)
        tokens = [parse.number_token(self.doc, c.start, c.end) for c in counts]
        return [t is not None and parse.acts_itself(t) for t in tokens]


_MEMBERS_OF = re.compile(
    r"(?:" + vocab.MEMBERS + r"|" + vocab.ADVERSARY.pattern + r")\s+of\b", re.IGNORECASE
)


def _members_of(text: str, count: Count, groups: list[phrases.GroupPhrase], group: str) -> bool:
    """Whether ``count`` names its group as the people's own ("162 members of X", "29
    fighters of X")."""
    return any(
        p.name == group
        and count.start <= p.trigger <= count.end
        and _MEMBERS_OF.match(text, p.trigger) is not None
        for p in groups
    )
