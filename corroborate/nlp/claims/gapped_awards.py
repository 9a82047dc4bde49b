"""Sentences given in a gapped co-ordination the parser breaks: "sentenced X alias Y to death
and his younger brother Z to life imprisonment", "awarded the death penalty to X and life
imprisonment to Z". The second conjunct repeats the verb's frame without the verb, and a
parse that loses it (an alias read as punctuation, a name tagged as a verb after "to") hangs
Z nowhere the verb's readings look.

The frame is read from the words themselves, after a verb of sentencing or awarding
(``ruling_verbs`` or ``verdict_verbs``: sentenced) and within its sentence: each person
named right before "to" and a term or sentence ("X to death", "Z to life imprisonment", "X
alias Y to ten years"), or right after a term or sentence and "to" ("the death penalty to
X"). Two or more such people joined by "and" are the gapped conjuncts, each sentenced; one
alone is the verb's own reading's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.relative_terms import described_term
from corroborate.nlp.speakers import ALIAS_MARKERS

__all__ = ["GappedAwards"]

# How far after "to" the term may be ("to seven years' rigorous imprisonment").
_TERM_REACH = 3


class GappedAwards(Courts):
    """The people of a gapped co-ordination of sentences awarded."""

    def _gapped_awards(self, verb: Token, phrasal: str, told: list[Draft]) -> list[Draft]:
        """Each person a gapped "X to P and Y to Q" (or "P to X and Q to Y") after a verb of
        awarding names, sentenced - when the verb's readings so far (``told``) missed one."""
        lex = self.lex
        awarding = lex.verdict_verbs.get(phrasal) or lex.ruling_verbs.get(phrasal)
        if awarding != "sentenced" or verb.pos_ != "VERB":
            return []  # "sentenced", "awarded", "handed"
        doc = self.doc
        found: list[tuple[int, int, Named]] = []
        for t in doc[verb.i + 1 : verb.sent.end]:
            m = self.by_token.get(t.i)
            # "sentenced the owner of a shop to three years and ...": "the NOUN", one
            # person the report names; not "a leader and another man to death" (one term
            # for a co-ordination the parse kept, an indefinite other)
            definite = m is None and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            described = (
                definite
                and not any(c.dep_ == "conj" for c in t.children)
                and t.pos_ == "NOUN"
                and t.dep_ in ("dobj", "conj")
                and self._term_after(t.right_edge.i + 1)
            )
            if described or (definite and described_term(t, self._a_sentence_word)):
                # "... and the technician who ran his servers to two years": a description
                # whose term the parser hung on its relative clause
                named = self._name_at(t)
                if named is not None and self._is_person(named):
                    found.append((t.left_edge.i, t.i + 1, named))
                continue
            if m is None or m.type != "person" or t.i != self._mention_root(m):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not (self._term_after(span.end) or self._term_before(span.start)):
                continue
            named = self._name_at(t)
            if named is not None and self._is_person(named):
                found.append((span.start, span.end, named))
        joined = len(found) >= 2 and any(w.lower_ == "and" for w in doc[found[0][1] : found[-1][0]])
        had = {n.name for d in told for n in d.accused}
        if not joined or all(n.name in had for _, _, n in found):
            return []  # a parse that kept the co-ordination: the verb's readings have them
        draft = Draft("ruling", verb, "sentenced")
        draft.add([n for _, _, n in found], "accused")
        draft.add(self._agents(verb), "court")
        return [draft]

    def _a_sentence_word(self, word: Token) -> bool:
        """A term ("death", "life", "years") or a sentence's noun ("imprisonment")."""
        lemma = word.lemma_.lower()
        return lemma in self.lex.awarded_terms or lemma in self.lex.verdict_nouns

    def _term_after(self, i: int) -> bool:
        """Whether "to" and a term follow the name ending before token ``i`` ("X to death"),
        past an alias of it ("X alias Y to death")."""
        doc = self.doc
        if i < len(doc) and doc[i].lower_ in ALIAS_MARKERS:
            i += 1
            while i < len(doc) and doc[i].pos_ == "PROPN":
                i += 1
        if i >= len(doc) or doc[i].lower_ != "to":
            return False
        return any(self._a_sentence_word(w) for w in doc[i + 1 : i + 1 + _TERM_REACH])

    def _term_before(self, i: int) -> bool:
        """Whether a term and "to" come right before the name starting at token ``i`` ("the
        death penalty to X", "life imprisonment to X")."""
        doc = self.doc
        return i >= 2 and doc[i - 1].lower_ == "to" and self._a_sentence_word(doc[i - 2])
