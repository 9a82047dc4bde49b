"""An organisation the text holds responsible reaches the ledger as the accused of an
allegation; one named as someone's affiliation, as the investigator or as the target does
not (invented reports, through ingest and ``build_ledger``)."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import invented_ledger


def _accused_acts(nlp: Language, *texts: str) -> dict[str, set[str]]:
    ledger, names = invented_ledger(nlp, *texts)
    out: dict[str, set[str]] = {}
    for allegation in ledger.allegations:
        for a in allegation.accused:
            out.setdefault(names[a], set()).add(allegation.act)
    return out


def test_an_organisation_held_responsible_is_the_accused(nlp: Language) -> None:
    """A banned outfit that claimed responsibility for a bombing, a gang the killings were
    blamed on, an outfit behind a murder, one whose assault killed guards, one that killed
    soldiers: each the accused of the act its sentence names."""
    accused = _accused_acts(
        nlp,
        "Lashkar-e-Sadiq claimed responsibility for the bombing of the bus terminal in Quetta.",
        "Sindh Police blamed the killing of two shopkeepers on the Lyari Tigers.",
        "Investigators believe the Red Hand Brigade was behind the murder of Nadia Rehman.",
        "Nine guards died in an assault by the Kivu Patriotic Front on the mine.",
        "The Eastern Liberation Army killed six soldiers near the border on Sunday.",
    )
    assert accused.get("Lashkar-e-Sadiq") == {"explosives"}
    assert accused.get("Lyari Tigers") == {"killing"}
    assert accused.get("Red Hand Brigade") == {"killing"}
    assert accused.get("Kivu Patriotic Front") == {"assault"}
    assert accused.get("Eastern Liberation Army") == {"killing"}
    assert not {"Sindh Police", "Quetta", "Nadia Rehman"} & set(accused)


def test_an_affiliation_an_investigator_or_a_target_is_not_accused(nlp: Language) -> None:
    """The party of an arrested worker, the force that arrested him, the party whose office
    was bombed: none is accused; the worker is."""
    accused = _accused_acts(
        nlp,
        "The Rangers arrested Kamran Aziz, a worker of the National Workers Party, for the"
        " murder of Sajid Mehmood.",
        "Gunmen bombed the office of the Awami Mazdoor Party in Lahore, killing three people.",
    )
    assert "Kamran Aziz" in accused
    assert not {"National Workers Party", "Rangers", "Awami Mazdoor Party"} & set(accused)


def test_a_fallback_organisation_is_the_accused_only_as_its_peoples_side(nlp: Language) -> None:
    """A target naming no one ("212 target killers") falls back on an organisation only
    where the target phrase makes its people the organisation's: affiliated with its armed
    wing, or named before the noun. One only named in the content - the side the killed
    belonged to, a party a split is told of, the side of those arrested told in the
    predicate - is accused of nothing (``AttributionFacts.target_side``)."""
    accused = _accused_acts(
        nlp,
        "The Rangers said they had detained 212 target killers affiliated with the Harbour"
        " Party's armed wing.",
        "The Rangers said they had detained 40 target killers affiliated with the Harbour Front.",
        "Investigators say 30 Granite Brigade militants were behind the bombing of the market.",
        "Police said that 14 of the militants killed in the raid belonged to the banned Harbour"
        " League.",
        "Investigators say the murders rose after the Harbour Union split from the Coastal"
        " Alliance.",
        "A police spokesman said 27 of those arrested for murder were members of the Delta"
        " Movement.",
    )
    assert accused.get("Harbour Party") == {"killing"}
    assert accused.get("Harbour Front") == {"killing"}
    assert accused.get("Granite Brigade") == {"terrorism"}
    assert not {"Harbour League", "Harbour Union", "Coastal Alliance", "Delta Movement"} & set(
        accused
    )
