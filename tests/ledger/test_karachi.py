"""The ledger of the karachi corpus: the facts ../shared/README.md lists, checked as a user
would read them, plus the ledger's invariants (quotes, stable ids, neutrality)."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.nlp.sentences import quote_range
from corroborate.records import Allegation, Attribution, Claim, Ledger, Mention


def _ledger(docs: list[AnalysedDocument]) -> Ledger:
    return build_ledger(docs)


def _against(ledger: Ledger, name: str) -> list[Allegation]:
    ids = {e.id for e in ledger.entities if e.name == name or name in [a.name for a in e.aliases]}
    return [a for a in ledger.allegations if ids & set(a.accused)]


def test_uzair_confessions_custodial_and_judicial(karachi_analysed: list[AnalysedDocument]) -> None:
    ledger = _ledger(karachi_analysed)
    events = [e for a in _against(ledger, "Uzair Baloch") for e in a.events]
    confessions = [e for e in events if e.kind == "confession"]
    custodial = [e for e in confessions if e.setting == "custodial"]
    assert any("198" in e.quote for e in custodial), custodial
    assert any("magistrate" in e.quote for e in confessions if e.setting == "judicial")
    figures = [q for a in _against(ledger, "Uzair Baloch") for q in a.quantities]
    assert any(q.value == 198 and q.unit == "people" for q in figures)


def test_ppp_denials_answer_the_allegations(karachi_analysed: list[AnalysedDocument]) -> None:
    ledger = _ledger(karachi_analysed)
    [patronage] = [a for a in _against(ledger, "Pakistan Peoples Party") if a.act == "patronage"]
    assert patronage.status == "contested"
    kinds = {e.kind for e in patronage.events}
    assert {"allegation", "denial"} <= kinds
    deniers = {e.source for e in patronage.events if e.kind == "denial"}
    assert {"Saeed Ghani", "Nafisa Shah"} & deniers
    names = {e.id: e.name for e in ledger.entities}
    assert "Faryal Talpur" in {names[i] for i in patronage.accused}


def test_acquittals_for_want_of_evidence_and_the_conviction(
    karachi_analysed: list[AnalysedDocument],
) -> None:
    ledger = _ledger(karachi_analysed)
    allegations = _against(ledger, "Uzair Baloch")
    acquittals = [
        e for a in allegations for e in a.events if e.kind == "ruling" and e.outcome == "acquitted"
    ]
    documents = {e.document_id for e in acquittals}
    for needed in ("17th", "19th", "three-more", "two-cases"):
        assert any(needed in d for d in documents), (needed, documents)
    [espionage] = [a for a in allegations if a.act == "espionage"]
    assert espionage.status == "convicted"
    assert any(e.outcome == "sentenced" and "12 years" in e.quote for e in espionage.events)
    assert any(a.status == "acquitted" for a in allegations)


def test_mqm_workers_convicted_but_not_of_grenades(
    karachi_analysed: list[AnalysedDocument],
) -> None:
    ledger = _ledger(karachi_analysed)
    groups = [e for e in ledger.entities if e.type == "group"]
    [workers] = [g for g in groups if "Muttahida Qaumi Movement" in g.name]
    mine = [a for a in ledger.allegations if workers.id in a.accused]
    convicted = [a for a in mine if a.status == "convicted"]
    assert convicted and convicted[0].events[0].date == "2021-04-23"  # "on Friday"
    assert "13 workers" in convicted[0].events[0].quote
    acquitted = [a for a in mine if a.status == "acquitted"]
    assert acquitted and "rifle grenade" in acquitted[0].events[0].quote


def test_every_quote_is_its_text(karachi_analysed: list[AnalysedDocument]) -> None:
    texts = {d.document.id: d.document.text for d in karachi_analysed}
    ledger = _ledger(karachi_analysed)
    assert len(ledger.allegations) >= 10
    for a in ledger.allegations:
        for e in a.events:
            assert e.quote == texts[e.document_id][e.start : e.end]
            assert e.quote.strip() == e.quote and e.quote


@given(st.text(alphabet='ab .\n"A', min_size=1, max_size=80), st.data())
def test_quote_range_holds_its_ranges(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    lo, hi = quote_range(text, [(start, end)])
    assert 0 <= lo <= hi <= len(text)
    if text[start:end].strip():
        assert text[start:end].strip() in text[lo:hi] or lo <= start


def test_ids_stable_and_order_free(karachi_analysed: list[AnalysedDocument]) -> None:
    first = _ledger(karachi_analysed).to_json()
    assert _ledger(list(reversed(karachi_analysed))).to_json() == first


# Equal-length swaps keep every offset valid, so the swapped corpus needs no re-parsing:
# the ledger's own rules are what is under test.
SWAPS = {"Uzair": "Umair", "Baloch": "Talpur", "MQM": "PPP", "Muttahida": "Mottahida"}


def _swap(text: str | None) -> str | None:
    if text is None:
        return None
    table = {**SWAPS, **{v: k for k, v in SWAPS.items()}}
    return re.sub("|".join(map(re.escape, table)), lambda m: table[m.group(0)], text)


def _swapped(doc: AnalysedDocument) -> AnalysedDocument:
    def attribution(a: Attribution) -> Attribution:
        # the facts read at ingest keep names too: the content's, the source's words, the
        # target's modifiers, side and conjuncts
        facts = a.facts and replace(
            a.facts, named=tuple(_swap(n) or "" for n in a.facts.named),
            source_label=_swap(a.facts.source_label),
            target_modifiers=tuple(_swap(n) or "" for n in a.facts.target_modifiers),
            target_side=tuple(_swap(n) or "" for n in a.facts.target_side),
            target_conjuncts=tuple(_swap(n) or "" for n in a.facts.target_conjuncts),
        )  # fmt: skip
        return replace(a, source_name=_swap(a.source_name), target=_swap(a.target), facts=facts)

    def mention(m: Mention) -> Mention:
        return replace(
            m, text=_swap(m.text) or "", name=_swap(m.name) or "", alias=_swap(m.alias),
            organization=_swap(m.organization),
        )  # fmt: skip

    document = replace(doc.document, text=_swap(doc.document.text) or "",
                       title=_swap(doc.document.title))  # fmt: skip

    def claim(c: Claim) -> Claim:
        return replace(
            c, participants=tuple(replace(p, name=_swap(p.name) or "") for p in c.participants)
        )

    return AnalysedDocument(
        document,
        [attribution(a) for a in doc.attributions],
        [mention(m) for m in doc.mentions],
        [claim(c) for c in doc.claims],
    )


def _shape(ledger: Ledger, swap: bool) -> list[tuple[object, ...]]:
    back = _swap if swap else (lambda s: s)
    names = {e.id: back(e.name) for e in ledger.entities}
    return sorted(
        (
            tuple(sorted(str(names[i]) for i in a.accused)),
            a.act,
            a.status,
            a.confession_only,
            tuple((e.kind, e.outcome, e.setting, back(e.quote)) for e in a.events),
        )
        for a in ledger.allegations
    )


def test_neutral_to_names(karachi_analysed: list[AnalysedDocument]) -> None:
    plain = _ledger(karachi_analysed)
    swapped = _ledger([_swapped(d) for d in karachi_analysed])
    assert _shape(swapped, swap=True) == _shape(plain, swap=False)
