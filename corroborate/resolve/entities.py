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
  "Qaimkhani"; ``variants``) or romanised otherwise, word by word ("Zubair" / "Jubair Ali";
  ``transliteration``), when it is like exactly one other person's name;
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
word, first letters, the words' romanised skeletons), so the cost grows with the names that
could match, not with the square of all names (``benchmarks/resolve_speed.py``).

Where each thing is decided: ``declared`` (aliases, acronyms defined), ``name_types`` (one
type per name, before any rule), ``name_rules`` (same, middle, contained and inner names,
variants), ``nickname_surnames`` (a declared nickname with its holder's surname: "Pappu
Singh" for "Pradeep Kumar Singh alias Pappu"), ``story`` (reversed names, opening vowels,
and the story company they need), ``organisation_rules`` (initials, owner, head word),
``join`` (all of them, component by component), ``groups`` (canonical names, ids, aliases),
``entity_index`` (the lookups); this module runs them over documents (``resolve``).

Ids are ``ent_`` + 12 hex digits of SHA-1 over the type and the canonical name's spelling
key (and, for the second of two people whose names share a key, the spelling itself): the
same wherever and whenever the same documents are resolved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from corroborate.records import Entity
from corroborate.resolve import parts
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.groups import group_entities
from corroborate.resolve.join import Joined, join_names
from corroborate.resolve.lone import accused_alone, lone_names
from corroborate.resolve.nodes import DocumentMentions, document_short_forms
from corroborate.resolve.statistics import DocumentNames, NameStatistics, document_names
from corroborate.resolve.story import StoryCompany

__all__ = [
    "Resolution",
    "resolve",
    "resolve_entities",
]


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
    return _build(joined, short, docs, stats.first_doc, stats.documents)


def _build(joined: Joined, short: list[tuple[str, str, tuple[str, str]]],
           docs: list[DocumentMentions],
           first_doc: dict[tuple[str, str], str],
           names: list[DocumentNames]) -> Resolution:  # fmt: skip
    """The entities of the groups (per component), then what each document adds to them
    (``parts``); a name's lookups, in any document and in its own."""
    short_of: dict[str, list[tuple[str, tuple[str, str]]]] = defaultdict(list)
    for doc_id, written, node in short:
        short_of[doc_id].append((written, node))
    # a one-word name a report reads as accused and writes for no longer name is a person
    accused = accused_alone(names, lambda d: short_of.get(d, []))
    bases, node_entity, by_key, by_name = group_entities(joined, first_doc, accused)
    acronyms_here = joined.acronyms_here
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
