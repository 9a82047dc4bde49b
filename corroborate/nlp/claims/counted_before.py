"""A plural pronoun after a count its own sentence gives of the clients a lawyer acts for or
of the accused: "Lawyer Y, representing both accused, said they would plead not guilty",
"Counsel for the two men said they were at home", "The three accused told the court they ...".

A plural pronoun never stands for one person. Where the report follows one accused (a
suspect who spoke in the sentence before, say), "they" is not him: it is the group of the size
an earlier word of its own sentence counts - "both" or a number on an accused noun ("the three
accused", "both suspects"), or on any noun a lawyer acts for ("representing the two men",
"counsel for both men") - read as such a count is read (``Counted._group_of_size``: the last
group named together, everyone accused so far), so only accused are taken in. A count of the
people an act befell ("killing the two men") counts no one "they" may be; where no group fits
the count, "they" keeps its old reading.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.claims.counted import counts_of
from corroborate.nlp.claims.draft import Named

__all__ = ["CountedBefore"]


class CountedBefore:
    """The group a count before a plural pronoun in its sentence stands for; the state is
    ``Naming``'s."""

    lex: LegalLexicon
    last_accused: list[Named]
    _group_of_size: Callable[[set[int]], list[Named]]  # ``Counted``'s

    def _counted_before(self, pronoun: Token) -> list[Named]:
        """The accused a count before ``pronoun`` in its sentence stands for, where the
        report follows one person and ``pronoun`` is plural; else none."""
        if pronoun.lower_ not in self.lex.plural_pronouns:
            return []
        followed = self.last_accused
        if len({n.name for n in followed}) != 1 or any(n.members for n in followed):
            return []
        for word in pronoun.sent:
            if word.i >= pronoun.i:
                break
            sizes = self._count_of_accused(word)
            found = self._group_of_size(sizes) if sizes else []
            if found:
                end = pronoun.idx + len(pronoun.text)
                return [Named(n.name, pronoun.idx, end, n.members) for n in found]
        return []

    def _count_of_accused(self, word: Token) -> set[int]:
        """The sizes ``word`` counts where it counts accused ("both accused", "the three
        accused", "both suspects": the tagger may make "accused" a participle and the count
        its head) or those a lawyer acts for ("representing the two men", "for both men");
        else none."""
        lex = self.lex
        counting = lex.counting_quantifiers
        # "the three accused" / "both accused" parsed with the count as the head
        own = number_values([word]) if word.pos_ == "NUM" else set()
        if word.lower_ in counting and word.dep_ not in ("det", "predet"):
            own |= {counting[word.lower_]}
        # (or the parser hangs "accused" on the word before: "Counsel for both accused")
        after = word.nbor(1) if word.i + 1 < len(word.doc) else word
        described = [c for c in word.children if c.dep_ in ("acl", "amod")] + [after]
        if own and any(c.i > word.i and c.lower_ in lex.accused_nouns for c in described):
            return {s for s in own if s >= 2}
        marks = {c.lower_ for c in word.children if c.dep_ in ("det", "predet", "nummod", "cc")}
        sizes = counts_of(word) | {counting[w] for w in marks if w in counting}
        sizes = {s for s in sizes if s >= 2}
        if not sizes:
            return set()
        if word.lemma_.lower() in lex.accused_nouns or word.lower_ in lex.accused_nouns:
            return sizes
        people = word.lemma_.lower() in lex.people_nouns or word.lower_ in lex.people_nouns
        head = word.head
        acted_for = word.dep_ == "dobj" and head.lemma_.lower() in lex.representing_verbs
        acted_for = acted_for or word.dep_ == "pobj" and head.lower_ == "for"
        return sizes if people and acted_for else set()
