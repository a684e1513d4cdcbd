"""Names of the domain's vocabularies (roles, modes, generations...) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.enums import Generation, MemberStatus, Mode, Role


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
