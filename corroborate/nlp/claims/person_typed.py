"""A name the mention stage typed a person is a person to the claim reader too.

NER types a lone surname or given name by the words around it, not by the document: a
paragraph that opens "Kuznetsov has been in custody since August" gets a place, "Sijo's
counsel" a body - after "Artjom Kuznetsov" and "Sijo Varghese" were named in full as people.
The mention stage already ties such a word to the person (``mentions.lone_words``, the full
names' words); the claim reader, though, asks the token's entity type whether a word can be a
party or a pronoun's antecedent, and a place or a body is neither. So before the reader runs,
each entity span that is exactly a person mention's span takes the label PERSON: one decision
(the mention stage's) on what a name is, read the same by both stages.

Only a span that is one word of the full name the mention stands for, NER typed a place, a
building or a body, whose characters the mention covers exactly; nothing is added where NER
saw no entity, and no span's bounds change.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from corroborate.records import Mention

__all__ = ["people_typed"]

_RETYPED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def people_typed(doc: Doc, mentions: list[Mention]) -> None:
    """Label PERSON each of ``doc``'s entities NER typed a place or a body that a mention of
    type person covers exactly (same characters)."""
    # only a word of a name told in full ("Kuznetsov" for "Artjom Kuznetsov"): a mention the
    # stage typed a person by its place in the sentence alone ("the manager of Sunrise
    # Textiles, X") may be a firm, which NER's label still tells the reader
    people = {
        (m.start, m.end)
        for m in mentions
        if m.type == "person" and m.text != m.name and m.text in m.name.split()
    }
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ in _RETYPED and (ent.start_char, ent.end_char) in people:
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
