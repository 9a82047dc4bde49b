"""From a cue to its source and content, over the dependency parse.

The cue detector (``cues.py``) says which tokens head a cue; this module finds
the source and content that the parse attaches to each cue. The rules follow
the dependency paths most frequent between gold cues, sources and contents in
PolNeAR train (a subject for the source; a clausal complement, object or
quoted clause for the content), tried in order of how often they are right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from corroborate.nlp.grammar import NOUN_SUBJECTS, bare_participle
from corroborate.records import Kind, Range

SUBJECTS = ("nsubj", "csubj")
# Dependents that carry the content of a verb cue, in order of preference.
CLAUSES = ("ccomp", "xcomp", "csubjpass")
OBJECTS = ("dobj", "attr", "oprd", "dative")
OBJECT_TAIL = frozenset(
    {"dobj", "attr", "oprd", "dative", "prep", "xcomp", "ccomp", "acomp", "pcomp"}
)
# Prepositions whose object is what a cue is about: "called for", "warned of".
CONTENT_PREPOSITIONS = frozenset(
    {"for", "of", "about", "on", "against", "to", "over", "that", "with", "into"}
)
# Prepositions that introduce who holds a noun cue's content: "claims by X".
SOURCE_PREPOSITIONS = frozenset({"by", "from", "of"})
# Verbs whose object is a noun cue held by their subject: "X levelled allegations".
CARRYING_VERBS = frozenset(
    {"carry", "level", "make", "contain", "include", "raise", "file", "record"}
)
# Rulings whose content is whom they rule on and the charge ("acquitted all of them of this
# charge"): they report no clause, so a clause the parser hangs before one is a neighbouring
# report ("The police added that ...; however, the court acquitted ...").
RULINGS_ON_PEOPLE = frozenset({"acquit", "convict", "sentence", "exonerate"})


@dataclass
class Frame:
    """One attribution as token indices, before it becomes character ranges."""

    cue: list[int]
    source: list[int] = field(default_factory=list)
    content: list[list[int]] = field(default_factory=list)  # pieces, each a token run
    kind: Kind | None = None  # set when the rule that found it decides the kind


@dataclass
class Placed:
    """A frame with the character ranges of its roles, as the attribution will carry them."""

    frame: Frame
    cue: list[Range]
    source: list[Range]
    content: list[Range]


def subtree_ids(token: Token, exclude: set[int] | None = None) -> list[int]:
    """Indices of a token's subtree, less excluded tokens and edge punctuation."""
    ids = [t.i for t in token.subtree if not exclude or t.i not in exclude]
    return trim(token.doc, ids)


def trim(doc: Doc, ids: list[int]) -> list[int]:
    """Drop punctuation, spaces and dangling conjunctions at both edges (quote marks stay)."""
    ids = sorted(ids)
    start, end = 0, len(ids)
    while start < end and _edge_junk(doc[ids[start]]):
        start += 1
    while end > start and _edge_junk(doc[ids[end - 1]]):
        end -= 1
    return ids[start:end]


def _edge_junk(token: Token) -> bool:
    return token.is_punct and not _is_quote(token) or token.is_space or token.dep_ == "cc"


def _is_quote(token: Token) -> bool:
    return token.is_quote or token.text in {"“", "”", '"', "''", "``"}


def cue_tokens(head: Token) -> list[int]:
    """The words of a cue: its head, a verb particle ("pointed out"), "according to"."""
    ids = [head.i]
    for child in head.children:
        if child.dep_ == "prt" or (child.dep_ == "neg" and child.i == head.i - 1):
            ids.append(child.i)
    if head.lower_ == "according":
        ids.extend(c.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "with"))
    return sorted(ids)


# Clause links across which a verb without a subject takes its head's subject.
INHERITING = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "prep", "dep"})
# Verbs that pass the attribution on to their complement: in "continued to
# call for more information" the cue is "continued to call for".
LIGHT_VERBS = frozenset({"continue", "try", "begin", "start", "attempt", "keep", "resume"})


