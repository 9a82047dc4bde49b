"""Names NER gave in part, typed wrongly or missed, made whole: whom a name stands for.

A one-word name of a person stands for the full name the document gives it (``_full_name``,
``_scan_full_name``: "Jiyon" for "Meftahul Islam Jiyon"; a nickname the report declared,
"X alias Tari", for X); a lone first name joined by "and" to a full name shares its surname
("Rajesh and Nupur Talwar": ``_shared_surname``, not a name with its alias); a lone surname
typed an organisation is the person whose full name it ends, or the alias the report
declared for one person (``_surname_as_person``); a name typed as a place where only a
person can stand is a person (``_place_as_person``); a proper name NER did not mark is kept
as an extra mention (``_missed_name``); whether a name is a person's (``_is_person``).
``Pronouns`` and ``Naming`` build on it; the state is ``Naming``'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from corroborate.nlp import names
from corroborate.nlp.claims.coordinated import surname_to_share
from corroborate.nlp.claims.counted import Counted
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.mentions.firm_names import firm_first_words
from corroborate.nlp.mentions.harmed import unharmed_bearers
from corroborate.nlp.mentions.izafat import izafat_body, izafat_whole
from corroborate.nlp.mentions.kin import surname_bearer
from corroborate.nlp.mentions.offices import an_office_for_a_name
from corroborate.nlp.mentions.people_lists import of_one_family
from corroborate.nlp.mentions.same_title import titled_alike, titled_as, written_after_title
from corroborate.nlp.mentions.surname_tails import tail_bearer
from corroborate.nlp.speakers import ALIAS_MARKERS
from corroborate.records import EntityType, Mention

__all__ = ["FullNames"]


class FullNames(Counted):
    """Whom a name stands for in full, and whether it is a person's."""

    names: set[str]
    places: dict[int, Mention]  # names typed as places, by token
    full_names: list[tuple[int, str]]  # (start, name) of each person's full name found
    kin_names: set[str]  # full names of relatives told apart from the one followed
    _full_names_read: dict[tuple[str, int, int, bool], str]  # ``_full_name``'s readings
    extra: list[Mention]  # the names the claims found that NER missed
    described: set[str]  # the names described as someone other than an accused

    def _shared_surname(self, named: Named, party: list[Named]) -> Named:
        """ "Rajesh and Nupur Talwar": a lone first name joined by "and" to a full name
        shares its surname."""
        if " " in named.name or named.members is not None or self._declares_alias(named):
            return named  # "Delwar alias Ripon and X Y": a name with its alias is whole
        if self._is_alias(named):
            return named  # "X alias Johny and Sabir Mayar": Johny is X's other name, whole
        if any(m.alias == named.name for m in self.by_token.values()):
            return named  # "X alias Mizan ... remand for Mizan and Y Z": the alias told before
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is not None and not of_one_family(span.root):
            return named  # "two of his guards - X and Y Z": each a name of their own
        text = self.doc.text
        for other in party:
            surname = surname_to_share(other.name)  # none in "X and Mufti Y": two people
            joined = text[named.end : other.start].strip().lower() in ("and", "&")
            if joined and surname is not None and other.start > named.end:
                name = f"{named.name} {surname}"
                if name not in self.names:
                    self._kept_as(named.start, named.end, named.name, "person", name, ())
                return Named(name, named.start, named.end)
        return named

    def _declares_alias(self, named: Named) -> bool:
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return span is not None and any(
            (m := self.by_token.get(t.i)) is not None and m.alias for t in span
        )

    def _is_alias(self, named: Named) -> bool:
        """Whether the name follows an alias marker: the second name of someone just named."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        return (
            span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in ALIAS_MARKERS
        )

    def _missed_name(self, token: Token) -> Named | None:
        """A proper name NER did not mark ("Nadeem"), kept as an extra mention."""
        words = [token]
        while words[0].i > 0:  # the capitalised proper nouns right before it, not "couple"
            before = self.doc[words[0].i - 1]
            if before.pos_ != "PROPN" or before.head != token or not before.text[:1].isupper():
                break
            words.insert(0, before)
        if not token.text[:1].isupper() or any(not w.is_alpha for w in words):
            return None
        if any(w.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "NORP") for w in words):
            return None
        if all(w.lower_.strip(".") in names.TITLES for w in words):
            return None  # "the bank's former CEO, X": a title, the name is X
        lowered = [w.lower_.strip(".") for w in words]
        if an_office_for_a_name(self.doc[words[0].i : words[-1].i + 1], lowered):
            return None  # "arrested the District Accounts Officer", "the former ... , X"
        first, last = izafat_whole(self.doc, words[0].i, token.i + 1)  # "Tehreek-e-X"
        words = list(self.doc[first:last])
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        written = self.doc.text[start:end]
        ws = names.words(written)
        # "the Durban High Court": a name that ends in an organisation's head word is one,
        # as the mention finder types the names NER found (``entity_types``)
        headed = bool(ws) and ws[-1] in names.ORG_HEADS
        # "Zenith" after "Zenith Traders Ltd": the company (``mentions.firm_names``)
        firm = firm_first_words(self.by_token.values()).get(ws[0]) if len(ws) == 1 else None
        body = token.ent_type_ == "ORG" or headed or any(izafat_body(w) for w in ws) or bool(firm)
        kind: EntityType = "organization" if body else "person"
        name = self._full_name(written, start) if kind == "person" else (firm or written)
        if kind == "person" and len(name.split()) >= 2:
            self.full_names.append((start, name))
        self._kept_as(start, end, written, kind, name, [w.i for w in words])
        return Named(name, start, end)

    def _surname_as_person(self, m: Mention) -> Mention:
        """ "Qureshi's lawyer said ..." with the lone "Qureshi" typed an organisation, after
        the report named "Sharjeel Qureshi" (a full name NER missed, which the claims found):
        a one-word name that is the last word of exactly one person's full name written
        before it is that person - no organisation head, no acronym. The name is kept as an
        extra mention of the person, which replaces the organisation's (``extract``)."""
        if m.type != "organization" or len(m.name.split()) != 1 or names.is_acronym(m.text):
            return m
        word = m.name.lower()
        if word in names.ORG_HEADS:
            return m
        fits = {n for s, n in self.full_names if s < m.start and n.split()[-1].lower() == word}
        # "Ghulam Farid alias Feeda ... At trial Feeda resiled from it": the alias the report
        # declared for one person, written alone, is that person (NER often types a lone
        # nickname an organisation)
        fits = self._alias_bearers(word, m.start) or fits
        if len(fits) != 1:
            return m
        name = fits.pop()
        held_by = [i for i, held in self.by_token.items() if held is m]
        return self._kept_as(m.start, m.end, m.text, "person", name, held_by)

    def _alias_bearers(self, word: str, before: int) -> set[str]:
        """The people written before ``before`` who were given ``word`` as their alias ("X
        alias Tari"): the full names of the person mentions that declared it."""
        return {
            held.name for held in self.by_token.values()
            if held.type == "person" and held.alias and held.alias.lower() == word
            and held.start < before
        }  # fmt: skip

    def _place_as_person(self, token: Token) -> Named | None:
        """A name typed as a place where only a person can stand: acquitted, sentenced,
        or an item of a list of the accused ("acquitted Tahir Zahoor", "the accused
        included X, Iftikhar and Y"). The small tagger takes many South Asian names for
        places; the name is kept as an extra mention of a person, which replaces the
        place's (``extract``)."""
        m = self.places.get(token.i)
        if m is None or token.pos_ != "PROPN" or not all(w[:1].isupper() for w in m.text.split()):
            return None
        name = self._full_name(m.name, m.start)
        placed = [i for i, place in self.places.items() if place is m]
        for i in placed:
            del self.places[i]
        self._kept_as(m.start, m.end, m.text, "person", name, placed)
        return Named(name, m.start, m.end)

    def _kept_as(
        self, start: int, end: int, text: str, kind: EntityType, name: str, tokens: Iterable[int]
    ) -> Mention:
        """Keep ``text`` as a mention the claims found (``extra``: it replaces what the
        mention stage made of these words, ``extract``) of ``name``, and let ``tokens``
        stand for it."""
        mention = Mention(start, end, text, kind, name, "claim")
        self.extra.append(mention)
        self.names.add(name)
        for i in tokens:
            self.by_token[i] = mention
        return mention

    def _person_full_name(self, m: Mention) -> str:
        """The full name the person mention ``m`` stands for. A lone word the mention stage
        gave to a relative ("acquitted his mother Kamla Yadav ... Yadav would challenge his
        conviction") or to a name it does not end (a firm named for its owner, "his firm,
        Dubey Infracon ... Dubey has denied any role") had that reading only because NER
        missed the full name that word is the surname of ("Rakesh Kumar Yadav" typed a work
        of art): where the reader found exactly one such full name, no relative's, before
        the word, the word is that name's surname."""
        written = m.text.strip()
        word = written.lower()
        if len(written.split()) == 1 and written != m.name:
            astray = m.name in self.kin_names or m.name.split()[-1].lower() != word
            # "Haji Mushtaq" read as the father given that title: the title chose him, no
            # missed surname did (``mentions.same_title``)
            astray = astray and not titled_as(self.doc, m.start, m.name, self.full_names,
                                              lambda f: f)  # fmt: skip
            bearers = {
                n for s, n in self.full_names
                if s < m.start and n.split()[-1].lower() == word and n not in self.kin_names
            }  # fmt: skip
            if astray and len(bearers) == 1:
                return bearers.pop()
        return self._full_name(m.name, m.start)

    def _full_name(self, name: str, start: int) -> str:
        """``_scan_full_name``, once per document for each name, place and state of what
        the scan reads that changes while the document is read: the full names found so far
        (only ever added to, so their count tells them) and whether the report has described
        the name as someone else's (``described``)."""
        key = (name, start, len(self.full_names), name in self.described)
        found = self._full_names_read.get(key)
        if found is None:
            found = self._full_names_read[key] = self._scan_full_name(name, start)
        return found

    def _scan_full_name(self, name: str, start: int) -> str:
        """The full name a one-word name of a person stands for in this document: the last
        full name with that word before it, else the first after it (a relative's only when
        no other fits; a surname two people named together bear, no one's: ``mentions.kin``);
        else itself. A name of
        several words stands for the one longer full name it ends ("Thapa Magar" for "Suraj
        Thapa Magar": a surname of two words, ``mentions.surname_tails``) when the report
        gives it no part of its own ("his parents Zakir Jaffer")."""
        words = name.lower().split()
        bare = names.strip_titles(name.split())
        if len(words) > 1 and len(bare) == 1:
            # "Dr Rathore", "Inspector Cheema": a title before one word of a name stands
            # for the one full name that word is part of - where two bear it ("Mr X" after
            # "A X" and his uncle "B X"), the title tells no more than the word: as written,
            # not the bare word's choice by focus or the last named (``mentions.kin.
            # surname_bearer``) - the same name where one bears it, another reading where
            # several do (docs/claims.md, mend29)
            word = bare[0].lower()
            bearers = {n for _, n in self.full_names if word in n.lower().split()}
            if len(bearers) > 1:
                # "Haji Mushtaq" after "Haji Mushtaq Ahmad Bhatti" and his sons "Adnan
                # Mushtaq", "Rizwan Mushtaq": the one bearer given the same title
                # (``mentions.same_title``) is who the title tells
                title = words[0].strip(".")
                titled = written_after_title(self.doc, title, bearers, self.full_names,
                                             lambda f: f)  # fmt: skip
                bearers = titled if len(titled) == 1 else bearers
            return bearers.pop() if len(bearers) == 1 else name
        if len(words) != 1 and (name in self.described or name in self.kin_names):
            return name  # one the report gives a part of their own is their own
        if len(words) != 1:
            # the one full name it ends, relatives aside (``mentions.surname_tails``): the
            # mention stage's reading, whether NER found the bare name or not
            bearer = tail_bearer(words, self.full_names, lambda f: f[1], self.kin_names)
            return bearer[1] if bearer is not None else name
        else:
            fits = [(s, n) for s, n in self.full_names
                    if name.lower() in (w.lower() for w in n.split())]  # fmt: skip
            fits = unharmed_bearers(self.doc, start, fits, lambda f: f)  # ``harmed``
            # "Haji Mushtaq" written as the father was: him (``mentions.same_title``)
            fits = titled_alike(self.doc, start, fits, self.full_names, lambda f: f)
            fits = surname_bearer(self.doc, name, start, fits, lambda f: f, self.kin_names)
        before = [n for s, n in fits if s < start]
        if not fits:
            # "Ghulam Farid alias Feeda ... Feeda said": the one person the report gave this
            # word as an alias before it
            bearers = self._alias_bearers(name.lower(), start)
            return bearers.pop() if len(bearers) == 1 else name
        return before[-1] if before else fits[0][1]

    def _is_person(self, named: Named) -> bool:
        span = self.doc.char_span(named[1], named[2], alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is None or m.type == "person"
