"""The words around names (``data/name_words.json``), as one typed object.

``name_words()`` is what the mention finder asks (``nlp.names``, ``nlp.mentions``,
``nlp.speakers``): which words before a name are titles, which last words make a name an
organisation's or a place's, which roles people hold in organisations, which words declare
an alias or point to a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from corroborate.lexicon import load_data

__all__ = ["NameWords", "name_words"]


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]  # dropped from the front of a name: "Gangster", "MNA", "Dr"
    # titles a body's name keeps at its front: "Federal Investigation Agency"
    own_name_words: frozenset[str]
    # before a name but also name parts: "Nawab", "Syed" (kept in the name; see resolve)
    honorifics: frozenset[str]
    personal_titles: frozenset[str]  # only people carry them: "Mr", "Col", "Justice"
    ranks: frozenset[str]  # offices of police, army and courts: "Constable", "Sgt", "Justice"
    # what else closes an office before its holder's name: "District Public Prosecutor X"
    office_ends: frozenset[str]
    organisation_heads: frozenset[str]  # "... Committee", "... Rangers"
    place_heads: frozenset[str]  # "... Town", "... Jail"
    place_prepositions: frozenset[str]  # "near X": mostly said of a place
    corporate_forms: frozenset[str]  # what ends a company's name: "Ltd", "Private Limited"
    roles: frozenset[str]  # "worker", "leader", "MNA"
    leader_roles: frozenset[str]  # held by one person at a time: "chief", "founder"
    lead_verbs: Mapping[str, str]  # lemma -> role: "head" -> "head", "found" -> "founder"
    person_nouns: frozenset[str]  # "the suspect", "the accused"
    alias_markers: frozenset[str]  # "alias", "aka", "urf"
    alias_phrases: frozenset[str]  # "also known as": a person's other name or a place's
    kinship_markers: frozenset[str]  # "X s/o Y": Y is X's father, named to identify X
    # "X, whose real name is Y": the noun ("name") and its adjectives ("real", "full")
    true_name_nouns: frozenset[str]
    true_name_adjectives: frozenset[str]
    personal_pronouns: frozenset[str]  # "he", "her"
    victim_acts: frozenset[str]  # "the murder of X": "murder", "killing"
    acronym_skips: frozenset[str]  # "of", "-i-": words an acronym leaves out
    joining_words: frozenset[str]  # "and", "in": after a name that modifies nothing
    case_title_words: frozenset[str]  # "v.", "vs.": a case's title, never a person
    izafat_heads: frozenset[str]  # "Lashkar-e-X", "Jamaat-ul-X": a body's name
    izafat_joiners: frozenset[str]  # "e", "ul": the izafat between a name's words
    # what closes a compound given name's first part written in one word: "Mizan|ur",
    # "Izhar|ullah" ("Mizan" is "Mizanur Rahman" for short)
    given_name_links: frozenset[str]
    tie_nouns: frozenset[str]  # "X's campaign manager", "an aide to X": a person tied to X
    # a title that abbreviates a profession's noun, by the title without its full stop:
    # "dr" -> "doctor" ("Dr X ... the doctor")
    title_professions: Mapping[str, str]
    courtesy_titles: frozenset[str]  # "superintendent Dr X": between an office and the name
    person_noun_endings: tuple[str, ...]  # "loader", "watchman": a noun for one of a trade
    # the pronoun gender ("Masc", "Fem", as spaCy's morphology writes it) a word tells
    gendered_words: Mapping[str, str]
    # the sex a noun of people at large tells of those it counts ("the two men"), by lemma
    sexed_people: Mapping[str, str]
    generation_suffixes: frozenset[str]  # "Keith Pryce senior", "John Doe Jr"
    # the father's suffixes ("senior") and the son's ("junior"), and by which kin noun the
    # report calls each ("his father", "his son")
    elder_suffixes: frozenset[str]
    younger_suffixes: frozenset[str]
    elder_kin: frozenset[str]
    younger_kin: frozenset[str]
    # the adjectives that pick the youngest or the eldest of the accused given ages
    age_younger: frozenset[str]
    age_older: frozenset[str]


def _words(data: dict[str, dict[str, list[str]]], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data[key]["words"])


def _generation(data: dict[str, dict[str, list[str]]], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data["generation_suffixes"][key])


@cache
def name_words() -> NameWords:
    """The lists, read once per process."""
    data = load_data("name_words")
    return NameWords(
        titles=_words(data, "titles"),
        own_name_words=_words(data, "own_name_words"),
        honorifics=_words(data, "honorifics"),
        personal_titles=_words(data, "personal_titles"),
        ranks=_words(data, "ranks"),
        office_ends=_words(data, "office_ends"),
        organisation_heads=_words(data, "organisation_heads"),
        place_heads=_words(data, "place_heads"),
        place_prepositions=_words(data, "place_prepositions"),
        corporate_forms=_words(data, "corporate_forms"),
        roles=_words(data, "roles"),
        leader_roles=_words(data, "leader_roles"),
        lead_verbs=MappingProxyType(dict(data["lead_verbs"]["roles"])),
        person_nouns=_words(data, "person_nouns"),
        alias_markers=_words(data, "alias_markers"),
        alias_phrases=frozenset(w.lower() for w in data["alias_markers"]["phrases"]),
        kinship_markers=_words(data, "kinship_markers"),
        true_name_nouns=frozenset(w.lower() for w in data["true_name_words"]["nouns"]),
        true_name_adjectives=_words(data, "true_name_words"),
        personal_pronouns=_words(data, "personal_pronouns"),
        victim_acts=_words(data, "victim_acts"),
        acronym_skips=_words(data, "acronym_skips"),
        joining_words=_words(data, "joining_words"),
        case_title_words=_words(data, "case_title_words"),
        izafat_heads=_words(data, "izafat_heads"),
        izafat_joiners=_words(data, "izafat_joiners"),
        given_name_links=_words(data, "given_name_links"),
        tie_nouns=_words(data, "tie_nouns"),
        courtesy_titles=_words(data, "courtesy_titles"),
        title_professions=MappingProxyType(
            {t.lower(): noun.lower() for t, noun in data["title_professions"]["nouns"].items()}
        ),
        person_noun_endings=tuple(sorted(_words(data, "person_noun_endings"))),
        gendered_words=MappingProxyType(
            {
                w.lower(): gender
                for key, gender in (("masculine", "Masc"), ("feminine", "Fem"))
                for w in data["gendered_words"][key]
            }  # fmt: skip
        ),
        sexed_people=MappingProxyType(
            {
                w.lower(): gender
                for key, gender in (("masculine_people", "Masc"), ("feminine_people", "Fem"))
                for w in data["gendered_words"][key]
            }  # fmt: skip
        ),
        generation_suffixes=_generation(data, "elder") | _generation(data, "younger"),
        elder_suffixes=_generation(data, "elder"),
        younger_suffixes=_generation(data, "younger"),
        elder_kin=_generation(data, "elder_kin"),
        younger_kin=_generation(data, "younger_kin"),
        age_younger=frozenset(w.lower() for w in data["age_ranks"]["younger"]),
        age_older=frozenset(w.lower() for w in data["age_ranks"]["older"]),
    )
