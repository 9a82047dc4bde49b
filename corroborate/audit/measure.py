"""Which measure a count is: what the words beside it, or the verb it hangs from, say was done.

By the lexicon's words (``lexicon.measures``, compiled in ``vocab``):

- raids by their noun ("372 raids", "7,950 operations") or their verb ("raided 12 hideouts");
- people by a cue right before the count ("arrested 560", "the arrest of 40", "convicted 13"),
  inside it ("62 slain militants") or right after it, as a passive ("539 people were
  arrested", "were among those arrested"), never an act to come ("will be sentenced");
- weapons by a seizure cue ("recovering 241 weapons", "captured 241 arms");
- cases by a cue ("40 cases had been registered", "acquitted in 3 cases");
- else by the verb the count's noun hangs from in the parse (``parse.governing_lemmas``):
  "26 criminals involved in kidnapping were also apprehended";
- killings laid at a group's door by "involved in", "responsible for" ("involved in 5,863
  incidents of target killings"): ``attributed_killings``; killings by the force only with a
  clash in the sentence, an adversary noun ("militants") or a verb such as "neutralised".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from corroborate.audit import parse, vocab
from corroborate.audit.counts import Count, noun_only, unit_class
from corroborate.audit.killing_operations import operations_of_a_killing
from corroborate.lexicon.legal import legal
from corroborate.lexicon.measures import measure_words
from corroborate.lexicon.measures import pattern as measure_pattern
from corroborate.records import Measure

__all__ = [
    "PEOPLE_MEASURES",
    "after_people",
    "before",
    "cue_measures",
    "force_kills",
    "measure_of",
    "parsed_measure",
    "people_cue_measure",
]

PEOPLE_MEASURES: tuple[Measure, ...] = ("arrests", "killings", "convictions", "acquittals")
# "the other four arrested men": people counted before, not a new figure.
_BACK_REFERENCE = re.compile(r"\b(?:other|of\s+the|these|those|remaining)\s+\Z", re.IGNORECASE)
# Counted arrests in the same sentence: "... while 1,096 were arrested", "and arrested 40".
_ARRESTS_BESIDE = re.compile(
    r"\b[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:were|had\s+been|have\s+been)\s+"
    + vocab.ARREST_CUE
    + r"\b|\b"
    + vocab.ARREST_CUE
    + r"\s+(?:a\s+total\s+of\s+)?[\d,]+\b",
    re.IGNORECASE,
)
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
# Which measures a noun's kind allows, for the parse's verb.
_CLASS_MEASURES: dict[str, tuple[Measure, ...]] = {
    "people": PEOPLE_MEASURES,
    "weapons": ("weapons_seized",),
    "cases": ("cases",),
}
# Nouns of an act, whose count is that act's figure whatever the verb ("made 1,147 arrests").
_ACT_NOUNS: dict[str, Measure] = {"arrests": "arrests", "convictions": "convictions"}
# What a count of cases may measure, and the prepositions that put the cases under a verb.
_CASE_MEASURES: tuple[Measure, ...] = ("cases", "convictions", "acquittals")
_CASE_PREPOSITIONS = frozenset({"in"})
# The measure of each verdict the legal lexicon names ("guilty": "convicted").
_OUTCOME_MEASURES: dict[str, Measure] = {"convicted": "convictions", "acquitted": "acquittals"}
# "112 NLFB ultras have been nabbed this year and (eight others)": a count of adversaries
# whose clause "and" joins the others to, with no one else counted between ("12 suspects;
# a constable and two others were killed": the others are the constable's fellows).
_ADVERSARIES_COUNTED = re.compile(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?" + vocab.ADVERSARY.pattern[2:]
    + r"(?:(?!\b(?:a|an|the|one)\b)[^;:.])*?\band\s+\Z",
    re.IGNORECASE,
)  # fmt: skip
# What a unit ran on into after its noun: a cue right after it ("members arrested").
_RAN_ON = re.compile(r"\s+(?:were\s+|was\s+)?" + vocab.CUE_WORD.pattern + r"\s*\Z", re.IGNORECASE)
# The force as the killer, with no clash told: "were fatally shot by police", "shot dead by
# officers", "have been killed by security forces"; "Police killed 19 people".
_KILLING_CUE = measure_pattern(tuple(measure_words().cues["killings"]))
_KILLED_BY_FORCE = re.compile(
    r"\b" + _KILLING_CUE + r"\s+by\s+(?:the\s+)?" + vocab.FORCE_AGENT.pattern, re.IGNORECASE
)
_FORCE_KILLED = re.compile(
    vocab.FORCE_AGENT.pattern + r"\s+(?:(?:also|have|has|had)\s+)*" + _KILLING_CUE + r"\s+\Z"
)
# "62 slain militants": the action inside the count's own noun phrase.
_UNIT_CUE = re.compile(r"\A(?:" + vocab.CUE_WORD.pattern + r")\s", re.IGNORECASE)


def measure_of(count: Count, text: str, s: int, e: int) -> Measure | None:
    """The measure the words around ``count`` give it in the sentence ``text[s:e]``."""
    unit = count.unit
    before_count = text[s : count.start]
    after = text[count.end : e]
    kind = unit_class(unit)
    if kind == "people" and _RAN_ON.match(rest := unit[len(noun_only(unit)) :]):
        # "40 X (XN) members arrested": the quantity reader ran past a name's acronym into
        # the cue; the words after the noun are the words after the count.
        after = rest + after
    if kind == "raids" and operations_of_a_killing(before_count):
        return None  # "killed four terrorists in two operations": the clashes, not raids
    if kind == "raids" or (kind is None and before("raids", before_count)):
        return "raids"  # "372 raids"; "raided 12 hideouts": each place raided, a raid
    if kind in _ACT_NOUNS:
        # "made 1,147 arrests", "secured 46 convictions": the noun is the act itself; not
        # "the other 12 arrests" (counted before).
        return None if _BACK_REFERENCE.search(before_count) else _ACT_NOUNS[kind]
    if kind == "weapons":
        if _around(before_count, after, ("weapons_seized",)):
            return "weapons_seized"  # "had taken 212 guns out of circulation"
        return "weapons_seized" if _cued("weapons_seized", before_count, after) else None
    if kind == "killings":
        return "attributed_killings" if before("attributed_killings", before_count) else None
    if kind == "cases":
        for measure in _CASE_MEASURES:
            if before(measure, before_count):
                return measure
        return "cases" if _cued("cases", before_count, after) else None
    if kind == "people":
        found = next((m for m in PEOPLE_MEASURES if before(m, before_count)), None)
        found = found or _around(before_count, after)
        if found is None and vocab.IN_CUSTODY.match(after):
            found = "arrests"  # "more than 30 members of X were in custody"
        if not _BACK_REFERENCE.search(before_count):
            found = found or _unit_cue(unit)
        if found is None and vocab.DIED_IN_CLASH.match(after) and vocab.ADVERSARY.search(unit):
            return "killings"  # "Nine dissidents died in combat with troops"
        if found is None and (found := after_people(after)) == "killings":
            # "Police reported that five persons were killed while 1,096 were arrested":
            # killed in the action that made the arrests.
            if _ARRESTS_BESIDE.search(text, s, e) and vocab.AGENCY.search(text, s, e):
                return found
        if found == "killings" and not force_kills(unit, text[s:e], before_count):
            return None  # "he killed 37 people": a confession, not an enforcement action
        return found
    return None


def parsed_measure(count: Count, text: str, doc: Doc | None, s: int, e: int) -> Measure | None:
    """The measure of the verb the count's noun hangs from, in the parse: "26 criminals
    involved in kidnapping were also apprehended", "1,845 arms, including rifles, were
    confiscated", "the arrested men include 35 workers"."""
    kind = unit_class(count.unit)
    if doc is None or kind not in _CLASS_MEASURES:
        return None
    if _BACK_REFERENCE.search(text, s, count.start):
        return None  # "the other four arrested men": counted before
    number = parse.number_token(doc, count.start, count.end)
    if number is None:
        return None
    if kind == "people" and (verdict := _verdict(number) or _sentenced(number)) is not None:
        return verdict  # "found two men guilty", "five accused were given life imprisonment"
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
            if measure == "killings" and not force_kills(count.unit, text[s:e]):
                return None
            return measure
    return None


