"""The lexicon: data files load into typed objects, and domain words live there."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from corroborate import lexicon
from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import ROLES, legal
from corroborate.records import HELD_WITHOUT_CHARGE, STATUSES


def test_legal_lexicon_loads_typed_lists() -> None:
    lex = legal()
    assert lex.ruling_verbs["acquit"] == "acquitted"
    assert "suspect" in lex.accused_nouns
    assert set(lex.role_nouns.values()) <= set(ROLES)
    assert all(isinstance(words, frozenset) for words in (lex.crime_verbs, lex.victim_words))
    # the nouns and prepositions that make a list of people (mentions.people_lists)
    assert "employee" in lex.companion_nouns and "police" in lex.collective_role_nouns
    assert "including" in lex.inclusion_prepositions


def test_the_verbs_of_the_held_take_the_producing_and_confining_verbs_whole() -> None:
    """``held_party_verbs`` lists only the verbs of sending into custody; a verb added to
    ``producing_verbs`` or ``confinement_verbs`` is one of the held's too, without a copy."""
    lex = legal()
    data = json.loads((Path(lexicon.__file__).parent / "data" / "legal.json").read_text())
    own = set(data["held_party_verbs"])
    assert not own & (lex.producing_verbs | lex.confinement_verbs)
    assert lex.held_party_verbs == own | lex.producing_verbs | lex.confinement_verbs
    assert not lex.held_party_verbs & lex.arrest_verbs.keys()  # an arrest may end a flight


def test_the_restraint_measure_words_take_the_release_measure_words_whole() -> None:
    """``restraint_measure_words`` lists only the measure words that are no release by
    themselves ("of restraint", "preventive"); every release measure word ("precautionary",
    "alternative") makes a measure a court's too, joined by the loader without a copy."""
    lex = legal()
    data = json.loads((Path(lexicon.__file__).parent / "data" / "legal.json").read_text())
    own = set(data["restraint_measure_words"])
    assert not own & lex.release_measure_words
    assert lex.restraint_measure_words == own | lex.release_measure_words
    assert {"restraint", "precautionary", "alternative"} <= lex.restraint_measure_words


def test_harm_and_abuse_take_the_beating_verbs_whole() -> None:
    """The verbs of beating ("beat", "torture", "choke") are listed once, in ``legal.json``:
    ``harm_verbs`` (harm denied) and ``kinds.abuse_verbs`` (a statement given after abuse)
    list only their own words and the loaders join the beating verbs to each."""
    data = Path(lexicon.__file__).parent / "data"
    legal_data = json.loads((data / "legal.json").read_text())
    kinds_data = json.loads((data / "kinds.json").read_text())
    beating = legal().beating_verbs
    assert not set(legal_data["harm_verbs"]) & beating
    assert not set(kinds_data["abuse_verbs"]) & beating
    assert legal().harm_verbs == set(legal_data["harm_verbs"]) | beating
    assert kinds_lexicon().abuse_verbs == set(kinds_data["abuse_verbs"]) | beating
    assert {"beat", "torture", "whip"} <= kinds_lexicon().abuse_verbs
    assert {"beat", "torture", "stab"} <= legal().harm_verbs


def test_the_listing_prepositions_take_the_inclusion_prepositions_whole() -> None:
    """``listing_prepositions`` lists only what opens a group's members beyond an inclusion
    ("among"); every inclusion preposition ("including X") is one of them, without a copy.
    The claim reader's modules keep no listing words of their own (rev69)."""
    from corroborate.nlp.claims import descriptions, name_lists, parties, plural_pronouns

    lex = legal()
    data = json.loads((Path(lexicon.__file__).parent / "data" / "legal.json").read_text())
    own = set(data["listing_prepositions"])
    assert not own & lex.inclusion_prepositions
    assert lex.listing_prepositions == own | lex.inclusion_prepositions
    assert {"among", "including"} <= lex.listing_prepositions
    assert {"include", "comprise"} <= lex.listing_verbs
    for module in (descriptions, name_lists, parties, plural_pronouns):
        assert not hasattr(module, "LISTING_PREPS") and not hasattr(module, "LISTING_VERBS")


