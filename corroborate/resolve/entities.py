"""One canonical entity per real-world actor across documents, every merge explained.

``resolve_entities(documents)`` takes each document's mentions (``find_mentions``) and
returns an ``EntityIndex``: the entities, and lookups from a name (in a document) to one.

Merge rules; each join records its reason and the document that justified it:

- **same name**: names equal word by word up to spelling ("Siddiqui" / "Siddiqi", "Peoples"
  / "People's", "Aman" / "Amn"; see ``names.skeleton``);
- **middle name**: same first and last word, one name has words the other lacks ("Uzair
  Baloch" / "Uzair Jan Baloch", "Umair Siddiqui" / "Umair Hussain Siddiqi"), and only when
  the shorter name fits exactly one longer one;
- **inner words**: "Omar Sheikh" is "Ahmed Omar Saeed Sheikh", its words in order, when no
  other longer name has them and it is not the longer name's tail (a father's name ends
  his son's: "Zakir Jaffer", "Zahir Zakir Jaffer");
- **lone name**: "Imran" in a report that gives no full name is, in that report only, the
  one full name beginning or ending with it in reports that share another person with it;
- **reversed**: "Mohammad Jan" is "Jan Muhammad" (two words, either order) when it is the
  only such name and the reports that use the two orders share another person few reports
  name (``RARE_COMPANY``): "Ali Hassan" and "Hassan Ali" are often two people, so only the
  same story, never the likeness of names alone, joins them;
- **opening vowel**: "Asmat Adamjee" is "Ismat Adamjee" under the same conditions as a
  reversed name (the only such name, never side by side, one story);
- **variant**: a person's name spelled otherwise ("Hamad" / "Hammad Qureshi", "Qaim Khani" /
  "Qaimkhani"; ``variants``), when it is like exactly one other person's name;
- **alias**: the text declares it ("Faisal Mehmood, aka Mota");
- **acronym**: the text defines it ("Muttahida Qaumi Movement (MQM)"), or, with no
  definition anywhere, the capitalised initials of exactly one organisation spell it; an
  acronym that articles define as different names stands for each inside its own article;
- **short form**: inside one document, a surname or first name stands for the full name
  that document gives (decided per document by ``find_mentions``), and is a name of that
  entity unless two people of the document share it ("Knox": Amanda and Deanna Knox);
- **owner**: "Lyari's Peoples Aman Committee" is the Peoples Aman Committee;
- **head word**: a one-word organisation name ("the Guard") is the one multi-word
  organisation whose name ends with that word ("Coastal Guard"), when there is only one.

Never merged: different first names with a shared surname (Umair, Hammad and Rauf Siddiqui
are three people); a bare surname or first name across documents (only inside one
report, by the company it keeps); names one article lists side by side
("Budha Singh, Budhi Singh") or, by likeness of spelling, names one article writes out both
("Zahir Jaffer", "Zakir Jaffer"; ``apart``); splinters whose names differ ("MQM-London",
"MQM-Pakistan" are not "MQM"); names of different types; an acronym and a word that only
shares its consonants ("MM", "Miami"). Never an entity: a dateline's tail ("KARACHI - A"),
a media word ("TV"), two people's names joined by a hyphen.

Every rule finds its candidates through a blocking key (first and last word, initials, head
word, first letters), so the cost grows with the names that could match, not with the
square of all names (``benchmarks/resolve_speed.py``).

Ids are ``ent_`` + 12 hex digits of SHA-1 over the type and the canonical name's spelling
key (and, for the second of two people whose names share a key, the spelling itself): the
same wherever and whenever the same documents are resolved.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from corroborate.nlp import names
from corroborate.records import ENTITY_TYPES, Alias, Entity, EntityType
from corroborate.resolve import blocking, parts, variants
from corroborate.resolve.lone import RARE_COMPANY, lone_names
from corroborate.resolve.nodes import (
    DocumentMentions,
    document_short_forms,
    mention_nodes,
    node_name,
)
from corroborate.resolve.statistics import (
    Declaration,
    DocumentNames,
    NameStatistics,
    document_names,
)
from corroborate.resolve.union import NameUnion

__all__ = [
    "DocumentMentions",
    "EntityIndex",
    "Joined",
    "Resolution",
    "StoryCompany",
    "ambiguous_acronyms",
    "document_short_forms",
    "entity_id",
    "group_entities",
    "join_names",
    "mention_nodes",
    "node_name",
    "resolve",
    "resolve_entities",
    "spelled_id",
]

_TYPES: dict[str, EntityType] = {t: t for t in ENTITY_TYPES}
# The fewest letters of a spelling key that a lookup takes as one name spelled another way.
MIN_KEY_LETTERS = 3
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "who"})


def entity_id(type_: str, name: str) -> str:
    digest = hashlib.sha1(f"{type_}:{names.key(name)}".encode()).hexdigest()
    return "ent_" + digest[:12]


@dataclass(frozen=True)
class Resolution:
    """What ``resolve`` decided: the index, and for the ledger's stored index the entities as
    their components made them (``bases``), each name's entity, and per document its short
    forms, the acronyms only it defines, and what it added to entities (``documents``)."""

    index: EntityIndex
    bases: list[Entity]
    node_entity: dict[tuple[str, str], str]
    short: dict[str, list[tuple[str, tuple[str, str]]]]
    acronyms: dict[str, list[tuple[str, tuple[str, str]]]]
    documents: dict[str, parts.DocumentPart]


class EntityIndex:
    """Entities and name lookups; built by ``resolve_entities``."""

    def __init__(self, entities: list[Entity], by_key: Mapping[str, str],
                 by_doc: Mapping[tuple[str, str], str],
                 by_name: Mapping[str, str] | None = None,
                 by_id: Mapping[str, Entity] | None = None) -> None:  # fmt: skip
        self.entities = entities
        # ``by_id`` and the maps may be views of the store (``ledger.update``), read on demand
        self.by_id: Mapping[str, Entity] = (
            by_id if by_id is not None else {e.id: e for e in entities}
        )
        self._by_key = by_key  # spelling key of any name -> entity id
        self._by_doc = by_doc  # (document id, lower-cased word or name) -> entity id
        # lower-cased name -> entity id: before the key, which two people can share
        self._by_name = by_name if by_name is not None else {}  # an empty map may be logged

    @property
    def by_key_map(self) -> Mapping[str, str]:
        return self._by_key

    @property
    def by_name_map(self) -> Mapping[str, str]:
        return self._by_name

    def lookup(self, name: str | None, document_id: str | None = None) -> Entity | None:
        """The entity a name stands for: whole name, then a known name inside it
        ("notorious gang-war leader Uzair Baloch"), then a short form in that document."""
        if not name:
            return None
        cleaned = names.clean(" ".join(names.strip_titles(name.split())))
        if not cleaned or cleaned.lower() in PRONOUNS:
            return None
        if document_id is not None:
            hit = self._by_doc.get((document_id, cleaned.lower()))
            if hit:
                return self.by_id[hit]
        hit = self._by_name.get(cleaned.lower()) or self._spelled(cleaned)
        if hit:
            return self.by_id[hit]
        words = names.words(cleaned)
        # Longest run of words that is a known name (two words or more, or an acronym).
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i : i + size])
                hit = self._spelled(part)
                if hit and (size >= 2 or self.by_id[hit].type != "person"):
                    return self.by_id[hit]
                if document_id is not None and size <= 2:
                    hit = self._by_doc.get((document_id, part))
                    if hit:
                        return self.by_id[hit]
        return None

    def _spelled(self, name: str) -> str | None:
        """The entity a name's spelling key finds. A key of fewer than three letters (a
        consonant skeleton: "they", "the" and "Thai" are all ``th``) is no evidence of one
        name spelled two ways, so such a name must be written as the entity's own."""
        spelling = names.key(name)
        if len(spelling.replace(" ", "")) < MIN_KEY_LETTERS:
            return self._by_name.get(name.lower())
        return self._by_key.get(spelling)

    def find(self, name: str) -> list[Entity]:
        """Entities a user may mean by ``name`` (the ``corroborate entity`` command)."""
        exact = self.lookup(name)
        if exact is not None:
            return [exact]
        wanted = set(names.words(name))
        return [
            e for e in self.entities
            if wanted and any(wanted <= set(names.words(a.name)) for a in [Alias(e.name, ""),
                                                                            *e.aliases])
        ]  # fmt: skip


