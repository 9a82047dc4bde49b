"""The reading acc72 added: a sentence-initial "They" that opens a list of names stands for
the people the sentence before says a step of the law was done to - counted people or a
counted group that was arrested, charged or convicted ("Police arrested three men ... They
are X, Y and Z"; ``claims.step_group`` in ``NameLists._they_the_accused``). Invented
sentences and names; near misses where the last people the sentence before names are
victims, witnesses, officers or people no step was done to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.step_group import counted_group, step_done_to
from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Nepali English: counted men arrested, named with their ages
        ("Police in Bhaktapur arrested three men on Monday over the robbery of a remittance "
         "shop. They are Arjun Basnet, 25, Bikash Khadka, 27, and Nabin Bista, 30.",
         {"Arjun Basnet", "Bikash Khadka", "Nabin Bista"}),
        # Urdu-press English: people booked, a kin item in the list
        ("Police in Sargodha have booked four people for killing a farmer over a land "
         "dispute. They are Nawaz Ali, his brother Sarfraz, Mushtaq Ahmed and Javed Iqbal.",
         {"Nawaz Ali", "Sarfraz", "Mushtaq Ahmed", "Javed Iqbal"}),
        # wire copy: a court convicted them
        ("A court in Gdansk on Friday convicted three men of smuggling cigarettes. They are "
         "Tomasz Nowak, Piotr Wisniewski and Krzysztof Lewandowski.",
         {"Tomasz Nowak", "Piotr Wisniewski", "Krzysztof Lewandowski"}),
        # Bangladeshi district report: a gang counted with "of"
        ("The Special Task Force has arrested a gang of four for kidnapping a trader in "
         "Bogura. They are Abdul Mannan, Shafiul Alam, Rashedul Islam and Kamrul Hasan.",
         {"Abdul Mannan", "Shafiul Alam", "Rashedul Islam", "Kamrul Hasan"}),
    ],
)  # fmt: skip
def test_they_after_people_a_step_was_done_to_lists_the_accused(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= accused_of("accusation", nlp, text) | accused_of("ruling", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # hurt, not taken: the victims of an accident
        "Three people were injured when a gas cylinder exploded in Butwal. They are Hari "
        "Sharma, Gita Thapa and Ram Oli.",
        # the last people named are the victims of the crime the men were arrested for
        "Police arrested two men for attacking three women in Butwal. They are Hari Sharma, "
        "Gita Thapa and Ram Oli.",
        # rescued, not arrested
        "Police rescued four girls from a brothel in Siliguri. They are Hari Sharma, Gita "
        "Thapa, Ram Oli and Sita Rai.",
        # the last people named are the witnesses questioned, not the men arrested
        "Police arrested two men and questioned three witnesses. They are Hari Sharma, Gita "
        "Thapa and Ram Oli.",
        # only possible, not done
        "Police may arrest three men over the fire. They are Hari Sharma, Gita Thapa and Ram Oli.",
    ],
)
def test_they_after_people_no_step_was_done_to_lists_no_accused(nlp: Language, text: str) -> None:
    found = accused_of("accusation", nlp, text) | accused_of("arrest", nlp, text)
    assert not found & {"Hari Sharma", "Gita Thapa", "Ram Oli", "Sita Rai"}


def test_a_counted_group_is_a_body_noun_counted_with_of(nlp: Language) -> None:
    lex = legal()
    gang = next(t for t in nlp("Police arrested a gang of four.") if t.lower_ == "gang")
    assert counted_group(gang, lex)
    # "of smugglers": a group, not counted
    group = next(t for t in nlp("Police arrested a group of smugglers.") if t.lower_ == "group")
    assert not counted_group(group, lex)


def test_step_done_to_reads_the_active_object_and_the_passive_subject(nlp: Language) -> None:
    lex = legal()
    doc = nlp("Police arrested three men. Four women were charged. Police questioned two boys.")
    men, women, boys = (t for t in doc if t.lower_ in ("men", "women", "boys"))
    assert step_done_to(men, lex)
    assert step_done_to(women, lex)
    assert not step_done_to(boys, lex)
