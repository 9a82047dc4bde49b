"""Invented two-to-three-report stories in which a nickname is declared (``test_shared_nicknames``).

Each story is its reports' texts, in order, and what resolution must make of them: the
names that must be one person (``together``) and those that must be different people
(``apart``). Every name and event is invented; the styles are those of Indian and Pakistani
English-language papers, Bangladeshi district reports, Nepali English, wire copy and local
papers of Kenya, Jamaica, Nigeria and the Philippines.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions

__all__ = ["STORIES", "Story", "entity_id", "index_of"]


@dataclass(frozen=True)
class Story:
    name: str
    reports: tuple[str, ...]
    together: tuple[tuple[str, str], ...] = ()  # names that must be one entity
    apart: tuple[tuple[str, str], ...] = ()  # names that must not be


def index_of(nlp: Language, story: Story) -> EntityIndex:
    """The entities resolution makes of ``story``'s reports, dated a month apart in order."""
    docs = [DocumentMentions(f"{story.name}-{i}", f"2021-0{i + 1}-01", find_mentions(nlp(text)))
            for i, text in enumerate(story.reports)]  # fmt: skip
    return resolve_entities(docs)


def entity_id(index: EntityIndex, name: str) -> str | None:
    """The id of the entity ``name`` resolves to in ``index``, or None."""
    found = index.lookup(name)
    return None if found is None else found.id


