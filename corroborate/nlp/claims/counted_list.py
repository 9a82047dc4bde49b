"""A charge paper's list opened by a count of its people: "The FIR names four inmates -
X, Y, Z and W - and warder V", "the complaint names three policemen: X, Y and Z". The
reporter counts the group first and sets the names off after it (a dash, a colon or a
comma). A small parser takes "names" there for a plural noun and the counted noun for the
verb, so the opening is read along the tokens: a number, at most a few words of its noun,
the separator, and a name right after it.

Not a count of people of another part in the case ("names 12 witnesses: X, Y", "names two
lawyers, X and Y"): a role noun (of the lexicon) other than the police's or an official's,
who may well be the accused a paper names.

So too a list whose first item is described before its name: "The FIR names the owner of
the house, X, and his son Y", "the chargesheet names the manager of Acme Traders, X, ...".
The parser hangs the description anywhere (an apposition of the verb, the verb a plural
noun), so it is read along the tokens: a determiner or possessor, the item's noun with its
modifiers, an "of" phrase of a few words, the comma, and a person's name right after it.
Not a part other than the police's or an official's ("names the complainant, X").
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
# The words before a described first item's noun: "the house's elderly owner".
_MODIFIERS = frozenset({"ADJ", "NOUN", "PART"})
# The most words of a described first item's "of" phrase ("of the Satellite Town market").
_OF_WORDS = 5
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

    def _described_list_opening(self, verb: Token) -> bool:
        """Whether ``verb``'s list opens with its first item described before its name:
        "names the owner of the house, X" (see the module's docstring)."""
        doc = verb.doc
        end = verb.sent.end
        at = verb.i + 1
        if at >= end or doc[at].pos_ not in ("DET", "PRON") or doc[at].i in self.by_token:
            return False
        at += 1
        # the item's noun, after its modifiers: "the owner", "the house's elderly owner"
        while at + 1 < end and doc[at].pos_ in _MODIFIERS and doc[at + 1].pos_ in _MODIFIERS:
            at += 1
        noun = doc[at] if at < end else None
        if noun is None or noun.pos_ != "NOUN" or not self._accusable_group(noun):
            return False
        if noun.lemma_.lower() in self.lex.victim_words:  # "names the victim, X"
            return False
        at += 1
        if at < end and doc[at].lower_ == "of":  # "of the house", "of Acme Traders"
            words = doc[at + 1 : min(at + 1 + _OF_WORDS + 1, end)]
            comma = next((t for t in words if t.text == ","), None)
            if comma is None or any(
                t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") or t.is_punct
                for t in doc[at + 1 : comma.i]
            ):
                return False
            at = comma.i
        if at >= end or doc[at].text != "," or at + 1 >= end:
            return False
        m = self.by_token.get(at + 1)
        return m is not None and m.type == "person"

    def _list_start(self, verb: Token, names_next: bool) -> Token | None:
        """The token a paper's list begins after: ``verb`` where a name follows it
        (``names_next``, as ``Descriptions._begins_list`` reads it) or its first item's
        description does, else the separator after its counted group."""
        if names_next or self._described_list_opening(verb):
            return verb
        return self._counted_list_opening(verb) or self._told_group_opening(verb)

    def _told_group_opening(self, verb: Token) -> Token | None:
        """The comma after a definite count of people the report has told of before, which
        opens a paper's list whose next items it names: "The chargesheet names the two men,
        the firm X and the society's secretary, Y" - the group is named elsewhere, the list
        goes on after it. Only where a name follows within the next item's few words (a
        determiner and its noun before it: "the firm X"), before any verb or preposition."""
        doc = verb.doc
        end = verb.sent.end
        at = verb.i + 1
        if at + 2 >= end or doc[at].lower_ != "the" or doc[at + 1].pos_ != "NUM":
            return None
        words = doc[at + 2 : min(at + 3 + _GROUP_WORDS, end)]
        comma = next((t for t in words if t.text == ","), None)
        if comma is None or comma.i == at + 2 or not self._accusable_group(doc[comma.i - 1]):
            return None
        if any(t.is_punct or t.i in self.by_token or t.pos_ in ("ADP", "CCONJ", "VERB")
               for t in doc[at + 2 : comma.i]):  # fmt: skip
            return None
        for t in doc[comma.i + 1 : min(comma.i + 1 + _GROUP_WORDS, end)]:
            if t.i in self.by_token:
                return comma
            if t.pos_ not in ("DET", "ADJ", "NOUN"):
                return None
        return None
