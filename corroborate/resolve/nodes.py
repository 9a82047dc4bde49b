"""The names (nodes) a document's mentions bring to resolution: what the resolver needs of a
document (``DocumentMentions``), the name a mention contributes (``node_name``: a dateline's
tail or a media word is none), a mention's nodes (``mention_nodes``) and the short forms a
document writes of its own names (``document_short_forms``) - one place for ``resolve`` and for
the ledger's update, which compares new names with stored ones and keeps each document's short
forms with its statistics (``resolve.statistics``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corroborate.lexicon.not_actors import is_not_actor
from corroborate.nlp import names
from corroborate.records import Claim, Mention

__all__ = ["DocumentMentions", "document_short_forms", "mention_nodes", "node_name"]


@dataclass(frozen=True)
class DocumentMentions:
    """What the resolver needs of one document: its mentions, and its claims for whom it
    reads as accused (``resolve.accused``)."""

    id: str
    published: str | None
    mentions: list[Mention]
    claims: tuple[Claim, ...] = ()


_DATELINE_HEAD = re.compile(r"([A-Z]{3,})(?:\s+[-–—]\s|,\s)")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


@lru_cache(maxsize=1 << 17)  # a pure function of the name, asked for every mention again
def node_name(name: str, type_: str = "person") -> str:
    """The name a mention contributes, or "" for none: a dateline fragment ("KARACHI - A",
    "DHAKA, Oct") is its place, a headline fragment ("Donald Trump - and") the name before
    the dash; a media or document word ("TV", "SOURCE") names no one."""
    # "Convict Imran": a role word some readers keep before a person's name is no part of
    # it ("Provincial Armed Constabulary" keeps its first word).
    kept = names.strip_titles(name.split()) if type_ == "person" else name.split()
    cleaned = names.clean(" ".join(kept))
    head = _DATELINE_HEAD.match(cleaned)
    if head:
        cleaned = head.group(1)
    dash = _SPACED_DASH.search(cleaned)
    if dash and not cleaned[dash.end() :][:1].isupper():
        cleaned = cleaned[: dash.start()]  # "Donald Trump - and": a headline cut mid-phrase
    return "" if is_not_actor(cleaned) else cleaned


def mention_nodes(m: Mention) -> list[tuple[str, str]]:
    """The names (nodes) a mention brings to resolution: its name, and an alias it declares,
    as ``resolve`` makes them (a person's title words dropped, an organisation's kept: "General
    Motors" is not "Motors", which would hide from an update that it meets a stored "GM")."""
    if m.label == "role" or m.type == "group":
        return []
    name = node_name(m.name, m.type)
    if not name:
        return []
    out: list[tuple[str, str]] = [(m.type, name)]
    return out + ([(m.type, names.clean(m.alias))] if m.alias else [])


def document_short_forms(doc: DocumentMentions) -> list[tuple[str, str, tuple[str, str]]]:
    """(document, written, node) for each mention whose text writes a short form of the name
    it resolves to inside its document ("Imran" for "Imran Khan"), in mention order."""
    out: list[tuple[str, str, tuple[str, str]]] = []
    for m in doc.mentions:
        found = mention_nodes(m)
        if not found:
            continue
        written = _written_name(m.text)
        if written and names.key(written) != names.key(found[0][1]):
            out.append((doc.id, written, found[0]))
    return out


@lru_cache(maxsize=1 << 17)  # a pure function of the text, asked for every mention again
def _written_name(text: str) -> str:
    """The name a mention's text writes, its titles dropped: when its spelling key is not
    its node's, the text writes a short form of it ("Imran" for "Imran Khan")."""
    return node_name(" ".join(names.strip_titles(text.split())))
