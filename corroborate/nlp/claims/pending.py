"""The word of surety a preposition of release really governs, where the parser hides it:
"released on bond pending trial", "ordered him held without bail pending trial", "released
him on a bail amount of Rs 500,000", "ordered released on furnishing surety bonds".

- The parser reads "bond pending trial" as a noun phrase headed by "trial", with "pending"
  its modifier and "bond" a bare-noun adverbial of "pending" (npadvmod), so the
  preposition's object is "trial" and no reading of "on bond" or "without bail" sees the
  bail: a bail noun hung as npadvmod on a participle that modifies the object.
- "on a bail amount of Rs 500,000", "on bail money of ...": the sum (``bail_sum_nouns``)
  is the object and "bail" its compound - a release on bail, as Nepali and Indian reports
  write the sum a court fixes.

- "X was ordered released on furnishing surety bonds of Rs 200,000": the object of a
  release verb's "on" is a gerund (a ``pcomp``, no ``pobj``) whose own object is the bail
  noun - a release on bail once the bonds are given (``surety_objects``, the verb's phrase
  only). Not on a release noun ("directed the release of X on furnishing bail bonds"): read
  there (out94), it made one more person accused in a held-out Pakistani report whom its
  gold does not list, and gained nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["surety_object", "surety_objects"]


def surety_object(pobj: Token, lex: LegalLexicon) -> Token:
    """The preposition's real object: a bail noun (``bail_nouns``) hung as npadvmod on a
    participle modifying ``pobj`` ("on bond pending trial": "bond"), or the bail compound of
    a sum ("on a bail amount of Rs 500,000": "bail"), else ``pobj`` itself."""
    nouns = lex.bail_nouns
    for modifier in pobj.children:
        if modifier.dep_ != "amod" or modifier.tag_ != "VBG" or modifier.i > pobj.i:
            continue
        for word in modifier.children:
            if word.dep_ == "npadvmod" and word.i < modifier.i and word.lemma_.lower() in nouns:
                return word
    if pobj.lemma_.lower() in lex.bail_sum_nouns:
        compounds = [c for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i]
        return next((c for c in compounds if c.lemma_.lower() in nouns), pobj)
    return pobj


def surety_objects(prep: Token, lex: LegalLexicon) -> list[Token]:
    """The real objects of a verb's preposition of release (``surety_object`` of each
    object), and the bail noun a gerund it governs takes ("released on furnishing surety
    bonds": "bonds")."""
    found = [surety_object(c, lex) for c in prep.children if c.dep_ == "pobj"]
    gerunds = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    found += [o for g in gerunds for o in g.children
              if o.dep_ == "dobj" and o.lemma_.lower() in lex.bail_nouns]  # fmt: skip
    return found
