"""Invented probes of den74: denials whose subject is not the accused's name - a counted
group ("the three deny", "both men say they were framed", "the family of the two brothers"),
a role noun ("the doctor rejects"), a pronoun two sentences on, a possessive ("his lawyer",
"her family"), counsel or kin by relation ("my client", "my son"), the accused's own words
with no denying word, a later report naming him by surname or by role - and near misses (a
group of police officers denying torture, the victim's family, "did not deny", "declined to
comment", a co-accused's denial, a count that does not match). Each paragraph one ledger
(``tests.ledger.invented``); South Asian, civil-law wire and local-paper styles. Where the
ledger does not read a probe yet the case is a strict xfail, so a fix shows up: a denial
told with no denying word ("the money was a loan"), a firm's denial given to the man who
runs it, and a later report that names the accused only by surname or by role (every such
probe). ("X, a customs officer ... The officer denies" is read since off75: an office apposed
to a name reads back as a rank written before it.)

den77's probes (``den77_denial_probes.json``) ask the same of denials told in South Asian
reporting's own ways - counsel's submissions in bail and quashing orders, kin's accounts of
the arrest, a false or fabricated case, the case told as a conspiracy, a plot or a
counterblast (``claims.plotted``) - with their near misses (a prosecutor's submission, the
victim's family, the charge named "criminal conspiracy"). Not yet read there: the
submission's content with no word of denying ("nothing was recovered from his possession",
"he is not named in the FIR", "there was no evidence against him"), an impersonal "it was
contended", kin who "alleged", a party as speaker, and two wrong denials (a prosecutor's
submission on bail, a victim's family's "he was innocent"); "his family claimed he was ...
shown arrested in a fabricated case" is read since den79 (``claims.side_words``).

den78's probes (``den78_submission_probes.json``) are those submissions whose content negates
the accused's part in the charge, read since den78 (``claims.nothing_on_him``): "nothing was
recovered from the possession of the applicant", "he was not named in the FIR", "there was no
evidence against him" - with near misses (the prosecutor's submission, the court's own
finding, the complainant's counsel, a co-accused, a point of law only, "did not deny").

den79's probes (``den79_denial_probes.json``) tell one denial each in many regions' ways - by
the accused, counsel, kin, a party, an employer, a spokesman, a group, a plea, a quote with no
denying verb, the side named in apposition ("His lawyer, Y, said his client had never ...",
read since den79: ``claims.side_words``) - with near misses (police denying torture, the
victim's family, a minister, a prosecutor, "did not deny"). Not yet read there: the impersonal
"it was contended on behalf of", "the arrested denied", a father told as "the accused's
father", a bank's or a company's statement for its man, "a spokesman for the officer", and
content with no denying word ("genuine business deals", "bought the plots legally").

den80's probes (``den80_plea_probes.json``) tell the denial as the side's plea, by a noun with a
"that" clause - "the court rejected the defence's argument that he had been falsely
implicated", "the submission of the applicant's counsel that ...", "rejected his plea that he
had been framed" (read since den80: ``claims.side_pleas``) - with near misses (the
prosecution's argument, the complainant's or the victim's claim, a co-accused's plea for
another, "the plea that he filed"). den79's near miss "the victim's family rejected Singh's claim
that he was elsewhere at the time" now asks for Singh's denial: the claim is his, whoever
rejects it (the family's rejection still denies nothing of theirs). Not yet read there: "set
up by his rivals", an accused told only by "the bail plea of X, accused of ...".

den81's probes (``den81_denial_probes.json``) tell a denial in the ordinary ways the side's
words go unread so far - an unnamed family or defence, "declared himself innocent", a firm's
or party's statement for its man, the accused told by a description - in Caucasus, Central
American, Balkan and South Asian styles, with near misses; a victim's kin calling "him"
innocent ("Y's brother said he was an innocent man") is read since den81 as no denial of
the accused (``claims.kin_speaker`` for a singular pronoun); "his family said he had been
picked up from home and falsely implicated" is read since den92 (``claims.picked_up_from``,
as is den77's "his family claimed he was picked up from home and shown arrested in a
fabricated case"). Not yet read (strict xfails): "according to his family",
"declared himself innocent", "professed innocence" in a Section 313 statement, relatives
owned by no one, a firm's or party's word for its man, "alleged that he had been falsely
implicated".

den82's probes (``den82_quote_probes.json``) tell the accused's own first-person quote with the
speaker named after it, or before it with a colon ("'I have done nothing wrong,' X said", "said
X, a father of three", "the shopkeeper said", "X told the court: '...'") - read already in most
shapes - and the refusal to say sorry "for something I did not do" (read since den82:
``ClearingActs._for_what_was_not_done`` with the act negated or the "for" on its infinitive),
with near misses (the victim's, the prosecutor's, a witness's, a co-accused's quote, the
accused's quote that admits, "for something I did"). Not yet read there: a "we" told straight
by one named accused ("'We did nothing wrong,' X told journalists"), "I did not do it", a colon
quote whose accused the ACC "sued", and "Nair said" (the surname not taken for the speaker)."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import DATA

_PROBES = [
    {**p, "note": f"{name[:5]} {p['note']}"}
    for name in (
        "den74_denial_probes.json",
        "den77_denial_probes.json",
        "den78_submission_probes.json",
        "den79_denial_probes.json",
        "den80_plea_probes.json",
        "den81_denial_probes.json",
        "den82_quote_probes.json",
    )
    for p in json.loads((DATA / name).read_text("utf-8"))["probes"]
]


def _denied(nlp: Language, text: str) -> set[str]:
    ledger, names = invented_ledger(nlp, *text.split("||"))
    return {
        names[a]
        for allegation in ledger.allegations
        if any(e.kind == "denial" for e in allegation.events)
        for a in allegation.accused
    }


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            p["text"],
            p["deny"],
            id=p["note"],
            marks=[pytest.mark.xfail(strict=True)] if p["not_yet"] else [],
        )
        for p in _PROBES
    ],
)
def test_denial_probe(nlp: Language, text: str, who: list[str]) -> None:
    # by surname: the probes ask who denies, not how NER cut a name ("Prasad Adhikari")
    assert {n.split()[-1] for n in _denied(nlp, text)} == {n.split()[-1] for n in who}
