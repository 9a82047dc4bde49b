"""Names given in passing (``nlp.passing``): beside the act, not as its doer (invented
sentences)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.passing import describes_the_accused, named_in_passing


def _passing(nlp: Language, text: str) -> list[str]:
    return [text[s:e] for s, e in named_in_passing(nlp(text))]


def test_the_object_of_company_on_a_verb_is_named_in_passing(nlp: Language) -> None:
    """ "refused to work with X", "kill babies with X": X is named beside the act."""
    text = "Tomas Brandt refused to work with the Federal Bureau in unlocking the phone."
    assert _passing(nlp, text) == ["the Federal Bureau"]
    text = "The group told its fighters to kill newborn babies with Lorne Syndrome."
    assert _passing(nlp, text) == ["Lorne Syndrome"]


def test_company_that_joins_the_doers_or_a_relation_is_not_in_passing(nlp: Language) -> None:
    """ "along with X" makes X one of the doers; "close links with X" and "associated with
    X" name the partner of a relation (political patronage, membership): a noun's and a
    participle's "with" are left alone."""
    assert _passing(nlp, "Tomas Brandt, along with Ivo Marsh, killed the guard.") == []
    text = "Police said that Tomas Brandt had close links with the Harbor Party."
    assert _passing(nlp, text) == []
    text = "Police arrested five target killers associated with the Harbor Party."
    assert _passing(nlp, text) == []


def test_a_people_as_an_adjective_is_named_in_passing(nlp: Language) -> None:
    """ "gangs of young Arab and Kurdish men": a description, no party."""
    text = "The assaults were committed by gangs of young Arab and Kurdish men."
    assert _passing(nlp, text) == ["Arab", "Kurdish"]


def test_a_name_before_one_accused_noun_describes_it(nlp: Language) -> None:
    """ "the Sandy Ridge shooter": where the shooter struck, not who he is; in the plural
    the name may be whose members they are ("Harbor Front gunmen")."""
    doc = nlp("Its marketing inspired the Sandy Ridge shooter, the families said.")
    ridge = next(t for t in doc if t.text == "Ridge")
    assert describes_the_accused(ridge)
    doc = nlp("Two men helped Harbor Front gunmen in the attack on the mall.")
    front = next(t for t in doc if t.text == "Front")
    assert not describes_the_accused(front)


def test_a_people_said_of_a_subject_is_named_in_passing(nlp: Language) -> None:
    """ "the driver was Kurdish": a description of the driver, no party."""
    text = "His neighbour said the driver was Kurdish and had killed no one."
    assert _passing(nlp, text) == ["Kurdish"]


def test_a_name_where_a_noun_is_is_named_in_passing(nlp: Language) -> None:
    """ "the 1990 massacre in X", "the riots in X": the object of "in" hung on a noun says
    where (NER types many places organisations); "killed in X" (on the verb) is not read so,
    as a verb's "in" may carry its doer ("involved in")."""
    text = "They were accused of the 1990 massacre in Rampur Nagar."
    assert _passing(nlp, text) == ["Rampur Nagar"]
    text = "The riots in Rampur Nagar were blamed on Tomas Brandt."
    assert _passing(nlp, text) == ["Rampur Nagar"]
    assert _passing(nlp, "Tomas Brandt was killed in Rampur Nagar on Monday.") == []
