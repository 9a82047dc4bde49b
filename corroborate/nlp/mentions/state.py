"""What every step of the mention finder shares: the document, its text, the speaker
resolver and the mentions found so far, and how one mention is changed (a copy, since
``Mention`` is frozen). The steps are mixins over this state so that each concept lives in
its own module and ``finder`` assembles them in one order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp.datelines import Dateline, datelines
from corroborate.nlp.speakers import SpeakerResolver
from corroborate.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["_FinderState", "_with"]


class _FinderState:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.resolver = SpeakerResolver(doc)
        self.out: list[Mention] = []
        # where the report was filed from: a place, never a party (``nlp.datelines``)
        self.datelines: list[Dateline] = datelines(self.text)


def _with(m: Mention, **changes: object) -> Mention:
    data = m.to_json()
    data.update(changes)
    return Mention.from_json(data)