def _verdict(number: Token) -> Measure | None:
    """The measure of a verdict on the counted people ("found two men guilty": convictions;
    "found three innocent": acquittals), by the legal lexicon's finding verbs and verdict
    adjectives."""
    found = parse.verdict_complement(number)
    if found is None:
        return None
    verb, adjective = found
    words = legal()
    if verb not in words.finding_verbs:
        return None
    return _OUTCOME_MEASURES.get(words.verdict_adjectives.get(adjective, ""))


def _sentenced(number: Token) -> Measure | None:
    """Convictions when the counted people receive a sentence ("five accused were given life
    imprisonment", "awarded life imprisonment on two counts to four accused"), by the legal
    lexicon's verdict verbs ("give", "award", "hand" ...: sentenced) and verdict nouns."""
    found = parse.sentence_given(number)
    if found is None:
        return None
    verb, noun = found
    words = legal()
    if words.verdict_verbs.get(verb) != "sentenced" or noun not in words.verdict_nouns:
        return None
    return "convictions"


def _unit_cue(unit: str) -> Measure | None:
    """ "62 slain militants", "the 40 arrested workers": the action inside the noun phrase."""
    match = _UNIT_CUE.match(unit)
    if match is None:
        return None
    return people_cue_measure(match.group().strip())


def force_kills(unit: str, sentence: str, before_count: str = "") -> bool:
    """Whether a killing is the force's: an armed clash in the sentence, the people the
    force acts against ("militants", "suspects"), or a verb that says so ("neutralised").
    People who are only "others" ("a policeman and two others were killed in the exchange of
    fire") are the force's only by such a verb, or when ``before_count``, the sentence up to
    them, counted the people the force acts against ("112 ultras have been nabbed and eight
    others were gunned down"): a clash kills victims too."""
    if vocab.UNNAMED_PEOPLE.fullmatch(unit):
        return bool(vocab.FORCE_KILL.search(sentence) or _adversaries_counted(before_count))
    return bool(
        vocab.ENCOUNTER.search(sentence)
        or vocab.ADVERSARY.search(unit)
        or vocab.FORCE_KILL.search(sentence)
        or _KILLED_BY_FORCE.search(sentence)
        or _FORCE_KILLED.search(before_count)
    )