def light_verb_complement(cue: Token) -> Token | None:
    """The verb a light verb hands its content to: "try to convince" -> "convince"."""
    if cue.lemma_.lower() not in LIGHT_VERBS:
        return None
    for child in cue.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def source_of(cue: Token, avoid: set[int]) -> list[int]:
    """Token indices of the source of a cue, or [] when the text names none."""
    if cue.lower_ == "according":
        for prep in cue.children:
            if prep.dep_ == "prep":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return subtree_ids(obj, avoid)
        return []
    subject = _subject(cue)
    if subject is None and bare_participle(cue):
        # "Asked about the strike, the minister said": the minister was asked; no asker named.
        return []
    hops = 0
    head = cue
    # "...and said", "..., saying", "wants to say": the subject is inherited.
    while subject is None and head.dep_ in INHERITING and hops < 3:
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "a spokesman, speaking on condition ..., said": the noun is the source.
            return subtree_ids(head.head, avoid | {t.i for t in head.subtree})
        head = head.head
        subject = _subject(head)
        hops += 1
    if subject is None and cue.dep_ == "relcl":
        noun = cue.head
        return subtree_ids(noun, avoid | {t.i for t in cue.subtree})
    if subject is None and cue.pos_ in ("NOUN", "PROPN"):
        # "confessions made by the suspect", "claims given by X".
        for child in cue.children:
            if child.dep_ == "acl":
                agent = _subject(child)
                if agent is not None:
                    return subtree_ids(agent, avoid)
        # "the report carries serious allegations": the carrier is the source.
        if cue.dep_ == "dobj" and cue.head.lemma_ in CARRYING_VERBS:
            carrier = _subject(cue.head)
            if carrier is not None:
                return subtree_ids(carrier, avoid)
        for child in cue.children:
            if child.dep_ == "poss" or child.dep_ == "compound" and child.ent_type_:
                return subtree_ids(child, avoid)
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.i not in avoid:
                        return subtree_ids(obj, avoid)
        return []
    if subject is None and cue.pos_ == "VERB":
        # The small parser sometimes reads "The PPP maintains" as a compound
        # noun; the nouns hanging left of the verb are then its subject.
        left = [
            c
            for c in cue.children
            if c.i < cue.i
            and c.dep_ in ("compound", "nmod", "amod")
            and c.pos_ in ("PROPN", "NOUN")
        ]
        if left:
            ids = [t.i for c in left for t in c.subtree]
            ids += [c.i for c in cue.children if c.dep_ == "det" and c.i < cue.i]
            return trim(cue.doc, [i for i in ids if i not in avoid])
    if subject is None:
        return []
    # A relative pronoun is the source as written ("Smith, who said ..."); the
    # name it stands for is found by the speaker resolution.
    return subtree_ids(subject, avoid)


def _after_break(cue: Token) -> bool:
    """Whether a comma, quote or dash separates a trailing cue clause from what it reports.

    '"We will win," he said' reports the quotation; in "said that the worker had
    confessed to killing" the "confessed" clause reports nothing before it.
    """
    start = cue.left_edge.i
    return start > 0 and (cue.doc[start - 1].is_punct or cue.doc[start - 1].is_quote)


def content_of(cue: Token, cue_ids: set[int]) -> tuple[list[int], list[int]]:
    """Token indices of the content of a cue, and any words the cue takes on.

    The second list holds words that belong to the cue when the content hangs
    from them: the preposition of "called for".
    """
    doc = cue.doc
    own_content = any(
        c.dep_ in CLAUSES
        or c.dep_ in OBJECTS
        or c.dep_ == "prep"
        and c.lower_ in CONTENT_PREPOSITIONS
        and c.i > cue.i
        for c in cue.children
    )
    if cue.lower_ == "according" or (
        cue.dep_ in ("parataxis", "ccomp")
        and cue.i > cue.head.i
        and not own_content
        and _after_break(cue)
    ):
        # "X, according to Y" and "X, he said": the content is the clause the
        # cue hangs from, less the cue's own subtree.
        clause = cue.head
        exclude = {t.i for t in cue.subtree}
        if cue.lower_ == "according" and clause.dep_ == "prep":
            clause = clause.head
        # "A, but B, the source added": the cue ends the whole coordination.
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head
        return subtree_ids(clause, exclude), []
    ruling = cue.lemma_.lower() in RULINGS_ON_PEOPLE
    for dep in CLAUSES:
        parts = [c for c in cue.children if c.dep_ == dep and not (ruling and c.i < cue.i)]
        if parts:
            ids: list[int] = []
            for part in parts:
                ids.extend(subtree_ids(part, cue_ids))
            return trim(doc, ids), []
    # An object and what follows it: "accused the GOP of stoking the issue",
    # "grilled Stumpf on Tuesday for his role", "referred to King as ...".
    right = [c for c in cue.children if c.i > cue.i and c.dep_ in OBJECT_TAIL]
    if right and any(c.dep_ in OBJECTS for c in right):
        ids = []
        for child in right:
            ids.extend(subtree_ids(child, cue_ids))
        return trim(doc, ids), []
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS and child.i > cue.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                # "called for X": the preposition joins the cue, its object is the content.
                ids = subtree_ids(child, cue_ids | {child.i})
                for sibling in right:
                    if sibling.i > child.i:
                        ids.extend(subtree_ids(sibling, cue_ids))
                return trim(doc, ids), [child.i]
    if cue.pos_ in ("NOUN", "PROPN"):
        for child in cue.children:
            if child.dep_ == "acl":
                for obj in child.children:
                    if obj.dep_ in OBJECTS:
                        return subtree_ids(obj, cue_ids), []
        if cue.dep_ in NOUN_SUBJECTS:
            # "Confessions made by the suspect paint a grim picture": what the
            # noun is said to do is its content.
            return subtree_ids(cue.head, {t.i for t in cue.subtree}), []
    if cue.dep_ in ("parataxis", "ccomp") and (cue.i < cue.head.i or _after_break(cue)):
        return subtree_ids(cue.head, {t.i for t in cue.subtree}), []
    if cue.text == ":":
        sent = cue.sent
        return trim(doc, [t.i for t in sent if t.i > cue.i]), []
    return [], []