def test_the_composed_asking_and_statement_lists_take_their_parts_whole() -> None:
    """``asking_verbs`` and ``statement_or_confession_nouns`` have no words of their own: each
    is the union of two lists, built once by the loader, so a reader asked for every token
    ("asked the judge to exclude it") builds no union per call (mend69)."""
    lex = legal()
    data = json.loads((Path(lexicon.__file__).parent / "data" / "legal.json").read_text())
    assert data["asking_verbs"] == [] and data["statement_or_confession_nouns"] == []
    assert lex.asking_verbs == lex.request_verbs | lex.bail_seeking_verbs
    assert lex.statement_or_confession_nouns == lex.statement_nouns | lex.confession_nouns
    assert {"ask", "move"} <= lex.asking_verbs
    assert {"statement", "admission", "confession"} <= lex.statement_or_confession_nouns


def test_the_signed_papers_take_the_statement_nouns_and_the_papers_whole() -> None:
    """``signed_papers`` (what a statement signed may be called: "put his thumb on a paper",
    "signed a statement he could not read") has no words of its own: the loader joins
    ``statement_or_confession_nouns`` and ``blank_documents`` once, so ``thumb_signed``,
    ``unread_statement`` and ``coerced`` build no union per token (mnd78). No thumb noun is
    written with a hyphen: the tokenizer splits "thumb-print" at it, so none could match."""
    lex = legal()
    data = json.loads((Path(lexicon.__file__).parent / "data" / "legal.json").read_text())
    assert data["signed_papers"] == []
    assert lex.signed_papers == lex.statement_or_confession_nouns | lex.blank_documents
    assert {"statement", "confession", "paper", "page"} <= lex.signed_papers
    assert not any("-" in word for word in lex.thumb_nouns | lex.thumb_mark_heads)


def test_the_punishing_verbs_take_the_harm_verbs_whole() -> None:
    """``lay_justice.json``'s ``punishing_verbs`` lists only the punishments of private
    accusers beyond bodily harm; every verb of ``legal.harm_verbs`` is one of them too, joined
    once by the loader, so ``claims.lay_blame`` builds no union per accusation (rev75)."""
    from corroborate.lexicon.lay_justice import lay_justice

    data = json.loads((Path(lexicon.__file__).parent / "data" / "lay_justice.json").read_text())
    own = set(data["punishing_verbs"])
    assert not own & legal().harm_verbs
    assert lay_justice().punishing_verbs == own | legal().harm_verbs
    assert {"flog", "parade", "beat", "torture"} <= lay_justice().punishing_verbs


def test_claim_reader_holds_no_word_lists_of_its_own() -> None:
    """The claim reader asks the lexicon: its only sets are grammar (pronouns, modals,
    dependency labels), none of the lexicon's words."""
    from corroborate.nlp.claims import descriptions, parties, reader

    lex = legal()
    lexicon_words = (
        set(lex.ruling_verbs) | set(lex.charge_verbs) | set(lex.arrest_verbs)
        | lex.accused_nouns | lex.crime_verbs | lex.crime_nouns | set(lex.role_nouns)
        | lex.request_verbs
    )  # fmt: skip
    for module in (descriptions, parties, reader):
        for name, value in vars(module).items():
            if isinstance(value, frozenset):
                assert not value & lexicon_words, (name, sorted(value & lexicon_words))


def test_kinds_and_acts_come_from_the_lexicon() -> None:
    from corroborate.ledger.acts import GENERIC
    from corroborate.lexicon.acts import acts_lexicon
    from corroborate.lexicon.kinds import kinds_lexicon
    from corroborate.nlp.acts import act_of
    from corroborate.nlp.kinds import JUDICIAL, RULING_CUES

    assert RULING_CUES is kinds_lexicon().ruling_cues and JUDICIAL is kinds_lexicon().judicial
    assert kinds_lexicon().custodial.search("during interrogation by the JIT")
    assert GENERIC == acts_lexicon().generic
    assert act_of("passed on secret information") == "espionage"


def test_the_accusing_words_are_the_acts_words_and_a_few_of_their_own() -> None:
    """An attribution is an allegation when its content names a crime: the words of the
    acts ``kinds.json`` names (each act's words listed once, in ``acts.json``) or its own few
    ("crime", "involvement"); an act too common outside accusations (patronage's "backing")
    decides no kind."""
    import pytest

    from corroborate.lexicon import load_data
    from corroborate.lexicon.acts import acts_lexicon
    from corroborate.lexicon.kinds import _crime_words, kinds_lexicon

    crime_words = kinds_lexicon().crime_words
    assert crime_words.search("embezzled the funds") and crime_words.search("his involvement")
    assert not crime_words.search("backing the senator")
    named = set(load_data("kinds")["crime_acts"])
    assert named <= {label for label, _ in acts_lexicon().acts} and "patronage" not in named
    with pytest.raises(ValueError, match="no such act"):
        _crime_words("crime", frozenset({"no such act"}))