def resolve_entities(documents: Iterable[DocumentMentions]) -> EntityIndex:
    """Join the mentions of all documents into entities."""
    return resolve(documents).index


def resolve(documents: Iterable[DocumentMentions]) -> Resolution:
    """Join the mentions of all documents into entities, keeping what was decided per
    component apart from what each document added (``parts``), for the ledger's index."""
    docs = sorted(documents, key=lambda d: ((d.published or "9999"), d.id))
    stats = NameStatistics.of(document_names(doc) for doc in docs)
    short: list[tuple[str, str, tuple[str, str]]] = []  # (doc, written, full node)
    for doc in docs:
        short += document_short_forms(doc)
    joined = join_names(stats, lambda uf: StoryCompany(uf, stats.documents))
    # A lone name is a short form inside its own report, decided once every join is made.
    short += lone_names(joined.uf, joined.nodes, stats.documents)
    return _build(joined, short, docs, stats.first_doc)


@dataclass
class Joined:
    """The names joined into groups (``join_names``): the union, its names in sorted order,
    the mention counts after each name took one type, and the acronyms that stand for their
    definition inside the defining documents only."""

    uf: NameUnion
    nodes: list[tuple[str, str]]
    counts: Counter[tuple[str, str]]
    acronyms_here: list[tuple[str, str, tuple[str, str]]]


