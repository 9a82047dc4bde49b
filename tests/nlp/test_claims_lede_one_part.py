"""A lede that arrests, charges or sends to jail one unnamed person by what they are ("Police
arrested a revenue clerk ...") and a report that names that one by the lede's noun sentences
later, after the complainant's or the victim's story ("The clerk, X, was caught with marked
notes"): X is the lede's one, as a lede of several parts names each part
(``lede_parts.LedeParts``). The next sentence's subject alone was read before. Invented
sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Police in Sargodha arrested a revenue clerk on Wednesday for demanding a bribe. "
            "The complainant, a retired soldier, said he had paid Rs 40,000 in two instalments. "
            "He went to the anti-corruption office when the clerk asked for more. The clerk, "
            "Muhammad Ashraf, was caught with marked notes, officials said.",
            "arrest",
            "Muhammad Ashraf",
        ),
        (
            "RAB arrested a madrasa teacher in Bogura on Tuesday over the abuse of a student. "
            "The student's mother filed a case with the Sadar police station. The teacher, "
            "Hafez Mohammad Yunus, 42, had threatened the boy, RAB said.",
            "arrest",
            "Hafez Mohammad Yunus",
        ),
        (
            "Police in Tetovo detained a pharmacist on Thursday on suspicion of selling fake "
            "insulin. Three patients were taken to hospital in Skopje. The health inspectorate "
            "closed the shop. The pharmacist, Arben Ziberi, 52, had bought the insulin from an "
            "unlicensed supplier, police said.",
            "arrest",
            "Arben Ziberi",
        ),
        (
            "The FIA has arrested a travel agent in Gujranwala for sending young men abroad on "
            "forged visas. Eleven families lodged complaints. One father said he sold his land "
            "to pay. The agent, Mudassar Nazir, charged each family Rs 2.5 million, the FIA said.",
            "arrest",
            "Mudassar Nazir",
        ),
    ],
)
def test_the_lede_s_one_is_named_by_its_noun_later(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert name in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # another of the kind, set apart by "another": a witness, not the lede's guard
        (
            "Police in Pune arrested a security guard for stealing from a flat. The flat's owner "
            "was abroad. Another guard, Sanjay More, who was on duty that night, told police he "
            "saw nothing.",
            "arrest",
            "Sanjay More",
        ),
        # the one who caught him, told by another noun
        (
            "Police arrested a rickshaw puller in Rangpur for snatching a woman's bag. The woman "
            "said she had been walking to the market. A shopkeeper, Rafiq Mia, caught the puller "
            "and handed him over to police.",
            "arrest",
            "Rafiq Mia",
        ),
        # the driver of another vehicle: a noun the lede's one does not bear alone
        (
            "Police arrested a driver in Gujrat after a van hit a schoolboy. The boy was taken to "
            "hospital. The driver of an ambulance, Asghar Ali, took him there.",
            "arrest",
            "Asghar Ali",
        ),
        # one of two, set apart by an ordinal
        (
            "Police arrested a guard in Jaipur for a theft at a bank. The bank has two guards. "
            "The first guard, Ramesh Meena, was on duty that night.",
            "arrest",
            "Ramesh Meena",
        ),
        # the employer who dismissed him
        (
            "Police arrested a bus conductor in Pokhara for misbehaving with a passenger. The "
            "passenger, a student, complained to the police. The bus owner, Krishna Gurung, said "
            "he had dismissed the conductor.",
            "arrest",
            "Krishna Gurung",
        ),
    ],
)
def test_someone_else_told_by_a_noun_is_not_the_lede_s_one(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert name not in accused_of(kind, nlp, text)