STORIES: list[Story] = [
    # One nickname, two men, two cases: two entities.
    Story(
        "pappu-agra-lahore",
        (
            "Police in Agra arrested Rakesh Jatav alias Pappu for a robbery on Monday.",
            "In Lahore, the police booked Sajid Mehmood alias Pappu for extortion.",
        ),
        apart=(("Rakesh Jatav", "Sajid Mehmood"),),
    ),
    Story(
        "billa-two-districts",
        (
            "Officers detained Bashir Ahmed, known as Billa, near the bus stand in Sahiwal.",
            "The sessions court in Okara sentenced Rizwan Ahmad alias Billa to ten years.",
        ),
        apart=(("Bashir Ahmed", "Rizwan Ahmad"),),
    ),
    Story(
        "kaka-three-men",
        (
            "Kamran Ali alias Kaka was arrested with a pistol in Faisalabad.",
            "Khurram Shahzad alias Kaka was shot dead in a police encounter in Multan.",
            "A court in Sialkot acquitted Shaukat Ali alias Kaka of the murder charge.",
        ),
        apart=(
            ("Kamran Ali", "Khurram Shahzad"),
            ("Kamran Ali", "Shaukat Ali"),
            ("Khurram Shahzad", "Shaukat Ali"),
        ),
    ),
    Story(
        "bunty-delhi-patna",
        (
            "The Delhi Police arrested Rohit Malhotra alias Bunty in a car theft case.",
            "A Patna court granted bail to Sunil Paswan alias Bunty on Thursday.",
        ),
        apart=(("Rohit Malhotra", "Sunil Paswan"),),
    ),
    Story(
        "kale-nepal",
        (
            "Police arrested Suraj Tamang alias Kale from Butwal on charges of smuggling.",
            "Ram Bahadur Thapa alias Kale was sent to Kaski jail on Tuesday.",
        ),
        apart=(("Suraj Tamang", "Ram Bahadur Thapa"),),
    ),
    Story(
        "monu-bangladesh",
        (
            "RAB members detained Abdul Karim alias Monu from Gazipur with yaba tablets.",
            "A Khulna court sentenced Mizanur Rahman alias Monu to death for the killing.",
        ),
        apart=(("Abdul Karim", "Mizanur Rahman"),),
    ),
    Story(
        "doctor-kenya",
        (
            "Detectives in Nakuru arrested Peter Kamau, alias Doctor, over a string of burglaries.",
            "In Mombasa, Hassan Omondi, alias Doctor, was charged with trafficking heroin.",
        ),
        apart=(("Peter Kamau", "Hassan Omondi"),),
    ),
    Story(
        "shorty-jamaica",
        (
            "Police in St Catherine charged Andre Campbell, otherwise called Shorty, with murder.",
            "Damion Reid, also known as Shorty, was freed by the Home Circuit Court on Friday.",
        ),
        apart=(("Andre Campbell", "Damion Reid"),),
    ),
    Story(
        "tari-punjab",
        (
            "Tariq Rasool alias Tari was remanded in police custody for four days.",
            "Rana Tariq Mehmood alias Tari was declared a proclaimed offender by the court.",
        ),
        apart=(("Tariq Rasool", "Rana Tariq Mehmood"),),
    ),
    Story(
        "boy-nigeria",
        (
            "The police in Ibadan arrested Segun Adeyemi a.k.a. Boy for armed robbery.",
            "An Abuja court convicted Emeka Okafor a.k.a. Boy of kidnapping.",
        ),
        apart=(("Segun Adeyemi", "Emeka Okafor"),),
    ),
    Story(
        "bong-philippines",
        (
            "Police in Cebu arrested Ronaldo Santos alias Bong in a drug buy-bust operation.",
            "Eduardo Villanueva alias Bong surrendered to police in Davao City.",
        ),
        apart=(("Ronaldo Santos", "Eduardo Villanueva"),),
    ),
    # The same man by full name and nickname across reports of one case: one entity.
    Story(
        "one-man-two-reports",
        (
            "Police in Rawalpindi arrested Imran Qureshi alias Jimmy for a bank robbery.",
            "Imran Qureshi alias Jimmy was produced before the anti-terrorism court.",
        ),
        together=(("Imran Qureshi", "Jimmy"),),
    ),
    Story(
        "one-man-titled-later",
        (
            "The police arrested Vikas Sood, alias Vicky, in a ransom case in Ludhiana.",
            "Constable Vikas Sood, alias Vicky, was suspended after his arrest.",
        ),
        together=(("Vikas Sood", "Vicky"),),
    ),
    Story(
        "one-man-known-as-then-aka",
        (
            "Nadeem Akhtar, known as Nanna, was held with stolen motorcycles in Gujrat.",
            "The court sent Nadeem Akhtar aka Nanna to jail on judicial remand.",
        ),
        together=(("Nadeem Akhtar", "Nanna"),),
    ),
    # A bare nickname in a later report: the one holder the corpus gives it.
    Story(
        "bare-nickname-one-holder",
        (
            "Police arrested Ram Bahadur Thapa alias Kale in Pokhara.",
            "Kale was sent to Kaski jail on Tuesday.",
        ),
        together=(("Ram Bahadur Thapa", "Kale"),),
    ),
    Story(
        "bare-nickname-one-holder-pakistan",
        (
            "The CTD arrested Tariq Naveed alias Kala in Quetta on Monday.",
            "Witnesses told the court that Kala had threatened them.",
        ),
        together=(("Tariq Naveed", "Kala"),),
    ),
    # A bare nickname that two men hold: no man is guessed.
    Story(
        "bare-nickname-two-holders",
        (
            "Police in Agra arrested Rakesh Jatav alias Pappu for a robbery on Monday.",
            "In Lahore, the police booked Sajid Mehmood alias Pappu for extortion.",
            "Witnesses said Pappu had fired at the shopkeeper.",
        ),
        apart=(
            ("Rakesh Jatav", "Sajid Mehmood"),
            ("Rakesh Jatav", "Pappu"),
            ("Sajid Mehmood", "Pappu"),
        ),
    ),
    # Near misses: no nickname shared, or the nickname held by one man's names only.
    Story(
        "brothers-one-surname",
        (
            "Police arrested Arjun Yadav alias Chhotu and his brother Manoj Yadav in Gorakhpur.",
            "Manoj Yadav was granted bail by the sessions court.",
        ),
        apart=(("Arjun Yadav", "Manoj Yadav"),),
    ),
    Story(
        "brothers-one-nickname",
        (
            "Police arrested Arjun Yadav alias Chhotu in Gorakhpur on Sunday.",
            "His brother Sanjay Yadav alias Chhotu was arrested in Deoria a week later.",
        ),
        apart=(("Arjun Yadav", "Sanjay Yadav"),),
    ),
    Story(
        "father-and-son",
        (
            "Gurnam Singh alias Gama and his son Harpreet Singh were booked for the assault.",
            "Harpreet Singh alias Gama Junior surrendered before the court in Bathinda.",
        ),
        apart=(("Gurnam Singh", "Harpreet Singh"),),
    ),
    Story(
        "title-no-nickname",
        (
            "Chaudhry Aslam Warraich was arrested in Sargodha for land grabbing.",
            "Chaudhry Nisar Ahmed was acquitted of the same charges in Mandi Bahauddin.",
        ),
        apart=(("Aslam Warraich", "Nisar Ahmed"),),
    ),
    Story(
        "nickname-is-part-of-name",
        (
            "The Karachi police arrested Muhammad Shahid alias Shahid in Lyari.",
            "Muhammad Shahid Khan alias Shahid was sent to jail on judicial remand.",
        ),
        together=(("Muhammad Shahid", "Muhammad Shahid Khan"),),
    ),
]
