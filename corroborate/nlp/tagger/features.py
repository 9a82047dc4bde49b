"""Per-token features for the attribution tagger.

Each token is described by its words, its parse (dependency, head, the nearest cue-like
ancestor and the path to it), whether it sits inside a quotation, and the role the rule
extractor gave it. The rules are strong on clause-shaped contents and subject sources; the
CRF learns where to trust them and where the words say otherwise (open-ended cues, contents
that run across sentences).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

Role = str  # "S" source, "C" cue, "T" content, "O" none
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})


def bucket(p: float) -> str:
    """A probability as one of five bins, "0" to "4"."""
    return str(min(int(p * 5), 4))


def gap_bucket(gap: int, largest: int = 8) -> str:
    """A distance in tokens as 0, 1, 2 (2-3), 4 (4-7), 8 (8-15), 16 ..., at most ``largest``."""
    power = gap if gap < 2 else 1 << (gap.bit_length() - 1)
    return str(min(power, largest))


def _shape(token: Token) -> str:
    if token.is_space:
        return "NL" if "\n" in token.text else "SP"
    if token.is_punct:
        return token.text if len(token.text) <= 2 else "P"
    if token.is_digit or token.like_num:
        return "d"
    if token.is_title:
        return "Xx"
    if token.is_upper:
        return "X"
    return "x"


def _word(token: Token, form: str) -> str:
    """``form`` (the token's lower case or lemma), less names and whitespace.

    Names become their entity type: whether "MQM" or "PPP" is named must not change what is
    extracted (the name-swap neutrality test), and a name says little about attribution.
    """
    if token.is_space:
        return "<nl>" if "\n" in token.text else "<sp>"
    if token.ent_type_ in NAMED or token.pos_ == "PROPN":
        return f"<{token.ent_type_ or 'PROPN'}>"
    return form


def sentences_and_paragraphs(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, the number of its sentence and of its paragraph (a newline ends one)."""
    sentence_of = [0] * len(doc)
    for k, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.i] = k
    paragraph_of = []
    paragraph = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            paragraph += 1
        paragraph_of.append(paragraph)
    return sentence_of, paragraph_of


def quoted_tokens(doc: Doc, quotations: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside one of the character ranges ``quotations``."""
    starts = [s for s, _ in quotations]
    out = []
    for token in doc:
        k = bisect_right(starts, token.idx) - 1
        out.append(k >= 0 and token.idx < quotations[k][1])
    return out


def document_features(
    doc: Doc,
    rule_roles: list[Role],
    cue_p: list[float],
    quotations: list[tuple[int, int]],
) -> list[list[str]]:
    """The feature strings of every token of ``doc``; ``cue_p`` is each token's probability of
    heading a cue (``CueModel.probabilities``)."""
    quoted = quoted_tokens(doc, quotations)
    n = len(doc)
    words = [_word(t, t.lower_) for t in doc]
    lemmas = [_word(t, t.lemma_.lower()) for t in doc]
    pos = [t.pos_ for t in doc]
    near_cue = _nearest_cues(doc, rule_roles, cue_p)
    out: list[list[str]] = []
    for token in doc:
        i = token.i
        role = rule_roles[i]
        head = token.head
        feats = [
            "b",
            f"w={words[i]}",
            f"l={lemmas[i]}",
            f"p={pos[i]}",
            f"t={token.tag_}",
            f"d={token.dep_}",
            f"s={_shape(token)}",
            f"e={token.ent_type_ or '-'}{token.ent_iob_}",
            f"hl={lemmas[head.i]}",
            f"hp={head.pos_}",
            f"d+hp={token.dep_}|{head.pos_}",
            f"q={quoted[i]}",
            f"r={role}",
            f"r+q={role}|{quoted[i]}",
            f"r+d={role}|{token.dep_}",
            f"r+p={role}|{pos[i]}",
            f"cp={bucket(cue_p[i])}",
            f"cp+p={bucket(cue_p[i])}|{pos[i]}",
            f"sent0={token.is_sent_start}",
            f"side={'L' if i < head.i else 'R' if i > head.i else '0'}",
        ]
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                feats.append(f"w{k}={words[j]}")
                feats.append(f"p{k}={pos[j]}")
                feats.append(f"r{k}={rule_roles[j]}")
                feats.append(f"r{k}+r={rule_roles[j]}|{role}")
            else:
                feats.append(f"w{k}=<edge>")
        feats.append(f"q-1={quoted[i - 1] if i else False}|{quoted[i]}")
        if i + 3 < n:
            feats.append(f"w3={words[i + 3]}")
        if i >= 3:
            feats.append(f"w-3={words[i - 3]}")
        feats.append(f"w-1+w={words[i - 1] if i else '<s>'}|{words[i]}")
        feats.append(f"w+w1={words[i]}|{words[i + 1] if i + 1 < n else '</s>'}")
        # What hangs from the token and what it hangs from: a cue has a subject and a
        # clause below it; a source is the subject of a reporting verb.
        child_deps = sorted({c.dep_ for c in token.children})
        feats.append("cd=" + "|".join(child_deps[:6]))
        feats.extend(f"c={dep}" for dep in child_deps)
        feats.append(f"hd={head.dep_}")
        feats.append(f"d+hd={token.dep_}|{head.dep_}")
        feats.append(f"hw={words[head.i]}|{token.dep_}")
        # The nearest ancestor that looks like a cue, and the dependency path up to it:
        # contents hang from cues by ccomp/xcomp, sources by nsubj.
        path: list[str] = []
        node = token
        anc = None
        for _ in range(6):
            if node.head.i == node.i:
                break
            path.append(node.dep_)
            node = node.head
            if cue_p[node.i] >= 0.3:
                anc = node
                break
        if anc is not None:
            feats.append(f"anc={lemmas[anc.i]}")
            feats.append(f"anc_p={bucket(cue_p[anc.i])}")
            feats.append(f"path={'/'.join(path[-2:])}")
            feats.append(f"path0={path[-1]}")
            feats.append(f"anc_dist={min(len(path), 4)}")
            feats.append(f"anc_side={'L' if i < anc.i else 'R'}")
        else:
            feats.append("anc=-")
        cue_at = near_cue[i]
        if cue_at is None:
            feats.append("nc=-")
        else:
            gap = gap_bucket(abs(cue_at - i))
            side = "L" if i < cue_at else "R"
            feats.append(f"nc={side}{gap}")
            feats.append(f"nc+r={side}{gap}|{role}")
            feats.append(f"ncl={lemmas[cue_at]}|{side}")
        out.append(feats)
    return out


def _nearest_cues(doc: Doc, rule_roles: list[Role], cue_p: list[float]) -> list[int | None]:
    """For each token, the nearest likely cue in its sentence (rules' cue or model p >= 0.5)."""
    out: list[int | None] = [None] * len(doc)
    for sentence in doc.sents:
        cues = [t.i for t in sentence if rule_roles[t.i] == "C" or cue_p[t.i] >= 0.5]
        if not cues:
            continue
        for t in sentence:
            out[t.i] = min(cues, key=lambda j: (abs(j - t.i), j))
    return out