def _split_cues() -> list[tuple[re.Pattern[str], re.Pattern[str], Measure]]:
    """The lexicon's cues of three words or more split at their verb ("took into custody":
    "took" before the count, "into custody" after it; "taken ... out of circulation"), with
    their measure of people or of weapons."""
    out: list[tuple[re.Pattern[str], re.Pattern[str], Measure]] = []
    for measure, forms in measure_words().cues.items():
        if measure not in (*PEOPLE_MEASURES, "weapons_seized"):
            continue
        for form in forms:
            verb, *rest = form.split()
            if len(rest) >= 2:
                out.append((
                    re.compile(r"\b" + re.escape(verb) + r"\s+\Z", re.IGNORECASE),
                    re.compile(r"\A\s+" + r"\s+".join(map(re.escape, rest)) + r"\b", re.IGNORECASE),
                    measure,
                ))  # fmt: skip
    return out


_SPLIT_CUES = _split_cues()


def _around(
    before_count: str, after: str, measures: tuple[Measure, ...] = PEOPLE_MEASURES
) -> Measure | None:
    """The measure of a cue the count stands inside ("took 41 men into custody")."""
    return next(
        (
            ms
            for v, r, ms in _SPLIT_CUES
            if ms in measures and v.search(before_count) and r.match(after)
        ),
        None,
    )


def _adversaries_counted(before_count: str) -> bool:
    """Whether a count of the people a force acts against stands before ("112 NLFB ultras
    ... and"): the "others" after it are more of them."""
    return bool(_ADVERSARIES_COUNTED.search(before_count))


def _cued(measure: Measure, before_count: str, after: str) -> bool:
    if before(measure, before_count):
        return True
    cue = _after_cue(after)
    return cue is not None and measure in cue_measures(cue)


def before(measure: Measure, before_count: str) -> bool:
    """Whether a cue of ``measure`` ends right before a count (gap words allowed)."""
    pattern = vocab.CUES[measure]
    stripped = before_count.rstrip()
    if pattern.search(stripped):
        return True
    gap = vocab.BEFORE_GAP.search(before_count)
    return gap is not None and bool(pattern.search(before_count[: gap.start()].rstrip()))


def after_people(after: str) -> Measure | None:
    """The people measure the words after a count give it ("were arrested"), if any."""
    cue = _after_cue(after)
    if cue is None or cue.lower() in _NOUN_CUES:
        return None  # "a suspect resists arrest": the noun, not what was done
    return people_cue_measure(cue)


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


def cue_measures(word: str) -> list[Measure]:
    """Every measure ``word`` is a cue of ("captured": arrests and weapons seized)."""
    return [measure for measure, pattern in vocab.CUES.items() if pattern.search(word)]


def people_cue_measure(word: str) -> Measure | None:
    """The first people measure ``word`` is a cue of ("arrested": arrests), if any - what a
    cue says was done to the people a count counts."""
    return next((m for m in cue_measures(word) if m in PEOPLE_MEASURES), None)
