"""What the ledger needs of an attribution's text, read once at ingest (``nlp.facts``).

Records are made by hand over invented sentences, so each fact is checked without a parse;
the last tests check that ingest attaches the facts and ``extract`` alone does not.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from corroborate.extract import analyse_documents, extract_documents
from corroborate.nlp.facts import attribution_facts, claim_facts, with_claim_facts, with_facts
from corroborate.records import (
    Attribution,
    Claim,
    DateExpression,
    Document,
    EntityType,
    Mention,
    Participant,
)


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _mention(text: str, words: str, type_: EntityType) -> Mention:
    return Mention(*_at(text, words), words, type_, words, "TEST")


def _said(text: str, source: str, cue: str, content: str, **fields: object) -> Attribution:
    return Attribution([_at(text, source)] if source else [], [_at(text, cue)],
                       [_at(text, content)], **fields)  # type: ignore[arg-type]  # fmt: skip


def test_a_statement_that_rejects_is_read_as_denying() -> None:
    text = "Omar Vane was arrested on Monday. The Harbour League said the case was baseless."
    document = Document("d", text, published="2031-06-12")  # a Thursday
    said = _said(text, "The Harbour League", "said", "the case was baseless",
                 source_name="The Harbour League")  # fmt: skip
    facts = attribution_facts(document, said, [])
    assert facts is not None and facts.denies and not facts.reports_confession
    assert text[slice(*facts.quote)] == "The Harbour League said the case was baseless."
    assert facts.source_label == "The Harbour League" and not facts.court_source
    welcomed = _said(text, "The Harbour League", "said", "the case was baseless")
    welcomed.content = [_at(text, "the case")]
    assert not attribution_facts(document, welcomed, []).denies  # type: ignore[union-attr]


def test_a_reported_confession_gets_the_setting_read_around_it() -> None:
    text = "The report said Omar Vane confessed to the arson during interrogation."
    document = Document("d", text, published="2031-06-12")
    reported = _said(text, "The report", "said", "Omar Vane confessed to the arson during "
                     "interrogation", kind="allegation")  # fmt: skip
    facts = attribution_facts(document, reported, [_mention(text, "Omar Vane", "person")])
    assert facts is not None and facts.reports_confession
    assert facts.reported_setting == "custodial" and facts.act == "arson"
    assert facts.named == ("Omar Vane",)
    # a confession of its own kind keeps the extractor's setting: none is read for it here
    own = _said(text, "The report", "said", "Omar Vane confessed", kind="confession")
    assert attribution_facts(document, own, []).reported_setting is None  # type: ignore[union-attr]


def test_named_leaves_out_places_modifiers_and_victims() -> None:
    text = (
        "Police said the Harbour League gang war in Eastport led to the murder of journalist "
        "Ada Lind, and accused Omar Vane and the Dock Union of it."
    )
    content = text[text.index("the Harbour League") :]
    said = _said(text, "Police", "said", content, kind="allegation")
    mentions = [
        _mention(text, "Harbour League", "organization"),  # modifies "gang war"
        _mention(text, "Eastport", "place"),
        _mention(text, "Ada Lind", "person"),  # the victim
        _mention(text, "Omar Vane", "person"),
        _mention(text, "Dock Union", "organization"),
    ]
    facts = attribution_facts(Document("d", text), said, mentions)
    assert facts is not None and facts.named == ("Omar Vane", "Dock Union")


def test_named_leaves_out_a_people() -> None:
    """A nationality or religion in the plural (NER's NORP) is a people, never one party the
    content accuses: "a ban on admitting Veltrans because terrorists might slip in" accuses
    no one; a NORP used as one name ("a Veltran") is still named."""
    text = "Omar Vane called for a ban on admitting Veltrans because terrorists might slip in."
    content = text[text.index("a ban") :]
    said = _said(text, "Omar Vane", "called for", content, kind="allegation")
    mentions = [
        Mention(*_at(text, "Veltrans"), "Veltrans", "organization", "Veltrans", "NORP"),
        _mention(text, "Omar Vane", "person"),
    ]
    facts = attribution_facts(Document("d", text), said, mentions)
    assert facts is not None and facts.named == ()
    one = "Omar Vane said the rifles were hidden by a Veltran."
    said = _said(one, "Omar Vane", "said", "the rifles were hidden by a Veltran", kind="allegation")
    mention = Mention(*_at(one, "Veltran"), "Veltran", "organization", "Veltran", "NORP")
    facts = attribution_facts(Document("d", one), said, [mention])
    assert facts is not None and facts.named == ("Veltran",)
    # "the Islamic State" cut by NER: "Islamic" after "the" is a word of a name, not a people
    cut = "Omar Vane said the Islamic State claimed the attack."
    said = _said(
        cut, "Omar Vane", "said", "the Islamic State claimed the attack", kind="allegation"
    )
    mention = Mention(*_at(cut, "Islamic"), "Islamic", "organization", "Islamic", "NORP")
    facts = attribution_facts(Document("d", cut), said, [mention])
    assert facts is not None and facts.named == ("Islamic",)


def test_named_leaves_out_names_given_in_passing() -> None:
    """Names the parse gave in passing (``Attribution.passing``, ``nlp.passing``) are not
    among the content's names; the others are, and a chunk's shift moves the ranges."""
    text = "Omar Vane said Ada Lind refused to work with the Dock Union."
    said = _said(text, "Omar Vane", "said", "Ada Lind refused to work with the Dock Union",
                 kind="allegation", passing=(_at(text, "the Dock Union"),))  # fmt: skip
    mentions = [_mention(text, "Ada Lind", "person"), _mention(text, "Dock Union", "organization")]
    facts = attribution_facts(Document("d", text), said, mentions)
    assert facts is not None and facts.named == ("Ada Lind",)
    start, end = _at(text, "the Dock Union")
    assert said.shifted(100).passing == ((start + 100, end + 100),)


def test_the_source_and_target_words_the_ledger_needs() -> None:
    text = "They said the anti-terrorism court judge had acquitted two Dock Union personnel."
    document = Document("d", text)
    content = text[text.index("the anti") : -1]
    said = _said(text, "They", "said", content, source_name="They",
                 target="two Dock Union personnel")  # fmt: skip
    facts = attribution_facts(document, said, [])
    assert facts is not None and facts.source_label is None  # "They" names no one
    assert "Dock Union" in facts.target_modifiers and "two Dock Union" in facts.target_modifiers
    ruling = _said(text, "the anti-terrorism court judge", "had acquitted", "two Dock Union "
                   "personnel", source_name="the anti-terrorism court judge", kind="ruling",
                   target="Dock Union and its chief")  # fmt: skip
    facts = attribution_facts(document, ruling, [])
    assert facts is not None and facts.court_source
    assert "Dock Union" not in facts.target_modifiers  # "and" joins: the name is no modifier


@pytest.mark.parametrize(
    ("source", "label"),
    [("police", "police"), ("investigators", "investigators"), ("others", None), ("who", None)],
)
def test_a_lone_lower_case_source_names_someone_only_as_an_authority(
    source: str, label: str | None
) -> None:
    """ "X embezzled the funds, police said": police are who alleges, as "the police" are;
    a lone word that is no authority's ("others", "who") names no one."""
    text = f"Omar Vane embezzled the funds, {source} said."
    said = _said(text, source, "said", "Omar Vane embezzled the funds", source_name=source)
    facts = attribution_facts(Document("d", text), said, [])
    assert facts is not None and facts.source_label == label


def test_the_quote_names_accusations_and_the_party() -> None:
    text = "Vane denied the charges. He said militants had worked under the party's banner."
    document = Document("d", text, published="2031-06-12")
    denied = _said(text, "Vane", "denied", "the charges", kind="denial")
    accepted = _said(text, "He", "said", "militants had worked under the party's banner",
                     kind="admission")  # fmt: skip
    first, second = (attribution_facts(document, a, []) for a in (denied, accepted))
    assert first is not None and first.names_accusations and not first.own_party
    assert second is not None and second.own_party and not second.names_accusations


def test_dates_resolve_against_publication() -> None:
    """The expression the parse found under the cue (``nlp.event_dates``) is resolved
    against the publication date; none: the report's day; no publication date: none."""
    text = "Vane was charged yesterday. On Monday he was remanded. He had confessed."
    document = Document("d", text, published="2031-06-12")  # a Thursday
    charged = _said(text, "", "was charged", "Vane", kind="allegation")
    yesterday = DateExpression("yesterday", *_at(text, "yesterday"))
    facts = attribution_facts(document, charged, [], dating=(yesterday, False))
    assert facts is not None and facts.date == "2031-06-11" and not facts.before_report
    assert facts.when == replace(yesterday, value="2031-06-11")
    assert attribution_facts(document, charged, []).date == "2031-06-12"  # type: ignore[union-attr]
    start, end = _at(text, "On Monday he was remanded.")
    monday = DateExpression("Monday", *_at(text, "Monday"))
    claim = Claim("charge", start, end, _at(text, "remanded"),
                  (Participant("Vane", "accused", start, start + 4),), when=monday)  # fmt: skip
    assert claim_facts(document, claim).date == "2031-06-09"
    assert with_claim_facts(document, [claim])[0].date == "2031-06-09"
    assert with_claim_facts(Document("d", text), [claim])[0].date is None  # no publication date
    start, end = _at(text, "He had confessed.")
    told = Claim("confession", start, end, _at(text, "confessed"), (), after_the_fact=True)
    read = claim_facts(document, told)
    assert read.date == "2031-06-12" and read.before_report  # before its report's day


def test_a_confession_told_with_custody_is_a_custodial_report() -> None:
    text = (
        "According to the JIT report, Vane confessed to the arson. "
        "Vane later confessed to a magistrate. Police arrested Vane on remand of the case."
    )
    document = Document("d", text)
    sentences = ["According to the JIT report, Vane confessed to the arson.",
                 "Vane later confessed to a magistrate.",
                 "Police arrested Vane on remand of the case."]  # fmt: skip
    claims = [Claim("confession", *_at(text, s), _at(text, s.split()[0]), ()) for s in sentences]
    assert [c.custodial_report for c in with_claim_facts(document, claims)] == [
        True, False, False  # custody and a confession, in the one sentence
    ]  # fmt: skip
    told = _said(text, "", "confessed", "Vane", kind="allegation")
    told.cue = [_at(text, "confessed")]
    facts = attribution_facts(document, told, [])
    assert facts is not None and facts.quote_confession and facts.quote_custody


def test_an_attribution_without_content_has_no_facts() -> None:
    text = "It was alleged."
    alone = Attribution([], [_at(text, "was alleged")], [])
    assert attribution_facts(Document("d", text), alone, []) is None
    assert with_facts(Document("d", text), [alone], []) == [alone]


def test_ingest_reads_the_facts_and_extract_alone_does_not(nlp: Language) -> None:
    text = (
        "Police claimed that Omar Vane ran an extortion racket in the old port. "
        "Omar Vane denied the accusations, calling them baseless."
    )
    document = Document("harbour", text, published="2031-06-10")
    [analysis] = analyse_documents([document], nlp)
    assert analysis.attributions and all(a.facts for a in analysis.attributions)
    for a in analysis.attributions:
        assert a.facts is not None
        start, end = a.facts.quote
        assert all(start <= s and e <= end for s, e in [*a.source, *a.cue, *a.content])
        assert a.facts.date == "2031-06-10"
    assert any(a.facts.names_accusations for a in analysis.attributions if a.facts)
    [(_, extracted)] = extract_documents([document], nlp)
    assert extracted and all(a.facts is None for a in extracted)


def test_the_target_side_is_read_from_the_parse_and_kept(nlp: Language) -> None:
    """The names the target phrase gives as its people's side reach the stored facts: one
    modifying the noun, one its participle is affiliated with; none for a victim of a
    crime told inside the phrase."""
    sides: dict[str, tuple[str, ...]] = {}
    for text in (
        "Police said five Granite Brigade gunmen had shot the guard.",
        "Police said gunmen affiliated with the Granite Brigade had shot the guard.",
        "Police said the men wanted for the killing of Granite Brigade workers had shot the guard.",
    ):
        [analysis] = analyse_documents([Document("d", text)], nlp)
        [said] = [a for a in analysis.attributions if a.facts is not None]
        assert said.facts is not None
        sides[text.split(" had")[0]] = said.facts.target_side
    assert list(sides.values()) == [("Granite Brigade",), ("Granite Brigade",), ()]


def test_the_side_of_those_an_arrest_is_of(nlp: Language) -> None:
    """With no target, the side is read from those the content's act as a noun is done to:
    the arrest of men associated with an outfit; never from a killing's victims."""
    sides = []
    for text in (
        "The agency on Monday announced the arrest of four alleged gunmen associated with the"
        " Granite Brigade.",
        "The agency on Monday announced the killing of four workers associated with the"
        " Granite Brigade.",
    ):
        [analysis] = analyse_documents([Document("d", text)], nlp)
        sides += [a.facts.target_side for a in analysis.attributions if a.facts is not None]
    assert sides == [("Granite Brigade",), ()]


def test_a_claim_quotes_the_sentences_of_its_cue_and_parties() -> None:
    """The parse may join two sentences; the claim quotes those that hold its words, as an
    attribution does (``quote_range``), so that one act is quoted once."""
    text = "More than 60 witnesses testified in the case. Omar Vane denied the charge."
    joined = Claim("denial", 0, len(text), _at(text, "denied"),
                   (Participant("Omar Vane", "accused", *_at(text, "Omar Vane")),))  # fmt: skip
    (read,) = with_claim_facts(Document("d", text), [joined])
    assert text[read.start : read.end] == "Omar Vane denied the charge."


def test_an_attribution_of_a_claim_s_act_quotes_as_the_claim() -> None:
    """The tagger's content reaches into the sentence before; the claim with the same cue
    reads the act, and the attribution takes its quote: one event, not two that overlap."""
    text = "More than 60 witnesses testified in the case. Omar Vane denied the charge."
    document = Document("d", text)
    denied = Claim("denial", *_at(text, "Omar Vane denied the charge."), _at(text, "denied"),
                   (Participant("Omar Vane", "accused", *_at(text, "Omar Vane")),))  # fmt: skip
    said = Attribution([_at(text, "Omar Vane")], [_at(text, "denied")],
                       [_at(text, "More than 60 witnesses"), _at(text, "the charge")])  # fmt: skip
    (alone,) = with_facts(document, [said], [])
    (read,) = with_facts(document, [said], [], [denied])
    assert alone.facts is not None and alone.facts.quote == (0, len(text))
    assert read.facts is not None and read.facts.quote == (denied.start, denied.end)
    other = Claim("ruling", *_at(text, "Omar Vane denied the charge."), _at(text, "charge"), ())
    (apart,) = with_facts(document, [said], [], [other])  # another word: another act
    assert apart.facts is not None and apart.facts.quote == (0, len(text))


def test_the_names_co_ordinated_with_the_target_are_read_and_kept(nlp: Language) -> None:
    """The names co-ordinated with the target's head, or listed by a common noun target
    ("parties ..., including X and Y"), reach the stored facts; a target of one name has
    none, nor has a list inside a relative clause."""
    conjuncts = []
    for text in (
        "Police accused the Granite Brigade and the Hill Front of extortion.",
        "Police said Omar Fitch, Basil Roe and Danish Ahmed had robbed the depot.",
        "A report said several parties operating in the port, including the Granite Brigade"
        " and the Hill Front, have militant wings.",
        "Police said Omar Fitch had robbed the depot.",
    ):
        [analysis] = analyse_documents([Document("d", text)], nlp)
        conjuncts += [a.facts.target_conjuncts for a in analysis.attributions if a.facts]
    assert conjuncts == [
        ("Hill Front",),
        ("Basil Roe", "Danish Ahmed"),
        ("Granite Brigade", "Hill Front"),
        (),
    ]
