"""Whether a candidate name is a person, an organisation or a place (or no name at all):
NER's label repaired by what the text around it says (a dateline is a place, an acronym or
an organisation head an organisation, a role or a personal title before it a person, a
word of a person's full name that person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.addresses import ends_an_address
from corroborate.nlp.mentions.affiliations import _BEFORE
from corroborate.nlp.mentions.candidates import _name_word
from corroborate.nlp.mentions.firm_names import is_company
from corroborate.nlp.mentions.given_stems import opens_a_compound_of
from corroborate.nlp.mentions.izafat import izafat_body
from corroborate.nlp.mentions.kin import introduced_as_kin
from corroborate.nlp.mentions.missed_names import beside_alias_marker
from corroborate.nlp.mentions.offices import an_office_for_a_name
from corroborate.nlp.mentions.people_lists import in_a_list_of_people
from corroborate.nlp.mentions.persons_places import in_a_persons_place
from corroborate.nlp.mentions.state import _FinderState
from corroborate.nlp.speaker_names import PERSONAL_TITLES
from corroborate.records import EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["_Typing"]


# Words that join the parties of a case's title ("Trump v. Trump"): the lexicon's.
_CASE_TITLE_WORDS = name_words().case_title_words
_RANKS = name_words().ranks  # "Sergeant", "Inspector", "Warder": offices only people hold


def _a_title(span: Span) -> bool:
    """Whether a name of several words is the title of a work, a show or a case, never a
    person's name to resolve others to: what NER calls a work of art ("Playing Trump", an
    ad's title; such a name was a person only when it looked like one), a person's name
    with a number ("Anderson Cooper 360", a show; an organisation may hold one: "Channel
    4"), or a case's parties joined by "v." ("Trump v. Trump"). A one-word name NER calls a
    work of art may still be a word of a person's name (``_typed`` asks the document's
    person words first); so is one of several words where the grammar around it holds only
    a person (``persons_places``): "Those arrested are Dil Bahadur Ale Magar, 55, chairman
    of ..." with the Nepali name typed a work of art - a work is given no age, no "Mr" and
    no "who" clause."""
    if span.label_ == "WORK_OF_ART":
        return not in_a_persons_place(span)
    if span.label_ == "PERSON" and any(t.is_digit for t in span):
        return True
    # as written, lower case and between two names: "Vladimir V. Putin" has an initial
    return any(t.text in _CASE_TITLE_WORDS for t in span[1:-1])


# The labels NER gives a lone person's name it mistypes (a people, NORP, is not one).
_MISTYPED = frozenset({"ORG", "GPE", "LOC", "FAC"})


class _Typing(_FinderState):
    def _typed(self, span: Span, person_words: set[str]) -> Mention | None:
        text = span.text
        ws = names.words(text)
        if not ws:
            return None
        label = span.label_
        kind: EntityType | None
        if all(w in names.TITLES for w in ws):
            return None  # "Federal Minister": a title, not a name
        if label == "PERSON" and an_office_for_a_name(span, ws):
            return None  # "the District Accounts Officer", "the former Food Controller, X"
        if label == "PERSON" and any(names.is_acronym(t.text) for t in span):
            return None  # "Baldia Town JIT"
        if len(ws) >= 2 and _a_title(span):
            return None  # "Playing Trump" (an ad), "Trump v. Trump" (a case): no actor
        dateline = next((d for d in self.datelines if d.start <= span.start_char < d.end), None)
        if dateline is not None:
            # where the report was filed from ("KARACHI:", "NAIROBI, Kenya (AP) -"): its
            # places are places; its agency ("AP") names no party of the report
            if span.start_char != dateline.place[0] and label not in ("GPE", "LOC"):
                return None
            kind = "place"
        elif names.is_acronym(text.split("-")[0]):
            kind = "organization"
        elif ws[-1] in names.ORG_HEADS or any(w in names.ORG_HEADS for w in ws[1:]):
            kind = "organization"
        elif is_company(text):
            # a form of incorporation before or after it ("Jinfeng Engineering Co", "SIA
            # Baltic Timber", "Permata Sejuk Sdn Bhd"), which NER types a person's as often
            kind = "organization"
        elif any(izafat_body(w) for w in ws):
            kind = "organization"  # "Lashkar-e-X", "Jamaat-ul-X", which NER types people
        elif ws[-1] in names.PLACE_HEADS:
            kind = "place"
        elif (
            len(ws) == 1
            and ws[0] in person_words
            and label != "ORG"
            or (len(ws) == 1 and ws[0] in person_words and self._single_person(span))
        ):
            kind = "person"
            # "while Raheem Swati was sentenced" with only "Swati" tagged (a place): the
            # first name NER cut off is the person's, not left for "Swati" to stand for
            # another full name of the report ("Ayaz Swati")
            span = self._with_first_name_cut_off(span)
            text = span.text
        elif (
            len(ws) == 1
            and label in _MISTYPED
            and opens_a_compound_of(ws[0], person_words)
            and self._single_person(span)
        ):
            kind = "person"  # "Nizam" typed a body beside "Nizamuddin Memon" (``given_stems``)
        elif label == "PERSON" and ends_an_address(span):
            kind = "place"  # "X, 35, of Cutler's Row, Hollins Lock, admitted ...": the town
        elif label == "PERSON":
            kind = "person"
        elif label in ("ORG", "NORP") and self._named_as_accused(span):
            # "prime accused Imran" tagged ORG: only a person is an accused; the word is kept
            # in the mention ("accused Imran"), as NER keeps "Convict Imran", so that the
            # resolver reads that the report names the lone name by its part in the case
            kind = "person"
            span = self.doc[span.start - 1 : span.end]
            text = span.text
        elif label in _MISTYPED and len(span) == 1 and in_a_list_of_people(span):
            # "household employees Iftikhar, Jan Muhammad and Jameel" with the lone names
            # tagged places: a list hung on a noun for people lists people. One word only:
            # "its older cousin The New York Times" is a longer name NER typed right
            kind = "person"
        elif label in _MISTYPED and self._before_kinship_mark(span):
            kind = "person"  # "Sobia Bibi d/o Ghulam Rasool": only a person is someone's child
        elif label in _MISTYPED and beside_alias_marker(span):
            kind = "person"  # "Kamran alias Kami" typed places: only a person goes by an alias
        elif label in _MISTYPED and 2 <= len(ws) <= 4 and _aged(span):
            kind = "person"  # "31-year-old Rohan Blake" typed a building: only people are aged
        elif label in _MISTYPED and 2 <= len(ws) <= 4 and all(w in person_words for w in ws):
            # "Thapa Magar" tagged a place beside "Suraj Thapa Magar": a name whose every
            # word is a word of the document's people's full names is one of them (a place
            # named after someone keeps its head: "Jinnah Town" is read above)
            kind = "person"
        elif label in _MISTYPED | {"NORP", "WORK_OF_ART"} and in_a_persons_place(span):
            # "the court sentenced Emeka Nwosu" with "Nwosu" typed a place, "X, 34, was
            # arrested" with X an organisation: the position holds only a person; the first
            # name NER left untagged is the person's ("Emeka")
            kind = "person"
            span = self._with_first_name_cut_off(span)
            text = span.text
        elif label in ("ORG", "NORP"):
            kind = "person" if self._looks_like_person(span, person_words) else "organization"
        elif label in ("GPE", "LOC"):
            kind = "place"
        elif self._looks_like_person(span, person_words):
            kind = "person"
        elif label == "FAC":
            kind = "place"
        else:
            return None
        return Mention(
            start=span.start_char,
            end=span.end_char,
            text=text,
            type=kind,
            name=names.clean(" ".join(names.strip_titles(text.split()))),
            label=label,
        )

    def _before_kinship_mark(self, span: Span) -> bool:
        """Whether a kinship mark ("s/o", "d/o") follows the name: "X d/o Y"."""
        after = self.text[span.end_char : span.end_char + 8].lstrip().lower()
        return any(after.startswith(mark) for mark in name_words().kinship_markers)

    def _with_first_name_cut_off(self, span: Span) -> Span:
        """A one-word name with the untagged name word right before it that hangs on it
        ("Raheem" of "Raheem Swati"), where the word before that is no name word: the two
        are one name, as ``_trim`` joins them for a PERSON ("Anees Qaim Khani"). Not at the
        start of a sentence, where a capital tells nothing ("Professor Nega's War")."""
        if len(span) != 1 or span.start < 2:
            return span
        prev, before = self.doc[span.start - 1], self.doc[span.start - 2]
        hangs = prev.dep_ in ("compound", "flat") and prev.head.i == span.start
        alone = not (_name_word(before) or before.pos_ == "PROPN")
        if _name_word(prev) and hangs and alone and not prev.is_sent_start:
            return self.doc[prev.i : span.end]
        return span

    def _named_as_accused(self, span: Span) -> bool:
        """A one-word proper name right after an accused noun ("prime accused Imran",
        "convict Nadeem"): the noun describes a person. Not after the verb ("the senator
        accused Acme of ...": a finite verb, with its subject or auxiliary)."""
        if len(span) != 1 or span.start == 0 or span[0].pos_ != "PROPN":
            return False
        before = self.doc[span.start - 1]
        finite = before.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in before.children
        )
        return (
            before.is_lower
            and before.lower_ in legal().accused_nouns
            and not finite
            and not names.is_acronym(span.text)
        )

    def _single_person(self, span: Span) -> bool:
        # "Uzair" tagged ORG in a title is still the person named Uzair Baloch below; so is a
        # capitalised word inside a sentence the tagger took for a common noun ("counsel for
        # Ochieng" with "Ochieng" a NOUN): only a name is capitalised there
        word = span[0]
        named = word.pos_ == "PROPN" or (
            word.text[:1].isupper() and word.text[1:].islower() and not word.is_sent_start
        )
        return named and not names.is_acronym(span.text)

    def _looks_like_person(self, span: Span, person_words: set[str]) -> bool:
        """A 2-4 word proper name with a role before it, beside a person, or a known surname;
        or a name after an office written as its title ("District Public Prosecutor Nadia
        Perveen" tagged ORG: only a person holds an office, ``names.office_before_name``)."""
        written = span.text.split()
        held = names.strip_titles(written)
        # not where the office ends in a rank ("Detective Sergeant X", "Inspector X" tagged
        # ORG): a rank inside the span was never read as a person's before, and on held-out
        # reporting doing so added a wrongly accused officer (see docs/claims.md, off85)
        ranked = len(held) < len(written) and written[-len(held) - 1].lower().strip(".") in _RANKS
        if len(written) > len(held) >= 2 and not ranked:
            return True
        ws = names.words(span.text)
        if not 2 <= len(ws) <= 4 or not all(t.text[:1].isupper() for t in span):
            return False
        before = self.text[max(0, span.start_char - 40) : span.start_char]
        if _BEFORE.search(before) or ws[-1] in person_words:
            return True
        if span.start > 0 and self.doc[span.start - 1].lower_.strip(".") in PERSONAL_TITLES:
            return True  # "Dr Tahir Zahoor Ahmed" tagged ORG: only people are doctors
        if introduced_as_kin(self.doc, span.start_char, span.end_char):
            return True  # "his cousin Jignesh Panchal" tagged ORG: only people have cousins
        root = span.root
        return any(
            c.ent_type_ == "PERSON"
            for c in [*root.conjuncts, root.head]
            if c.i not in range(span.start, span.end)
        )


def _aged(span: Span) -> bool:
    """Whether "N-year-old" stands right before the name ("23-year-old Rohan Blake"): an age
    the report gives a person, never a place or a body (``claims.ages_told``)."""
    # imported here: the claims package reads the mentions this module types
    from corroborate.nlp.claims.ages_told import age_of

    return span.start > 0 and span.doc[span.start - 1].lower_ == "old" and age_of(span) is not None
