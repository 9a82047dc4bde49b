"""The mention finder's assembly: the candidate names, their types, then each repair and
addition in the order that matters (aliases inside names before short names resolve, full
names before definitions and aliases, a father's and a son's suffixes once full names are
known, affiliations last, over the final names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp.mentions.acronyms import _Acronyms
from corroborate.nlp.mentions.affiliations import _Affiliations
from corroborate.nlp.mentions.aliases import _Aliases
from corroborate.nlp.mentions.candidates import _Candidates, _full_name_words
from corroborate.nlp.mentions.capitals import CapitalRuns
from corroborate.nlp.mentions.entity_types import _Typing
from corroborate.nlp.mentions.firm_names import _FirmNames
from corroborate.nlp.mentions.full_names import _FullNames
from corroborate.nlp.mentions.generations import _Generations
from corroborate.nlp.mentions.given_left_out import given_names_restored
from corroborate.nlp.mentions.joined_bodies import joined_bodies
from corroborate.nlp.mentions.joined_fragments import _joined_fragments
from corroborate.nlp.mentions.listed_people import _ListedPeople
from corroborate.nlp.mentions.lone_words import lone_name_words
from corroborate.nlp.mentions.missed_names import _MissedNames, alias_words
from corroborate.nlp.mentions.nicknames import _Nicknames
from corroborate.nlp.mentions.paired_people import split_paired_people
from corroborate.nlp.mentions.true_names import _TrueNames
from corroborate.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["NAME_LABELS", "find_mentions"]

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
)


def find_mentions(doc: Doc) -> list[Mention]:
    """Mentions of people, organisations and places in ``doc``, in text order."""
    return _Finder(doc).run()


class _Finder(
    _Candidates,
    _MissedNames,
    _Typing,
    _ListedPeople,
    _FullNames,
    _FirmNames,
    _Generations,
    _Acronyms,
    _Aliases,
    _Nicknames,
    _TrueNames,
    _Affiliations,
):
    def run(self) -> list[Mention]:
        trimmed = [self._trim(e) for e in self.doc.ents if e.label_ in NAME_LABELS]
        spans = _joined_fragments([s for s in trimmed if s is not None])
        spans = joined_bodies(spans)  # "X Saving and Credit Cooperative Ltd", cut at "and"
        spans = self._nicknamed_people(spans)  # Darnell "Shorty" Baptiste, NER's pieces out
        spans += self._listed_people(spans)
        spans += self._titled_people(spans)
        spans += self._aliased_people(spans)
        spans += self._acronyms(spans)
        spans += self._name_runs(spans)
        spans += self._untagged_people(spans)
        # a headline's or a shout's capitals ("PART OF LIFE", "us ALL moving") name nothing
        capitals = CapitalRuns(self.doc)
        spans = [s for s in spans if not capitals.no_name(s)]
        person_words = self._person_words(spans)
        # "Wade Kowalchuk's charge" with "Kowalchuk" alone typed a firm, after "Dale Kowalchuk"
        spans = given_names_restored(spans, person_words)
        spans += lone_name_words(self.doc, spans)  # "Akmal opened fire" after "Muhammad Akmal"
        typed = [self._typed(span, person_words) for span in spans]
        # A word of a full name NER read as an organisation ("Shahrukh Jatoi" tagged ORG)
        # still makes a lone "Shahrukh" of the same document that person: type again with
        # the words of every full name typed a person.
        person_words |= _full_name_words(m for m in typed if m is not None)
        # "Kala" of "Shafiq Ahmad alias Kala", typed a place where a paragraph opens "Kala's
        # counsel said ...": a name given as an alias is a person's all through the report
        person_words |= alias_words(spans)
        spans = split_paired_people(spans, person_words)  # "Sabbir and Faruq" tagged ORG
        for span in sorted(spans, key=lambda s: s.start_char):
            mention = self._typed(span, person_words)
            if mention is not None:
                self.out.append(mention)
        self._people_listed_with_people()  # "X (ORG), driver Y (PERSON) and Z (NORP)"
        self._inner_aliases()
        self._inner_nicknames()
        self._splinters()
        self._full_names()
        self._firm_short_names()  # "Zenith" for "Zenith Traders Ltd"
        self._generations()  # "Keith Pryce senior" / "Pryce junior": two people
        self._definitions()
        self._aliases()
        self._true_names()  # "Kalu, whose real name is Imtiaz Ahmed": one man
        self._affiliations()
        self._role_mentions()
        self.out.sort(key=lambda m: (m.start, m.end))
        return self.out