def join_names(
    stats: NameStatistics, company: Callable[[NameUnion], StoryCompany | None]
) -> Joined:
    """Every join of the names ``stats`` counts: declared ones, one type per name, then
    every rule component by component. ``stats`` may hold whole components of names only
    (an update's): every input a rule reads of a name is a name of its component, but for
    the story company (``company``), which reads the reports naming them."""
    uf = NameUnion()
    for node in stats.counts:
        uf.add(node)
    counts = Counter(stats.counts)  # a copy, zeros kept: retyping moves a name's count
    acronyms_here = _declared(uf, stats.declared)
    _one_type_per_name(uf, counts)
    _drop_joined_people(uf)
    _mark_apart(uf, stats.marks)
    nodes = sorted(uf.parent)
    declared_pairs = [(a, b) for a, edges in uf.edges.items() for b, _, _ in edges]
    story = company(uf)
    for component in blocking.components(nodes, declared_pairs):
        if len(component) > 1:  # a rule only ever joins a name to another of its component
            _join_component(uf, component, stats.first_doc, story)
    return Joined(uf, nodes, counts, acronyms_here)


def _join_component(uf: NameUnion, nodes: list[tuple[str, str]],
                    first_doc: dict[tuple[str, str], str],
                    company: StoryCompany | None = None) -> None:  # fmt: skip
    """Every merge rule, in order, over one component of names that share blocking keys
    (``blocking``): no rule can join names of two components, so each is resolved alone."""
    _join_same_names(uf, nodes, first_doc)
    _join_middle_names(uf, nodes, first_doc)
    _join_contained_names(uf, nodes, first_doc)
    _join_inner_names(uf, nodes, first_doc)
    _join_variants(uf, nodes, first_doc)
    if company is not None:
        _join_reversed(uf, nodes, first_doc, company)
        _join_opening_vowels(uf, nodes, first_doc, company)
    _join_initials(uf, nodes, first_doc)
    _join_owned(uf, nodes, first_doc)
    _join_head_words(uf, nodes, first_doc)


def _declared(
    uf: NameUnion, declared: list[tuple[Declaration, str]]
) -> list[tuple[str, str, tuple[str, str]]]:
    """Join what the texts declare ("X alias Y", "Long Name (ACR)"), except an acronym that
    articles define as different names ("PAC": the Peoples Aman Committee in Karachi, the
    Provincial Armed Constabulary in Meerut): it stands for its own definition inside each
    defining document only (returned as short forms), and joins nothing across them."""
    ambiguous = ambiguous_acronyms(declared)
    local: list[tuple[str, str, tuple[str, str]]] = []
    for d, doc_id in declared:
        if d.other in ambiguous:
            local.append((doc_id, d.other[1], d.node))
            continue
        uf.join(d.node, d.other, d.reason, doc_id)
    return local


def ambiguous_acronyms(declared: Iterable[tuple[Declaration, str]]) -> set[tuple[str, str]]:
    """The acronyms that texts define as different names ("PAC"; see ``_declared``)."""
    meanings: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for d, _ in declared:
        if d.kind == "acronym":
            meanings[d.other].append(d.node)
    return {acr for acr, longs in meanings.items() if _different_names(longs)}


def _different_names(longs: list[tuple[str, str]]) -> bool:
    """Whether some two of these names are not one name (neither's words hold the other's:
    "Muttahida Qaumi Movement Pakistan" is still the "Muttahida Qaumi Movement")."""
    keys = {tuple(names.skeleton(w) for w in names.words(n[1])) for n in longs}
    return any(not (set(a) <= set(b) or set(b) <= set(a)) for a in keys for b in keys if a < b)


