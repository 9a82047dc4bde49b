"""Run the tagger over a parsed document and turn its tags into placed attributions.

The rules' attributions are inputs here twice: as features (the role each token got from the
rules) and as a fallback for the domain lexicon's cues, which the PolNeAR-trained tagger has
rarely seen ("confessed", "acquitted", "retracted").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.grammar import bare_participle
from corroborate.nlp.roles import Frame, Placed
from corroborate.nlp.spans import char_ranges, overlaps, root_of, token_ids
from corroborate.nlp.tagger.features import (
    Role,
    document_features,
    quoted_tokens,
    sentences_and_paragraphs,
)
from corroborate.nlp.tagger.model import TaggerModel
from corroborate.nlp.tagger.tags import Span, link, spans
from corroborate.records import Range

# Cues whose attributions the ledger is made of (confessions, retractions, admissions,
# denials, rulings, accusations) where the rules know the domain better than a tagger trained
# on election news: the tagger has rarely seen "confessed", "retracted" or "acquitted", and
# misses or fuses such cues in court reporting. Each costs at most 0.002 triple soft F1 on
# PolNeAR dev (README, "How the model was chosen"); the common reporting verbs ("claim",
# "confirm", "deny") are left to the tagger, which knows them better.
COURT_CUES = kinds_lexicon().rule_cues  # lexicon/data/kinds.json


def rule_roles(doc: Doc, placed: Iterable[Placed]) -> list[Role]:
    """The role ("S", "C", "T" or "O") each token has in the rules' attributions."""
    roles = ["O"] * len(doc)
    for p in placed:
        for role, ranges in (("S", p.source), ("C", p.cue), ("T", p.content)):
            for i in token_ids(doc, ranges):
                roles[i] = role
    return roles


def tagged_attributions(
    doc: Doc,
    placed: list[Placed],
    tagger: TaggerModel,
    cue_probabilities: list[float],
    quotations: list[Range],
) -> list[Placed]:
    """The tagger's attributions for ``doc``, given the rules' ones (``placed``) and the cue
    detector's probabilities (``CueModel.probabilities``)."""
    features = document_features(doc, rule_roles(doc, placed), cue_probabilities, quotations)
    return decode(doc, tagger.tag(doc, features), placed, quoted_tokens(doc, quotations))


def decode(
    doc: Doc, tags: list[str], placed: list[Placed], quoted: list[bool] | None = None
) -> list[Placed]:
    """Linked attributions from one tag per token, completed by the rules' ones (``placed``).

    A tagged attribution without a source takes the source the rules found for the same cue,
    else the speaker the parse names (``parse_subject``); a rule attribution on a
    court-lexicon cue, or the writer's own demand, replaces any tagged one on its cue.
    """
    skip = frozenset(t.i for t in doc if t.is_space)
    sentence_of, paragraph_of = sentences_and_paragraphs(doc)
    heads = [t.head.i for t in doc]

    def ids(found: list[Span]) -> list[int]:
        return [i for s in found for i in range(s.start, s.end) if i not in skip]

    out: list[Placed] = []
    subjects = frozenset(t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    carried = carried_paragraphs(doc, paragraph_of)
    for linked in link(
        spans(tags, skip), sentence_of, paragraph_of, heads, subjects, quoted, carried
    ):
        cue = char_ranges(doc, ids(linked.cue))
        kind = next((p.frame.kind for p in placed if p.frame.kind and overlaps(p.cue, cue)), None)
        frame = Frame(
            cue=ids(linked.cue),
            source=ids(linked.source),
            content=_without_addressee(doc, ids(linked.cue), [ids([p]) for p in linked.content]),
            kind=kind,
        )
        content = char_ranges(doc, [i for piece in frame.content for i in piece])
        frame.source = _not_done_to(doc, frame.cue, frame.source)
        source = char_ranges(doc, frame.source)
        if not source:
            rule = next(
                (
                    p
                    for p in placed
                    if p.source and overlaps(p.cue, cue) and not overlaps(p.source, content)
                ),
                None,
            )
            if rule is not None:
                frame.source, source = rule.frame.source, rule.source
            else:
                frame.source = parse_subject(doc, frame.cue, tags)
                source = char_ranges(doc, frame.source)
        out.append(Placed(frame, cue, source, content))
    # Where the rules found a court-lexicon cue, their attribution replaces any tagged one on
    # the same cue: the tagger has rarely seen these cues and fuses them with their
    # neighbours ("It is true that suspects have retracted").
    for p in placed:
        if _domain_rule(doc, p):
            out = [q for q in out if not overlaps(p.cue, q.cue)]
            out.append(p)
    return out


def carried_paragraphs(doc: Doc, paragraph_of: list[int]) -> dict[int, int]:
    """The paragraphs (numbered as ``paragraph_of``) that carry on the words of the one
    before, each mapped to that one: a paragraph that opens with a quote mark after one that
    left a quotation open (news style marks a quotation that runs over paragraphs so, with no
    closing mark at the break), or any paragraph after one that ends in a colon ("She
    said:")."""
    texts: dict[int, list[str]] = {}
    for token in doc:
        if not token.is_space:
            texts.setdefault(paragraph_of[token.i], []).append(token.text_with_ws)
    numbers = sorted(texts)
    joined = ["".join(texts[p]).strip() for p in numbers]
    carried = {}
    for n in range(1, len(numbers)):
        before, text = joined[n - 1], joined[n]
        if before.endswith(":") or (text[:1] in _OPENING_MARKS and _left_open(before)):
            carried[numbers[n]] = numbers[n - 1]
    return carried


_OPENING_MARKS = frozenset({'"', "“"})


def _left_open(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _without_addressee(doc: Doc, cue: list[int], content: list[list[int]]) -> list[list[int]]:
    """``content`` less the passive subject of a cue that reports a clause: in "A Senate
    committee was informed that Rangers had conducted 3,696 raids" the committee is told,
    and what it is told is the clause. Neutral on PolNeAR (it fires 25 times on train)."""
    verb = root_of(doc, cue)
    within = {i for piece in content for i in piece}
    if verb is None or not any(c.dep_ == "ccomp" and c.i in within for c in verb.children):
        return content
    told = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i in within), None)
    if told is None:
        return content
    addressee = range(told.left_edge.i, told.right_edge.i + 1)
    pieces = [[i for i in piece if i not in addressee] for piece in content]
    return [piece for piece in pieces if piece] or content


