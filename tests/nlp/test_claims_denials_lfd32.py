"""The grammar lfd32 added to denials told with no word of denying: the deed done in a belief
that the thing was lawful - "had believed the wells were legal", "bought the ornaments
believing them to be genuine gold", "thought the certificates were authentic"
(``claims.believed_lawful``, asked by ``claims.lawful_dealing``). Said only by the accused's
side (himself, counsel, kin) of one already accused. Invented sentences and names, in
Pakistani, Indian, Nepali and wire styles; the probe list is the class's golden list, with a
strict xfail for the shape not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.asked_how_known import asked_how_known
from corroborate.nlp.claims.believed_lawful import believed_lawful
from corroborate.nlp.claims.lawful_dealing import dealt_lawfully
from corroborate.nlp.claims.no_part import denies_knowing
from tests.nlp.test_claims import accused_of

_LAHORE = "LAHORE: Police arrested property dealer Hassan Raza over forged allotment files. "
_KOCHI = "KOCHI: Police arrested Binu Mathew, 38, on Tuesday for pledging fake gold at a bank. "
_KATHMANDU = "The Special Court on Sunday charged contractor Dil Bahadur Thapa over forged bills. "
_WIRE = "Prosecutors charged farmer Tomas Ruelas Vidal on Friday over illegal wells on his land. "


@pytest.mark.parametrize(
    ("opening", "said", "cleared"),
    [
        # the accused himself, the believing the clause's verb
        (
            _WIRE,
            "Ruelas Vidal told the court that he had inherited the wells with the farm "
            "and had believed they were legal.",
            "Tomas Ruelas Vidal",
        ),
        (_LAHORE, "Raza told reporters he believed the files were genuine.", "Hassan Raza"),
        # kin: the believing a participle on the deed
        (
            _KOCHI,
            "His wife, Sini, said her husband had bought the bangles from a trader in "
            "Thrissur believing them to be genuine gold.",
            "Binu Mathew",
        ),
        (
            _LAHORE,
            "Raza's brother said Raza had sold the plots believing the titles were valid.",
            "Hassan Raza",
        ),
        # counsel
        (
            _KATHMANDU,
            "His advocate told the bench that Thapa thought the bills were authentic.",
            "Dil Bahadur Thapa",
        ),
        (
            _KOCHI,
            'His lawyer said Mathew had pledged the chains "believing them to be real".',
            "Binu Mathew",
        ),
    ],
)
def test_a_deed_believed_lawful_told_by_the_accused_side_denies(
    nlp: Language, opening: str, said: str, cleared: str
) -> None:
    assert accused_of("denial", nlp, opening + said) == {cleared}


@pytest.mark.parametrize(
    "said",
    [
        # the police or a stranger telling the belief: no answer of his side
        "The investigating officer said Raza believed the files were genuine.",
        "A buyer, Asif Khan, said he had bought a plot believing the file to be genuine.",
        # the belief refused, or the thing believed unlawful
        "Raza told the court he never believed the files were genuine.",
        "Raza told the court he believed the files were not genuine.",
        # a belief of another thing, or another's word inside the belief
        "Raza told the court he believed the office was open that day.",
        "Raza told the court he believed the agent had said the files were legal.",
        # the victim's side
        "The complainant's son said he believed the threats were real.",
    ],
)
def test_no_belief_is_read_from_the_wrong_mouth_or_shape(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _LAHORE + said) == set()


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("He believed the wells were legal.", "believed", True),
        ("He bought the rings believing them to be genuine gold.", "bought", True),
        ("He thought the papers were authentic.", "thought", True),
        ("He did not believe the wells were legal.", "believe", False),
        ("He believed the wells were not legal.", "believed", False),
        ("He believed the wells were dry.", "believed", False),
        ("He bought the rings knowing them to be fake.", "bought", False),
    ],
)
def test_believed_lawful_reads_the_verb(
    nlp: Language, sentence: str, verb: str, expected: bool
) -> None:
    act = next(t for t in nlp(sentence) if t.text == verb)
    assert believed_lawful(act) is expected
    assert dealt_lawfully(act) is expected  # the deciding place asks it


@pytest.mark.xfail(
    strict=True,
    reason="not built: the parser hangs 'believed' on 'jurors' as a relative clause ('told "
    "jurors he had believed ...'), so the reported clause is not found; one sentence in one "
    "open set (lf), whose person is found by another",
)
def test_belief_hung_on_the_hearers(nlp: Language) -> None:
    said = "Raza told jurors he had believed he was selling plots for a legitimate society."
    assert accused_of("denial", nlp, _LAHORE + said) == {"Hassan Raza"}


# Knowledge denied by a question that wants no answer (``claims.asked_how_known``, asked by
# ``no_part.denies_knowing``).
_SIMS = "FAISALABAD: Police arrested mobile shop owner Tariq Javed for selling SIM cards. "
_CLINIC = "MALE: Police arrested agent Ahmed Niyaz over fake medical reports. "


@pytest.mark.parametrize(
    ("opening", "said", "cleared"),
    [
        # the accused himself, in a quotation his verb of saying opens
        (
            _SIMS,
            'Javed shouted to reporters: "I sell a hundred SIMs a day. How would I know who '
            'uses them?"',
            "Tariq Javed",
        ),
        # kin, of him
        (
            _CLINIC,
            'His brother said: "He only carries passports. How can he know what happens '
            'inside the laboratory?"',
            "Ahmed Niyaz",
        ),
        # counsel, of the client
        (
            _SIMS,
            'His lawyer said: "My client sells cards to anyone. How could he know who used them?"',
            "Tariq Javed",
        ),
    ],
)
def test_how_would_he_know_told_by_the_accused_side_denies(
    nlp: Language, opening: str, said: str, cleared: str
) -> None:
    assert accused_of("denial", nlp, opening + said) == {cleared}


@pytest.mark.parametrize(
    "said",
    [
        # the police asking: the question accuses
        'The investigating officer said: "He sold them all. How could he not know who used them?"',
        # a plain question a report asks, no modal
        'The officer asked: "How did he know the route?"',
        # the victim's side
        'The complainant\'s son said: "How would I know who did it?"',
    ],
)
def test_no_how_would_he_know_from_the_wrong_mouth_or_shape(nlp: Language, said: str) -> None:
    assert accused_of("denial", nlp, _SIMS + said) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("How would I know who uses them?", True),
        ("How can he know what happens inside?", True),
        ("How could he not know who used them?", False),
        ("How did he know the route?", False),
        ("He would know who uses them.", False),
    ],
)
def test_asked_how_known_reads_the_verb(nlp: Language, sentence: str, expected: bool) -> None:
    act = next(t for t in nlp(sentence) if t.lemma_ == "know")
    assert asked_how_known(act) is expected
    if expected:  # the deciding place asks it ("could he not know" is its own negation's)
        assert denies_knowing(act)


@pytest.mark.xfail(
    strict=True,
    reason="not built: a quoted question before its verb of saying ('\"How would I know whose "
    "they were?\" he told reporters') is split into a sentence of its own at the '?', so the "
    "quotation is not found said by the verb (``quotes.said_before``); lf23",
)
def test_a_quoted_question_before_its_verb(nlp: Language) -> None:
    said = '"How would I know who uses them?" Javed told reporters.'
    assert accused_of("denial", nlp, _SIMS + said) == {"Tariq Javed"}
