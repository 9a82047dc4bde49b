"""The proper-noun names NER missed, added to the finder's candidate spans: in a list beside
a person ("..., and Sharjeel Memon"), after a role word ("PPP MNA Faryal Talpur"), on either
side of an alias marker ("Parveen alias Pinku"), longer runs of a person's name ("Uzair Jan
Baloch" beside "Uzair Baloch"), names NER tagged no word of where the grammar holds only a
person ("police arrested Allah Bachayo Khoso"), and all-capital acronyms. Also whether a name
stands beside an alias marker, which the typing reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.amounts import amount_start
from corroborate.nlp.mentions.candidates import _name_word
from corroborate.nlp.mentions.people_lists import in_a_list_of_people
from corroborate.nlp.mentions.persons_places import in_a_persons_place
from corroborate.nlp.mentions.roles import ROLES
from corroborate.nlp.mentions.state import _FinderState

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["_MissedNames", "alias_words", "beside_alias_marker"]

# Words that declare a second name of one person ("X alias Y"): the lexicon's.
_ALIAS_MARKERS = name_words().alias_markers


class _MissedNames(_FinderState):
    def _listed_people(self, spans: list[Span]) -> list[Span]:
        """Proper-noun names NER missed in a list beside a person ("..., and Sharjeel Memon";
        a lone word in a list of people, ``people_lists``)."""
        taken = {t.i for s in spans for t in s}
        extra: list[Span] = []
        for s in spans:
            if s.label_ != "PERSON":
                continue
            for t in s.root.conjuncts:
                if t.i in taken or t.pos_ != "PROPN":
                    continue
                left = t
                while (
                    left.i > 0
                    and self.doc[left.i - 1].pos_ == "PROPN"
                    and (left.i - 1 not in taken)
                ):
                    left = self.doc[left.i - 1]
                span = self.doc[left.i : t.i + 1]
                if not (span[0].text[:1].isupper() and span[-1].text[:1].isupper()):
                    continue  # "or turaga ni koro" tagged proper nouns: a name has capitals
                # a lone word only where a noun for people introduces the list ("employees
                # Iftikhar, Jan Muhammad and Jameel"): beside a person alone it may be a place
                lone = len(span) == 1 and in_a_list_of_people(span)
                if 2 <= len(span) <= 4 or lone:
                    span.label_ = "PERSON"
                    extra.append(span)
                    taken.update(x.i for x in span)
        return extra

    def _titled_people(self, spans: list[Span]) -> list[Span]:
        """Names NER missed after a role word: "PPP MNA Faryal Talpur"."""
        taken = {t.i for s in spans for t in s}
        extra: list[Span] = []
        for t in self.doc:
            if t.lower_ not in ROLES or t.i + 1 >= len(self.doc):
                continue
            end = t.i + 1
            while end < len(self.doc) and end not in taken and _name_word(self.doc[end]):
                end += 1
            if end - t.i - 1 >= 2:
                span = self.doc[t.i + 1 : end]
                span.label_ = "PERSON"
                extra.append(span)
                taken.update(range(t.i + 1, end))
        return extra

    def _aliased_people(self, spans: list[Span]) -> list[Span]:
        """Proper-noun names NER missed on either side of an alias marker ("Parveen alias
        Pinku", "his accomplice, Deepak alias Kaalu"): only a person goes by an alias, so
        the run of name words before the marker (three at most) and the one after it (two
        at most, as ``aliases`` reads an alias) are people's names."""
        taken = {t.i for s in spans for t in s}
        extra: list[Span] = []
        for t in self.doc:
            if t.lower_ not in _ALIAS_MARKERS:
                continue
            start = t.i
            while start > max(t.i - 3, 0) and _alias_name_word(self.doc[start - 1], taken):
                start -= 1
            end = t.i + 1
            while end < min(t.i + 3, len(self.doc)) and _alias_name_word(self.doc[end], taken):
                end += 1
            for lo, hi in ((start, t.i), (t.i + 1, end)):
                if hi > lo:
                    span = self.doc[lo:hi]
                    span.label_ = "PERSON"
                    extra.append(span)
                    taken.update(range(lo, hi))
        return extra

    def _name_runs(self, spans: list[Span]) -> list[Span]:
        """Proper-noun runs NER missed that share first and last word with a person named in
        the document: "Uzair Jan Baloch" beside "Uzair Baloch"."""
        people = [names.words(s.text) for s in spans if s.label_ == "PERSON"]
        firsts = {w[0] for w in people if len(w) >= 2}
        lasts = {w[-1] for w in people if len(w) >= 2}
        extra: list[Span] = []
        for span in _untagged_runs(self.doc, spans):
            ws = [t.lower_ for t in span]
            if 3 <= len(span) <= 4 and ws[0] in firsts and ws[-1] in lasts:
                span.label_ = "PERSON"
                extra.append(span)
        return extra

    def _untagged_people(self, spans: list[Span]) -> list[Span]:
        """Proper-noun names NER tagged no word of, where the grammar holds only a person
        ("police arrested Allah Bachayo Khoso": ``persons_places``): a run of two to four
        name words, each a compound of a later one: the last heads the run."""
        extra: list[Span] = []
        for run in _untagged_runs(self.doc, spans):
            i, j = run.start, run.end
            if (
                2 <= len(run) <= 4
                and (i == 0 or self.doc[i - 1].pos_ != "PROPN")
                and all(t.dep_ == "compound" and t.i < t.head.i < j for t in run[:-1])
            ):
                run.label_ = "GPE"  # read as NER's unknown names are: a place unless placed
                if in_a_persons_place(run):
                    run.label_ = "PERSON"
                    extra.append(run)
        return extra

    def _acronyms(self, spans: list[Span]) -> list[Span]:
        """All-capital names NER left out ("detained MQM worker"): organisations."""
        taken = {t.i for s in spans for t in s}
        extra: list[Span] = []
        for t in self.doc:
            if t.i in taken or not names.is_acronym(t.text) or not t.text.isalpha():
                continue
            if t.i > 0 and self.doc[t.i - 1].text == "-":
                continue  # "ATC-VII": a court's number, not a name
            if t.lower_ in names.TITLES | ROLES:
                continue
            if amount_start([t]) == 0:
                continue  # "fined him NPR 10,000": a currency's code before an amount
            span = self.doc[t.i : t.i + 1]
            span.label_ = "ORG"
            extra.append(span)
        return extra


def beside_alias_marker(span: Span) -> bool:
    """Whether an alias marker ("alias", "aka", ``alias_markers``) comes right after the
    name or right before it: "X alias Y" declares two names of one person."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in _ALIAS_MARKERS or before in _ALIAS_MARKERS


def alias_words(spans: list[Span]) -> set[str]:
    """The words of each name a person is given right after an alias marker ("Shafiq Ahmad
    alias Kala": "kala"): only a person goes by an alias, so the word is a person's wherever
    else the report uses it - NER may type the lone word a place where a paragraph opens with
    it ("Kala's counsel said ...")."""
    out: set[str] = set()
    for span in spans:
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in _ALIAS_MARKERS:
            out.update(w.lower() for w in names.words(span.text))
    return out


def _alias_name_word(token: Token, taken: set[int]) -> bool:
    """A name word beside an alias marker that no name span holds: NER may have typed it
    anything but a name ("Parveen" of "Parveen alias Pinku" read as a date), and the tagger
    any part of speech ("Nadeem" of "the fourth accused, Nadeem alias Deema" read as an
    adjective) - a capital inside a sentence beside the marker is a name's, only a
    sentence's first word may be capitalised for being first."""
    text = token.text
    return (
        token.i not in taken
        and (token.pos_ == "PROPN" or (text.isalpha() and not token.is_sent_start))
        and text[:1].isupper()
        and text.lower().strip(".") not in names.TITLES | ROLES
        and not names.is_acronym(text)
    )


def _untagged_runs(doc: Doc, spans: list[Span]) -> Iterator[Span]:
    """Each longest run of name words (``_name_word``) in no span NER or the finder took."""
    taken = {t.i for s in spans for t in s}
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and _name_word(doc[j]):
            j += 1
        if j > i:
            yield doc[i:j]
        i = max(j, i + 1)
