"""Second-pass features: what the first pass tagged around each token."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.tagger.model import load_tagger
from corroborate.nlp.tagger.stacking import stacked_features
from corroborate.nlp.tagger.tags import LABELS

TEXT = "The minister said the plan failed. Nobody answered."
TAGS = ["B-S", "I-S", "B-C", "B-T", "I-T", "I-T", "O", "O", "O", "O"]


def certain(tags: list[str]) -> list[list[float]]:
    return [[1.0 if label == tag else 0.0 for label in LABELS] for tag in tags]


def test_features_say_where_the_tagged_cue_is(nlp: Language) -> None:
    doc = nlp(TEXT)
    features = stacked_features(doc, TAGS, certain(TAGS))
    assert len(features) == len(doc)
    plan, failed, nobody = features[4], features[5], features[7]
    # "plan" is two cue-right of "said" in its sentence and hangs from it through "failed".
    assert "z=I-T" in plan and "nz=R2|True" in plan and "za=ccomp|2" in plan
    assert "za=ccomp|1" in failed and "sC=1" in failed and "zh=T|nsubj" in plan
    # The next sentence has no cue of its own and hangs from none.
    assert "sC=0" in nobody and "za=-" in nobody and "nz=R4|False" in nobody
    assert "zO=4" in nobody and "zC=0" in nobody


def test_marginals_are_read_as_buckets(nlp: Language) -> None:
    doc = nlp(TEXT)
    unsure = certain(TAGS)
    unsure[7] = [0.5, 0.0, 0.0, 0.45, 0.0, 0.05, 0.0]  # "Nobody": half a cue
    features = stacked_features(doc, TAGS, unsure)
    assert "zO=2" in features[7] and "zC=2" in features[7] and "zT=0" in features[7]


def test_a_document_without_cues(nlp: Language) -> None:
    doc = nlp(TEXT)
    tags = ["O"] * len(doc)
    features = stacked_features(doc, tags, certain(tags))
    assert all("nz=-" in f and "za=-" in f and "pC=False" in f for f in features)


def test_the_shipped_tagger_has_two_passes() -> None:
    tagger = load_tagger()
    assert tagger.second_path is not None and tagger.second_path.is_file()
    assert tagger.meta["passes"] == 2