_DEPENDENCY_LABELS = frozenset(
    "acomp oprd xcomp ccomp dobj advmod attr agent dative npadvmod prep advcl compound amod "
    "nmod appos poss flat nsubj nsubjpass csubj csubjpass conj pobj relcl acl".split()
)


def test_modules_that_read_the_lexicon_define_no_word_lists() -> None:
    """No string set, list or pattern literal of six words or more in these modules: their
    domain words are data in ``lexicon/data``."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "corroborate"
    modules = ("nlp/kinds.py", "ledger/acts.py", "ledger/claims.py", "nlp/claims/parties.py",
               "nlp/claims/descriptions.py", "nlp/claims/reader.py", "nlp/denials.py",
               # split out of the reader (branch split22)
               "nlp/claims/nouns.py", "nlp/claims/verbs.py", "nlp/claims/finished.py",
               "nlp/claims/sentence_drafts.py",
               # split out of the reader (branch mend27)
               "nlp/claims/answer_verbs.py", "nlp/claims/followed_accused.py",
               # split out of the reader (branch spl78)
               "nlp/claims/word_acts.py", "nlp/claims/reader_chain.py")  # fmt: skip
    for module in modules:
        tree = ast.parse((package / module).read_text("utf-8"))
        # a module's ``__all__`` lists its names, not domain words
        exports = {id(n.value) for n in tree.body if isinstance(n, ast.Assign)
                   and any(getattr(t, "id", "") == "__all__" for t in n.targets)}  # fmt: skip
        for node in ast.walk(tree):
            if isinstance(node, ast.Set | ast.List | ast.Tuple) and id(node) not in exports:
                words = [e.value for e in node.elts if isinstance(e, ast.Constant)
                         and isinstance(e.value, str)]  # fmt: skip
                # part-of-speech tags and dependency labels are grammar, not domain words
                tags = all(w.isupper() or w in _DEPENDENCY_LABELS for w in words)
                assert len(words) < 6 or tags, (module, node.lineno)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile":
                literal = any(isinstance(a, ast.Constant) for a in node.args)
                assert not literal, (module, node.lineno)


# Function words a pattern may spell out: the grammar around a domain word, not the word
# ("one" too, a determiner beside "a" and "an": "a suspect", "one suspect").
_GRAMMAR = frozenset(
    "of to at on in for up out down into them those these among including against some many "
    "various only our main the a an one with from over by as".split()
)


def _audit_patterns(module: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal inside an ``re.compile`` call of an audit module,
    less measure names (``cues["killings"]``, ``m != "attributed_killings"``)."""
    import ast
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "corroborate" / "audit" / module
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile":
            keys = {id(s.slice) for s in ast.walk(node) if isinstance(s, ast.Subscript)}
            keys |= {id(c) for s in ast.walk(node) if isinstance(s, ast.Compare)
                     for c in s.comparators}  # fmt: skip
            for sub in ast.walk(node):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    if id(sub) not in keys:
                        out.append((sub.lineno, sub.value))
    return out


def test_the_audit_reads_its_words_from_the_lexicon() -> None:
    """No pattern of the audit spells out a word of the enforcement or measures lexicon
    (agencies, raid nouns, affiliation words, group nouns, complaints, measure cues): each
    list lives once, in ``lexicon/data``, and the audit compiles it. Nor a number word."""
    import re
    from dataclasses import fields

    from corroborate.lexicon.enforcement import enforcement_words
    from corroborate.lexicon.measures import measure_words
    from corroborate.lexicon.numbers import number_words

    enforcement, measures = enforcement_words(), measure_words()
    forms = [f for field in fields(enforcement) for f in getattr(enforcement, field.name)]
    forms += [f for cues in measures.cues.values() for f in cues]
    forms += [f for units in measures.units.values() for f in units]
    forms += [*number_words().words, *number_words().scales]
    lexicon_words = {w for f in forms for w in f.lower().split()} - _GRAMMAR
    assert {"raids", "affiliated", "arrested", "discriminat", "rangers"} <= lexicon_words
    modules = ("figures.py", "phrases.py", "vocab.py", "contest.py", "compare.py", "parse.py",
               "when.py", "named_later.py", "complaints.py", "speakers.py", "counts.py",
               "measure.py", "lists.py", "implicit.py", "single_raids.py", "repeats.py",
               "agency.py", "figure_groups.py", "told.py", "totals.py", "parts.py",
               "table_lines.py", "kind_back.py", "shares.py")  # fmt: skip
    for module in modules:
        for line, text in _audit_patterns(module):
            spelled = set(re.findall(r"[a-z][a-z'-]+", re.sub(r"\\[a-zA-Z]", " ", text.lower())))
            assert not spelled & lexicon_words, (module, line, sorted(spelled & lexicon_words))


