"""The claim reader's chain: every mixin the reader reads a document with, in the order
their methods resolve. ``ReaderChain`` defines nothing of its own: ``WordActs`` (the acts one
word starts) builds on it, and ``Reader`` (the walk over a document's sentences) on that.
Split out of ``reader.py`` (branch spl78) as it was: the comments say why a mixin stands
where it does, and the reader's method resolution order is the one it had.
"""

from __future__ import annotations

from corroborate.nlp.claims.after_admitting import AfterAdmitting
from corroborate.nlp.claims.aftermath import Aftermath
from corroborate.nlp.claims.allegations import Allegations
from corroborate.nlp.claims.alleged_deeds import AllegedDeeds
from corroborate.nlp.claims.answer_verbs import AnswerVerbs
from corroborate.nlp.claims.answered_yes import AnsweredYes
from corroborate.nlp.claims.approvers import Approvers
from corroborate.nlp.claims.as_did import AsDid
from corroborate.nlp.claims.bail_admitted import BailAdmitted
from corroborate.nlp.claims.bail_forgone import BailForgone
from corroborate.nlp.claims.branded import Branded
from corroborate.nlp.claims.case_against import CaseAgainst
from corroborate.nlp.claims.case_captions import CaseCaptions
from corroborate.nlp.claims.challenged import StatementChallenged
from corroborate.nlp.claims.charges_read import ChargesRead
from corroborate.nlp.claims.conviction_appealed import ConvictionAppealed
from corroborate.nlp.claims.crime_verbs import CrimeVerbs
from corroborate.nlp.claims.disclosed_givers import DisclosedGivers
from corroborate.nlp.claims.doers import Doers
from corroborate.nlp.claims.doubts import Doubts
from corroborate.nlp.claims.facing import Facing
from corroborate.nlp.claims.fined_amounts import FinedAmounts
from corroborate.nlp.claims.finished import Finished
from corroborate.nlp.claims.flight_risk import FlightRisk
from corroborate.nlp.claims.followed_accused import FollowedAccused
from corroborate.nlp.claims.footage import Footage
from corroborate.nlp.claims.fugitives import Fugitives
from corroborate.nlp.claims.gapped_awards import GappedAwards
from corroborate.nlp.claims.identified_next import IdentifiedNext
from corroborate.nlp.claims.involvement import Involvement
from corroborate.nlp.claims.known_wrong_told import KnownWrongTold
from corroborate.nlp.claims.lede_parts import LedeParts
from corroborate.nlp.claims.ledes import Ledes
from corroborate.nlp.claims.list_fellows import ListFellows
from corroborate.nlp.claims.named_as import NamedAs
from corroborate.nlp.claims.nested_speech import NestedSpeech
from corroborate.nlp.claims.not_done import NotDone
from corroborate.nlp.claims.nouns import Nouns
from corroborate.nlp.claims.ordinals import Ordinals
from corroborate.nlp.claims.papers_say import PapersSay
from corroborate.nlp.claims.plea_bargains import PleaBargains
from corroborate.nlp.claims.police_say_made import PoliceSayMade
from corroborate.nlp.claims.probed_party import ProbedParty
from corroborate.nlp.claims.proclaimed import Proclaimed
from corroborate.nlp.claims.produced import Produced
from corroborate.nlp.claims.proved import Proved
from corroborate.nlp.claims.public_confessors import PublicConfessors
from corroborate.nlp.claims.punished_admission import PunishedAdmission
from corroborate.nlp.claims.recorded_later import RecordedLater
from corroborate.nlp.claims.released import Released
from corroborate.nlp.claims.responsibility import Responsibility
from corroborate.nlp.claims.retractions import Retractions
from corroborate.nlp.claims.sentence_drafts import SentenceDrafts
from corroborate.nlp.claims.sought import Sought
from corroborate.nlp.claims.spared_trial import SparedTrial
from corroborate.nlp.claims.statement_said import StatementSaid
from corroborate.nlp.claims.status_aside import StatusAside
from corroborate.nlp.claims.the_dead import TheDead
from corroborate.nlp.claims.told_custodians import ToldCustodians
from corroborate.nlp.claims.told_press import ToldPress
from corroborate.nlp.claims.tried_within import StatementTriedWithin
from corroborate.nlp.claims.verbs import Verbs
from corroborate.nlp.claims.victims_told import VictimsTold

__all__ = ["ReaderChain"]


class ReaderChain(
    PublicConfessors,  # first: it asks ``Settings``, which the chain below holds
    Nouns,
    AnswerVerbs,  # here, the chain's method resolution order is the one it had without it
    Approvers,
    CrimeVerbs,  # (as Approvers: before its base, the chain's order the one it had without it)
    Verbs,
    Finished,
    FollowedAccused,  # before SentenceDrafts, whose predicates it asks (same order)
    SentenceDrafts,
    SparedTrial,  # before NotDone and Facing, which it extends
    NotDone,
    Doers,
    Facing,
    Allegations,
    Ordinals,
    Responsibility,
    Branded,
    IdentifiedNext,  # before Ledes, which it extends
    LedeParts,  # (so does this)
    Ledes,
    Doubts,
    PleaBargains,
    Proved,
    GappedAwards,
    Produced,
    ToldCustodians,
    KnownWrongTold,  # before ToldPress, whose quotations it reads
    ToldPress,
    PoliceSayMade,
    AnsweredYes,
    Footage,
    Involvement,
    Fugitives,
    Aftermath,
    Proclaimed,
    FlightRisk,
    BailForgone,
    NamedAs,
    ProbedParty,
    ListFellows,
    ChargesRead,
    BailAdmitted,
    AsDid,
    ConvictionAppealed,
    StatusAside,
    Released,
    Sought,
    DisclosedGivers,
    CaseAgainst,
    CaseCaptions,
    AllegedDeeds,
    StatementSaid,  # before Retractions: both take their settings from ``TakenBackSettings``
    StatementTriedWithin,  # before its base: it asks ``StatementChallenged`` who challenges
    StatementChallenged,
    Retractions,
    RecordedLater,
    NestedSpeech,
    VictimsTold,
    TheDead,
    PapersSay,
    AfterAdmitting,
    PunishedAdmission,
    FinedAmounts,
):
    """The mixins of the claim reader, in the order their methods resolve."""