# "the S Muralidhar-Vinod Goel judgment": two names of two words or more joined by a hyphen.
_TWO_NAMES = re.compile(r"[A-Z][\w.]*(?:\s+[\w.]+)+-[A-Z][\w.]*(?:\s+[\w.]+)+")


def _drop_joined_people(uf: NameUnion) -> None:
    """ "the S Muralidhar-Vinod Goel judgment": two people's names joined by a hyphen are
    neither an organisation nor a third person. Dropped when both halves are people's names
    elsewhere, or look like them: capitalised words, none an organisation's or a place's head
    ("Washington Post-ABC News Poll", "University of Nevada-Las Vegas", "NARAL Pro-Choice
    America" stay)."""
    people = {names.key(n[1]) for n in uf.parent if n[0] == "person"}
    for node in list(uf.parent):
        if node[1].count("-") != 1 or not _TWO_NAMES.fullmatch(node[1]):
            continue
        left, right = node[1].split("-")
        if (names.key(left) in people and names.key(right) in people) or _like_people(node[1]):
            if not uf.edges.get(node) and uf.parent[node] == node:
                del uf.parent[node]


def _like_people(name: str) -> bool:
    ws = name.replace("-", " ").split()
    heads = names.ORG_HEADS | names.PLACE_HEADS
    return (
        all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in ws)  # no "NARAL"
        and not any(w.lower() in heads for w in ws)
    )


def _mark_apart(uf: NameUnion, marks: Mapping[str, set[str]]) -> None:
    """Mark each person node with the lists it is named in and the documents that write it
    in full (``apart``), so that likeness of names never joins what an article tells apart."""
    for name, ms in marks.items():
        if ("person", name) in uf.parent:
            for mark in ms:
                uf.mark(("person", name), mark)


