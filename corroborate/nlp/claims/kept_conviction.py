"""A sentence lessened while the conviction is kept: "the bench reduced X's sentence from ten
to seven years but maintained his conviction", "the court upheld the conviction of Y and
commuted her death sentence to life", "commuted the sentence while affirming the verdict".

Alone, a sentence reduced or commuted on appeal reads ``overturned`` (the reader's
convention, which the real dev annotation follows). When the same sentence also keeps the
verdict - a verb of upholding (``verdict_verbs`` -> upheld) on a verdict noun other than the
one lessened, joined to the lessening verb as its conjunct or as a clause of it - the court
has told what became of the conviction: it stands, and the lessened term is the upheld
conviction's new sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["conviction_kept"]

# How a verb of upholding joins the lessening verb: its conjunct ("but maintained"), or a
# clause on it ("while maintaining his conviction").
_JOINS = frozenset({"conj", "advcl"})


def conviction_kept(verb: Token, lessened: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` (a verb of ``mitigating_verbs``) lessening the verdict noun
    ``lessened`` stands beside a verb that upholds another verdict noun in its sentence."""
    if verb.lemma_.lower() not in lex.mitigating_verbs:
        return False
    return any(
        lex.verdict_verbs.get(other.lemma_.lower()) == "upheld"
        and any(
            o.dep_ in ("dobj", "nsubjpass")
            and o.lemma_.lower() in lex.verdict_nouns
            and o.lemma_.lower() != lessened.lemma_.lower()
            for o in other.children
        )
        for other in _joined(verb)
    )


def _joined(verb: Token) -> list[Token]:
    """The verbs joined to ``verb``: up its chain of conjuncts and clauses to the first,
    then every conjunct or clause below that (not ``verb`` itself)."""
    top = verb
    while top.dep_ in _JOINS and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    out: list[Token] = []
    stack = [top]
    while stack:
        head = stack.pop()
        if head.i != verb.i:
            out.append(head)
        stack += [c for c in head.children if c.dep_ in _JOINS and c.pos_ in ("VERB", "AUX")]
    return out
