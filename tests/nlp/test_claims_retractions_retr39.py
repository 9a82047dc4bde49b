"""Retractions told by constructions read since retr39, on invented sentences: a nickname
the report declared ("X alias Y") written alone as the one who resiles; "resiled from it";
a recording of his own words disowned ("the video, which he had disowned as recorded under
threat"); a paper another wrote, signed ("he had signed a paper the police wrote") - each
with its guards: the same grammar telling no taking back, or no one's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a declared alias, written alone and typed an organisation by NER
        (
            "The judge acquitted the cook, Sher Zaman alias Shera, of the theft. The "
            "prosecution had relied on a statement Shera recorded before a judicial "
            "magistrate in March. At trial Shera resiled from it.",
            "Sher Zaman",
        ),
        (
            "The court sentenced Rana Basit Latif alias Bittu to life. Bittu, too, disowned "
            "the admission police said he had made during interrogation.",
            "Rana Basit Latif",
        ),
        # "resiled from it": what one resiles from is one's word
        (
            "Police charged Anwar Jatoi with the theft. Jatoi told a magistrate he had taken "
            "the jewels. At trial Jatoi resiled from it.",
            "Anwar Jatoi",
        ),
        # a recording of his words, disowned as coerced or after he confessed in it
        (
            "Police charged Anwar Jatoi with the murder. The court convicted Anwar Jatoi. The "
            "judge excluded the video, which Jatoi had disowned as recorded under threat.",
            "Anwar Jatoi",
        ),
        (
            "Police charged Anwar Jatoi with the murder. Police released a clip in which Jatoi "
            "confessed. Jatoi later disowned the clip.",
            "Anwar Jatoi",
        ),
        # a paper another wrote, signed (the noun twin of "signed what the police wrote")
        (
            "Police charged Anwar Jatoi with the theft. Detectives said Jatoi confessed in "
            "custody. Jatoi told the court that he had signed a paper the police wrote.",
            "Anwar Jatoi",
        ),
        (
            "Police charged Anwar Jatoi with the theft. Detectives said Jatoi confessed in "
            "custody. Jatoi told the court he had signed a statement that the inspector had "
            "prepared.",
            "Anwar Jatoi",
        ),
    ],
)
def test_taken_back(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # "it" is the sentence's own thing, not a statement
        "Police charged Anwar Jatoi with fraud. Jatoi filed a bail petition but later "
        "retracted it.",
        # footage of anyone, not his words
        "Police charged Anwar Jatoi with the murder. The court convicted Anwar Jatoi. "
        "Jatoi disowned the CCTV footage.",
        # negated
        "Police charged Anwar Jatoi with the murder. Jatoi has not disowned the video, which "
        "was recorded under threat.",
        # "the convict's" among several convicts: whom it stands for is a guess
        "The court convicted Anwar Jatoi and Bilal Soomro of the kidnapping and acquitted "
        "Karim Bux. The court did not rely on the convict's statement, which he had "
        "resiled from.",
        # a paper of his own, or a letter another wrote: no statement of his disowned
        "Police charged Anwar Jatoi with the theft. Detectives said Jatoi confessed in "
        "custody. Jatoi told the court that he had signed a paper he wrote himself.",
        "Police charged Anwar Jatoi with the theft. Detectives said Jatoi confessed in "
        "custody. Jatoi told the court that he had signed a letter the police wrote to his "
        "wife.",
        # a witness's statement: the report accuses no one described so
        "Police charged Anwar Jatoi with the theft. A witness, Bilal Soomro, testified. The "
        "court did not rely on the witness's statement, which he had resiled from.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
