"""An arrest participle the tagger made an adjective: "The detained men were named as X and
Y", "the detained trader, X".

The small tagger reads "detained" before a noun as an adjective (tag ``JJ``, lemma
"detained") where it reads "arrested" as a participle, so the arrest the participle tells of
the noun is lost with the names that identify the noun. The form less its past ending is the
verb ("detained": "detain"), and a participle on the noun it describes tells what befell the
noun's people as the participle "arrested" does; the arrest reader reads it so.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["adjective_participle_lemma"]


def adjective_participle_lemma(
    token: Token, verbs: Collection[str], identifying: Collection[str]
) -> str | None:
    """The verb of ``verbs`` (lemmas) an adjective describing a noun stands for, when it is
    that verb's past participle ("detained": "detain") and the noun is the subject of an
    identifying verb (``identifying``: "The detained men were named as X and Y"); None for
    any other word, for a participle tagged as one, or a noun that only describes ("Among
    the deported youths is X": the youths the report pities, no one it names as arrested)."""
    if token.tag_ != "JJ" or token.dep_ != "amod" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = token.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() not in identifying:
        return None
    lower = token.lower_
    if not lower.endswith("ed"):
        return None
    return next((lemma for lemma in (lower[:-2], lower[:-1]) if lemma in verbs), None)