def _one_type_per_name(uf: NameUnion, counts: Counter[tuple[str, str]]) -> None:
    """NER calls one name an ORG here and a place there: the name's most frequent type wins
    (ties: person, organisation, place), for names that are not joined to anything yet.
    Spellings in capitals only count when the name is never written otherwise: NER types a
    dateline or a headline word ("DHAKA, Oct 11") worst, the same name in running text best.
    A declared name (an alias, an acronym defined) has the type of what it was declared for."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    capitals: dict[str, Counter[str]] = defaultdict(Counter)
    for (type_, name), n in counts.items():
        (capitals if name.isupper() else by_key)[names.key(name)][type_] += n
    for key_, types in capitals.items():
        if not by_key.get(key_):
            by_key[key_] = types
    # A name a text declares ("Tariq Naveed alias Kala") has the type of what it names,
    # wherever else NER types it ("Kala had threatened them": ORG).
    declared: dict[str, set[str]] = defaultdict(set)
    for node, edges in uf.edges.items():
        if edges and not names.is_acronym(node[1]):
            declared[names.key(node[1])].add(node[0])
    for key_, kinds in declared.items():
        if len(kinds) == 1:
            by_key[key_] = Counter({next(iter(kinds)): 1})
    order = {"person": 0, "organization": 1, "place": 2, "group": 3}
    for type_, name in list(uf.parent):
        types = by_key[names.key(name)]
        best = min(types, key=lambda t: (-types[t], order[t]))
        node = (type_, name)
        if best != type_ and not uf.edges.get(node) and uf.parent[node] == node:
            del uf.parent[node]
            new = (best, name)
            uf.add(new)
            counts[new] += counts.pop(node)


def _join_same_names(uf: NameUnion, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """Names equal up to spelling. Key: ``typed:`` (type and ``names.key``)."""
    by_key: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        by_key[(node[0], names.key(node[1]))].append(node)
    for group in by_key.values():
        for other in group[1:]:
            if uf.apart(group[0], other, ("list:",)):  # "Budha Singh, Budhi Singh"
                continue
            if _letters_not_spelling(group[0][1], other[1]):
                continue
            uf.join(group[0], other, "same name, spelled differently", first_doc.get(other))


def _letters_not_spelling(a: str, b: str) -> bool:
    """An acronym is a spelling of a name in small letters only letter for letter ("DHAKA" /
    "Dhaka"): the key, made for vowels that transliterations drop, says nothing of "MM" and
    "Miami" (capitals with capitals, "ATC" / "ATC-III", are left to the key)."""
    if names.is_acronym(a) == names.is_acronym(b) or (a.isupper() and b.isupper()):
        return False
    return a.lower() != b.lower()


_word_block = blocking.word_block  # the rules' word key, one definition


def _join_middle_names(uf: NameUnion, nodes: list[tuple[str, str]],
                       first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Uzair Baloch" is "Uzair Jan Baloch" when it fits one longer name only. Key:
    ``ends:`` (first and last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2]
    # Candidates share the first and the last word: indexed by that pair, in node order.
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        by_ends[(_word_block(ws[0]), _word_block(ws[-1]))].append((node, ws))
    for short in people:
        sw = names.words(short[1])
        longer = [
            long_
            for long_, lw in by_ends[(_word_block(sw[0]), _word_block(sw[-1]))]
            if len(lw) > len(sw) and _subsequence(sw, lw)
        ]
        roots = {uf.find(n) for n in longer}
        if len(roots) == 1 and not uf.apart(short, longer[0], ("list:",)):
            # one candidate only: "Uzair Baloch" could be no one else
            target = longer[0]
            uf.join(short, target, "same first and last name (middle name given in one)",
                    first_doc.get(target))  # fmt: skip


def _join_contained_names(uf: NameUnion, nodes: list[tuple[str, str]],
                          first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Salman Saqib" is "Syed Salman Saqib", "Amjad Hussain" is "Amjad Hussain Khan": a
    name of two words or more that begins or ends a longer name, when it fits exactly one
    and no article writes both out in full or lists them together. Keys: ``head:`` and
    ``tail:`` (the two first and the two last words)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 3]
    # Candidates share the two first or the two last words: indexed by either pair.
    by_pair: dict[tuple[str, str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        by_pair[("head", _word_block(ws[0]), _word_block(ws[1]))].append((node, ws))
        by_pair[("tail", _word_block(ws[-2]), _word_block(ws[-1]))].append((node, ws))
    for short in (n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2):
        sw = names.words(short[1])
        longer = [
            long_
            for end, pair in (("head", sw[:2]), ("tail", sw[-2:]))
            for long_, lw in by_pair[(end, _word_block(pair[0]), _word_block(pair[1]))]
            if len(lw) > len(sw) and _affix(sw, lw, end)
        ]
        roots = {uf.find(n) for n in longer}
        # An article writing "Nawab Siraj Talpur" and "Siraj Talpur" names one person: an
        # honorific before a name is no sign of a second one (but two names listed are).
        kinds = ("list:",) if len(roots) == 1 and _honorific_head(sw, longer[0]) else (
            "list:", "doc:")  # fmt: skip
        if (
            len(roots) == 1
            and uf.find(short) not in roots
            and not uf.apart(short, longer[0], kinds)
        ):
            uf.join(short, longer[0], "a longer name that begins or ends with it",
                    first_doc.get(longer[0]))  # fmt: skip


def _honorific_head(short: list[str], long_: tuple[str, str]) -> bool:
    """Whether the longer name is the shorter one with honorifics before it ("Nawab")."""
    lw = names.words(long_[1])
    extra = lw[: len(lw) - len(short)]
    return bool(extra) and _affix(short, lw, "tail") and all(
        w in names.HONORIFICS for w in extra)  # fmt: skip


def _affix(short: list[str], long_: list[str], end: str) -> bool:
    """Whether ``short`` is the head or tail of ``long_``, word by word up to spelling
    ("Mefatul Islam Jeon" ends "Md Meftahul Islam Jeon": the words outside the blocking
    pair may be spelling variants, ``variants.words_alike``)."""
    part = long_[: len(short)] if end == "head" else long_[-len(short) :]
    return all(names.same_word(a, b) or variants.words_alike(a, b)
               for a, b in zip(short, part, strict=True))  # fmt: skip


def _join_inner_names(uf: NameUnion, nodes: list[tuple[str, str]],
                      first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Omar Sheikh" is "Ahmed Omar Saeed Sheikh": a name of two words or more whose words
    are, in order, words of exactly one longer person name that begins with another word and
    of which it is not the tail ("Zakir Jaffer" ends his son's name "Zahir Zakir Jaffer":
    that is the contained-name rule's question, which one article naming both refuses).
    Blocking key: (a word of the longer name after its first, its last word), looked up by
    the shorter name's (first word, last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 3]
    by_inner: dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        for w in dict.fromkeys(_word_block(w) for w in ws[1:-1]):
            by_inner[(w, _word_block(ws[-1]))].append((node, ws))
    for short in (n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2):
        sw = names.words(short[1])
        longer = [
            long_
            for long_, lw in by_inner[(_word_block(sw[0]), _word_block(sw[-1]))]
            if len(lw) > len(sw)
            and not names.same_word(sw[0], lw[0])
            and _subsequence(sw, lw[1:])
            and not _affix(sw, lw, "tail")
        ]
        roots = {uf.find(n) for n in longer}
        if (
            len(roots) == 1
            and uf.find(short) not in roots
            and not uf.apart(short, longer[0], ("list:",))
        ):
            uf.join(short, longer[0], "words of a longer name, in order",
                    first_doc.get(longer[0]))  # fmt: skip


def _join_variants(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Hamad Ali" is "Hammad Ali" (``variants``) when that is the only person it is that
    like, and no article names or lists the two side by side. Key: ``variant:``."""
    parts = {n: p for n in nodes if n[0] == "person" and (p := variants.name_parts(n[1]))}
    by_block: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node, p in parts.items():
        by_block[variants.variant_block(p)].append(node)
    like: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for members in by_block.values():
        for node, others in zip(members, variants.alike_in_block([parts[m] for m in members]),
                                strict=True):  # fmt: skip
            like[node] = [members[i] for i in others]  # in node order, as the block is
    for node in parts:
        alike = [other for other in like[node] if uf.find(other) != uf.find(node)]
        if len({uf.find(o) for o in alike}) == 1 and not uf.apart(node, alike[0],
                                                                  ("list:", "doc:")):  # fmt: skip
            uf.join(node, alike[0], "the same name in another spelling", first_doc.get(alike[0]))


