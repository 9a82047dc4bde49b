"""lexicon.kinds: the verbs of saying and alleging, joined once for every reader (rev92)."""

from __future__ import annotations

from corroborate.lexicon.kinds import kinds_lexicon


def test_said_cues_join_saying_and_alleging_once() -> None:
    kinds = kinds_lexicon()
    assert kinds.said_cues == kinds.reporting_cues | kinds.allegation_cues
    assert {"say", "allege"} <= kinds.said_cues
    # one set for the process, not a new union on each reader's call
    assert kinds.said_cues is kinds_lexicon().said_cues
