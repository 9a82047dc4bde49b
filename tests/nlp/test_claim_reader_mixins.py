"""The pure splits of the claim reader (branches split22, mend26, mend27, out31, rev63, spl78,
spl79, cut81): the methods moved out of ``reader.py``, ``rulings.py``, ``naming.py``,
``answers.py``, ``parties.py``, ``pronouns.py``, ``descriptions.py``, ``described_people.py``,
``doers.py``, ``pronouns.py`` again, ``naming.py`` again, ``coerced.py``, ``rulings.py`` again
and ``answering.py`` (rev94) into mixins are
still the reader's, found by its method resolution order in their new modules, and no class of
the chain lost one."""

from __future__ import annotations

import inspect

from corroborate.nlp.claims.ages_read_back import AgesReadBack
from corroborate.nlp.claims.answer_verbs import AnswerVerbs
from corroborate.nlp.claims.answering import Answering
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.apposed_names import ApposedNames
from corroborate.nlp.claims.charges_framed import ChargesFramed
from corroborate.nlp.claims.clearing_acts import ClearingActs
from corroborate.nlp.claims.coerced import CoercedStatements
from corroborate.nlp.claims.coerced_owners import CoercedOwners
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.custody import Custody
from corroborate.nlp.claims.described_later import DescribedLater
from corroborate.nlp.claims.described_people import DescribedPeople
from corroborate.nlp.claims.descriptions import Descriptions
from corroborate.nlp.claims.doers import Doers
from corroborate.nlp.claims.ended_cases import EndedCases
from corroborate.nlp.claims.findings import Findings
from corroborate.nlp.claims.finished import Finished
from corroborate.nlp.claims.followed_accused import FollowedAccused
from corroborate.nlp.claims.full_names import FullNames
from corroborate.nlp.claims.kin_read_back import KinReadBack
from corroborate.nlp.claims.listed_names import ListedNames
from corroborate.nlp.claims.members_named import MembersNamed
from corroborate.nlp.claims.name_lists import NameLists
from corroborate.nlp.claims.naming import Naming
from corroborate.nlp.claims.nouns import Nouns
from corroborate.nlp.claims.own_admissions import OwnAdmissions
from corroborate.nlp.claims.owners import Owners
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.claims.parts_told import PartsTold
from corroborate.nlp.claims.phrase_names import PhraseNames
from corroborate.nlp.claims.pleas import Pleas
from corroborate.nlp.claims.plural_pronouns import PluralPronouns
from corroborate.nlp.claims.pronouns import Pronouns
from corroborate.nlp.claims.punishments import Punishments
from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.claims.rulings import Rulings
from corroborate.nlp.claims.sentence_before import SentenceBefore
from corroborate.nlp.claims.sentence_drafts import SentenceDrafts
from corroborate.nlp.claims.spoken_for import SpokenFor
from corroborate.nlp.claims.verbs import Verbs
from corroborate.nlp.claims.word_acts import WordActs
from corroborate.nlp.claims.written_titles import WrittenTitles

