"""Token features for the learned cue detector.

Features are plain strings so that the model is a sparse table of weights
(feature -> weight) that ships as JSON and scores in pure Python: no
scikit-learn or numpy at extraction time.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Parts of speech that can head a cue: "said", "according (to)", "claims",
# "allegations (against)", and the colon that introduces a quote.
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "PUNCT", "ADJ", "ADV", "PROPN"})

_QUOTE_CHARS = frozenset("\"“”‘’'")


def is_candidate(token: Token) -> bool:
    """Whether a token is worth scoring at all (keeps the hot path short)."""
    if token.pos_ not in CANDIDATE_POS:
        return False
    if token.pos_ == "PUNCT":
        return token.text == ":"
    return token.is_alpha


def quote_token_positions(doc: Doc) -> frozenset[int]:
    """Indices of the quote-mark tokens of a document (computed once per document)."""
    return frozenset(t.i for t in doc if t.text in _QUOTE_CHARS or t.text in ("``", "''"))


def token_features(token: Token, quote_positions: frozenset[int] | None = None) -> list[str]:
    """The features of one candidate cue head.

    ``quote_positions`` (``quote_token_positions(doc)``) saves scanning for quote marks
    around every token.
    """
    lemma = token.lemma_.lower()
    dep = token.dep_
    child_deps = sorted({c.dep_ for c in token.children})
    head = token.head
    feats = [
        "bias",
        f"l={lemma}",
        f"w={token.lower_}",
        f"p={token.pos_}",
        f"t={token.tag_}",
        f"d={dep}",
        f"l+d={lemma}|{dep}",
        f"l+p={lemma}|{token.pos_}",
        f"hl={head.lemma_.lower()}" if head.i != token.i else "hl=ROOT",
        f"hd={head.dep_}",
        f"l+hl={lemma}|{head.lemma_.lower()}",
    ]
    for cd in child_deps:
        feats.append(f"c={cd}")
        feats.append(f"l+c={lemma}|{cd}")
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)
    has_clause = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in token.children)
    feats.append(f"subj+clause={has_subject}|{has_clause}")
    # Sources are people and organisations: "Rangers claim", "the court ruled".
    for child in token.children:
        if child.dep_ in ("nsubj", "agent", "poss"):
            subject = child if child.dep_ != "agent" else next(iter(child.children), child)
            feats.append(f"subj_ent={subject.ent_type_ or subject.pos_}")
            feats.append(f"l+subj_ent={lemma}|{subject.ent_type_ or subject.pos_}")
            feats.append(f"subj_l={subject.lower_}")
    feats.append(f"l+subj+clause={lemma}|{has_subject}|{has_clause}")
    doc = token.doc
    prev_tok = doc[token.i - 1] if token.i > 0 else None
    next_tok = doc[token.i + 1] if token.i + 1 < len(doc) else None
    feats.append(f"pw={prev_tok.lower_ if prev_tok is not None else '<s>'}")
    feats.append(f"nw={next_tok.lower_ if next_tok is not None else '</s>'}")
    feats.append(f"l+nw={lemma}|{next_tok.lower_ if next_tok is not None else '</s>'}")
    if quote_positions is None:
        quote_positions = quote_token_positions(doc)
    near_quote = any(i in quote_positions for i in range(token.i - 3, token.i + 4))
    feats.append(f"nearq={near_quote}")
    feats.append(f"l+nearq={lemma}|{near_quote}")
    return feats
