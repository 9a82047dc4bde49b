"""A list of the accused told by what each is named as: "the charge sheet names X as the
main accused, Y as the link who procured the methanol, Z as its supplier, and W as the man
who distributed the pouches". The first item's "as" phrase is an accused noun, which makes
the list one of the accused; the others repeat the pattern with the verb left out (a gapped
list), which a small parser cannot hang on the verb. Read along the tokens: each name after
a comma or "and" that is followed by "as" is an item, unless its "as" phrase gives it
another part in the case ("Y as a witness": a role noun of the lexicon).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.parties import Parties

__all__ = ["NamedAs", "named_as_another_part"]

# The word that gives what an item is named as.
_AS = "as"


class NamedAs(Parties):
    """The gapped items of a list of the accused named "as" their part."""

    def _named_as_list(self, verb: Token) -> list[Draft]:
        if verb.lemma_.lower() not in self.lex.accuse_verbs:
            return []
        first = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == _AS), None)
        if first is None or not any(self._accused_noun(o) for o in first.children):
            return []
        items: list[Named] = []
        separated = False
        for t in verb.doc[first.right_edge.i + 1 : verb.sent.end]:
            if t.text == "," or t.lower_ == "and":
                separated = True
                continue
            m = self.by_token.get(t.i)
            end = t.doc.char_span(m.start, m.end, alignment_mode="expand") if m else None
            if m is None or end is None or m.type != "person" or end.end >= len(t.doc):
                continue
            after = t.doc[end.end]
            if separated and after.lower_ == _AS and not self._another_part(after):
                named = self._name_at(t)
                if named is not None and named not in items:
                    items.append(named)
            separated = False
        return accusation_of(verb, items)

    def _accused_noun(self, token: Token) -> bool:
        return (
            token.lemma_.lower() in self.lex.accused_nouns or token.lower_ in self.lex.accused_nouns
        )

    def _another_part(self, as_word: Token) -> bool:
        return _another_part(as_word, self.lex)


def named_as_another_part(word: Token, by_token: Mapping[int, object], lex: LegalLexicon) -> bool:
    """Whether the name whose word is ``word`` (its mention over the tokens ``by_token`` maps
    to it) is given with a part other than the accused's right after it: "The FIR names X as
    the complainant and Y as the accused" - X is no item of a list of the accused."""
    mention, doc = by_token.get(word.i), word.doc
    after = next((t for t in doc[word.i + 1 :] if by_token.get(t.i) is not mention), None)
    return after is not None and after.lower_ == _AS and _another_part(after, lex)


def _another_part(as_word: Token, lex: LegalLexicon) -> bool:
    """Whether an item's "as" phrase names a part other than the accused's ("as a
    witness", "as the complainant")."""
    phrase = as_word.doc[as_word.i + 1 : min(as_word.i + 4, len(as_word.doc))]
    return any(t.lemma_.lower() in lex.role_nouns and t.pos_ == "NOUN" for t in phrase)
