"""A person's name apposed where the parser does not hang it on the noun it renames:
"Counsel for the appellant, X" and "the father of the girl, X" (``owner_renamed``: the
name renames the part, not its owner), "a target killer arrested in Lyari, X" and "the alp
keeper from Valais, X" (``apposed_past_place``: a place is never renamed by a person's
name), "one of the suspects, X alias Y" (``_named_after_comma``: the name right after the
phrase and its comma). ``Naming``, ``Descriptions`` and ``ListedNames`` ask these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.records import Mention

__all__ = ["ApposedNames"]

# The prepositions that tie a part to whose it is: "counsel for the appellant", "the father
# of the girl".
_OWNER_OF_PREPS = frozenset({"for", "of"})
# The prepositions that say where a noun's bearer is from or was: "the keeper from Valais",
# "a clerk at the tehsil office" (grammar, not domain words; not "of": "the son of Y, X").
_PLACE_PREPOSITIONS = frozenset({"from", "in", "at"})


class ApposedNames:
    """Names apposed past an owner, a place or a comma, and the noun each renames; the
    state is ``Naming``'s."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    places: dict[int, Mention]

    def owner_renamed(self, appos: Token) -> Token | None:
        """The noun of a person's part that a name apposed to the object of its "for" or "of"
        renames: in "Counsel for the appellant, X" and "the father of the girl, X" X is the
        counsel and the father (the object is a person's noun too, which a name would not
        need to say whose part it is); in "the murder of the shopkeeper, X" the object. None
        where the apposition renames the noun it hangs on."""
        noun = appos.head
        # "Counsel for Sher Khan, Ali Raza, argued": a person's name as the object is whose
        # part it is just as "the appellant" is, and the name after it the part's holder (a
        # name apposed to a name renames it only in an alias, which has its marker)
        named = noun.pos_ == "PROPN" and self._persons_name(noun) and self._persons_name(appos)
        if appos.dep_ != "appos" or noun.dep_ != "pobj" or (noun.pos_ != "NOUN" and not named):
            return None
        prep = noun.head
        if prep.lower_ not in _OWNER_OF_PREPS or prep.dep_ != "prep":
            return None
        owner = prep.head
        lex = self.lex
        parts = lex.role_nouns.keys() | lex.companion_nouns
        people = parts | lex.accused_nouns | lex.victim_words | lex.people_nouns
        of_a_part = owner.lemma_.lower() in parts or owner.lower_ in parts
        of_a_person = named or noun.lemma_.lower() in people or noun.lower_ in people
        return owner if of_a_part and of_a_person and owner.i not in self.by_token else None

    def _persons_name(self, token: Token) -> bool:
        """Whether ``token`` is a word of a mention of a person."""
        m = self.by_token.get(token.i)
        return m is not None and m.type == "person"

    def _named_after_comma(self, phrase: Token) -> Token | None:
        """The person named right after a phrase and a comma, as its apposition however the
        parser hung the name: "one of the suspects, X alias Y" (an alias breaks the parse:
        "X" an adjective of "alias", "Y" an adverb of the verb), "to two militants, X and Y"
        (the names a dependent of the verb). The word of the name the rest hangs on, so that
        its conjuncts follow."""
        doc = self.doc
        comma = phrase.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        m = self.by_token.get(comma + 1)
        if m is None or m.type != "person":
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else doc[comma + 1]

    def apposed_past_place(self, noun: Token, clauses: bool = True) -> Token | None:
        """The person's name the parser apposed to a place that ends a noun's own participle,
        relative clause or "from"/"in"/"at" phrase: "a target killer arrested in Lyari, X,
        had confessed", "the alp keeper from Valais, X" - a place is never renamed by a
        person's name, so the name renames the noun. So is a case or a paper ("The
        sub-engineer named in the FIR, X, obtained bail"). Without ``clauses``, a place
        only in the noun's own phrase, not in a participle or a relative clause on it, and
        no case."""
        modifiers = [c for c in noun.children if c.dep_ in ("acl", "relcl")
                     or c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS]  # fmt: skip
        # the phrase right after the noun, which the parser may hang on the verb instead
        # ("acquitted the guard from Gazipur, X": "from" a preposition of "acquitted")
        after = self.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
        if (after is not None and after.dep_ == "prep" and after.lower_ in _PLACE_PREPOSITIONS
                and after not in modifiers):  # fmt: skip
            modifiers.append(after)
        for clause in modifiers:
            # a case noun only at the end of a participle ("named in the FIR, X")
            papers = self.lex.charge_nouns if clauses and clause.dep_ == "acl" else frozenset()
            for t in clause.subtree:
                if t.dep_ != "appos":
                    continue
                placed = t.head.i in self.places and (clauses or clause.dep_ == "prep")
                # named "in" the case, not "on the complaint of" someone (the complainant)
                paper = t.head.lemma_.lower() in papers and t.head.head.lower_ == "in"
                if not (placed or paper):
                    continue
                # the name's first word: "X alias Kala" hangs on "Kala", the alias's
                for w in t.subtree:
                    m = self.by_token.get(w.i)
                    if m is not None and m.type == "person":
                        return w
        return None
