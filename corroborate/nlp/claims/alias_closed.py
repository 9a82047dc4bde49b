"""Where a name that declares an alias ends for what is written after it: "Shahid Iqbal alias
Kaka, the landowner,", "X alias Kuttan, 38, an autorickshaw driver", "Delwar Hossain alias
Kana Delwar, 52, a broker who hangs around the DC office" - the description apposed after
the alias is the man's, as it is after a name with none ("X, a landowner"). The person's
mention ends before the marker; the parser hangs the apposed noun on the alias's last word.
So the name is read on from the alias's last word, the head the noun hangs on, and its
comma is the one after the alias (``DescribedPeople._describing_noun``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.nlp.speakers import ALIAS_MARKERS

__all__ = ["alias_closing"]


def alias_closing(name: Span, top: Token) -> Token | None:
    """The last word of the alias ``name`` declares right after it ("alias Kaka",
    "alias Kana Delwar"): the word its head ``top`` climbed to, or, where the parser made the
    name a clause's subject of its own, the head of the marker; None where no marker follows
    the name or the alias is no run of capitalised proper nouns."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].lower_ not in ALIAS_MARKERS:
        return None
    marker = doc[name.end]
    last = top if top.i > name.end else marker.head
    if last.i <= name.end or last.i > name.end + 3:
        return None  # the marker hangs back on the name or on a word far on
    words = doc[name.end + 1 : last.i + 1]
    if not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words):
        return None
    return last
