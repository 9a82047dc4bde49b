"""Names as strings: cleaning, spelling-variant keys, acronyms. No spaCy, no state: pure
functions of a string, the hot ones cached (the resolver asks for the same names' keys
hundreds of thousands of times on a store of a thousand articles).

Shared by the per-document mention finder and the cross-document resolver, so that both
agree on what "the same name" means.

Spelling variants of South Asian names in English press differ mostly in vowels and
silent letters ("Siddiqui" / "Siddiqi", "Mehmood" / "Mahmood", "Aman" / "Amn", "Peoples"
/ "People's"). ``skeleton`` keeps a word's first letter and its consonants, so such
variants share a key, while different names of the same shape keep different consonants
("Hammad" hmmd, "Hamid" hmd). A skeleton is only ever compared word by word, never used
to merge a surname with a full name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corroborate.lexicon.first_names import first_name_sex, is_first_name
from corroborate.lexicon.name_words import name_words

# The words around names are the lexicon's (``lexicon/data/name_words.json``): titles and
# role words before a name ("Gangster Uzair Baloch"), organisation and place heads.
_WORDS = name_words()
TITLES = _WORDS.titles
HONORIFICS = _WORDS.honorifics
ORG_HEADS = _WORDS.organisation_heads
PLACE_HEADS = _WORDS.place_heads
_RANKS = _WORDS.ranks
_OWN_NAME_WORDS = _WORDS.own_name_words  # "Federal" of "Federal Investigation Agency"
# What stands before a victim's name: "the murder of television journalist ", "killing of ".
_VICTIM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_WORDS.victim_acts))})s?\s+of\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_APOSTROPHES = "'’`"
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_VOWELS = frozenset("aeiouy")
# Compiled once: these run for every name of every stored document at each ledger update.
_LEADING = TITLES | {"the"}  # what ``strip_titles`` drops
# What closes an office before its holder's name (``office_before_name``), and how long one
# may be ("Senior Judicial Magistrate", "Additional Public Prosecutor").
_OFFICE_ENDS = TITLES | _RANKS | _WORDS.office_ends
_OFFICE_WORDS = 3
# What a person's name after an office never holds: another office, a body's or a place's head.
_NO_NAME_PART = _OFFICE_ENDS | ORG_HEADS | PLACE_HEADS
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_INITIAL_WORD = re.compile(r"[^\W_]+")


def is_victim(text: str, start: int) -> bool:
    """Whether the name at ``start`` is told as a victim ("the murder of journalist X")."""
    return bool(_VICTIM_BEFORE.search(text, max(0, start - 60), start))


def ends_in_rank(written: list[str]) -> bool:
    """Whether words written as a name (two or more, lower-cased) end in a rank or office:
    "District Accounts Officer", "Police Constable" - an office-holder told by his office,
    never a name (a rank stands before a name, not after it)."""
    return len(written) >= 2 and written[-1] in _RANKS


def after_honorifics(written: list[str]) -> list[str] | None:
    """The words of a name (lower-cased, as ``words`` gives them, so with no point: "Md."
    is "md") after the honorifics that open it ("Md", "Malik", "Syed") - where there are
    such honorifics and three words or more follow them, the name a report that drops the
    surname drops them with ("Shahidul Islam" of "Md Shahidul Islam Sarkar"); else None."""
    count = 0
    while count < len(written) - 1 and written[count] in HONORIFICS:
        count += 1
    bare = written[count:]
    return bare if 3 <= len(bare) < len(written) else None


def words(name: str) -> list[str]:
    """The words of a name, lower-cased, possessives and apostrophes dropped."""
    return list(_words(name))


@lru_cache(maxsize=1 << 17)
def _words(name: str) -> tuple[str, ...]:
    out = []
    for w in _WORD.findall(name):
        w = w.lower()
        for a in _APOSTROPHES:
            w = w.removesuffix(a + "s").replace(a, "")
        if w:
            out.append(w)
    return tuple(out)


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading titles and role words, and a leading article; not a title a body's name
    holds as its own (``title_of_a_body``). Then an office written as a title before its
    holder's name (``office_before_name``): "Judicial Magistrate Ayesha Kanwal" is Ayesha
    Kanwal, as "Inspector Ayesha Kanwal" is."""
    i = 0
    while (
        i < len(tokens) - 1
        and tokens[i].lower().strip(".") in _LEADING
        and not title_of_a_body(tokens[i], tokens[-1])
    ):
        i += 1
    return tokens[i + office_before_name(tokens[i:]) :]


