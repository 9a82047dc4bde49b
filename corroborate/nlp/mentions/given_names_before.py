"""A person's given names NER left out in front of the surname it typed something else:
"DSP Kamal Raj Bhandari" with "Bhandari" an organisation, "Precious Chileshe" at a
sentence's start with "Chileshe" a place, "Bilal Hussain Khokhar, the candidate," with
"Hussain Khokhar" a firm; and a name typed a body right after a title ("OC Mizanur Rahman").

NER knows the common surname better than the given name before it, reads the surname alone
and types it as it would the word by itself ("Islam" a faith's body, "Chileshe" a town). The
parse still hangs the given names on the surname as compounds of one name. So the untagged
run of name words just before such an entity is its first part when the run opens with a
given name the name library knows (``lexicon.first_names``), every word of it hangs inside
the name, and what stands before the run cannot go on a name: a sentence's start, a word in
lower case, punctuation, or a title or an acronym (an office: "ASI", "DSP", "OC", "Advocate").
The whole is then a person's name, of whatever type NER gave its last part.

Not joined: a place or a body with a head word ("Iqbal Town", "Islam Hospital"), an entity
of more than two words (NER read a longer name whole), an acronym ("PTI"), a run that goes
back to another name word ("Lahore Rafiqul Islam": no title or break before the given name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.nlp import names
from corroborate.nlp.mentions.roles import ROLES
from corroborate.nlp.title_abbreviations import title_abbreviation_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["after_a_title", "given_names_before", "name_part"]

# At most this many given names before the surname ("Kamal Raj" of "Kamal Raj Bhandari").
_MOST_GIVEN = 2


def given_names_before(tokens: list[Token]) -> list[Token]:
    """The given names left out before the name ``tokens`` (a trimmed entity), or none."""
    if not tokens or len(tokens) > 2 or not all(name_part(t) for t in tokens):
        return []
    doc = tokens[0].doc
    inside = {t.i for t in tokens}
    run: list[Token] = []
    i = tokens[0].i - 1
    while i >= 0 and len(run) <= _MOST_GIVEN and name_part(doc[i]) and not doc[i].ent_type_:
        run.insert(0, doc[i])
        inside.add(doc[i].i)
        if doc[i].is_sent_start:
            break
        i -= 1
    if not run or len(run) > _MOST_GIVEN or not is_first_name(run[0].text):
        return []
    if not all(t.dep_ in ("compound", "flat") and t.head.i in inside for t in run):
        return []  # each given name hangs inside the name
    return run if _name_cannot_go_on(run[0]) else []


def name_part(token: Token) -> bool:
    """A word of a person's name: a proper noun in title case, all letters, no acronym, no
    title, role, body's or place's head word."""
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.is_title
        and not names.is_acronym(token.text)
        and lower not in names.TITLES | ROLES
        and lower not in names.ORG_HEADS
        and lower not in names.PLACE_HEADS
    )


def _name_cannot_go_on(first: Token) -> bool:
    """Whether the word before ``first`` ends whatever came before: no name reaches over it."""
    if first.is_sent_start or first.i == 0:
        return True
    before = first.doc[first.i - 1]
    if not before.is_alpha or before.is_lower:
        return True  # punctuation, a number, or a word in lower case ("driver", "said")
    lower = before.lower_.strip(".")
    return (
        names.is_acronym(before.text)  # an office written short: "ASI", "DSP", "OC"
        or lower in names.TITLES | ROLES
        or title_abbreviation_at(before)
    )


def after_a_title(tokens: list[Token]) -> bool:
    """Whether ``tokens``, a name NER typed a body, a people or a place ("ASI Rafiqul Islam"
    an organisation, "OC Mizanur Rahman" two), are a person's name: two to four name words
    opening with a given name, right after a title or an office written short ("ASI",
    "OC", "Inspector"). A body's name has a head word or is not opened by a given name."""
    if not 2 <= len(tokens) <= 4 or tokens[0].i == 0:
        return False
    if not all(name_part(t) for t in tokens) or not is_first_name(tokens[0].text):
        return False
    before = tokens[0].doc[tokens[0].i - 1]
    return (
        (names.is_acronym(before.text) and len(before.text) >= 2)
        or before.lower_.strip(".") in names.TITLES
        or bool(title_abbreviation_at(before))
    )
