"""An office NER or the claim reader took for a person's name: "the former Assistant Food
Controller, Abdul Waheed Memon, ...", "the district's Assistant Food Controller, X". A name
takes no article and no owner before it; an office does, and the name of its holder follows
in apposition. Read the same way where the mentions type NER's names (``entity_types``) and
where the claims keep a proper name NER missed (``claims.full_names``), so that the office is
never a second accused beside its holder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp import names

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["an_office_before_its_holder", "an_office_for_a_name"]


def an_office_for_a_name(span: Span, written: list[str]) -> bool:
    """Whether ``span``, written as a name (``written``: its words, lower-cased), is an
    office: it ends in a rank ("the District Accounts Officer", "Police Constable"), or
    it is an office before its holder (``an_office_before_its_holder``)."""
    return names.ends_in_rank(written) or an_office_before_its_holder(span)


def an_office_before_its_holder(span: Span) -> bool:
    """Whether ``span`` has an article or an owner before it and a person's name in
    apposition after it."""
    root = span.root
    determined = any(c.dep_ in ("det", "poss") and c.i < span.start for c in root.children)
    return determined and any(
        c.dep_ == "appos" and c.i >= span.end and c.ent_type_ == "PERSON" for c in root.children
    )