def test_the_audit_vocabulary_loads_typed_lists() -> None:
    from corroborate.audit import vocab
    from corroborate.lexicon.enforcement import enforcement_words

    words = enforcement_words()
    assert "affiliated" in words.affiliation_words and "offices" in words.premises
    assert set(words.kinds_after_name) <= set(words.group_nouns)
    assert vocab.GROUP_TRIGGER.search("raids on the offices of the Harbour Front")
    assert vocab.COMPLAINT.search("the party said it was being victimised")
    assert not vocab.COMPLAINT.search("the party said it welcomed the raids")


def _word_lists(source: str) -> list[int]:
    """Lines of literal word lists in ``source``: a set, list or tuple of six strings or more
    (part-of-speech tags and dependency labels aside), a string of six words or more split
    into words, or a pattern alternating six plain words or more."""
    import ast
    import re

    found = []
    tree = ast.parse(source)
    # A module's ``__all__`` lists its names, not words of the text.
    exports = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple) and id(node) not in exports:
            words = [e.value for e in node.elts
                     if isinstance(e, ast.Constant) and isinstance(e.value, str)]  # fmt: skip
            if len(words) >= 6 and not all(w.isupper() or w in _DEPENDENCY_LABELS for w in words):
                found.append(node.lineno)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
                and len(str(node.func.value.value).split()) >= 6):  # fmt: skip
            found.append(node.lineno)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(len(group.split("|")) >= 6
                   for group in re.findall(r"(?:[a-z]+\|){5,}[a-z]+", node.value)):  # fmt: skip
                found.append(node.lineno)
    return found


def test_name_modules_define_no_word_lists() -> None:
    """Titles, organisation and place heads, roles, alias markers, victim acts: the words
    around names are ``lexicon/data/name_words.json``, not literals in the mention finder."""
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "corroborate"
    finder = sorted(str(p.relative_to(package)) for p in (package / "nlp/mentions").glob("*.py"))
    assert "nlp/mentions/finder.py" in finder  # the glob found the mention finder's modules
    # speakers.py with its splits (branch spl79)
    speakers = ("nlp/speakers.py", "nlp/speaker_names.py", "nlp/speaker_focus.py")
    for module in ("nlp/names.py", *finder, *speakers):
        assert _word_lists((package / module).read_text("utf-8")) == [], module


def test_statement_and_target_modules_define_no_word_lists() -> None:
    """Denial and accusation words, "confessed", authorities, the cues whose object is the
    target, actor nouns, the cues the rules decide: ``lexicon/data/statements.json``,
    ``targets.json`` and ``kinds.json``, not literals in the modules that apply them, nor
    in the ledger, which reads the stored facts."""
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "corroborate"
    modules = ("nlp/facts.py", "nlp/targets.py", "nlp/tagger/apply.py", "nlp/acts.py",
               "ledger/link.py", "ledger/build.py", "web/snapshot.py")  # fmt: skip
    lexicon_words = _statement_and_target_words()
    for module in modules:
        source = (package / module).read_text("utf-8")
        assert _word_lists(source) == [], module
        for line, pattern in _regex_literals(source):
            spelled = set(re.findall(r"[a-z][a-z'-]+", re.sub(r"\\[a-zA-Z]", " ", pattern.lower())))
            assert not spelled & lexicon_words, (module, line, sorted(spelled & lexicon_words))


def _statement_and_target_words() -> set[str]:
    from dataclasses import fields

    from corroborate.lexicon import load_data
    from corroborate.lexicon.targets import target_words

    data = load_data("statements")
    forms = [w for key, value in data.items() if key != "_comment" for w in value["words"]]
    words = target_words()
    forms += [w for f in fields(words) for w in getattr(words, f.name)]
    return {w.strip("*") for f in forms for w in f.lower().split()} - _GRAMMAR


