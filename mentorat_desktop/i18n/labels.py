"""Names of the domain's vocabularies (roles, modes, generations...) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Generation,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
)


def role_label(role: Role | str) -> str:
    return {
        Role.MENTOR: QCoreApplication.translate("Labels", "Mentor (younger)"),
        Role.MENTEE: QCoreApplication.translate("Labels", "Mentee (older)"),
        Role.EITHER: QCoreApplication.translate("Labels", "Either"),
    }.get(Role(role), str(role))


def role_short(role: Role | str) -> str:
    return {
        Role.MENTOR: QCoreApplication.translate("Labels", "Mentor"),
        Role.MENTEE: QCoreApplication.translate("Labels", "Mentee"),
        Role.EITHER: QCoreApplication.translate("Labels", "Either"),
    }.get(Role(role), str(role))


def mode_label(mode: Mode | str) -> str:
    return {
        Mode.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        Mode.VIDEO: QCoreApplication.translate("Labels", "Video call"),
        Mode.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Mode.ANY: QCoreApplication.translate("Labels", "No preference"),
    }.get(Mode(mode), str(mode))


def generation_label(generation: Generation | str | None) -> str:
    if generation is None:
        return QCoreApplication.translate("Labels", "Unknown")
    return {
        Generation.SILENT: QCoreApplication.translate("Labels", "Born before 1946"),
        Generation.BABY_BOOMER: QCoreApplication.translate("Labels", "Baby boomer"),
        Generation.X: QCoreApplication.translate("Labels", "Generation X"),
        Generation.Y: QCoreApplication.translate("Labels", "Generation Y"),
        Generation.Z: QCoreApplication.translate("Labels", "Generation Z"),
        Generation.ALPHA: QCoreApplication.translate("Labels", "Generation Alpha"),
    }.get(Generation(generation), str(generation))


def status_label(status: MemberStatus | str) -> str:
    return {
        MemberStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        MemberStatus.ARCHIVED: QCoreApplication.translate("Labels", "Archived"),
    }.get(MemberStatus(status), str(status))


def pair_status_label(status: PairStatus | str) -> str:
    return {
        PairStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        PairStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        PairStatus.PAUSED: QCoreApplication.translate("Labels", "Paused"),
        PairStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
    }.get(PairStatus(status), str(status))


def withdrawn_label() -> str:
    """The status, in words, of a proposal withdrawn before it started (stored as ended)."""
    return QCoreApplication.translate("Labels", "Proposal withdrawn")


def pair_life_label(status: PairStatus | str, never_started: bool) -> str:
    """A pair's status in words, telling a withdrawn proposal (ended, never started) from a
    pair that ran and ended."""
    if PairStatus(status) == PairStatus.ENDED and never_started:
        return withdrawn_label()
    return pair_status_label(status)


def end_reason_label(reason: EndReason | str) -> str:
    return {
        EndReason.OBJECTIVES_REACHED: QCoreApplication.translate("Labels", "Objectives reached"),
        EndReason.NO_LONGER_AVAILABLE: QCoreApplication.translate("Labels", "No longer available"),
        EndReason.MISMATCH: QCoreApplication.translate("Labels", "Mismatch"),
        EndReason.OTHER: QCoreApplication.translate("Labels", "Other reason"),
    }.get(EndReason(reason), str(reason))


def outcome_label(outcome: Outcome | str) -> str:
    return {
        Outcome.YES: QCoreApplication.translate("Labels", "Yes"),
        Outcome.MOSTLY: QCoreApplication.translate("Labels", "Mostly"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly"),
        Outcome.NO: QCoreApplication.translate("Labels", "No"),
    }.get(Outcome(outcome), str(outcome))


def direction_label(direction: Direction | str) -> str:
    return {
        Direction.MENTOR_TO_MENTEE: QCoreApplication.translate("Labels", "The mentor passes it on"),
        Direction.MENTEE_TO_MENTOR: QCoreApplication.translate("Labels", "The mentee passes it on"),
        Direction.BOTH: QCoreApplication.translate("Labels", "Both ways"),
    }.get(Direction(direction), str(direction))


def objective_status_label(status: ObjectiveStatus | str) -> str:
    return {
        ObjectiveStatus.OPEN: QCoreApplication.translate("Labels", "To start"),
        ObjectiveStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ObjectiveStatus.REACHED: QCoreApplication.translate("Labels", "Reached"),
        ObjectiveStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }.get(ObjectiveStatus(status), str(status))
