"""Archiving members: asks first what to do with their pairs in progress, then says what it did.

Archiving alone can be undone (Ctrl+Z). When a member is still in a proposed, active or paused
pair, the coordinator chooses: put those pairs on hold and withdraw the proposals in the same
transaction, archive only (the pairs stay as they are), or cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.members import MemberRecord, MemberService, MemberSummary
from mentorat_desktop.core.services.pairs import PairChoice, PairService
from mentorat_desktop.gui.members.commands import ArchiveMembers
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.i18n.labels import pair_status_label
from mentorat_desktop.i18n.messages import field_error


def _pair_line(choice: PairChoice) -> str:
    return QCoreApplication.translate("ArchiveMembers", "{mentor} and {mentee} ({status})").format(
        mentor=choice.mentor_name,
        mentee=choice.mentee_name,
        status=pair_status_label(choice.status),
    )


def ask_about_pairs(parent: QWidget, pairs: list[PairChoice]) -> str:
    """ "hold", "archive" or "cancel": what the coordinator chose for these pairs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ArchiveMembers", "Archive"))
    box.setText(
        QCoreApplication.translate(
            "ArchiveMembers",
            "%n pair(s) in progress would keep an archived member:",
            "",
            len(pairs),
        )
        + "\n"
        + "\n".join("• " + _pair_line(p) for p in pairs)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ArchiveMembers",
            "Put them on hold (proposals are withdrawn) and archive? An archived member "
            "can be restored later; the pairs can then be resumed from the Pairs view.",
        )
    )
    hold = box.addButton(
        QCoreApplication.translate("ArchiveMembers", "&Hold the pairs and archive"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    only = box.addButton(
        QCoreApplication.translate("ArchiveMembers", "Archive &only"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("ArchiveMembers", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    hold.setAccessibleName(
        QCoreApplication.translate("ArchiveMembers", "Hold the pairs and archive")
    )
    only.setAccessibleName(QCoreApplication.translate("ArchiveMembers", "Archive only"))
    cancel.setAccessibleName(QCoreApplication.translate("ArchiveMembers", "Cancel"))
    box.setDefaultButton(hold)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "hold" if clicked is hold else "archive" if clicked is only else "cancel"


def archive_members(
    parent: QWidget,
    service: MemberService,
    pairs: PairService | None,
    records: Sequence[MemberRecord | MemberSummary],
    undo: QUndoStack,
) -> bool:
    """Archive ``records``, asking first about their pairs in progress. True when done."""
    ids = [r.id for r in records]
    names = [r.full_name for r in records]
    in_progress = pairs.open_pairs_of(ids) if pairs is not None else []
    # A pair already on hold has nothing to be asked about: only the running ones and the
    # proposals are listed, and without them the member is archived at once.
    to_hold = [p for p in in_progress if p.status != PairStatus.PAUSED]
    choice = ask_about_pairs(parent, to_hold) if to_hold else "archive"
    if choice == "cancel":
        return False
    if choice == "hold" and pairs is not None:
        note = QCoreApplication.translate("ArchiveMembers", "A member was archived.")
        try:
            paused, withdrawn = pairs.hold_pairs_and_archive(ids, dt.date.today(), note)
        except ValidationError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("ArchiveMembers", "Archive"),
                "\n".join(field_error(e) for e in exc.errors),
            )
            return False
        text = (
            QCoreApplication.translate("ArchiveMembers", "%n member(s) archived.", "", len(ids))
            + " "
            + QCoreApplication.translate(
                "ArchiveMembers", "Pairs put on hold: {paused}; proposals withdrawn: {withdrawn}."
            ).format(paused=paused, withdrawn=withdrawn)
        )
        tell(parent, text)
        return True
    # Archived first: a refusal (a database opened read-only, a full disk) goes to the
    # sentence that says so, and neither the undo stack nor the status bar claims it.
    service.archive(ids)
    undo.push(ArchiveMembers(service, ids, names, done=True))
    held = sum(1 for p in in_progress if p.status != PairStatus.PROPOSED)
    text = QCoreApplication.translate(
        "ArchiveMembers", "%n member(s) archived (Ctrl+Z to undo).", "", len(ids)
    )
    if in_progress:
        # French says "ses binômes" for one member, "leurs binômes" for several.
        text += " " + QCoreApplication.translate(
            "ArchiveMembers",
            "Their pairs were left as they were (%n running).",
            "one member" if len(ids) == 1 else "",
            held,
        )
    tell(parent, text)
    return True