def office_before_name(tokens: list[str]) -> int:
    """How many words of ``tokens`` (a name as written, its titles dropped) are an office
    written as a title before its holder's name: up to three capitalised words ending in a
    rank, a title or an office's noun ("Senior Judicial Magistrate", "District Public
    Prosecutor", "Head Warder", "Police" of "Superintendent of Police X"), followed by a
    person's name of two words or more - one with a given name among its first two words
    or an honorific first ("Md"), or any after a rank, an office only people hold ("Warder
    Allah Ditta Joiya"). The longest such office; 0 where there is none. A body's name is
    never cut ("Police Training College": no given name), nor a name that holds an office
    word or a body's head after the office ("Judicial Magistrate Court Sheikhupura")."""
    for k in range(min(_OFFICE_WORDS, len(tokens) - 2), 0, -1):
        office, rest = tokens[:k], tokens[k:]
        if not all(w[:1].isupper() and w.strip(".").isalpha() for w in office):
            continue
        if office[0].lower() in HONORIFICS:
            continue  # "Malik", "Syed": a name's own first word
        end = office[-1].lower().strip(".")
        if end not in _OFFICE_ENDS:
            continue
        lowered = [w.lower().strip(".") for w in rest]
        if not rest[0][:1].isupper() or any(w in _NO_NAME_PART for w in lowered):
            continue
        if end in _RANKS or lowered[0] in HONORIFICS or any(is_first_name(w) for w in rest[:2]):
            return k
    return 0


def given_name_sex(written: list[str]) -> str | None:
    """The sex the first of a full name's words tells, titles left out: "Masc" for "Arjun
    Mehta", none for a lone word (it may be a family name), an acronym, or a place written
    after a name ("Shah Faisal", "Kot Radha Kishan": their first words tell none)."""
    given = strip_titles(written)
    if len(given) < 2 or given[0].isupper():
        return None  # a lone word may be a family name; capitals may be an acronym
    return first_name_sex(given[0])


def title_of_a_body(first: str, last: str) -> bool:
    """Whether ``first``, a title before a name that ends in ``last``, is that name's own:
    a word that opens bodies' names (the lexicon's ``own_name_words``: "Federal",
    "Provincial") before an organisation's head word ("Federal Investigation Agency" is
    not an "Investigation Agency", and "Provincial" tells it from a "Regional Transport
    Authority")."""
    return first.lower() in _OWN_NAME_WORDS and last.lower().strip(".") in ORG_HEADS


@lru_cache(maxsize=1 << 17)
def clean(name: str) -> str:
    """A display form: whitespace collapsed, article and trailing possessive dropped."""
    name = " ".join(name.split()).strip(" ,.;:-\"'’“”()")
    for a in _APOSTROPHES:
        name = name.removesuffix(a + "s").removesuffix(a)
    if name.lower().startswith("the "):
        name = name[4:]
    return name


@lru_cache(maxsize=1 << 17)
def skeleton(word: str) -> str:
    """First letter and consonants: a key shared by spelling variants of one word."""
    w = word.lower().replace("-", "")
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]  # "Peoples" / "People's", "Rangers" / "Ranger"
    if not w:
        return w
    return w[0] + "".join(c for c in w[1:] if c not in _VOWELS and c.isalpha() or c.isdigit())


@lru_cache(maxsize=1 << 17)
def key(name: str) -> str:
    """A spelling-variant key for a whole name: word skeletons joined by spaces."""
    return " ".join(skeleton(w) for w in words(name))


def same_word(a: str, b: str) -> bool:
    """Whether two words are one name spelled two ways (never true for different lengths of
    consonant runs, so Hammad and Hamid stay apart)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    return len(a) >= 3 and len(b) >= 3 and skeleton(a) == skeleton(b) and a[0] == b[0]


def is_acronym(text: str) -> bool:
    """ "MQM", "PPP", "ATC-VII"'s head "ATC": 2-6 capitals, perhaps with a digit."""
    return bool(_ACRONYM.fullmatch(text))


def initials(name: str) -> str:
    """Initials of the capitalised words: "Muttahida Qaumi Movement" -> "MQM".

    Lower-case joiners ("of", "the", "for", "-i-") are skipped, as acronyms skip them.
    """
    out = []
    for w in _INITIAL_WORD.findall(name):
        if w[0].isupper():
            out.append(w[0])
    return "".join(out)


def possible_acronym(acronym: str, long_name: str) -> bool:
    """Whether ``acronym`` abbreviates ``long_name`` (its capitalised initials)."""
    return len(acronym) >= 2 and initials(long_name) == acronym.upper()
