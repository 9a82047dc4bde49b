"""A person's name the parser apposed to the thing in a description's "of" phrase: "The
driver of the minibus, X, was convicted", parsed with X renaming "minibus".

A person's name never renames a thing, so a name set off by a comma after the object of an
"of" phrase - a common noun that is no person's (``people_nouns``, ``accused_nouns``, the
parts of the case, victims, kin) - renames the noun the "of" phrase belongs to: X is the
driver, as the parser reads "the owner of the shop, X" when it hangs X on "owner". Only a
singular noun (one name renames one person) and a definite thing ("the son of a trader, X"
introduces the trader). Not where the "of" object is a person's noun ("the son of the
landlord, X" and "the murder of the shopkeeper, X" are read by ``ApposedNames.owner_renamed`` and
the mentions), and not where the noun the phrase belongs to is an act, a paper or a charge
("the theft of the car, X"): only a noun for someone can be renamed by a name.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.grammar import indefinite
from corroborate.records import Mention

__all__ = ["name_past_thing"]


def name_past_thing(
    noun: Token, by_token: Mapping[int, Mention], lex: LegalLexicon
) -> Token | None:
    """The person's name apposed, after a comma, to the thing that ends ``noun``'s "of"
    phrase ("the driver of the minibus, X": X for "driver"); None for anything else."""
    # one name renames one person: "the sons of a farmer, X" leaves X the farmer
    if noun.tag_ != "NN" or noun.i in by_token or _not_someone(noun, lex):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj" or thing.pos_ != "NOUN" or thing.i in by_token:
                continue
            if _someone(thing, lex) or indefinite(thing):
                # "the son of the landlord, X": left to ``owner_renamed``; "the son of a
                # trader, X": a name after an indefinite noun introduces that noun's bearer
                continue
            for name in thing.children:
                m = by_token.get(name.i)
                comma = name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
                if name.dep_ == "appos" and comma and m is not None and m.type == "person":
                    return name
    return None


def _someone(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a noun for a person the lexicon knows."""
    people = lex.people_nouns | lex.accused_nouns | lex.victim_words | lex.companion_nouns
    words = {noun.lemma_.lower(), noun.lower_}
    return bool(words & (people | lex.role_nouns.keys()))


def _not_someone(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is an act, a charge or a paper, which no name renames."""
    acts = (lex.crime_nouns | lex.offence_nouns | lex.charge_nouns | lex.accusation_nouns
            | lex.reported_nouns | lex.wrongdoing_nouns)  # fmt: skip
    return bool({noun.lemma_.lower(), noun.lower_} & acts)
