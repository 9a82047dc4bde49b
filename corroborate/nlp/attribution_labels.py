"""How one attribution is labelled once its cue, source and content are placed: the
source's name (``speakers.py``), the kind and setting (``kinds.py``), whom it is about
(``targets.py``, self-incrimination in ``self_incrimination.py``), the quantities
(``quantities.py``) and the names and words the facts read beside the target (its side,
conjuncts, crime words in an everyday sense, names in passing). Also which cues are a
ruling someone only asks for, which the component drops before labelling.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.acts import everyday_senses
from corroborate.nlp.audience import audience_setting
from corroborate.nlp.datelines import datelines
from corroborate.nlp.denials import (
    belief_content,
    denies_no_accusation,
    negates_no_wrongdoing,
    tells_others_doing,
)
from corroborate.nlp.grammar import disowned_act
from corroborate.nlp.kinds import ADMISSION_CUES, SETTING_KINDS, classify, setting_of
from corroborate.nlp.opinions import MODAL_AUX
from corroborate.nlp.own_deed import deeds_not_his, tells_controlled_crime, tells_own_crime
from corroborate.nlp.passing import named_in_passing
from corroborate.nlp.quantities import find_quantities
from corroborate.nlp.roles import RULINGS_ON_PEOPLE, Frame
from corroborate.nlp.self_incrimination import bound_to_speaker, other_pronouns, same_name
from corroborate.nlp.spans import root_of
from corroborate.nlp.speakers import SpeakerResolver
from corroborate.nlp.statement_owner import saying_lemma
from corroborate.nlp.targets import (
    a_people,
    acted_on_tokens,
    conjunct_names,
    side_names,
    target_office,
    target_tokens,
)
from corroborate.records import Attribution, Range

__all__ = ["asked_for_ruling", "label_attribution"]

_LEGAL = legal()


def asked_for_ruling(doc: Doc, cue: list[int]) -> bool:
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
    while token.tag_ == "VB" and token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i:
        if token.head.lemma_.lower() in _LEGAL.request_verbs:
            return True
        token = token.head
    return False


def label_attribution(
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
        and same_name(source_name, target)
        and not other_pronouns(source_tokens, target_toks)
    )
    if source_name and not self_incriminating and bound_to_speaker(head, target_toks, target):
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


def _cue_head(doc: Doc, cue: list[int]) -> Token:
    head = root_of(doc, cue)
    return head if head is not None else doc[cue[0]]