# Each mixin a split made, with the methods it took.
_MOVED: dict[type, frozenset[str]] = {
    Nouns: frozenset(
        "_read_noun _own_giver _acquittal_told _charged_offence_owners _owners_past_phrase "
        "_charged_against _grounds_of _held_by_a_court _cautioned_statement".split()
    ),
    Verbs: frozenset(
        "_admits_charge _hyphened_lemma _abuse_claimed _turned_approver _not_its_subject "
        "_doers_in_clause _tells_offence _clause_subjects _word_of_a_name _places_ruled_on "
        "_held_in_a_raid _held_at_the_scene _held_for _appeared_charged _term_to_serve "
        "_names_offence _calls _arrest_outcome _acts_on_someone _held_on_grounds "
        "_an_offence".split()
    ),
    Finished: frozenset(
        {"_claim", "_confession_taken_back_setting", "_doers_written", "_placed_before_court"}
    ),
    # out of ``Reader._read`` and ``Reader.run`` (branch mend27)
    AnswerVerbs: frozenset({"_read_answer", "_guilt_not_owned"}),
    FollowedAccused: frozenset({"_follow_the_accused"}),
    # out of ``reader.py`` at the 600-line limit (branch spl78): ``_read``, and the chain
    # (``ReaderChain``, which defines nothing)
    WordActs: frozenset({"_read"}),
    # out of ``rulings.py`` and ``answering.py`` at the 500-line limit (branch rev94)
    EndedCases: frozenset({"_appeal_ended", "_case_ended", "_the_one_case", "_against_acquittal"}),
    Pleas: frozenset({"_plea", "_plea_changed"}),
    # out of ``described_people.py`` at the 600-line limit (branch spl78)
    DescribedLater: frozenset({"_named_later", "_of_fits_later"}),
    WrittenTitles: frozenset({"_titles_written", "_common_nouns"}),
    PartsTold: frozenset(
        {
            "remember_parts",
            "_owned_by_victim",
            "_cast_apart",
            "_told_in_ruled_parts",
            "_parts_described",
            "_ruled_on_here",
        }
    ),
    AgesReadBack: frozenset({"_age_told", "_names_subject_before"}),
    # out of ``doers.py`` at the 600-line limit (branch spl79)
    OwnAdmissions: frozenset(
        "_admits_crime _admits_own_deed_told_there _where_admitted _told_all_in_custody "
        "_own_part _admitters_pronoun _admitter_accused _answered_before_court".split()
    ),
    SentenceDrafts: frozenset(
        "_added _no_victims_in_encounters _in_an_encounter _in_the_case _not_their_rank "
        "_stands_accused _pleads _no_body_on_the_case _a_body".split()
    ),
    Courts: frozenset(
        "_accused_in _by_a_court _a_court_word _a_court _a_prison _phrasal _names_trial "
        "_sent_too _rest_sent _court_act _by_a_court_or_prosecution _a_prosecution _done_by "
        "_a_thing".split()
    ),
    Custody: frozenset(
        "_remand_hung_below _custody_of_the_law _custody_to_custodians _bail_again _asks_bail "
        "_held_without_bail _held_by_order _remains_held _custody_granted _days_granted "
        "_held_in_custody _count_hung_on_length _held_for_days _small_clause _on_remand "
        "_shared_subject _kept_by_a_court".split()
    ),
    # out of ``rulings.py`` again (branch out31)
    Findings: frozenset(
        "_not_heard _cleared _failed_attempt _not_proved _left_out_object _embedding_outcome "
        "_guilty _subject_above _at_charging_stage _out_of_the_case".split()
    ),
    ChargesFramed: frozenset({"_framed", "_names_charge", "_none_brought", "_declares_absconder"}),
    Punishments: frozenset(
        "_term_awarded _served _ordered_to_pay _jailed _received _reduced_relative "
        "_subject_ruled_on _headline_ruling _jailed_untried _before_trial _untried "
        "_appeared_just_before _served_sentence _told_only_as _no_other_service".split()
    ),
    FullNames: frozenset(
        "_full_name _scan_full_name _is_person _missed_name _surname_as_person "
        "_place_as_person _shared_surname _declares_alias _is_alias _person_full_name "
        "_alias_bearers _kept_as".split()
    ),
    Pronouns: frozenset(
        "_the_one_followed _nearer_subject _resolver_may_choose _followed_subject "
        "_turned_to_another _owner_of_a_thing _accused_named_before _mention_root "
        "_named_before _anaphor _owner_subject _apposed_person".split()
    ),
    # out of ``pronouns.py`` at the 600-line limit (branch spl79)
    SentenceBefore: frozenset(
        "_subject_just_before _quotation_closed_before _object_just_before "
        "_one_accused_among _unaccused_binder _described_bearer described_object "
        "persons_subject".split()
    ),
    # out of ``naming.py`` at the size limit (branch cut81)
    KinReadBack: frozenset({"remember_kin", "_kin_told"}),
    ApposedNames: frozenset(
        {"owner_renamed", "_persons_name", "_named_after_comma", "apposed_past_place"}
    ),
    # out of ``coerced.py`` at the size limit (branch cut81)
    CoercedOwners: frozenset(
        "_signer_another_part _parts_given _named_past_the_statement _signer_accused "
        "_signer_unaccused _any_accused "
        "_teller _coerced_by _relative_clients _signers _coerced_named "
        "_unparsed_speakers".split()
    ),
    # out of the modules at the 600-line limit, one concept each (branch rev63)
    PluralPronouns: frozenset(
        "_plural_anaphor _arrested_anew _group_may_be_them _listed_in _clause_group "
        "_listed_group _confessors_just_before".split()
    ),
    MembersNamed: frozenset(
        "no_party described_in_passing _body_of_members counted_members "
        "without_groups_named _members _person_in".split()
    ),
    NameLists: frozenset(
        "_listed _list_items _describes_next_item _they_the_accused _counts_a_role "
        "_paper_naming _in_item_phrase _passive_as _describes _begins_list "
        "_apposed_first_item _describes_name_after _ruled_participle _joins_a_firms_name "
        "_group_taken_up".split()
    ),
    Owners: frozenset(
        "_recipients _recipient_tokens _owners _conjuncts_owners _subjects_before _titled_names "
        "_makers _against_an_acquittal _compound_names".split()
    ),
    ClearingActs: frozenset(
        "_clears _by_rivals _described_as_cleared _in_a_false_case _justified "
        "_for_what_was_not_done _kept_in_prison _cases_faced".split()
    ),
    SpokenFor: frozenset(
        "_the_accused _bound_by_the_speaker _the_accused_followed _side_of _kin_of "
        "_spoken_for _speakers_themselves _speaking_of_self _speaker_of _clients_he "
        "_my_client_before _for_another_side _a_strangers_own _kin_of_no_accused "
        "_in_own_earlier_word _kin_who_spoke _accused_speaking_of_self".split()
    ),
    Answering: frozenset(
        "_answers _denial_told _a_tie _a_deed _denies_wrongdoing "
        "_own_deed_denied _someone_else _denier_told _client_of_the_speaker "
        "_answered_by_the_accused _answerers _kin_speaker_names _teller_of_conjunct _issuer "
        "_accused_by_the_accusation _doers_denied _doer_deps _on_behalf_of _defendants "
        "_told_by_another _alibi_put_forward".split()
    ),
    ListedNames: frozenset(
        "_coordinated _another_person _hyphened_apposition _apposed_as_adverb "
        "_listed_after_home _item_named_apart _counsel_of _list_hung_before _kin_or_accomplice "
        "_next_listed_person _apposed_after_object _named_past_its_of".split()
    ),
    PhraseNames: frozenset(
        "_names _names_of_children _pobj_names _group_above _has_subject _identified "
        "_apposed_to_name _relative_antecedent _person_above_place".split()
    ),
}
# The mixins split out of ``rulings.py``, ``naming.py``, ``answers.py`` and ``parties.py``:
# still the own methods of the class they came from, for the classes that build on it.
_CAME_FROM: dict[type, type] = {
    Courts: Rulings,
    Custody: Rulings,
    Punishments: Rulings,
    Findings: Rulings,
    ChargesFramed: Rulings,
    FullNames: Naming,
    Pronouns: Naming,
    SentenceBefore: Naming,
    KinReadBack: Naming,
    ApposedNames: Naming,
    CoercedOwners: CoercedStatements,
    SpokenFor: Answers,
    Answering: Answers,
    ListedNames: Parties,
    PhraseNames: Parties,
    PluralPronouns: Pronouns,
    MembersNamed: Naming,
    NameLists: Descriptions,
    Owners: Parties,
    ClearingActs: Answers,
    DescribedLater: DescribedPeople,
    WrittenTitles: DescribedPeople,
    PartsTold: DescribedPeople,
    AgesReadBack: DescribedPeople,
    OwnAdmissions: Doers,
    EndedCases: Rulings,
    Pleas: Answering,
}


