"""Inverted reports whose speaker the parser reads as an object: "..., claimed a Rangers
spokesperson on Tuesday."

English may put the speaker after the verb at the end of a report ("..., said the minister"),
and the parser gets that right for "said". After a transitive reporting verb ("claimed",
"confirmed", "revealed") it reads the speaker as the verb's object and the report as a clause
of its own, so the rules and the tagger take the speaker for the content and someone named
in the report for the speaker: a Rangers claim becomes the party officials'. This rule reads
the shape instead: a reporting verb right after the comma that closes the report, its object
a speaker (a person or organisation by name, or "spokesperson", "press release" ...), and
after the object nothing but a time ("on Tuesday") before the sentence ends.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.nlp.roles import Frame, Placed
from corroborate.nlp.spans import char_ranges, overlaps

REPORTING = frozenset(
    {"claim", "confirm", "reveal", "state", "disclose", "allege", "add", "maintain", "assert",
     "report", "announce", "insist", "note", "say"}
)  # fmt: skip
SPEAKER_NOUNS = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "officer", "release", "statement",
     "report", "source", "police", "communique", "handout", "ministry", "department"}
)  # fmt: skip
_NAMED = frozenset({"PERSON", "ORG", "NORP"})
_DATELINE_MARKS = frozenset({":", "-", "—", "–", "--"})


def inverted_reports(doc: Doc) -> list[Placed]:
    """An attribution for each report closed by ", VERB SPEAKER" (the speaker parsed as the
    verb's object)."""
    out: list[Placed] = []
    for verb in doc:
        speaker = _speaker_after(verb)
        if speaker is None:
            continue
        start = _after_dateline(doc, verb.sent.start)
        content = [i for i in range(start, verb.i - 1) if not doc[i].is_space]
        if len(content) < 3:
            continue
        source = list(range(speaker.left_edge.i, speaker.right_edge.i + 1))
        frame = Frame(cue=[verb.i], source=source, content=[content])
        out.append(
            Placed(
                frame,
                char_ranges(doc, [verb.i]),
                char_ranges(doc, source),
                char_ranges(doc, content),
            )
        )
    return out


def add_inverted(doc: Doc, placed: list[Placed]) -> list[Placed]:
    """``placed`` with the inverted reports added, each replacing the attributions that read
    its verb as a cue or its speaker as a content."""
    inverted = inverted_reports(doc)
    kept = [
        p
        for p in placed
        if not any(overlaps(q.cue, p.cue) or overlaps(q.source, p.content) for q in inverted)
    ]
    return kept + inverted


def _speaker_after(verb: Token) -> Token | None:
    """The speaker object of a reporting ``verb`` that closes its sentence after a comma."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING or verb.pos_ != "VERB" or verb.i == 0:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != verb.i + 1:
        return None
    if speaker.lemma_.lower() not in SPEAKER_NOUNS and speaker.ent_type_ not in _NAMED:
        return None
    # After the speaker only a time may come ("on Tuesday"), then the end of the sentence.
    for token in doc[speaker.right_edge.i + 1 : verb.sent.end]:
        if token.is_punct or token.is_space or token.ent_type_ in ("DATE", "TIME"):
            continue
        if token.dep_ == "prep" and token.head.i == verb.i:
            continue
        return None
    return speaker


def _after_dateline(doc: Doc, start: int) -> int:
    """``start``, or the token after a dateline there ("KARACHI:", "WASHINGTON —")."""
    first = doc[start]
    if first.is_upper and start + 1 < len(doc) and doc[start + 1].text in _DATELINE_MARKS:
        k = start + 2
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k
    return start
