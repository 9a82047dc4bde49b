"""audit.shares: a count's group given by the verb that shares a whole out (invented
sentences; no parse, no mentions)."""

from __future__ import annotations

from corroborate.audit.shares import attributed_group, sharing_group


def test_an_attribution_verb_gives_the_group_after_to() -> None:
    text = "The ministry attributed 500 of the arrests to the Kora Nuevo gang."
    start, end = text.index("500"), text.index(" to ")
    assert attributed_group(text, start, end, len(text), []) == "Kora Nuevo gang"
    # no attribution verb before the count, or nothing that is a group after "to"
    handed = "Guards handed 500 of the rifles to the Kora Nuevo gang's rivals."
    at = handed.index("500")
    assert attributed_group(handed, at, handed.index(" to "), len(handed), []) is None
    policing = "The ministry attributed 41 of the arrests to poor policing."
    at = policing.index("41")
    assert attributed_group(policing, at, policing.index(" to "), len(policing), []) is None


def test_the_subject_of_a_share_is_the_group_when_told_as_a_group() -> None:
    text = "The Delta Front alone accounted for 41 of them."
    assert sharing_group(text, 0, text.index("41"), len(text), []) == "Delta Front"
    kind = "Police said the Kora Nuevo gang accounted for 500 of them."
    assert sharing_group(kind, 0, kind.index("500"), len(kind), []) == "Kora Nuevo gang"
    # a bare name with no article and no kind may be a town's: a breakdown by place
    town = "Lahore accounted for 41 of them."
    assert sharing_group(town, 0, town.index("41"), len(town), []) is None
    # no verb of a share
    held = "The Delta Front lost 41 of them."
    assert sharing_group(held, 0, held.index("41"), len(held), []) is None
