"""Typed records passed between the pipeline's stages, one module a kind of record.

Every record that points into a text carries character offsets: Python string
indices, end exclusive, so that ``document.text[start:end]`` is the quote. The package
exports every record, so that ``from corroborate.records import Claim`` reads the same
from any stage.
"""

from __future__ import annotations

from corroborate.records import attributions, claims, dates, documents, entities, figures, ledger
from corroborate.records.attributions import *  # noqa: F403
from corroborate.records.claims import *  # noqa: F403
from corroborate.records.dates import *  # noqa: F403
from corroborate.records.documents import *  # noqa: F403
from corroborate.records.entities import *  # noqa: F403
from corroborate.records.figures import *  # noqa: F403
from corroborate.records.ledger import *  # noqa: F403
from corroborate.records.numbers import json_number

# Every record module's names, and the JSON number writer the stages share.
__all__ = [
    *documents.__all__,
    *dates.__all__,
    "json_number",
    *attributions.__all__,
    *entities.__all__,
    *ledger.__all__,
    *figures.__all__,
    *claims.__all__,
]
