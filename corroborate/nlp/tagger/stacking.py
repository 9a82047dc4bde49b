"""Second-pass features: what the first CRF pass tagged around each token.

A linear-chain CRF sees only its neighbour's tag, but whether a clause is reported speech
depends on tags far away: a content needs a cue in its sentence or the one before, a cue
needs something reported hanging from it. The second pass ("stacking") reads the first
pass's tags and marginal probabilities as features: the tags in a window, the tag of the
token's head, the nearest tagged cue and whether the token hangs from it in the parse, and
how many sources, cues and contents its sentence holds.

The second CRF must learn how far to trust the first, so at training time the first-pass
tags come from models that did not see the document (cross-fitting, ``train.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from corroborate.nlp.tagger.features import bucket, gap_bucket, sentences_and_paragraphs

Marginals = Sequence[Sequence[float]]  # per token, one probability per tags.LABELS


def _role(tag: str) -> str:
    """The tag reduced to its role: S, C, T or O."""
    return "O" if tag == "O" else tag[-1]


def stacked_features(doc: Doc, tags: Sequence[str], marginals: Marginals) -> list[list[str]]:
    """The second-pass features of every token of ``doc``, given the first pass's ``tags``
    and ``marginals`` (the probability of each of ``tags.LABELS`` at each token)."""
    n = len(doc)
    roles = [_role(tag) for tag in tags]
    sentence_of, paragraph_of = sentences_and_paragraphs(doc)
    cues = [i for i in range(n) if roles[i] == "C"]
    cue_paragraphs = {paragraph_of[i] for i in cues}
    per_sentence = Counter((sentence_of[i], roles[i]) for i in range(n))
    # Plain lists: reading spaCy token attributes in the loop below costs more than the rest.
    deps = [token.dep_ for token in doc]
    heads = [token.head.i for token in doc]

    out: list[list[str]] = []
    for i in range(n):
        p = marginals[i]
        role = roles[i]
        here = sentence_of[i]
        head = heads[i]
        feats = [
            f"z={tags[i]}",
            f"zO={bucket(p[0])}",
            f"zS={bucket(p[1] + p[2])}",
            f"zC={bucket(p[3] + p[4])}",
            f"zT={bucket(p[5] + p[6])}",
            f"z+w={tags[i]}|{deps[i]}",
        ]
        for k in (-3, -2, -1, 1, 2, 3):
            j = i + k
            feats.append(f"z{k}={roles[j] if 0 <= j < n else '#'}")
        before = roles[i - 1] if i else "#"
        after = roles[i + 1] if i + 1 < n else "#"
        feats.append(f"z-1z={before}|{role}|{after}")
        feats.append(f"zh={roles[head]}|{deps[i]}")
        feats.append(f"zhh={roles[heads[head]]}")
        for kind in ("C", "S", "T"):
            feats.append(f"s{kind}={min(per_sentence[(here, kind)], 3)}")
        feats.append(f"pC={paragraph_of[i] in cue_paragraphs}")
        feats.extend(_nearest_cue(i, cues, sentence_of, role))
        feats.extend(_cue_ancestor(i, heads, deps, roles))
        out.append(feats)
    return out


def _nearest_cue(i: int, cues: list[int], sentence_of: list[int], role: str) -> list[str]:
    """Where the nearest tagged cue is: side, distance and whether in the same sentence."""
    k = bisect_left(cues, i)
    candidates = [cues[j] for j in (k - 1, k) if 0 <= j < len(cues)]
    if not candidates:
        return ["nz=-"]
    cue = min(candidates, key=lambda c: (abs(c - i), c))
    side = "L" if i < cue else "R" if i > cue else "0"
    where = f"{side}{gap_bucket(abs(cue - i), largest=16)}|{sentence_of[cue] == sentence_of[i]}"
    return [f"nz={where}", f"nz+z={where}|{role}"]


def _cue_ancestor(i: int, heads: list[int], deps: list[str], roles: list[str]) -> list[str]:
    """The dependency by which the token's branch hangs from the nearest tagged cue above it."""
    node = i
    path: list[str] = []
    for _ in range(8):
        if heads[node] == node:
            break
        path.append(deps[node])
        node = heads[node]
        if roles[node] == "C":
            return [f"za={path[-1]}|{min(len(path), 4)}", f"za+z={path[-1]}|{roles[i]}"]
    return ["za=-"]
