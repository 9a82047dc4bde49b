"""The speaker's own possessives ("my client", "our son") are one set,
``speakers.FIRST_PERSON_OWNERS``, which the readers of a quoted client and of a quoted kin ask
(rev98: each had spelled its own)."""

from __future__ import annotations

from corroborate.nlp import speakers
from corroborate.nlp.claims import client_speaker, kin_quoted_before


def test_the_speakers_own_possessives_are_listed_once() -> None:
    for module in (client_speaker, kin_quoted_before):
        own = [v for v in vars(module).values() if isinstance(v, frozenset) and "my" in v]
        assert own == [speakers.FIRST_PERSON_OWNERS], module.__name__
    assert {"my", "our"} == speakers.FIRST_PERSON_OWNERS
