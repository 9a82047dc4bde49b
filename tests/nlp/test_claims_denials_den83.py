"""A defence lawyer the report gives no client, den83: '"My client is innocent," the lawyer
said', "Defence lawyer Y said her client was at home", '"My client never touched a phone,"
Advocate Y argued' - a lawyer told by a defence title alone or by a name under one, with no
owner, no "for" phrase and no clause of acting for anyone, speaks for the accused the report
follows, as "his client" in a court report stands for that one. ``Counsel._speakers_clients``
gave such a lawyer the client of the lawyer named last, and where the report had named none,
no one: the denial was lost. Invented sentences and names, in several countries' words;
paraphrases that must read, near misses that must not (a lawyer told as the complainant's,
the bank's, the victim's family's, the prosecution's), and what is left unbuilt (strict
xfail)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CARDIFF = "Police charged Gareth Lloyd, 38, a roofer, with defrauding pensioners in Cardiff. "
_MULTAN = "Police arrested Allah Ditta Joiya, a warder, for smuggling phones into Multan jail. "
_DHAKA = "Police arrested Motaleb Hossain, 45, a fish farmer, after a pond was poisoned. "
_KISUMU = "Police charged Brian Otieno, a clerk, with stealing Sh2 million from a cooperative. "
_POKHARA = "Police arrested Dil Bahadur Gurung, a bus owner, after a crash near Pokhara. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_CARDIFF + '"My client is innocent," the lawyer said.', "Gareth Lloyd"),
        (_CARDIFF + '"My client is innocent," said defence lawyer Ann Morris.', "Gareth Lloyd"),
        (_CARDIFF + "Defence lawyer Ann Morris said her client was innocent.", "Gareth Lloyd"),
        (_CARDIFF + "The defence lawyer said her client was innocent.", "Gareth Lloyd"),
        (
            _MULTAN + '"My client never touched a phone or a packet," the lawyer argued.',
            "Allah Ditta Joiya",
        ),
        (
            _MULTAN + '"My client never touched a phone," Advocate Mian Javed told the court.',
            "Allah Ditta Joiya",
        ),
        (
            _DHAKA + 'The lawyer said: "My client has been falsely implicated."',
            "Motaleb Hossain",
        ),
        (
            _KISUMU + '"My client never handled the cooperative\'s money," the advocate told '
            "reporters.",
            "Brian Otieno",
        ),
        (
            _POKHARA + '"My client is innocent," the defence counsel said.',
            "Dil Bahadur Gurung",
        ),
    ],
)
def test_a_lawyer_given_no_client_speaks_for_the_accused(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a lawyer told as someone else's: the owner, the "for" phrase, the acting clause
        _CARDIFF + '"My client is innocent of any wrongdoing," the complainant\'s lawyer said.',
        _CARDIFF + '"My client was at home that night," said the lawyer for the victim\'s family.',
        _CARDIFF + "Counsel for the complainant said her client had never met Lloyd.",
        _CARDIFF + "Advocate Ann Morris, who represents the victim's family, said her client was "
        "innocent of any part in the dispute.",
        _CARDIFF + "Lawyer Ann Morris, who represents the bank, said her client had never seen "
        "the transfers.",
        _CARDIFF + "Appearing for the complainant, lawyer Ann Morris said her client had never "
        "met anyone from the firm.",
        _CARDIFF + "For the bank, lawyer Ann Morris said her client had never seen the transfers.",
        # a bare "the lawyer" after the complainant's lawyer was named is that lawyer
        _CARDIFF + "The complainant's lawyer, Ann Morris, spoke to reporters. "
        '"My client never signed the transfer," the lawyer said.',
        # so is one told in an earlier paragraph
        _CARDIFF + "\n\nThe complainant's lawyer, Ann Morris, spoke to reporters.\n\n"
        '"My client never signed the transfer," the lawyer said.',
        # the prosecution's lawyer is no defence lawyer
        _CARDIFF + "The prosecution lawyer said her client, the Crown, had never been told of the "
        "transfers.",
    ],
)
def test_no_denial_from_a_lawyer_of_another(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a lawyer named with his client before still speaks for that client
        (
            "Police arrested Ravi Kumar and Sunil Verma for a robbery in Pune. Kumar's lawyer, "
            'Anil Deshmukh, opposed remand. "My client was at home that night," Deshmukh said.',
            "Ravi Kumar",
        ),
    ],
)
def test_a_lawyer_named_for_a_client_keeps_that_client(nlp: Language, text: str, who: str) -> None:
    assert accused_of("denial", nlp, text) == {who}


def test_an_alibi_at_the_moment_of_the_reports_own_event(nlp: Language) -> None:
    # lfd38: "the beating" is one of the lexicon's event nouns, so "when the beating took
    # place" is the crime's moment (``claims.alibis._crime_clause``)
    text = (
        "Police arrested Sanjay Persaud over the beating of a miner at a backdam in Cuyuni. "
        "Persaud told the court that he was in Georgetown when the beating took place."
    )
    assert accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="den83 not built: an alibi whose moment is a noun of the report's own act that no "
    "list holds ('on the days of the exams'); one open miss (lf17)",
)
def test_an_alibi_told_by_the_reports_own_noun(nlp: Language) -> None:
    text = (
        "Police arrested Bilal Khokhar for sitting exams in place of another candidate. Khokhar "
        "told the court that he had been at home on the days of the exams."
    )
    assert accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="den83 not built: 'had not set foot in the village that month' (a negated "
    "'set foot' with a moment pointed back to) is no verb of being; one open miss (lf11)",
)
def test_not_setting_foot_there_that_month(nlp: Language) -> None:
    text = (
        "Police arrested Muhammad Akmal for the murder of a farmer in Okara. Akmal told the "
        "court that he had not set foot in the village that month."
    )
    assert "Muhammad Akmal" in accused_of("denial", nlp, text)
