"""People, organisations and places named in one document: ``find_mentions(doc)``.

Pure over a parsed spaCy ``Doc`` (tagger and NER). NER supplies the candidates; the rules
here repair what a small model gets wrong in this kind of text and add what NER cannot see:

- types: an all-capitals word is an organisation ("JIT", not a person); a name ending in an
  organisation word ("Committee", "Party", "Rangers") is one; a name the text gives a role
  ("MNA Faryal Talpur") or lists beside a person ("Asif Zardari or Faryal Talpur") is a
  person; a one-word name that is a word of a person's full name in the document is that
  person ("Baloch" -> "Uzair Baloch": the latest full name before it, else the first after);
- acronym definitions: "Muttahida Qaumi Movement (MQM)" gives the long name with alias MQM;
- aliases: "Faisal Mehmood, aka Mota", "Zafar Baloch alias Langra";
- affiliations and roles: "MQM worker X", "X, a worker of the MQM", "Senator X of the ANP",
  "X, ... the Peoples Aman Committee's chief", "the chief of the PAC" (the person the
  document is about), "He also headed the PAC".

Every mention's ``text`` is ``doc.text[start:end]``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.speakers import PERSONAL_TITLES, SpeakerResolver
from corroborate.records import EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
)
# Roles people hold in organisations, and verbs whose subject leads their object: the
# lexicon's (``lexicon/data/name_words.json``).
ROLES = name_words().roles
LEAD_VERBS = name_words().lead_verbs
_ROLE_RE = "|".join(sorted(ROLES, key=len, reverse=True))
# Roles one person holds at a time: "the chief of the PAC" names someone; "the official" not.
_LEADER_RE = "|".join(sorted(name_words().leader_roles))
# "MQM worker X", "MQM's Deputy Convener X": organisation, up to two modifiers, role.
_BEFORE = re.compile(rf"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+){{0,2}}?(?i:{_ROLE_RE}))\s+")
# "X, a worker of the MQM", "X, the chief of the PAC".
_AFTER_ROLE = re.compile(
    rf"\A\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?({_ROLE_RE})\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_AFTER_OF = re.compile(r"\A\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# "X, a former MQM worker", "X, the PAC commander who ...": an appositive naming the
# organisation before the role (up to two words before it: "a former", "the then").
_AFTER_ORG = re.compile(r"\A\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?\Z", re.IGNORECASE)
_ROLE_AFTER_ORG = re.compile(rf"\A\s+({_ROLE_RE})\b", re.IGNORECASE)
# "A worker of the MQM, X, ...": the role and its organisation before the name, an acronym
# in brackets between them allowed ("A worker of the People's Reform Party (PRP), X").
_ROLE_OF_BEFORE = re.compile(
    rf"(?:\A|\b(?:an?|the)\s+)(?:[\w-]+\s+)?({_ROLE_RE})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE
)
_BRACKETS_COMMA = re.compile(r"\A(?:\s*\([^()]{1,20}\))?\s*,\s*\Z")
_ALIAS = re.compile(
    r"\A\s*,?\s*(?:alias|aka|a\.k\.a\.?|also known as|known as)\s+['\"‘“]?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)",
)
# NER sometimes reads the alias marker into the name: "Nasir Jamal a.k.a" (then ". Tony"),
# or the whole declaration: "Delwar Alias Ripon".
_INNER_ALIAS = re.compile(r"\s+(?i:alias|aka|a\.k\.a\.?)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\Z")
_SWALLOWED_ALIAS = re.compile(r"\s+(?:alias|aka|a\.k\.a)\.?\Z", re.IGNORECASE)
_DEFINITION = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,5})\s*\)")
_JOINERS = name_words().acronym_skips
_SPLINTER = re.compile(r"\b[A-Z]{2,6}-(?:[A-Z][a-z]+|[A-Z]{1,3})\b(?!-)")
_JOINING = name_words().joining_words
# A dateline opens a line: the place in capitals, then a colon ("KARACHI:") or a comma and
# the date ("DHAKA, Oct 11, 2019"): where the report was filed from, never a party.
_DATELINE = re.compile(r"(?m)^[A-Z]{3,}(?=:|,\s+[A-Z][a-z]{2,}\.?\s+\d)")


def find_mentions(doc: Doc) -> list[Mention]:
    """Mentions of people, organisations and places in ``doc``, in text order."""
    return _Finder(doc).run()


class _Finder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.resolver = SpeakerResolver(doc)
        self.out: list[Mention] = []

    def run(self) -> list[Mention]:
        trimmed = [self._trim(e) for e in self.doc.ents if e.label_ in NAME_LABELS]
        spans = _joined_fragments([s for s in trimmed if s is not None])
        spans += self._listed_people(spans)
        spans += self._titled_people(spans)
        spans += self._acronyms(spans)
        spans += self._name_runs(spans)
        person_words = self._person_words(spans)
        typed = [self._typed(span, person_words) for span in spans]
        # A word of a full name NER read as an organisation ("Shahrukh Jatoi" tagged ORG)
        # still makes a lone "Shahrukh" of the same document that person: type again with
        # the words of every full name typed a person.
        person_words |= _full_name_words(m for m in typed if m is not None)
        for span in sorted(spans, key=lambda s: s.start_char):
            mention = self._typed(span, person_words)
            if mention is not None:
                self.out.append(mention)
        self._inner_aliases()
        self._splinters()
        self._full_names()
        self._definitions()
        self._aliases()
        self._affiliations()
        self._role_mentions()
        self.out.sort(key=lambda m: (m.start, m.end))
        return self.out

    # -- candidates ------------------------------------------------------------------------

    def _trim(self, ent: Span) -> Span | None:
        """The name inside an entity: no article, title, owner ("Lyari's") or possessive."""
        tokens = list(ent)
        while (
            tokens
            and (
                tokens[0].lower_ in ("the", "a", "an")
                or tokens[0].lower_.strip(".") in names.TITLES
            )
            and len(tokens) > 1
        ):
            tokens.pop(0)
        while len(tokens) > 1 and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
            tokens.pop()
        # An owner ("Lyari's Peoples Aman Committee") stays: "Pakistan People's Party" and
        # "People's Amn Committee" look the same. The resolver joins owned names.
        while len(tokens) > 1 and tokens[-1].lower_ in ROLES:  # "PPP MNA"
            tokens.pop()
        if ent.label_ == "PERSON" and tokens[0].i > 1:  # "Anees" left out of "Qaim Khani"
            prev, before = self.doc[tokens[0].i - 1], self.doc[tokens[0].i - 2]
            if (
                _name_word(prev)
                and not _name_word(before)
                and before.pos_ != "PROPN"
                or (_name_word(prev) and before.lower_ in names.TITLES | ROLES)
            ):
                tokens.insert(0, prev)
        while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
            tokens.pop()
        while tokens and not (tokens[0].is_alpha or tokens[0].like_num) and len(tokens) > 1:
            tokens.pop(0)  # "now-defunct" split into pieces
        while (
            tokens
            and tokens[0].pos_ not in ("PROPN", "NOUN")
            and len(tokens) > 1
            and (tokens[0].is_lower)
        ):
            tokens.pop(0)
        if not tokens or not any(t.text[:1].isupper() for t in tokens):
            return None
        end = tokens[-1].i + 1
        label = ent.label_
        if end < len(self.doc) and self.doc[end].lower_ in names.ORG_HEADS:
            end += 1  # "Sindh government": NER stops at the place
            label = "ORG"
        span = self.doc[tokens[0].i : end]
        span.label_ = label
        return span

    def _listed_people(self, spans: list[Span]) -> list[Span]:
        """Proper-noun names NER missed in a list beside a person ("..., and Sharjeel Memon")."""
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
                if 2 <= len(span) <= 4:
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

    def _name_runs(self, spans: list[Span]) -> list[Span]:
        """Proper-noun runs NER missed that share first and last word with a person named in
        the document: "Uzair Jan Baloch" beside "Uzair Baloch"."""
        people = [names.words(s.text) for s in spans if s.label_ == "PERSON"]
        firsts = {w[0] for w in people if len(w) >= 2}
        lasts = {w[-1] for w in people if len(w) >= 2}
        taken = {t.i for s in spans for t in s}
        extra: list[Span] = []
        i = 0
        while i < len(self.doc):
            j = i
            while j < len(self.doc) and j not in taken and _name_word(self.doc[j]):
                j += 1
            if 3 <= j - i <= 4:
                ws = [self.doc[k].lower_ for k in range(i, j)]
                if ws[0] in firsts and ws[-1] in lasts:
                    span = self.doc[i:j]
                    span.label_ = "PERSON"
                    extra.append(span)
            i = max(j, i + 1)
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
            span = self.doc[t.i : t.i + 1]
            span.label_ = "ORG"
            extra.append(span)
        return extra

    def _person_words(self, spans: list[Span]) -> set[str]:
        out: set[str] = set()
        for s in spans:
            if s.label_ == "PERSON":
                ws = names.strip_titles([t.text for t in s])
                if len(ws) >= 2:
                    out.update(w.lower() for w in names.words(" ".join(ws)))
        return out

    def _typed(self, span: Span, person_words: set[str]) -> Mention | None:
        text = span.text
        ws = names.words(text)
        if not ws:
            return None
        label = span.label_
        kind: EntityType | None
        if all(w in names.TITLES for w in ws):
            return None  # "Federal Minister": a title, not a name
        if label == "PERSON" and any(names.is_acronym(t.text) for t in span):
            return None  # "Baldia Town JIT"
        if span.start_char in {m.start() for m in _DATELINE.finditer(self.text)}:
            kind = "place"
        elif names.is_acronym(text.split("-")[0]):
            kind = "organization"
        elif ws[-1] in names.ORG_HEADS or any(w in names.ORG_HEADS for w in ws[1:]):
            kind = "organization"
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
        elif label == "PERSON":
            kind = "person"
        elif label in ("ORG", "NORP") and self._named_as_accused(span):
            # "prime accused Imran" tagged ORG: only a person is an accused; the word is kept
            # in the mention ("accused Imran"), as NER keeps "Convict Imran", so that the
            # resolver reads that the report names the lone name by its part in the case
            kind = "person"
            span = self.doc[span.start - 1 : span.end]
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
        # "Uzair" tagged ORG in a title is still the person named Uzair Baloch below.
        return span[0].pos_ == "PROPN" and not names.is_acronym(span.text)

    def _looks_like_person(self, span: Span, person_words: set[str]) -> bool:
        """A 2-4 word proper name with a role before it, beside a person, or a known surname."""
        ws = names.words(span.text)
        if not 2 <= len(ws) <= 4 or not all(t.text[:1].isupper() for t in span):
            return False
        before = self.text[max(0, span.start_char - 40) : span.start_char]
        if _BEFORE.search(before) or ws[-1] in person_words:
            return True
        if span.start > 0 and self.doc[span.start - 1].lower_.strip(".") in PERSONAL_TITLES:
            return True  # "Dr Tahir Zahoor Ahmed" tagged ORG: only people are doctors
        root = span.root
        return any(
            c.ent_type_ == "PERSON"
            for c in [*root.conjuncts, root.head]
            if c.i not in range(span.start, span.end)
        )

    # -- whole names -----------------------------------------------------------------------

    def _full_names(self) -> None:
        """A one-word person name becomes the full name it stands for in this document."""
        fulls = [m for m in self.out if m.type == "person" and len(m.name.split()) >= 2]
        for i, m in enumerate(self.out):
            if m.type != "person":
                continue
            ws = [w.lower() for w in m.name.split()]
            if len(ws) == 1:
                fits = [f for f in fulls if ws[0] in (w.lower() for w in f.name.split())]
            else:  # "Khalid Maqbool" for "Khalid Maqbool Siddiqui"
                fits = [
                    f
                    for f in fulls
                    if len(f.name.split()) > len(ws)
                    and [w.lower() for w in f.name.split()][: len(ws)] == ws
                ]
            before = [f for f in fits if f.start < m.start]
            chosen = before[-1] if before else (fits[0] if fits else None)
            if chosen is not None:
                self.out[i] = _with(m, name=chosen.name)
        self._short_organisations()

    def _short_organisations(self) -> None:
        """ "the Guard" after "the Coastal Guard": a one-word organisation name is the one
        longer organisation name of the document that ends with that word."""
        fulls = {m.name for m in self.out if m.type == "organization" and " " in m.name}
        for i, m in enumerate(self.out):
            if m.type != "organization" or " " in m.name or m.alias:
                continue
            fits = {f for f in fulls if f.split()[-1].lower() == m.name.lower()}
            if len(fits) == 1:
                self.out[i] = _with(m, name=fits.pop())

    def _splinters(self) -> None:
        """ "MQM-London", "MQM-P": an acronym with a hyphenated suffix is its own name."""
        for match in _SPLINTER.finditer(self.text):
            start, end = match.span()
            self.out = [m for m in self.out if not (m.start < end and start < m.end)]
            self.out.append(
                Mention(start, end, match.group(), "organization", match.group(), "ORG")
            )

    def _definitions(self) -> None:
        """ "Long Name (ACR)": the long name's mention gets the acronym as its alias."""
        for match in _DEFINITION.finditer(self.text):
            acronym = match.group(1)
            long_ = self._long_form(acronym, match.start())
            if long_ is None:
                continue
            start, end = long_
            idx = self._mention_at(start, end)
            mention = Mention(
                start=start,
                end=end,
                text=self.text[start:end],
                type="organization",
                name=names.clean(self.text[start:end]),
                label="acronym",
                alias=acronym,
                alias_kind="acronym",
            )
            if idx is not None:
                del self.out[idx]  # NER's cut of the same name ("Party" of "People's Party")
            self.out.append(mention)

    def _long_form(self, acronym: str, paren: int) -> tuple[int, int] | None:
        """The shortest run of words before ``paren`` whose initials spell ``acronym``."""
        head = self.text[max(0, paren - 120) : paren]
        base = paren - len(head)
        tokens = list(re.finditer(r"[\w'’]+(?:-[\w'’]+)*", head))
        end = base + len(head.rstrip())
        for n in range(1, min(len(tokens), 8) + 1):
            run = tokens[-n:]
            letters = []
            for t in run:
                parts = re.split(r"-", t.group())
                for p in parts:
                    w = names.words(p)
                    if w and w[0] not in _JOINERS:
                        letters.append(p[0].upper())
            if "".join(letters) == acronym and run[0].group()[0].isalpha():
                start = base + run[0].start()
                # Drop an article, keep capitalised or lower-case long forms alike.
                if self.text[start:end].lower().startswith(("the ", "an ", "a ")):
                    start += self.text[start:end].index(" ") + 1
                return (start, end - (2 if self.text[:end].endswith(("'s", "’s")) else 0))
        return None

    def _inner_aliases(self) -> None:
        """ "Delwar Alias Ripon" read by NER as one name: the name before the marker, with
        the name after it as its alias (before short forms are resolved, so that a lone
        "Ripon" is not taken for a word of the name "Delwar Alias Ripon")."""
        for i, m in enumerate(self.out):
            inner = _INNER_ALIAS.search(m.text)
            if m.type != "person" or inner is None:
                continue
            # The span stays whole (what the claim reader looks up by token); the name is
            # the part before the marker.
            cut = m.text[: inner.start()]
            self.out[i] = _with(m, name=names.clean(" ".join(names.strip_titles(cut.split()))),
                                alias=inner.group(1), alias_kind="alias")  # fmt: skip

    def _aliases(self) -> None:
        """ "Zafar Baloch alias Langra": the alias becomes the name's, and its own mention
        goes (removed after the loop, so that indices stay those of the list read)."""
        people = {m.start for m in self.out if m.type == "person"}
        declared: list[tuple[int, int]] = []
        for i, m in enumerate(self.out):
            if m.alias:
                continue
            inside = [r for r in declared if r[0] <= m.start < r[1]]
            if inside:
                # "Muhibullah alias Muhibur Rahman alias Ovi": a declared name declaring the
                # next one stays, as the mention that carries it.
                match = _ALIAS.match(self.text[m.end : m.end + 60])
                if m.type == "person" and match:
                    declared.remove(inside[0])
                    self.out[i] = _with(m, alias=match.group(1), alias_kind="alias")
                    declared.append((m.end + match.start(1), m.end + match.end(1)))
                continue
            if m.type == "organization":
                # "Mufti Main Uddin alias Abu Zandal" with the first name read as ORG: the
                # alias marker joins two names of one actor, and a person's name after it
                # makes both a person's.
                match = _ALIAS.match(self.text[m.end : m.end + 60])
                if match is None or m.end + match.start(1) not in people:
                    continue
                m = _with(m, type="person")
            elif m.type != "person":
                continue
            swallowed = _SWALLOWED_ALIAS.search(m.text)
            if swallowed:
                cut = swallowed.start()
                m = _with(m, end=m.start + cut, text=m.text[:cut],
                          name=_SWALLOWED_ALIAS.sub("", m.name))  # fmt: skip
            match = _ALIAS.match(self.text[m.end : m.end + 60])
            if match:
                self.out[i] = _with(m, alias=match.group(1), alias_kind="alias")
                declared.append((m.end + match.start(1), m.end + match.end(1)))
        self.out = [x for x in self.out if not any(lo <= x.start < hi for lo, hi in declared)]

    # -- affiliations ----------------------------------------------------------------------

    def _affiliations(self) -> None:
        # Only names that are surely organisations: NER's ORG for "Lyari" is a place.
        orgs = [
            m
            for m in self.out
            if m.type == "organization"
            and (
                m.alias
                or names.is_acronym(m.name.split("-")[0])
                or set(names.words(m.name)) & names.ORG_HEADS
            )
        ]
        for i, m in enumerate(self.out):
            if m.type != "person" or m.organization:
                continue
            found = (
                self._before(m, orgs)
                or self._after(m, orgs)
                or self._apposition(m, orgs)
                or self._role_of_before(m, orgs)
            )
            if found:
                self.out[i] = _with(m, organization=found[0], role=found[1])
        self._lead_verbs(orgs)

    def _before(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        for org in orgs:
            if not 0 < m.start - org.end <= 40:
                continue
            match = _BEFORE.fullmatch(self.text[org.end : m.start])
            if match:
                return org.name, _role(match.group(1))
        return None

    def _after(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        end = m.end
        alias = _ALIAS.match(self.text[end : end + 60])
        if alias:  # "X alias Jailer, a worker of the MQM"
            end += alias.end()
        tail = self.text[end : end + 80]
        match = _AFTER_ROLE.match(tail)
        for org in orgs:
            gap = self.text[m.end : org.start]
            if match and org.start == end + match.end() and not _modifier(self.text, org):
                return org.name, _role(match.group(1))
            if org.start > m.end and _AFTER_OF.match(gap):
                title = _title_of(self.text, m)
                return org.name, _role(title) if title else None
            if org.start > end and _AFTER_ORG.match(self.text[end : org.start]):
                role = _ROLE_AFTER_ORG.match(self.text[org.end : org.end + 30])
                if role and not _modifier(self.text, org):
                    return org.name, _role(role.group(1))
        return None

    def _role_of_before(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        """ "A worker of the MQM, X, confessed": the role of an organisation, then the name."""
        for org in orgs:
            if org.end <= m.start and _BRACKETS_COMMA.match(self.text[org.end : m.start]):
                role = _ROLE_OF_BEFORE.search(self.text[max(0, org.start - 40) : org.start])
                if role:
                    return org.name, _role(role.group(1))
        return None

    def _apposition(self, m: Mention, orgs: list[Mention]) -> tuple[str, str | None] | None:
        """ "X, one of ..., and the now-defunct PAC's chief": the appositive after a comma."""
        if not self.text[m.end : m.end + 2].startswith(","):
            return None
        stop = _clause_end(self.text, m.end + 1)
        for org in orgs:
            if m.end < org.start < stop:
                after = self.text[org.end : org.end + 30]
                role = re.match(rf"['’]s\s+({_ROLE_RE})\b", after, re.IGNORECASE)
                if role:
                    return org.name, _role(role.group(1))
        return None

    def _lead_verbs(self, orgs: list[Mention]) -> None:
        """ "He also headed the Peoples Aman Committee": the subject leads the object."""
        for org in orgs:
            span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None:
                continue
            verb = span.root.head
            if span.root.dep_ != "dobj" or verb.lemma_.lower() not in LEAD_VERBS:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects:
                continue
            subj = subjects[0]
            name = self.resolver.resolve([subj])
            if not name or name.lower() == subj.lower_:
                continue
            self.out.append(
                Mention(
                    start=subj.idx,
                    end=subj.idx + len(subj.text),
                    text=subj.text,
                    type="person",
                    name=name,
                    label="role",
                    organization=org.name,
                    role=LEAD_VERBS[verb.lemma_.lower()],
                )
            )

    def _role_mentions(self) -> None:
        """ "The chief of the proscribed PAC", "the PAC chief": the person the text is about."""
        orgs = [m for m in self.out if m.type == "organization"]
        people = Counter(m.name for m in self.out if m.type == "person" and " " in m.name)
        if not people:
            return
        focus = people.most_common(1)[0][0]
        for org in orgs:
            before = self.text[max(0, org.start - 60) : org.start]
            after = self.text[org.end : org.end + 20]
            role = re.search(
                rf"\b[Tt]he\s+({_LEADER_RE})\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?\Z", before
            )
            start = org.start - len(before) + role.start() if role else None
            if role is None:
                role = re.match(rf"(?:['’]s)?\s+({_LEADER_RE})\b", after)
                if role is None or not re.search(r"\b[Tt]he\s+\Z", before):
                    continue
                start = org.start - 4
            end = org.end if role.re.pattern.endswith("\\Z") else org.end + role.end()
            assert start is not None
            if any(m.start <= start < m.end for m in self.out if m.type == "person"):
                continue
            self.out.append(
                Mention(
                    start=start,
                    end=end,
                    text=self.text[start:end],
                    type="person",
                    name=focus,
                    label="role",
                    organization=org.name,
                    role=_role(role.group(1)),
                )
            )

    def _mention_at(self, start: int, end: int) -> int | None:
        for i, m in enumerate(self.out):
            if m.start < end and start < m.end and m.type != "person":
                return i
        return None


def _joined_fragments(spans: list[Span]) -> list[Span]:
    """ "Md Meftahul" + "Islam Jeon": two person names with nothing between them are one
    name NER cut in two (a list always has a comma or a conjunction between its names)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and last.label_ == span.label_ == "PERSON" and last.end == span.start:
            joined = span.doc[last.start : span.end]
            joined.label_ = "PERSON"
            out[-1] = joined
        else:
            out.append(span)
    return out


def _full_name_words(mentions: Iterable[Mention]) -> set[str]:
    """The words of the person names of two words or more."""
    return {w for m in mentions if m.type == "person" and len(ws := names.words(m.name)) >= 2
            for w in ws}  # fmt: skip


def _name_word(token: object) -> bool:
    t = token  # a spaCy Token; typed loosely to keep this helper tiny
    text: str = getattr(t, "text", "")
    return (
        getattr(t, "pos_", "") == "PROPN"
        and text[:1].isupper()
        and text.lower().strip(".") not in names.TITLES | ROLES
        and not names.is_acronym(text)
        and not getattr(t, "ent_type_", "")
    )


def is_modifier(text: str, m: Mention) -> bool:
    """Whether a name only modifies a noun after it: "the Lyari gang war", "Rangers personnel"."""
    return _modifier(text, m)


def _modifier(text: str, org: Mention) -> bool:
    """Whether an organisation name only modifies a noun: "the Lyari gang war"."""
    nxt = re.match(r"\s+([a-z]+)", text[org.end : org.end + 20])
    # "PPP leaders", "MQM worker": a role after the name makes it an affiliation, not a modifier
    return nxt is not None and nxt.group(1) not in _JOINING | ROLES | {"leadership", "mna"}


def _with(m: Mention, **changes: object) -> Mention:
    data = m.to_json()
    data.update(changes)
    return Mention.from_json(data)


def _role(words: str) -> str:
    """A role as a lower-case singular phrase: "Deputy Convener" -> "deputy convener"."""
    out = " ".join(words.lower().split())
    return out[:-1] if out.endswith(("workers", "members", "leaders", "aides")) else out


def _title_of(text: str, m: Mention) -> str | None:
    """The title written inside or before a name: "Senator" in "Senator Shahi Syed"."""
    first = text[m.start : m.end].split()[0].strip(".")
    if first.lower() in names.TITLES:
        return first
    prev = re.search(r"([A-Za-z]+)\.?\s+\Z", text[max(0, m.start - 20) : m.start])
    if prev and prev.group(1).lower() in names.TITLES:
        return prev.group(1)
    return None


def _clause_end(text: str, start: int) -> int:
    """Where an appositive ends: the sentence end, or 200 characters on."""
    end = len(text)
    for mark in (".", ";", "\n"):
        pos = text.find(mark, start)
        if pos != -1:
            end = min(end, pos)
    return min(end, start + 200)
