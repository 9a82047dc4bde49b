"""The readings out86 added: court steps before trial as courts outside South Asia write them.

- custody ordered for a length, the length written as the custody noun's possessor or "of"
  phrase ("ordered 30 days' detention for X", "ordered detention of up to 30 days for X"), or
  the custody behind a length one is ordered into ("ordered X into 18 months of preventive
  detention"): a remand (``CourtDetention._detention_for``, ``_ordered_into_custody``);
- a request for custody granted by a court ("granted the prosecutor's request for nine
  months of preventive detention against X"): a remand of whom the request's custody is for
  or against (``CourtDetention._request_for_detention``);
- a wire lede after a dateline ("NOVI SAD, March 3 (Danube Wire) - A judge ordered a road
  contractor held in pre-trial detention ... The contractor, X, ..."): the lede is the first
  sentence with a verb, not the dateline (``Custody._held_by_order``);
- a list of people placed under supervision or in custody, each with an age and a
  description, whose "under" or "in" phrase the parser hangs on the list's last item ("placed
  X, 61, a notary, and his son Y, 33, under judicial supervision"): bail or a remand of each
  (``Rulings``).

Invented sentences and names, in wire, European, Latin-American and Central-Asian styles; near
misses that must not fire; strict xfails for what is not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Dragan Petrovic, a customs officer, on Monday over a smuggling ring.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a length as the custody noun's possessor or "of" phrase
        "The investigating judge ordered 30 days' detention for Petrovic.",
        "The Higher Court in Belgrade ordered detention of up to 30 days for Petrovic.",
        "A judge in Osh ordered two months' custody for Petrovic.",
        # the custody behind a length one is ordered into
        "Prosecutors said a judge had ordered Petrovic into 18 months of preventive detention.",
        "The judge of guarantees ordered Petrovic into nine months of pre-trial detention.",
        # a request for custody, granted by a court
        "The judge granted the prosecutor's request for 36 months of preventive detention "
        "against Petrovic.",
        "The court approved a request for pretrial detention of Petrovic.",
        "Judge Lucia Ferraz granted the prosecution's request for preventive detention for "
        "Petrovic.",
        "The district court accepted the prosecutor's request for two months of detention "
        "for Petrovic.",
    ],
)
def test_custody_for_a_length_or_on_request_is_a_remand(nlp: Language, text: str) -> None:
    assert "Dragan Petrovic" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a request refused, not granted, or only made
        "The court rejected the prosecutor's request for preventive detention against Petrovic.",
        "The judge did not grant the request for pre-trial detention of Petrovic.",
        "The court freed Petrovic, rejecting the prosecution's request for preventive detention.",
        "Prosecutors filed a request for 30 days' detention for Petrovic.",
        # a request for a release, or for someone else's custody
        "The judge granted the defence's request for Petrovic's release from detention.",
        "The court granted the mother's request for custody of the children.",
        "The court granted a request for protective custody for the witness against Petrovic.",
        # police, not a court; detention for someone else; detention served before
        "Police ordered 48 hours' detention for Petrovic.",
        "The court ordered detention of up to 30 days for the witness who testified against "
        "Petrovic.",
        "The judge ordered Petrovic's release after 30 days' detention.",
    ],
)
def test_no_remand_without_a_court_granting_custody(nlp: Language, text: str) -> None:
    assert "Dragan Petrovic" not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "dateline",
    [
        "NOVI SAD, March 3 (Danube Wire) - ",
        "NOVI SAD, Serbia, March 3 - ",
        "SKOPJE (Vardar Wire) - ",
        "MONTEVIDEO — ",
        "OSH: ",
    ],
)
def test_a_wire_lede_after_a_dateline_is_the_lede(nlp: Language, dateline: str) -> None:
    text = (
        dateline + "A judge on Monday ordered a road contractor held in pre-trial detention "
        "for 30 days over forged invoices for a bridge that was never repaired.\n\n"
        "The contractor, Marko Ilic, denied the charges at a hearing, his lawyer said."
    )
    assert "Marko Ilic" in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    "second",
    [
        "Aigerim Osmonova was attacked outside her college on May 1 and lost her phone.",
        "Aigerim Osmonova, 19, escaped after two days and went to police.",
    ],
)
def test_after_a_dateline_the_next_subject_is_not_taken_for_the_lede_one(
    nlp: Language, second: str
) -> None:
    # after a dateline, the lede's "a man" is bound only where a later sentence introduces
    # him by the lede's noun: the next sentence's subject here is the victim
    text = (
        "BISHKEK, May 5 (Silk Wire) - A court in Karakol on Friday ordered a man held "
        "in pre-trial detention for two months on suspicion of robbing a 19-year-old woman "
        "at a bus stop.\n\n" + second + "\n\n"
        "The suspect, Bakyt Tolonov, 27, denies the charges."
    )
    assert "Aigerim Osmonova" not in accused_of("ruling", nlp, text, "remanded")


def test_a_later_one_ordered_held_is_not_read_as_a_lede(nlp: Language) -> None:
    # the lede names its one; a second sentence's "a NOUN" ordered held is no unnamed lede
    text = (
        "BISHKEK, May 5 (Silk Wire) - Police arrested Aibek Sadykov, a bank manager, on "
        "suspicion of embezzlement.\n\nA judge ordered a driver held in pre-trial detention "
        "for two months.\n\nThe manager, Aibek Sadykov, denied wrongdoing."
    )
    assert "Aibek Sadykov" not in accused_of("ruling", nlp, text, "remanded")


ACCUSED = "Police accuse Ana Lopes and Rui Costa of stealing from dormant accounts. "


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "The investigating judge placed Ana Lopes, 44, a bank clerk, and her cousin Rui "
            "Costa, 39, under judicial supervision.",
            "bail",
        ),
        (
            "The investigating judge, Etienne Roux, placed Ana Lopes, 44, the manager of the "
            "branch, and her cousin Rui Costa, 39, under judicial supervision, banning both from "
            "leaving the country.",
            "bail",
        ),
        (
            "The judge placed Ana Lopes, a bank clerk, and her cousin Rui Costa in pre-trial "
            "detention.",
            "remanded",
        ),
    ],
)
def test_a_list_placed_under_supervision_or_in_custody(
    nlp: Language, text: str, outcome: str
) -> None:
    found = accused_of("ruling", nlp, ACCUSED + text, outcome)
    assert {"Ana Lopes", "Rui Costa"} <= found


@pytest.mark.parametrize(
    "text",
    [
        # a list under someone else's watch, or an "under" phrase of a description
        "The judge placed Ana Lopes, 44, a bank clerk, and her cousin Rui Costa, 39, under "
        "police supervision.",
        "The court heard that Ana Lopes, a clerk, and Rui Costa, a driver under investigation, "
        "had met twice.",
    ],
)
def test_no_supervision_a_court_does_not_order(nlp: Language, text: str) -> None:
    assert not accused_of("ruling", nlp, ACCUSED + text, "bail") & {"Ana Lopes", "Rui Costa"}


@pytest.mark.parametrize(
    "text",
    [
        # custody a court sanctions as an arrest, as Central-Asian wire copy writes it
        "The Almalinsky district court sanctioned Petrovic's arrest for two months.",
        "The court arrested Petrovic for two months.",
        # custody granted on a request naming no one, its one told elsewhere in the sentence
        "The judge granted the prosecutor's request for preventive detention, saying there "
        "was a risk that Petrovic would flee.",
        # a release told only as pending trial
        "A judge released Petrovic pending trial.",
    ],
)
@pytest.mark.xfail(strict=True, reason="not built (out86): no open set holds these forms")
def test_not_built(nlp: Language, text: str) -> None:
    found = accused_of("ruling", nlp, LEDE + text, "remanded")
    found |= accused_of("ruling", nlp, LEDE + text, "bail")
    assert "Dragan Petrovic" in found


@pytest.mark.parametrize(
    "text",
    [
        "The prosecution dropped the charges against Petrovic.",
        "Petrovic was released without charge.",
    ],
)
def test_charges_dropped_are_no_acquittal(nlp: Language, text: str) -> None:
    # the open sets' readers give such a person no court outcome: no court ruled
    assert "Dragan Petrovic" not in accused_of("ruling", nlp, LEDE + text, "acquitted")
