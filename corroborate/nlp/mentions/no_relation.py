"""People a report names in full to say they are NOT kin of another of the same surname:
"The department's director, Ignacio Aldan, who is not related to the laborer", "Inspector
Peter Obi (no relation)", "Ram Thapa, no relation to the accused", "X, unrelated to the
accused". The reporter writes that to keep the bare surname for the person the report
follows, exactly as a relative's introduction does ("his wife, Shabana Marri"), so the name
so told is set apart from the surname as a relative is (``mentions.kin``), never taken as
the one a bare "Aldan" in the next sentence stands for.

Read from the parse: a word of kinship (the lexicon's ``kinship_words``) that heads a
clause or phrase hung on the name (a relative clause, an apposition, a participle) or on
the noun the name is in apposition to ("the director, X, who is not related ..."), and is
negated there: "not"/"never" on it or on its verb, "no" before the noun, or "unrelated".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal

__all__ = ["told_unrelated"]

# the clauses and phrases that tell more of the person they hang on
_TELLING = frozenset({"relcl", "appos", "acl", "amod", "parataxis"})
_NEGATING = frozenset({"not", "never", "no", "n't"})


def told_unrelated(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at characters ``start:end`` of ``doc`` is told as no kin of another."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    holders = [root]
    if root.dep_ == "appos":
        holders.append(root.head)  # "the director, X, who is not related ..."
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _TELLING and child.i >= span.end and _negated_kinship(child):
                return True
    return False


def _negated_kinship(head: Token) -> bool:
    """Whether the phrase ``head`` heads says "no kin": its head word (or the predicate of
    its copula) a kinship word, negated."""
    words = legal().kinship_words
    heads = [head]
    # "who is no relation of his": the noun is the copula's attribute
    heads += [c for c in head.children if c.dep_ in ("attr", "acomp")]
    for h in heads:
        lemma, text = h.lemma_.lower(), h.text.lower()
        if lemma not in words and text not in words:
            continue
        if text.startswith("un"):
            return True  # "unrelated to the accused"
        near = [*h.children, *(head.children if h.i != head.i else ())]
        if any(c.lower_ in _NEGATING and c.dep_ in ("neg", "det", "advmod") for c in near):
            return True
    return False