def _not_done_to(doc: Doc, cue: list[int], source: list[int]) -> list[int]:
    """``source`` unless the cue is a bare participle (``grammar.bare_participle``) and the
    source lies outside its clause: in "Asked about the strike, the minister said", the
    tagger's nearest source is the one who was asked. The participle's own agent stays
    ("Questioned by reporters")."""
    verb = root_of(doc, cue)
    if verb is None or not bare_participle(verb):
        return source
    clause = range(verb.left_edge.i, verb.right_edge.i + 1)
    return source if all(i in clause for i in source) else []


def parse_subject(doc: Doc, cue: list[int], tags: list[str]) -> list[int]:
    """The speaker the parse names for ``cue``, as token ids, for an attribution the tagger
    found without a source; empty where it names none, or the span holds a tagged cue or
    content.

    The speaker of an active cue is its subject; of a passive one, its agent ("was first
    reported by MSNBC"), never its subject ("95 are said to be involved": said of them, by
    nobody named). A participle or a coordinated verb has no subject of its own ("Trump
    returned the compliment, telling Reuters", "The judge rubbed his chin and then said"),
    so the search climbs up to two clause links to the verb whose subject it shares. Worth
    0.007 triple soft F1 on PolNeAR train (cross-fitted tags), on top of the rules' sources.
    """
    inside = set(cue)
    verb = root_of(doc, cue)
    if verb is None:
        return []
    for climbed in range(_CLIMBS + 1):
        speaker = _speaker(verb, of_the_cue=climbed == 0)
        if speaker is None and climbed == 0 and bare_participle(verb):
            # "Asked about the strike, the minister said": whom it shares a subject with
            # was asked, and asked nothing.
            return []
        if speaker is not None:
            ids = range(speaker.left_edge.i, speaker.right_edge.i + 1)
            if inside.intersection(ids) or any(tags[i][2:] in ("C", "T") for i in ids):
                return []
            return [i for i in ids if not doc[i].is_space]
        # A passive cue with no agent names no speaker: whoever it shares a subject with
        # ("95 were affiliated ... and are said to be involved") is spoken of, not speaking.
        if climbed == 0 and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        if verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def _speaker(verb: Token, *, of_the_cue: bool) -> Token | None:
    """The subject ``verb`` gives its clause's speaker: the cue's active subject or passive
    agent; a verb above the cue shares its subject, passive or not ("was arrested and
    later confessed")."""
    for child in verb.children:
        if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and not of_the_cue):
            return child
    if of_the_cue:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# The links by which a verb shares its head's subject: "..., telling Reuters" (advcl),
# "wanted to say" (xcomp), "rubbed his chin and then said" (conj), "a letter saying" (acl).
_CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj", "acl"})
_CLIMBS = 2


def _domain_rule(doc: Doc, placed: Placed) -> bool:
    """Whether a rule attribution is one the rules know better than PolNeAR does: a cue of
    the security and court lexicon ("confessions", "retracted", "maintains") or the writer's
    own demand ("the action has to be indiscriminate")."""
    if placed.frame.kind == "opinion":
        return True
    return any(doc[i].lemma_.lower() in COURT_CUES for i in placed.frame.cue)
