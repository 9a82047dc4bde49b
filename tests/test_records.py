"""Records moved for a chunk of a long document keep every reading (``shifted``)."""

from dataclasses import fields

from corroborate.records import Attribution, Quantity


def _every_field_set() -> Attribution:
    return Attribution(
        source=[(0, 4)],
        cue=[(5, 9)],
        content=[(10, 40)],
        source_name="Omar Vane",
        kind="allegation",
        setting="custodial",
        target="Ada Lind",
        quantities=[Quantity("killings", 12, 20, value=3.0, qualifier="over")],
        complaint=True,
        speaker="Omar Vane",
        target_office="prosecutor",
        target_people=True,
        target_side=((26, 29),),
        target_conjuncts=((41, 44),),
        everyday_senses=((21, 25),),
        passing=((30, 38),),
    )


def test_a_shifted_attribution_moves_every_offset_and_keeps_every_other_field() -> None:
    said = _every_field_set()
    moved = said.shifted(100)
    assert moved.source == [(100, 104)] and moved.cue == [(105, 109)]
    assert moved.content == [(110, 140)]
    assert (moved.quantities[0].start, moved.quantities[0].end) == (112, 120)
    assert moved.everyday_senses == ((121, 125),)
    assert moved.passing == ((130, 138),)
    assert moved.target_side == ((126, 129),)
    assert moved.target_conjuncts == ((141, 144),)
    offsets = {"source", "cue", "content", "quantities", "everyday_senses", "passing",
               "target_side", "target_conjuncts"}  # fmt: skip
    for f in fields(Attribution):
        if f.name not in offsets:
            assert getattr(moved, f.name) == getattr(said, f.name), f.name


def test_every_field_of_an_attribution_is_set_by_the_test_above() -> None:
    """A field added later must be added to ``_every_field_set`` (and moved if it holds
    offsets), or a chunk's copy could lose it unnoticed."""
    default = Attribution(source=[], cue=[], content=[])
    said = _every_field_set()
    unset = [f.name for f in fields(Attribution) if f.name != "facts"]
    unset = [name for name in unset if getattr(said, name) == getattr(default, name)]
    assert unset == []
