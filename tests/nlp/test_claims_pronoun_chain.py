"""Whom a he or she inside one speaker's quotation stands for, read by
``corroborate.nlp.claims.pronoun_chain``: the one an earlier he or she of the same quotation
was read as, while no person is named between them ('"He was held for two nights. ... He
never took any money," the counsel said' - the counsel's client, not the accused the report
ruled on before the quotation); and never the subject of the verb whose object it is ("The
guard X shouted at him": not X, whichever rule offered X).
Each construction in more than one wording - another speaker (counsel, a brother, a police
officer), another order of the lawyer's phrase, another verb, the other sex, other
countries' names - with near misses. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of

_SHOP = (
    "Police arrested cashier Corin Vasey and driver Pell Brady on Monday. "
    "The magistrate remanded Brady in custody for a week. "
)
_FUNDS = (
    "Police detained clerk Tomas Ruiz and guard Ivo Marek over the missing funds. "
    "Judge Ana Silva sent Marek to jail for ten days. "
)
_DEEDS = (
    "Prosecutors charged Ramesh Thapa and Bishnu Karki with forging land deeds. "
    "The district court sent Karki to judicial custody. "
)

_READ = [
    # a lawyer's quotation about his client, the first "He" read as the client
    ("denial", _SHOP + "Arguing for Vasey, Advocate Olan Reed told the court the confession "
     "his client made in police custody was never made. \"He was held at the station for two "
     "nights. The police wrote what they wanted and called it his confession. He only carried "
     "files. He never took any money,\" the counsel said.", {"Corin Vasey"}),
    # the lawyer told by the other order ("X's lawyer, Y"), a woman, another verb of saying
    ("denial", _FUNDS + "Ruiz's lawyer, Pilar Gomez, said her client had been coerced. \"He was "
     "beaten in the cell. Officers dictated the statement and told him to sign it. He signed "
     "because he was afraid. He is innocent,\" she said.", {"Tomas Ruiz"}),
    ("denial", _FUNDS + "Speaking for Ruiz, his lawyer Pilar Gomez said her client had been "
     "coerced. \"He was beaten in the cell. Officers dictated the statement and told him to "
     "sign it. He signed because he was afraid. He is innocent,\" she said.", {"Tomas Ruiz"}),
    # a person named in the quotation as the doer to "him": "him" is not that doer, and the
    # "He" after it is "him" again
    ("confession", _FUNDS + "Speaking for Ruiz, his lawyer Pilar Gomez said her client had been "
     "coerced. \"He was beaten in the cell. The guard Ivo Marek shouted at him. He confessed to "
     "taking the money,\" she said.", {"Tomas Ruiz"}),
    # a brother speaks; the quotation's first pronoun is an object no claim asks of
    ("denial", _DEEDS + "Thapa's brother, Hari Thapa, spoke to reporters outside the court. "
     "\"The police kept him awake for three days. They made him sign papers he could not read. "
     "He never forged anything,\" he said.", {"Ramesh Thapa"}),
]  # fmt: skip

_NOT_READ = [
    # a "she" is never the man the quotation's "he" was (the cashier is someone else)
    ("confession", "Tomas Ruiz", _FUNDS + "Speaking for Ruiz, his lawyer Pilar Gomez said her "
     "client had been coerced. \"He was beaten in the cell. She confessed to taking the money,\" "
     "Gomez said of the cashier."),
    # a pronoun outside any quotation is not chained: the reader's own rules stand
    ("denial", "Corin Vasey", _SHOP + "Brady told the court he was innocent. He never took any "
     "money."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "text", "expected"), _READ)
def test_a_pronoun_of_a_quotation_goes_on_as_its_first(
    nlp: Language, kind: str, text: str, expected: set[str]
) -> None:
    assert accused_of(kind, nlp, text) == expected


@pytest.mark.parametrize(("kind", "name", "text"), _NOT_READ)
def test_a_near_miss_is_not_chained(nlp: Language, kind: str, name: str, text: str) -> None:
    assert name not in accused_of(kind, nlp, text)


# Whom an object pronoun is never (``PronounChain._binders``, branch rev63): the subject of
# its own verb, or of a verb whose subject its verb shares - but not of a verb of saying the
# climb reached from another verb: the parser hangs a predicate of the reported clause on the
# verb of saying ("X testified that officers slapped him ..., and told him what to say"),
# where the teller may well be "him".
_TOLD = [
    "Xavi Molina testified that police officers slapped him and held a bag over his head in a "
    "van before taking him to the magistrate, and told him what to say.",
    "Anil Sharma told the court that constables beat him and poured water on his face in a van "
    "before bringing him to the magistrate, and told him what to say.",
    "Mario Rossi testified that the detectives punched him and kept him standing all night "
    "before taking him to the prosecutor, and told him what to sign.",
]
_BOUND = [
    # near misses: the subject of the pronoun's own verb, and one its participle shares
    ("The guard Ivo Marek shouted at him.", "Marek"),
    ("Nadia Perez tried to use the advertisement, accusing him of fraud.", "Perez"),
]


@pytest.mark.parametrize("text", _TOLD)
def test_an_object_is_not_bound_by_a_teller_the_climb_reached(nlp: Language, text: str) -> None:
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    last = [t for t in doc if t.lower_ == "him"][-1]
    assert reader._binders(last) == []


@pytest.mark.parametrize(("text", "subject"), _BOUND)
def test_an_object_is_bound_by_its_own_verbs_subject(
    nlp: Language, text: str, subject: str
) -> None:
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    him = next(t for t in doc if t.lower_ == "him")
    assert subject in {doc[i].text for i in reader._binders(him)}
