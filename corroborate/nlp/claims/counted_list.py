"""A charge paper's list opened by a count of its people: "The FIR names four inmates -
X, Y, Z and W - and warder V", "the complaint names three policemen: X, Y and Z". The
reporter counts the group first and sets the names off after it (a dash, a colon or a
comma). A small parser takes "names" there for a plural noun and the counted noun for the
verb, so the opening is read along the tokens: a number, at most a few words of its noun,
the separator, and a name right after it.

Not a count of people of another part in the case ("names 12 witnesses: X, Y", "names two
lawyers, X and Y"): a role noun (of the lexicon) other than the police's or an official's,
who may well be the accused a paper names.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.parties import Parties

__all__ = ["CountedList"]

# What sets a counted group's names off after it: "four inmates - X", "three men: X".
_SEPARATORS = frozenset({"-", "–", "—", ":", ","})
# The most words a counted group's noun phrase takes after its number ("four undertrial
# prisoners"): any longer and the words are a clause, not a group's noun.
_GROUP_WORDS = 3
# Parts a counted group may hold and still be the accused a paper names (a policeman, an
# official): the parts the police and the state take in a case.
_ACCUSABLE_PARTS = frozenset({"investigator", "official"})


class CountedList(Parties):
    """Where a paper's list of names begins after a count of the group it names."""

    def _counted_list_opening(self, verb: Token) -> Token | None:
        """The separator after ``verb``'s counted group, right before the first name of the
        list ("names four inmates - X"), or None where no count opens a list there."""
        doc = verb.doc
        end = verb.sent.end
        if verb.i + 1 >= end or doc[verb.i + 1].pos_ != "NUM":
            return None
        words = doc[verb.i + 2 : min(verb.i + 2 + _GROUP_WORDS + 1, end)]
        for k, t in enumerate(words):
            if t.text in _SEPARATORS:
                # the group's noun phrase: a word or more, the last its noun
                if k == 0 or t.i + 1 >= end or t.i + 1 not in self.by_token:
                    return None
                return t if self._accusable_group(doc[t.i - 1]) else None
            if t.is_punct or t.i in self.by_token or t.pos_ in ("ADP", "CCONJ", "PRON"):
                return None
        return None

    def _accusable_group(self, noun: Token) -> bool:
        """Whether a counted noun may be a paper's accused: not "witnesses", "lawyers"."""
        lemma = noun.lemma_.lower()
        role = self.lex.role_nouns.get(lemma) or self.lex.role_nouns.get(noun.lower_)
        return role is None or role in _ACCUSABLE_PARTS

    def _list_start(self, verb: Token, names_next: bool) -> Token | None:
        """The token a paper's list begins after: ``verb`` where a name follows it
        (``names_next``, as ``Descriptions._begins_list`` reads it), else the separator
        after its counted group."""
        return verb if names_next else self._counted_list_opening(verb)
