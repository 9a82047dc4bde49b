"""Whom a court fines when the parser hangs the one fined off the amount: "The court fined
the company 200,000 euros" (the firm parsed as the verb's dative, the amount its object), "The
magistrate fined Kestrel Foods Ltd Rs2 million" (the firm's name parsed as a modifier of the
amount, "Ltd 2 million", the amount the object).

A fine is a sentence on whoever pays it, a firm as a person ("ordered X Ltd to pay a fine",
"X Ltd was fined" are read already). With an active fining verb (``sentencing_verbs`` whose
disposal is a sentence) whose own object names no one, the one fined is its dative, or a name
the amount it fines carries in front of it. "The company" is the one business the report named
(``CompaniesTold``), as elsewhere. Not a passive ("was fined Rs2 million": its subject is read
as such), nor an amount without a name ("fined Rs50,000").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.company_names import is_company
from corroborate.records import Mention

__all__ = ["FinedAmounts"]

# The relations the parse gives the name of the one fined in front of the amount ("Ltd 2
# million": the firm's last word a modifier of the amount's head).
_BEFORE_AMOUNT = frozenset({"nmod", "compound"})


class FinedAmounts:
    """Reads the one an active fining verb fines, hung as its dative or off the amount."""

    by_token: dict[int, Mention]
    lex: LegalLexicon
    _names: Callable[[Token], list[Named]]
    _passive: Callable[[Token], bool]

    def _fined_named(self, verb: Token, lemma: str) -> list[Named]:
        """The names of the one ``verb`` (an active verb of fining) fines when its object is
        the amount: its dative ("fined the company 200,000 euros") or the name in front of the
        amount ("fined X Ltd Rs2 million"). Empty for any other verb or shape."""
        if self.lex.sentencing_verbs.get(lemma) != "sentenced" or self._passive(verb):
            return []
        found: list[Named] = []
        for child in verb.children:
            if child.dep_ == "dative":
                # "fined his company GEL 250,000": the currency and figure hung on the dative
                # as its apposition are the amount, not a second name of the one fined
                found += [n for n in self._names(child) if not _counted(verb.doc, n)]
            elif child.dep_ == "dobj" and _an_amount(child):
                for mod in child.children:
                    if mod.dep_ in _BEFORE_AMOUNT and mod.i < child.i:
                        found += self._name_before_amount(mod)
        return found

    def _name_before_amount(self, word: Token) -> list[Named]:
        """The business whose name ends at ``word``, a modifier of the amount: the mention
        itself (the naming of phrases reads a name hung as a modifier as a noun's attribute -
        "the Baltic Timber Ltd office" - which here it is not). Only a name with a form of
        incorporation (``is_company``): a currency written as a code before the figure ("fined
        his company GEL 250,000") is typed an organisation too, and a person's name is the
        verb's own object ("fined Ali Raza Rs50,000")."""
        mention = self.by_token.get(word.i)
        if mention is None or mention.type != "organization" or not is_company(mention.name):
            return []
        return [Named(mention.name, mention.start, mention.end)]


def _counted(doc: Doc, named: Named) -> bool:
    """Whether a figure hangs on the words of ``named``: an amount ("GEL 250,000"), not a
    party."""
    span = doc.char_span(named.start, named.end, alignment_mode="expand")
    return span is not None and any(_an_amount(t) for t in span)


def _an_amount(noun: Token) -> bool:
    """Whether ``noun`` is a sum of money, as a fine's object is: a number itself, or a noun
    a number counts ("200,000 euros", "Rs2 million")."""
    return noun.like_num or any(c.dep_ == "nummod" or c.like_num for c in noun.children)