def _own_methods(cls: type) -> set[str]:
    return {n for n, v in vars(cls).items() if inspect.isfunction(v) or isinstance(v, staticmethod)}


def test_moved_methods_are_the_readers_from_their_mixins() -> None:
    for mixin, moved in _MOVED.items():
        assert _own_methods(mixin) == moved, mixin.__name__
        assert mixin in Reader.__mro__
        for name in moved:
            assert inspect.getattr_static(Reader, name) is vars(mixin)[name], name
            if mixin in _CAME_FROM:
                assert inspect.getattr_static(_CAME_FROM[mixin], name) is vars(mixin)[name], name


def test_no_method_is_defined_twice_by_a_split() -> None:
    """A moved method is nowhere else in the chain, so the order of the mixins decides
    nothing about it."""
    for mixin, moved in _MOVED.items():
        for cls in Reader.__mro__:
            if cls is not mixin:
                assert not moved & _own_methods(cls), (mixin.__name__, cls.__name__)


def test_no_two_classes_of_the_reader_define_one_method() -> None:
    """Every mixin's helper is the one its own calls reach: under one name, the reader's
    method resolution order would silently give one mixin another's check (list_fellows'
    test of a description word once ran named_as' test of the words after "as")."""
    owners: dict[str, list[str]] = {}
    for cls in Reader.__mro__[1:]:
        for name in _own_methods(cls):
            if not name.startswith("__"):
                owners.setdefault(name, []).append(cls.__name__)
    assert {n: c for n, c in owners.items() if len(c) > 1} == {}