class StoryCompany:
    """Which reports name which full names, read before any join (so the same for a
    component resolved alone as for all names at once): two names belong to one story when
    reports that use them share another person few reports name (``RARE_COMPANY``)."""

    def __init__(self, uf: NameUnion, docs: list[DocumentNames]) -> None:
        self.docs: dict[tuple[str, str], set[str]] = defaultdict(set)  # node -> reports
        keys: dict[str, set[str]] = defaultdict(set)  # report -> keys of its full names
        for doc in docs:
            for node in doc.named_people():
                if node in uf.parent:
                    self.docs[node].add(doc.id)
                    if len(names.words(node[1])) >= 2:
                        keys[doc.id].add(names.key(node[1]))
        named_in = Counter(k for ks in keys.values() for k in ks)
        self.rare = {d: {k for k in ks if named_in[k] <= RARE_COMPANY} for d, ks in keys.items()}

    def shared(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Whether two reports, one naming ``a`` and another ``b``, share a rare person
        other than these two."""
        own = {names.key(a[1]), names.key(b[1])}
        return any(da != db and (self.rare.get(da, set()) & self.rare.get(db, set())) - own
                   for da in self.docs.get(a, ()) for db in self.docs.get(b, ()))  # fmt: skip


def _join_reversed(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str],
                   company: StoryCompany) -> None:  # fmt: skip
    """ "Mohammad Jan" is "Jan Muhammad": a two-word name written in the other order, when
    it is the only such name, no article lists the two side by side, and the reports using
    them tell one story (``StoryCompany``). Key: ``reversed:`` (the two words' blocks)."""
    two = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) == 2]
    by_order: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in two:
        ws = names.words(node[1])
        by_order[(_word_block(ws[0]), _word_block(ws[1]))].append(node)
    for node in two:
        ws = names.words(node[1])
        if names.same_word(ws[0], ws[1]):
            continue
        # the block is a skeleton ("Ryan" / "Ron"): each word must also be alike as spelled
        others = [
            o
            for o in by_order[(_word_block(ws[1]), _word_block(ws[0]))]
            if all(
                variants.words_alike(a, b) for a, b in zip(ws[::-1], names.words(o[1]), strict=True)
            )
        ]
        roots = {uf.find(o) for o in others}
        if len(roots) != 1 or uf.find(node) in roots or uf.apart(node, others[0], ("list:",)):
            continue
        if any(company.shared(node, o) for o in others):
            uf.join(node, others[0], "the same two words in the other order, in one story",
                    first_doc.get(others[0]))  # fmt: skip


