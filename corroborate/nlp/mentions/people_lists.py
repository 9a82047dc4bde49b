"""Lists of people: a proper name that a noun only people are introduces ("his friend Siraj",
"household employees Iftikhar, Jan Muhammad and Jameel", "two other accused, including Sabir
and Izhar"). NER types lone South Asian names in such lists places or organisations, or
leaves them out; the grammar of the list says they are people. The typing (``entity_types``)
and the candidates (``missed_names``) read it here, so that one place decides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.legal import legal
from corroborate.nlp import names

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["in_a_list_of_people", "of_one_family"]

# Common nouns only people are: the accused, members, companions ("friend", "employees"),
# groups of people ("the brothers") and the people a case names by their part (relatives,
# witnesses, lawyers, officials), the lexicon's; not the bodies among the parts ("court",
# "police", "family", "prosecution").
_PEOPLE_NOUNS = (
    legal().accused_nouns
    | legal().member_nouns
    | legal().companion_nouns
    | legal().group_nouns
    | {
        word
        for word, role in legal().role_nouns.items()
        if role != "court" and word not in legal().collective_role_nouns
    }
)
# Prepositions that introduce the members of the group before them ("accused, including X").
_INCLUDING = legal().inclusion_prepositions
# Nouns for people of one family: kin ("his sons", "her parents") and the groups a family
# makes ("the couple", "the brothers"), the lexicon's.
_FAMILY_NOUNS = legal().group_nouns | {
    word for word, role in legal().role_nouns.items() if role == "relative"
}


def in_a_list_of_people(name: Span) -> bool:
    """Whether a proper name (the typing asks for one word, the candidates for an untagged
    lone word; every word tagged NNP: "all the Somalis" are a people; not an acronym) is
    introduced by a noun for people, itself or as a later conjunct of the
    list the noun introduces: in apposition to it ("his friend Siraj"), with the noun before
    it ("employees Iftikhar", parsed as its compound), or included in it ("two other
    accused, including Sabir and Izhar"). Only the first conjunct needs the noun: a list of
    people lists people ("..., Jan Muhammad and Jameel"). A place or an organisation beside
    people hangs on a preposition of its own ("employees of Acme", "acquitted in Lahore")."""
    if any(t.tag_ != "NNP" or names.is_acronym(t.text) for t in name):
        return False
    token = name.root
    if token.ent_type_ == "NORP":
        return False
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if first.dep_ == "appos" and _people_noun(noun):
        # "the governor of the largest state, Texas": a name after a prepositional object
        # may stand beside that object (the parser hangs it on either)
        return not any(t.dep_ == "pobj" for t in first.doc[noun.i + 1 : first.i])
    if any(c.dep_ == "compound" and _people_noun(c) for c in first.children):
        return True
    including = first.head
    return (
        first.dep_ == "pobj"
        and including.lower_ in _INCLUDING
        and including.dep_ == "prep"
        and _people_noun(including.head)
    )


def _people_noun(token: Token) -> bool:
    """Whether a token is a common noun only people are ("accused" is tagged a verb too),
    and names people here: a thing's "cousin" or "sister" ("its sister company's
    cousin", an owner of neuter gender) is a company."""
    if not token.is_lower or not (token.lower_ in _PEOPLE_NOUNS or token.lemma_ in _PEOPLE_NOUNS):
        return False
    return not any(c.dep_ == "poss" and "Neut" in c.morph.get("Gender", []) for c in token.children)


def of_one_family(name: Token) -> bool:
    """Whether the list of names whose conjunct ``name`` is may be people of one family, who
    share a surname ("Rajesh and Nupur Talwar": Rajesh Talwar): no noun for people
    introduces it, or a noun for kin does ("his parents X and Y Z", "the couple", "two of
    his sons, X and Y Z"). Another noun for people says what each of them is to the case,
    not to each other ("two of his employees - X and Y Z", "two members of the committee -
    X and Y Z"): each is a name of their own."""
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    nouns = [c for c in first.children if c.dep_ == "compound" and c.is_lower]
    if first.dep_ == "appos":
        noun = first.head
        # "two of his employees - X and Y": the number's people, after "of"
        counted = [g for c in noun.children if c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]  # fmt: skip
        nouns.append(counted[0] if noun.like_num and counted else noun)
    if first.dep_ == "pobj" and first.head.lower_ in _INCLUDING:
        nouns.append(first.head.head)
    introducing = [n for n in nouns if _people_noun(n)]
    return not introducing or any(
        n.lower_ in _FAMILY_NOUNS or n.lemma_ in _FAMILY_NOUNS for n in introducing
    )
