"""Numbers in news text and what they count: "over 120 incidents of target killing".

Regex and word lists only (no spaCy), so it is cheap to run on every attribution's
content. It aims at the counts that reports attribute ("372 raids", "arrested 560 of
its workers", "250-300 target killers") and deliberately skips what is not a count:
ordinals ("19th"), years ("in 2015"), dates ("March 11"), times ("10:30", "5 pm"),
labels ("Section 302") and bare numbers with no noun after them ("the 120").

Conventions:
- ``start``/``end`` run from the qualifier (or currency, or "between") through the unit.
- Scale words are folded into the value: "2 million", "Rs 5m" and "two dozen" give
  2000000, 5000000 and 24.
- Money keeps a normalised unit ("Rs 5 million" -> 5000000 "rupees"), percentages
  have the unit "percent"; every other unit is the noun phrase as written.
- A four-digit 1900-2099 without a thousands separator is taken as a year unless a
  qualifier precedes it ("over 2000 workers"): news style writes counts as "2,000".
- ``qualifier`` is lower-cased with single spaces ("more than", "at least").
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from corroborate.lexicon.dates import date_words
from corroborate.lexicon.numbers import number_words
from corroborate.records import Quantity

# The number words are the lexicon's (``lexicon.numbers``). Scale words fold into the
# value; the one-letter ones only glued after money ("Rs 5m").
_SCALES: dict[str, int] = number_words().scales
_WORD_VALUES: dict[str, int] = number_words().values
_NUMBER_WORDS = [*_WORD_VALUES, *number_words().spelled_scales]
_AFTER_ARTICLE = "|".join(number_words().after_article)
_GLUED_TO_MONEY = frozenset(number_words().glued_to_money)


def as_written(words: list[str]) -> str:
    """The number words as a count is written - lower case, capitalised or in capitals
    ("ten", "Ten", "TEN") - case-sensitive inside the case-blind number pattern: a word of
    mixed case is a name ("Tehreek-e-Nijaat (TeN)"), never a number ("five TeN militants"
    counts five, not fifteen)."""
    forms = {form for word in words for form in (word, word.capitalize(), word.upper())}
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_W = "(?:" + as_written(_NUMBER_WORDS) + r")\b"
# "and" only joins after a scale word ("two hundred and fifty", not "three and four").
_WORDS = (
    rf"(?:half\s+a\s+dozen\b|(?:an?\s+(?=(?:{_AFTER_ARTICLE})\b))?"
    rf"{_W}(?:(?:-|\s+){_W}|(?<=hundred)\s+and\s+{_W}|(?<=thousand)\s+and\s+{_W})*)"
)
# Western "2,506,000" and South Asian "25,06,000" grouping, or no separators at all.
_DIGITS = (
    r"(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)(?:\.[0-9]+)?)"
    r"(?![0-9]|[.,][0-9])"
)
_NUM = rf"(?:{_DIGITS}|{_WORDS})"
_MULT = r"(?:\s+(?:" + "|".join(number_words().after_figure) + r")\b)?"
# ASCII: number words must not match look-alikes such as the Kelvin sign under IGNORECASE.
_NUMBER_RE = re.compile(
    # The first lookahead only lets the engine try at word starts, digits and currency signs.
    rf"(?=[0-9$£€]|\b[A-Za-z])(?P<between>\bbetween\s+)?(?:(?P<cur>(?-i:\bRs\.?|\bPKR|\bUS\$)|\$|£|€)\s?)?"
    rf"(?:(?<=Rs)|(?<=Rs\.)|(?<![\w.,:/-]))(?P<a>{_NUM}{_MULT})"
    rf"(?:(?P<sep>(?(between)\s+and\s+|(?:[-–]|\s+to\s+)))(?P<b>{_NUM}{_MULT}))?",
    re.IGNORECASE | re.ASCII,
)
# The lexicon's currency marks, looked up lower-cased; the regex above reads the ones it names.
_CURRENCIES = {mark.lower(): unit for mark, unit in number_words().currencies.items()}
NORMALISED_UNITS = frozenset({"percent", *_CURRENCIES.values()})

_QUALIFIER_RE = re.compile(
    r"(?<![\w'])(no fewer than|no less than|more than|less than|fewer than|at least|at most|"
    r"up to|as many as|as few as|close to|in excess of|upwards of|an estimated|just over|"
    r"just under|well over|nearly|almost|about|around|approximately|roughly|some|over|under)"
    r"\s+\Z",
    re.IGNORECASE | re.ASCII,
)
_PERCENT_RE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pc\b)", re.IGNORECASE)
_TIME_RE = re.compile(r"(?::[0-9]|\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b|hrs\b))", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_OF_RE = re.compile(r"\s+of\b", re.IGNORECASE)
_GLUED_RE = re.compile(r"[A-Za-z]+")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*\Z")
_GAP_WORD_RE = re.compile(r"(\s+)([^\W\d_]+(?:['’-][^\W\d_]+)*)")

_MONTHS = frozenset(
    m.capitalize() for m in (*date_words().months, *date_words().month_abbreviations)
)
# A number after these is an identifier, not a count: "Section 302", "FIR No 19".
_LABELS = frozenset(
    "section sections article articles clause no nos number ward sector block street road "
    "route chapter page pages para paragraph rule schedule ordinance room cell flat plot phase "
    "bus flight grade fir act order item category constituency na ps pp".split()
)
_NOT_ONE = frozenset("the no any every each this that which".split())
# The unit stops before these (no parser: verbs, conjunctions, prepositions, pronouns...).
_STOP = frozenset(
    """is are was were be been being am has have had having do does did done will would shall
    should can could may might must said says say told tell tells claimed claims added stated
    alleged alleges confessed admitted denied got get gets went came made make makes took take
    gave give held found kept left lost paid sent led fled shot fought sought caught brought
    became become remain remained remains belong belongs belonged die died dies fell rose stood
    gone come comes face faces include includes went flee escape surrender and or but nor as
    than then
    so yet if because while whereas although though who whom whose which that what where when
    why how in on at from with by for to during into onto over under after before since until
    till against between among amongst across through throughout within without per about
    around near upon via towards toward despite including involving following regarding
    concerning according besides beside beyond behind below above along amid amidst outside
    inside off out up down the a an this these those it its they them their he him his she her
    we us our you your i me my there here such each every all both any some no not never also
    only just even still already allegedly reportedly respectively apiece ago earlier later
    recently alone altogether together of""".split()
)
_PARTITIVE_DETS = frozenset("its their the his her these those our".split())
_OF_DETS = frozenset("the its their his her a an our".split())
_LEADING_MODIFIERS = frozenset("more other additional further".split())
_MAX_UNIT_WORDS = 6


class _Word(NamedTuple):
    text: str
    start: int
    end: int


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counts in ``text[start:end]`` with their units, offsets into ``text``, in order."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    found: list[Quantity] = []
    pos = start
    while pos < end:
        m = _NUMBER_RE.search(text, pos, end)
        if m is None:
            break
        pos = m.end()
        a_text, b_text = m.group("a"), m.group("b")
        a = _value(a_text)
        b = _value(b_text) if b_text is not None else None
        if a is None or (b_text is not None and b is None):
            continue  # a Unicode look-alike of a number word
        if b is not None and b_text is not None:
            if _scale(a_text) == 1:
                a *= _scale(b_text)  # "2 to 3 million": the scale belongs to both ends
            if a > b and m.group("sep") in "-–":
                continue  # "2012-13", "021-111": not a range; skip both numbers
            # "rose from 250 to 300 workers" is a change, not a range: read the 300 alone.
            if a > b or _FROM_RE.search(text, max(0, m.start() - 10), m.start()):
                b, pos = None, m.end("a")
        num_end = m.end("b") if b is not None else m.end("a")
        qual = None
        cur = m.group("cur")
        head = m.start() if b is not None else m.start("cur") if cur else m.start("a")
        # The qualifier is looked for after the previous count only: "120 Rs more than 120"
        # must not give the second count the words the first one's unit took.
        after = found[-1].end if found else start
        q = _QUALIFIER_RE.search(text, max(after, head - 20), head)
        if q is not None:
            qual, head = " ".join(q.group(1).lower().split()), q.start()
        if _not_a_count(text, m, head, qual):
            continue
        glued = _GLUED_RE.match(text, num_end, end)
        if glued:  # "19th", "10am", "9mm"; only "Rs 5m" / "$2bn" are amounts
            scale = glued.group().lower()
            if not cur or scale not in _GLUED_TO_MONEY or b is not None:
                continue
            a, num_end = a * _SCALES[scale], glued.end()
        if a_text.lower() == "one" and _OF_RE.match(text, num_end, end):
            continue  # "one of the most wanted", "one of them": an idiom more than a count
        if _TIME_RE.match(text, num_end, end) or text[num_end : num_end + 1] == "/":
            continue
        pct = _PERCENT_RE.match(text, num_end, end)
        if cur:
            unit, unit_end = _CURRENCIES[cur.lower()], num_end
        elif pct:
            unit, unit_end = "percent", pct.end()
        else:
            found_unit = _unit(text, num_end, end)
            if found_unit is None:
                continue
            unit, unit_end = found_unit
        pos = max(pos, unit_end)
        if not math.isfinite(a) or (b is not None and not math.isfinite(b)):
            continue  # a count no float can hold (hundreds of digits) counts nothing real
        if b is None:
            found.append(Quantity(unit, head, unit_end, value=a, qualifier=qual))
        else:
            found.append(Quantity(unit, head, unit_end, low=a, high=b, qualifier=qual))
    return found


def _value(number: str) -> float | None:
    """The value of "2,506", "1.5 million", "two dozen", "two hundred and fifty"."""
    tokens = re.split(r"[\s-]+", number.lower().replace(",", ""))
    if tokens[:3] == ["half", "a", "dozen"]:
        return 6.0
    if tokens[0][0].isdigit():
        value = float(tokens[0])
        return value * _SCALES[tokens[1]] if len(tokens) > 1 else value
    total, current = 0, 0
    for token in tokens:
        if token in ("a", "an"):
            current = 1
        elif token in _WORD_VALUES:
            current += _WORD_VALUES[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[token]
        elif token in _SCALES:
            total, current = total + (current or 1) * _SCALES[token], 0
        elif token != "and":
            return None  # a Unicode look-alike slipped through; not a number
    return float(total + current)


def _scale(number: str) -> int:
    """The factor of a trailing scale word: 1000000 for "3 million", 1 for "3" or "thirty"."""
    tokens = number.lower().split()
    if len(tokens) > 1 and tokens[-1] in _SCALES and tokens[-1] != "dozen":
        return _SCALES[tokens[-1]]
    return 1


def _not_a_count(text: str, m: re.Match[str], head: int, qual: str | None) -> bool:
    """Dates, years, labels and "the one": numbers that count nothing."""
    a = m.group("a")
    if m.start("a") > 0 and text[m.start("a") - 1].isalpha() and not m.group("cur"):
        return True
    prev = _PREV_WORD_RE.search(text, max(0, head - 20), head)
    prev_word = prev.group(1) if prev else ""
    # "... since January. Seven militants were killed": a number word capitalised after a
    # full stop opens a sentence; the month before it ends the last one ("Jan. 5" is a date).
    new_sentence = prev is not None and "." in prev.group() and a[:1].isupper()
    if (prev_word in _MONTHS and not new_sentence) or prev_word.lower() in _LABELS:
        return True
    if a.lower() == "one" and prev_word.lower() in _NOT_ONE:
        return True
    years = [n for n in (a, m.group("b")) if n and re.fullmatch(r"(19|20)[0-9]{2}", n)]
    return bool(years) and qual is None


def _next_word(text: str, pos: int, end: int) -> _Word | None:
    m = _GAP_WORD_RE.match(text, pos, end)
    if m is None or m.group(1).count("\n") > 1:  # a paragraph break ends the phrase
        return None
    return _Word(m.group(2), m.start(2), m.end(2))


def _unit_word(word: _Word, first: bool) -> bool:
    low = word.text.lower()
    if low in _STOP or low in _SCALES:
        return False
    if low in _WORD_VALUES and word.text in (low, low.capitalize(), low.upper()):
        return False  # a number word; "TeN", in mixed case, is a name and may start a unit
    if first:
        return word.text not in _MONTHS  # "11 March" is a date
    # Past participles after the head are verbs: "120 incidents reported".
    return not (low.endswith("ed") and len(low) > 4)


def _unit(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The noun phrase after a number: (unit, its end), or None when there is none."""
    word = _next_word(text, pos, end)
    if word is not None and word.text.lower() == "of":  # "560 of its workers"
        word = _next_word(text, word.end, end)
        if word is not None and word.text.lower() in _PARTITIVE_DETS:
            word = _next_word(text, word.end, end)
    while word is not None and word.text.lower() in _LEADING_MODIFIERS:
        word = _next_word(text, word.end, end)
    if word is None or not _unit_word(word, first=True):
        return None
    # The cap counts content words, a run of capitalised words (a name) as one, so that
    # "members of the banned Harbour Liberation Army" keeps the whole name.
    unit_start, unit_end, count, tail_used, last = word.start, word.end, 1, False, word
    for _ in range(2 * _MAX_UNIT_WORDS):  # a hard stop for long Title Case runs
        word = _next_word(text, unit_end, end)
        if word is None:
            break
        if word.text.lower() == "of" and not tail_used:
            # Keep one "of" tail: "incidents of target killing", "members of the MQM".
            after = _next_word(text, word.end, end)
            if after is not None and after.text.lower() in _OF_DETS:
                after = _next_word(text, after.end, end)
            if after is None or not _unit_word(after, first=True) or count >= _MAX_UNIT_WORDS:
                break
            unit_end, count, tail_used, last = after.end, count + 1, True, after
            continue
        in_name = word.text[0].isupper() and last.text[0].isupper()
        if not _unit_word(word, first=False) or (count >= _MAX_UNIT_WORDS and not in_name):
            break
        unit_end, count, last = word.end, count + (not in_name), word
    return " ".join(text[unit_start:unit_end].split()), unit_end