def _join_opening_vowels(uf: NameUnion, nodes: list[tuple[str, str]],
                         first_doc: dict[tuple[str, str], str],
                         company: StoryCompany) -> None:  # fmt: skip
    """ "Asmat Adamjee" is "Ismat Adamjee": the same name but for the vowel that opens the
    given name, which transliterations write several ways. "Aslam" and "Islam" are also two
    names, so the likeness alone never joins them: only when it is the only such name, no
    article names or lists the two side by side, and reports using them tell one story
    (``StoryCompany``), as for reversed names. Key: ``opening:`` (the given name's rest,
    the last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2]
    by_opening: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        if blocking.opens_with_vowel(ws[0]):
            by_opening[(_word_block(ws[0][1:]), _word_block(ws[-1]))].append(node)
    for node in people:
        ws = names.words(node[1])
        if not blocking.opens_with_vowel(ws[0]):
            continue
        others = [
            o for o in by_opening[(_word_block(ws[0][1:]), _word_block(ws[-1]))]
            if (ow := names.words(o[1]))[0][:1].lower() != ws[0][:1].lower()
            and names.same_word(ow[0][1:], ws[0][1:]) and len(ow) == len(ws)
            and all(names.same_word(a, b) for a, b in zip(ow[1:], ws[1:], strict=True))
        ]  # fmt: skip
        roots = {uf.find(o) for o in others}
        if len(roots) != 1 or uf.find(node) in roots:
            continue
        if uf.apart(node, others[0], ("list:", "doc:")):
            continue
        if any(company.shared(node, o) for o in others):
            uf.join(node, others[0], "the same name with another opening vowel, in one story",
                    first_doc.get(others[0]))  # fmt: skip


def _subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(any(names.same_word(w, x) for x in it) for w in short)


def _join_initials(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """An acronym no text defines is the one organisation whose initials spell it. Key:
    ``initials:``."""
    orgs = [n for n in nodes if n[0] == "organization"]
    by_initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in orgs:
        by_initials[names.initials(o[1])].append(o)
    # Roots of groups holding a long (non-acronym) name; a join below always adds one.
    named_roots = {uf.find(o) for o in orgs if not names.is_acronym(o[1])}
    for acro in orgs:
        if not names.is_acronym(acro[1]):
            continue
        if uf.find(acro) in named_roots:
            continue  # already joined to a long name by a definition
        candidates = by_initials[acro[1].upper()] if len(acro[1]) >= 2 else []
        fits = {uf.find(o) for o in candidates}
        if len(fits) == 1:
            uf.join(acro, candidates[0], "initials spell the acronym", first_doc.get(candidates[0]))
            named_roots.add(uf.find(acro))


def _join_owned(uf: NameUnion, nodes: list[tuple[str, str]],
                first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Lyari's Peoples Aman Committee" is the "Peoples Aman Committee". Key: ``typed:`` of
    the name after the owner."""
    keys = {(n[0], names.key(n[1])): n for n in nodes}
    for node in nodes:
        for mark in ("'s ", "’s "):
            if mark in node[1]:
                rest = node[1].split(mark, 1)[1]
                other = keys.get((node[0], names.key(rest)))
                if other is not None and len(names.words(rest)) >= 2:
                    uf.join(node, other, "the same name with its owner before it",
                            first_doc.get(node))  # fmt: skip


