"""The reading lfa27 added: the lede's court step on an indefinite description ("sentenced a
welder to six years", "acquitted a porter", "ordered a former surveyor held in preventive
detention", "sent a recruiting agent to custody") stands for the one person a later sentence
introduces with that noun ("The welder, X", "Porter X") - ``claims.lede_indefinite``.
Invented sentences and names; near misses where the later bearer of the noun has another part,
two bear it, the later noun is of another thing, no court acts, or the step is not the lede."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes


@pytest.mark.parametrize(
    ("text", "name", "outcome"),
    [
        # wire copy (West Africa): the noun apposed to the name two sentences on
        ("TAMALE, Ghana - A circuit court on Monday sentenced a welder to six years in prison "
         "for stealing transformer oil. The utility said the thefts had cut power to 40 "
         "villages. The welder, Abdul-Rahman Iddrisu, had pleaded not guilty.",
         "Abdul-Rahman Iddrisu", "sentenced"),
        # Indian legal news: the noun written before the name as its title
        ("PUNE: A special court on Friday acquitted a former cooperative bank clerk of forging "
         "deposit slips. The court said the handwriting report was inconclusive. Former "
         "cooperative bank clerk Sunil Deshpande had been suspended in 2021.",
         "Sunil Deshpande", "acquitted"),
        # civil-law wire copy: a court's order of detention on the object
        ("QUITO - A judge on Thursday ordered a former surveyor held in preventive detention "
         "over a landslide that buried six homes. Prosecutors said the permits were forged. "
         "The surveyor, Marco Antonio Salazar, 51, denies the charge.",
         "Marco Antonio Salazar", "remanded"),
        # Nepali English: sent to custody for the trial
        ("POKHARA, May 2: The Kaski District Court has sent a manpower agent to custody for "
         "the trial in a case of fake job offers. A single bench issued the order on Friday. "
         "The manpower agent, Dipendra Gurung, had collected Rs 1.2 million from nine workers.",
         "Dipendra Gurung", "remanded"),
        # a conviction and an acquittal of two described people in one lede
        ("SPANISH TOWN, Jamaica - A jury on Tuesday convicted a nurse of manslaughter and "
         "acquitted a porter of the same charge. The patient died in 2023. The nurse, Claudette "
         "Brown, will be sentenced in May. The porter, Delroy Walters, walked free.",
         "Delroy Walters", "acquitted"),
    ],
)  # fmt: skip
def test_a_lede_description_named_later_is_ruled_on(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert outcome in outcomes(claims_of(nlp, text), name)


def test_a_gapped_second_description_is_ruled_on(nlp: Language) -> None:
    # the second object of a gapped "X to P and Y to Q", which the parser hangs on the verb
    # (with "in prison" after the first term it hangs the second on "prison": not read)
    text = (
        "LAUTOKA, Fiji - The High Court on Monday sentenced a cook to four years and a gardener "
        "to two years for the theft of a guest's jewellery. The resort said it had "
        "changed its locks. The cook, Josaia Tora, let the men in. The gardener, Viliame Naivalu, "
        "kept watch outside."
    )
    claims = claims_of(nlp, text)
    assert "sentenced" in outcomes(claims, "Josaia Tora")
    assert "sentenced" in outcomes(claims, "Viliame Naivalu")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the later bearer of the noun is a witness
        ("KANO - A High Court on Monday sentenced a driver to ten years for trafficking "
         "cannabis. Soldiers stopped the truck in Kogi. A driver who saw the arrest, Sani "
         "Abdullahi, testified for the prosecution.", "Sani Abdullahi"),
        # two bear the noun: the lede's one is neither
        ("JAIPUR: A sessions court on Monday sentenced a guard to five years for theft at a "
         "bank. The bank employs two guards. The first guard, Mohan Meena, was on duty. The "
         "second guard, Kailash Saini, was on leave.", "Mohan Meena"),
        # the lede's noun before its noun ("a stamp vendor") is not the later one's: "The
        # vendor, X" may be another vendor
        ("SIALKOT: A magistrate on Monday remanded a stamp vendor in a forged deeds case. The "
         "police said the deeds were sold in the bazaar. The vendor, Tariq Mehmood, told "
         "reporters he had sold blank papers for years.", "Tariq Mehmood"),
        # no court acts: an employer's step
        ("MOMBASA - A shipping firm on Monday sacked a cashier over missing receipts. Auditors "
         "found gaps in the ledger. The cashier, Halima Omar, said she would sue.",
         "Halima Omar"),
        # the step is not the lede's: a later paragraph's "a NOUN" is not read forward
        ("CEBU - A fire gutted a market on Sunday. Firefighters took three hours to put it out. "
         "The court on Monday acquitted a vendor of arson in an older case. The market reopens "
         "next week. The vendor, Rodel Santos, thanked his lawyer.", "Rodel Santos"),
    ],
)  # fmt: skip
def test_no_later_bearer_stands_for_the_lede_here(nlp: Language, text: str, name: str) -> None:
    assert not outcomes(claims_of(nlp, text), name) - {None}