def _regex_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal passed to a function of ``re``."""
    import ast

    out = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and getattr(node.func.value, "id", "") == "re"):  # fmt: skip
            out += [(a.lineno, a.value) for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)]  # fmt: skip
    return out


def test_the_regex_literal_check_reads_patterns() -> None:
    assert _regex_literals('import re\nX = re.compile(r"\\bbaseless\\b")') == [(2, r"\bbaseless\b")]
    assert "baseless" in _statement_and_target_words()


def test_statement_words_load_typed_lists() -> None:
    from corroborate.lexicon.statements import statement_words

    words = statement_words()
    assert words.denial.search("the party called it Baseless") and words.denial.search(
        "a mere coincidence"
    )
    assert not words.denial.search("the party welcomed the inquiry")
    assert words.accusation.search("rejected the charges") and words.confession.search(
        "he confessed"
    )
    assert not words.confession.search("his confession")  # a noun names no one confessing
    assert words.own_party.search("under the party's banner")
    assert words.names_authority("Sindh Police") and words.names_authority("the JIT")
    assert words.names_authority("Joint Investigation Team")
    assert not words.names_authority("Harbour League")
    assert "they" in words.unnamed_openers and "was" in words.subject_verbs


def test_target_words_load_typed_lists() -> None:
    from corroborate.lexicon.kinds import kinds_lexicon
    from corroborate.lexicon.targets import target_words
    from corroborate.nlp import targets
    from corroborate.nlp.tagger import apply

    words = target_words()
    assert "accuse" in words.object_target_cues and "personnel" in words.actor_nouns
    assert "henchman" in words.follower_nouns and "book" in words.enforcement_verbs
    assert "it" in words.placeholders
    assert targets.ACTOR_NOUNS is words.actor_nouns
    assert apply.COURT_CUES is kinds_lexicon().rule_cues and "confess" in apply.COURT_CUES


def test_the_word_list_check_finds_each_form_of_list() -> None:
    assert _word_lists('X = frozenset("""mr mrs dr sir justice judge""".split())') == [1]
    assert _word_lists('X = {"party", "movement", "committee", "court", "bench", "wing"}') == [1]
    assert _word_lists('P = r"(?:murder|killing|death|abduction|kidnapping|shooting)s?"') == [1]
    assert _word_lists('L = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}') == []


def test_name_words_load_typed_lists() -> None:
    from corroborate.lexicon.name_words import name_words

    words = name_words()
    assert "gangster" in words.titles and "mr" in words.personal_titles
    assert "committee" in words.organisation_heads and "jail" in words.place_heads
    assert words.leader_roles <= words.roles
    assert words.lead_verbs["found"] == "founder"
    assert "alias" in words.alias_markers and "murder" in words.victim_acts
    assert all(w == w.lower() for w in words.titles | words.roles)


def test_no_data_file_names_a_list_twice() -> None:
    """A JSON object may repeat a key and ``json`` keeps only the last: two branches that each
    add one list under the same name would leave one of them silently unread."""
    data = Path(lexicon.__file__).parent / "data"

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return dict(pairs)

    files = sorted(data.glob("*.json"))
    assert files
    for path in files:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)


def test_the_status_each_outcome_implies_is_data() -> None:
    """The ledger's status reads what an outcome implies from the lexicon: a court's deciding
    outcome sets it; the reader's arrest told "without charge" implies none."""
    implied = legal().outcome_statuses
    assert implied["sentenced"] == "convicted" and implied["acquitted"] == "acquitted"
    assert HELD_WITHOUT_CHARGE in implied and implied[HELD_WITHOUT_CHARGE] is None
    assert set(implied.values()) <= {*STATUSES, None}


def test_statement_givers_take_the_giving_and_recording_verbs_whole() -> None:
    """A statement is made or given by its giver and recorded by a magistrate: the readers that
    ask for either ask ``statement_givers``, which holds both lists whole and nothing else."""
    lex = legal()
    assert lex.statement_givers == lex.confession_givers | lex.recording_verbs
    assert {"make", "give", "record"} <= lex.statement_givers


def test_confessing_verbs_take_the_confess_and_admission_verbs_whole() -> None:
    """The readers that ask whether a verb confesses or admits ask ``confessing_verbs``, the
    union the loader makes once (rev98: none builds it per call), holding both lists whole
    and nothing else."""
    lex = legal()
    assert lex.confessing_verbs == lex.confess_verbs | lex.admission_verbs
    assert {"confess", "admit"} <= lex.confessing_verbs
