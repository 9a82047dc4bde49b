"""The fellow items of a list of people one of whom a claim makes the accused: "indicted
escapees X alias Y and Z, warder W and V", "X alias Y and crew member Z gave confessional
statements", "A and alleged gold buyer B were found not guilty".

A small parser loses such lists at an alias ("alias" read as a verb or a noun heading the rest)
or at a plural noun that describes the next item ("constables" tagged a verb), so a claim gets
one item of the list and not the others. Read along the tokens: items are names of people
separated by commas and "and", each with its own words of description (lowercase nouns and
adjectives, titles: "warder", "crew member", "alleged gold buyer", "Dr"), an alias ("alias
Y") or an age after it. An item whose description gives it another part in the case (a
judge, a lawyer, a witness, a victim, a relative: the lexicon's role nouns) is no fellow, nor
does the list run past it, nor past the source of "according to" ("According to officer X, Y
confessed": X tells it). A last item that is the subject of a clause of its own ("arrested
X, Inspector Y said") is no fellow of a list the claim's verb governs before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.claims.set_off_items import opening_words_end, set_off_end
from corroborate.nlp.claims.source_apposition import attributed_source
from corroborate.nlp.speakers import ALIAS_MARKERS

__all__ = ["OTHER_PARTS", "ListFellows"]

# The words that separate the items of a list.
_SEPARATORS = frozenset({",", "and", "&"})
# The parts of speech of the words that describe an item before its name: "crew member",
# "alleged gold buyer", "former SHO".
_DESCRIBING = frozenset({"NOUN", "ADJ", "VERB", "PROPN"})
# The tags of a describing word the tagger took for a verb: "alleged", "constables" (VBZ),
# "tout" (VB); not a verb of the past ("arrested X and shot Y": Y was shot, not arrested).
_DESCRIBING_VERB_TAGS = frozenset({"VBN", "VBZ", "VB"})
# The tags of a finite verb, which begins a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The parts a role noun gives that keep a person out of a list of the accused; police ranks
# and officials may be the accused themselves ("constables X and Y" in a custodial death).
OTHER_PARTS = frozenset({"court", "defence", "prosecutor", "witness", "victim", "relative"})
# The marks of a relative's name that identifies an item ("X s/o Y"): part of the item.
_KINSHIP_MARKERS = name_words().kinship_markers
# The kinds of claims whose accused are the items of a list: the steps and acts a list of
# people undergoes together.
_LISTED_KINDS = frozenset({"ruling", "charge", "arrest", "accusation", "confession"})


class ListFellows(Parties):
    """Extends each accused of a draft to the other items of the list it stands in."""

    def _list_fellows(self, sent: Span, drafts: list[Draft]) -> None:
        for draft in drafts:
            if draft.kind not in _LISTED_KINDS:
                continue
            named = [n for role, n in draft.parties.values() if role == "accused"]
            for n in named:
                if n.resolved or n.members is not None:
                    continue
                span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
                if span is None or not len(span) or span.sent.start != sent.start:
                    continue
                fellows = self._fellows_after(span, draft.cue)
                if not draft.listing:  # a list read from its verb begins there
                    fellows += self._fellows_before(span, draft.cue)
                if draft.kind == "ruling":
                    fellows += self._gapped_fellows(span, draft.cue)
                for fellow, extent in fellows:
                    # one item, one person: not again under its alias ("X alias Y" with Y
                    # already a party)
                    if not any(
                        name == fellow.name or extent.start_char <= start < extent.end_char
                        for name, start in draft.parties
                    ):
                        draft.add([fellow], "accused")

    def _fellows_after(self, item: Span, cue: Token) -> list[tuple[Named, Span]]:
        """The items after ``item``, each checked as it is reached, with the tokens each
        takes (its name and alias)."""
        out: list[tuple[Named, Span]] = []
        end = self._item_end(item.end)
        sent_end = item.sent.end
        while end < sent_end:
            i = end
            # "X, chairperson of the ward committee, engineer Y": past a set-off description
            closed = None
            if self.doc[i].text == ",":
                closed = set_off_end(
                    self.doc, i + 1, sent_end, self._a_person_at, self._of_another_part
                )
            i = end if closed is None else closed
            separators = []
            while i < sent_end and (self.doc[i].lower_ in _SEPARATORS):
                separators.append(self.doc[i].lower_)
                i += 1
            if not separators:
                break
            # "X, who runs the clinic, his salesman Y": an item opened past a set-off description
            begin = i
            opened = i if closed is None else opening_words_end(self.doc, i, sent_end)
            if any(self._of_another_part(t) for t in self.doc[begin:opened]):
                break  # "the victim's uncle Y": no item of a list of the accused
            described, i = self._description(opened, sent_end)
            if described is None or (opened > begin and not described):
                break
            if closed is not None and not described and "and" not in separators:
                break  # "X, owner of the mill, Y": Y may rename the mill's owner
            fellow = self._item_at(i)
            if fellow is None:
                break
            named, span = fellow
            end = self._item_end(span.end)
            if not self._shares_the_clause(end, cue):
                break
            out.append((named, self.doc[span.start : end]))
        return out

    def _fellows_before(self, item: Span, cue: Token) -> list[tuple[Named, Span]]:
        """The items before ``item``, walked back over separators and descriptions, with
        the tokens each takes (its name and alias); not past the claim's cue when it comes
        first ("names Dr X": the list begins after "names", whatever its tag)."""
        out: list[tuple[Named, Span]] = []
        sent_start = item.sent.start if cue.i >= item.start else max(item.sent.start, cue.i + 1)
        start = self._description_start(item.start, sent_start)
        while start is not None and start > sent_start:
            i = start - 1
            separated = False
            while i >= sent_start and self.doc[i].lower_ in _SEPARATORS:
                separated = True
                i -= 1
            if not separated or i < sent_start:
                break
            last = i
            i = self._before_alias(self._before_kinship(i, sent_start), sent_start)
            fellow = self._item_ending_at(i)
            if fellow is None:
                break
            named, span = fellow
            if any(attributed_source(t, self.lex.source_words) for t in span):
                break  # "According to officer X, Y confessed": the source tells, no fellow
            start = self._description_start(span.start, sent_start)
            if start is None:
                break  # "complainant X and Y": X has a part of their own
            out.append((named, self.doc[span.start : last + 1]))
        return out

    def _gapped_fellows(self, item: Span, cue: Token) -> list[tuple[Named, Span]]:
        """The items of a gapped ruling after ``item``: "sentenced X to death and Y to life
        imprisonment", "X was sentenced to life, and warder Y to ten years" - a name after a
        separator, followed by the preposition the ruling verb gives its term by, with the
        verb left out. The parser hangs Y on the first term or makes it a verb's object."""
        preps = {c.lower_ for c in cue.children if c.dep_ == "prep"}
        if cue.pos_ != "VERB" or not preps:
            return []
        out: list[tuple[Named, Span]] = []
        i = max(item.end, cue.i + 1)
        sent_end = item.sent.end
        while i < sent_end:
            token = self.doc[i]
            if token.tag_ in _FINITE or token.text == ";":
                break  # another clause: "X got life; Y was jailed for 17 years"
            if token.lower_ not in _SEPARATORS:
                i += 1
                continue
            while i < sent_end and self.doc[i].lower_ in _SEPARATORS:
                i += 1
            described, i = self._description(i, sent_end)
            fellow = self._item_at(i) if described is not None else None
            if fellow is None and described == []:
                fellow = self._described_item_at(i, sent_end)  # "... and the broker on"
            if fellow is None:
                continue
            named, span = fellow
            end = self._item_end(span.end)
            if end < sent_end and self.doc[end].lower_ in preps:
                out.append((named, self.doc[span.start : end]))
            i = end
        return out

    def _described_item_at(self, i: int, sent_end: int) -> tuple[Named, Span] | None:
        """The person a gapped item "the NOUN" stands for ("placed X on a two-day remand and
        the broker on a three-day remand"): the one person the report introduced with that
        description (``DescribedPeople._description_told``, which ties none where the noun
        fits two). The parser hangs such an item on the first term, where no rule reads a
        description as a party; a name there is read by ``_item_at``."""
        if self.doc[i].lower_ != "the":
            return None
        described, end = self._description(i + 1, sent_end)
        if not described or described[-1].pos_ != "NOUN":
            return None
        noun = described[-1]
        if not any(c.i == i and c.dep_ == "det" for c in noun.children):
            return None  # "the" is the noun's own article: one phrase, "the head broker"
        told = self._description_told(noun)
        return None if told is None else (told, self.doc[i:end])

    def _item_end(self, end: int) -> int:
        """Where an item ends after its name: past an alias ("alias Kaka"), a father's name
        that identifies it ("s/o Allah Bux") and an age (", 27")."""
        doc = self.doc
        sent_end = doc[end - 1].sent.end
        if end < sent_end and doc[end].lower_ in ALIAS_MARKERS:
            end += 1
            while end < sent_end and doc[end].pos_ == "PROPN" and not self._kinship_at(end):
                end += 1
        end = self._past_kinship(end, sent_end)
        if end + 1 < sent_end and doc[end].text == "," and doc[end + 1].like_num:
            end += 2
        return end

    def _past_kinship(self, end: int, sent_end: int) -> int:
        """Past a kinship mark and the name after it ("s/o Allah Bux"), which the tokenizer
        splits ("s", "/", "o"): the relative is named to identify the item, no item."""
        doc = self.doc
        mark = self._kinship_at(end) if end < sent_end else None
        if mark is None:
            return end
        start = doc[end].idx
        while end < sent_end and doc[end].idx < start + len(mark):
            end += 1
        named = end
        while end < sent_end and doc[end].pos_ == "PROPN":
            end += 1
        return end if end > named else named

    def _kinship_at(self, i: int) -> str | None:
        """The kinship mark that begins at token ``i`` ("s/o"), if one does."""
        start = self.doc[i].idx
        text = self.doc.text[start : start + 4].lower()
        return next((m for m in _KINSHIP_MARKERS if text.startswith(m)), None)

    def _before_kinship(self, i: int, sent_start: int) -> int:
        """The last token of an item before the relative's name it ends with ("Waseem
        Chandio s/o Ghulam Nabi": "Chandio"); ``i`` where it ends with none."""
        doc = self.doc
        j = i
        while j > sent_start and doc[j].pos_ == "PROPN":
            start = self._mark_ending_at(j - 1)
            if start is not None:
                return start - 1
            j -= 1
        return i

    def _mark_ending_at(self, k: int) -> int | None:
        """The first token of a kinship mark that ends with token ``k`` ("s", "/", "o")."""
        doc = self.doc
        end = doc[k].idx + len(doc[k])
        for mark in _KINSHIP_MARKERS:
            begin = end - len(mark)
            if begin < 0 or doc.text[begin:end].lower() != mark:
                continue
            if begin > 0 and doc.text[begin - 1].isalnum():
                continue
            first = k
            while first > 0 and doc[first - 1].idx >= begin:
                first -= 1
            return first
        return None

    def _before_alias(self, i: int, sent_start: int) -> int:
        """The last token of an item's name, given the last token of the item: before its
        alias when it has one ("Shahzeb Khoso alias Shani": "Khoso")."""
        j = i
        while j > sent_start and self.doc[j].pos_ == "PROPN":
            j -= 1
        return j - 1 if j < i and self.doc[j].lower_ in ALIAS_MARKERS else i

    def _description(self, i: int, sent_end: int) -> tuple[list[Token] | None, int]:
        """The words describing an item from ``i`` up to its name, and where the name
        begins; None where a word is no description or gives another part in the case."""
        words: list[Token] = []
        while i < sent_end and self._describing(self.doc[i]):
            words.append(self.doc[i])
            i += 1
        if any(self._of_another_part(w) for w in words):
            return None, i
        return words, i

    def _description_start(self, start: int, floor: int) -> int | None:
        """Where the description before a name beginning at ``start`` begins, not before
        token ``floor``; None where it gives the item another part in the case."""
        i = start
        while i > floor and self._describing(self.doc[i - 1]):
            i -= 1
        if any(self._of_another_part(w) for w in self.doc[i:start]):
            return None
        return i

    def _describing(self, token: Token) -> bool:
        """A word of an item's description: a lowercase noun, adjective or participle
        ("alleged"), or a title ("Dr", "SHO"); not a name of its own."""
        if token.i in self.by_token and token.lower_ not in names.TITLES:
            return False
        if token.lower_.strip(".") in names.TITLES:
            return True
        if token.lemma_.lower() in self.lex.accuse_verbs:
            return False  # "names X": the verb of a list, whatever its tag
        return (
            token.is_lower
            and token.is_alpha
            and token.pos_ in _DESCRIBING
            and (token.pos_ != "VERB" or token.tag_ in _DESCRIBING_VERB_TAGS)
        )

    def _of_another_part(self, token: Token) -> bool:
        """Whether a word of an item names a part other than the accused's ("witness",
        "Magistrate"). Named apart from NamedAs._another_part, which reads the "as" phrase
        after a name: under one name the reader's MRO gave this mixin that other check."""
        word = token.lower_.strip(".")
        role = self.lex.role_nouns.get(word) or self.lex.role_nouns.get(token.lemma_.lower())
        return role in OTHER_PARTS

    def _item_at(self, i: int) -> tuple[Named, Span] | None:
        """The person named from token ``i``: a mention of a person, or a name typed a place
        that the list makes a person."""
        if i >= len(self.doc):
            return None
        token = self.doc[i]
        m = self.by_token.get(i)
        if m is None and i in self.places:
            named = self._place_as_person(token)
        elif m is not None and m.type == "person":
            named = self._name_at(token)
        else:
            return None
        if named is None:
            return None
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None or span.start != i or self._owner(span) or self._office(span):
            return None
        return named, span

    def _item_ending_at(self, i: int) -> tuple[Named, Span] | None:
        """The person whose name ends at token ``i``."""
        m = self.by_token.get(i)
        if m is None or m.type != "person":
            return None
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end - 1 != i or self._owner(span) or self._office(span):
            return None
        before = span.start - 1
        while before > 0 and self.doc[before].pos_ == "PROPN" and not self._a_person_at(before):
            # "secretary of the unit of Jatiya Chhatra Mancha, and Y", NER cutting the
            # organisation's name (typing its tail a person): its first words stand between
            # the "name" and its "of"
            before -= 1
        if before >= 0 and self.doc[before].pos_ == "ADP":
            return None  # "X, 24, of Blackburn, Y": where the item before is from
        named = self._name_at(self.doc[i])
        return (named, span) if named is not None else None

    def _a_person_at(self, i: int) -> bool:
        m = self.by_token.get(i)
        return m is not None and m.type == "person"

    def _office(self, span: Span) -> bool:
        """Whether a "name" is an office of another part ("Judicial Magistrate" typed a
        person)."""
        return any(self._of_another_part(t) for t in span)

    def _owner(self, span: Span) -> bool:
        """Whether the name owns what follows it ("X, Y's sister-in-law"): it describes an
        item, it is none."""
        return span.end < len(self.doc) and self.doc[span.end].tag_ == "POS"

    def _shares_the_clause(self, end: int, cue: Token) -> bool:
        """Whether an item ending before token ``end`` is of the list the claim's cue
        governs: when the cue comes before the list, the item begins no clause of its own
        (no verb right after it: "arrested X, Inspector Y said"); when the cue comes after,
        the verb right after the list is the cue's own."""
        after = self.doc[end] if end < len(self.doc) else None
        verb = after is not None and after.pos_ in ("VERB", "AUX")
        if cue.i < end:
            return not verb
        if after is None:
            return False
        if not verb:
            return after.text == "," or after.lower_ in _SEPARATORS
        return (
            after.i == cue.i
            or after in cue.ancestors
            or cue in after.ancestors
            or (after.head == cue.head)
        )