def _join_head_words(uf: NameUnion, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Guard" is the "Coastal Guard" when no other organisation's name ends in "Guard".
    Key: ``headword:`` (the last word)."""
    orgs = [n for n in nodes if n[0] == "organization"]
    by_head: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in orgs:
        ows = names.words(o[1])
        if len(ows) >= 2:
            by_head[_word_block(ows[-1])].append(o)
    for node in orgs:
        words = names.words(node[1])
        if len(words) != 1 or names.is_acronym(node[1]):
            continue
        fits = by_head[_word_block(words[0])]
        if len(fits) == 1:
            why = f"short form: the only organisation whose name ends in {words[0]!r}"
            uf.join(node, fits[0], why, first_doc.get(node))


def _canonical(group: list[tuple[str, str]], counts: Counter[tuple[str, str]]) -> str:
    """The most used full name; for organisations a long name over an acronym; for people
    a name of two words or more over a lone first name or surname ("Imran", used more often
    than "Imran Khan", is still his short name)."""

    def rank(node: tuple[str, str]) -> tuple[int, int, int, int, str]:
        acronym = names.is_acronym(node[1])
        owned = "'s " in node[1] or "’s " in node[1]
        lone = node[0] == "person" and len(names.words(node[1])) < 2
        return (int(acronym or owned), int(lone), -counts[node], -len(node[1]), node[1])

    return min(group, key=rank)[1]


def _build(joined: Joined, short: list[tuple[str, str, tuple[str, str]]],
           docs: list[DocumentMentions],
           first_doc: dict[tuple[str, str], str]) -> Resolution:  # fmt: skip
    """The entities of the groups (per component), then what each document adds to them
    (``parts``); a name's lookups, in any document and in its own."""
    bases, node_entity, by_key, by_name = group_entities(joined, first_doc)
    acronyms_here = joined.acronyms_here
    short_of: dict[str, list[tuple[str, tuple[str, str]]]] = defaultdict(list)
    for doc_id, written, node in short:
        short_of[doc_id].append((written, node))
    acronyms_of: dict[str, list[tuple[str, tuple[str, str]]]] = defaultdict(list)
    for doc_id, acronym, node in acronyms_here:
        acronyms_of[doc_id].append((acronym, node))
    by_doc: dict[tuple[str, str], str] = {}
    for doc in docs:
        by_doc |= parts.document_lookups(doc.id, doc.mentions, short_of[doc.id],
                                         acronyms_of[doc.id], node_entity.get)  # fmt: skip
    base_of = {e.id: e for e in bases}
    found = EntityIndex(bases, by_key, by_doc, by_name)
    doc_parts = {
        doc.id: parts.document_part(
            doc.id,
            doc.published,
            doc.mentions,
            short_of[doc.id],
            acronyms_of[doc.id],
            node_entity.get,
            base_of.__getitem__,
            found,
        )  # fmt: skip
        for doc in docs
    }
    given: dict[str, list[tuple[tuple[str, str], parts.Contribution]]] = defaultdict(list)
    for doc in docs:
        order = parts.resolution_order(doc.published, doc.id)
        for c in doc_parts[doc.id].contributions:
            given[c.entity_id].append((order, c))
    entities = [parts.assemble(e, given[e.id]) for e in bases]
    index = EntityIndex(sorted(entities, key=lambda e: (e.type, e.name)), by_key, by_doc,
                        by_name)  # fmt: skip
    return Resolution(index, bases, node_entity, dict(short_of), dict(acronyms_of), doc_parts)


def group_entities(
    joined: Joined, first_doc: Mapping[tuple[str, str], str]
) -> tuple[list[Entity], dict[tuple[str, str], str], dict[str, str], dict[str, str]]:
    """Each group's entity (its base: id, canonical name, the aliases its joins give), each
    name's entity, and the spelling keys and names that look one up (the first group in name
    order wins). Two groups whose names share a spelling key are in one component, so the
    entities of whole components come out the same alone as among all names."""
    uf = joined.uf
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in joined.nodes:
        groups[uf.find(node)].append(node)
    bases: list[Entity] = []
    node_entity: dict[tuple[str, str], str] = {}
    by_key: dict[str, str] = {}
    by_name: dict[str, str] = {}
    used: set[str] = set()
    for group in groups.values():
        type_ = group[0][0]
        canonical = _canonical(group, joined.counts)
        if type_ == "person" and len(names.words(canonical)) < 2:
            continue  # a lone first name or surname no document resolves: not an actor yet
        eid = entity_id(type_, canonical)
        if eid in used:  # two people whose names share a spelling key
            eid = spelled_id(type_, canonical)
        used.add(eid)
        bases.append(Entity(id=eid, name=canonical, type=_TYPES[type_],
                            aliases=_aliases(uf, group, canonical, first_doc)))  # fmt: skip
        for node in group:
            node_entity[node] = eid
            by_key.setdefault(names.key(node[1]), eid)
            by_name.setdefault(node[1].lower(), eid)
    return bases, node_entity, by_key, by_name


def spelled_id(type_: str, name: str) -> str:
    """The id of an entity whose spelling key another entity already has: the key and the
    spelling itself, so still derived from the name alone."""
    digest = hashlib.sha1(f"{type_}:{names.key(name)}:{name.lower()}".encode()).hexdigest()
    return "ent_" + digest[:12]


DECLARED = ("acronym defined", "the text says")


def _aliases(
    uf: NameUnion,
    group: list[tuple[str, str]],
    canonical: str,
    first_doc: Mapping[tuple[str, str], str],
) -> list[Alias]:
    """Every other name in the group with the reason of the join that reached it first."""
    start = next(n for n in group if n[1] == canonical)
    seen = {start}
    queue = [start]
    out: list[Alias] = []
    while queue:
        node = queue.pop(0)
        for other, reason, doc in sorted(uf.edges.get(node, []), key=lambda e: e[0]):
            if other in seen:
                continue
            seen.add(other)
            queue.append(other)
            if other[1] != canonical:
                # A declared alias cites the text that declares it; a matched name, the
                # first document that uses it.
                where = doc if reason.startswith(DECLARED) else first_doc.get(other, doc)
                out.append(Alias(other[1], reason, where))
    return out
