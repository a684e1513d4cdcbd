"""The automatic backups of the window's life: on opening when the last is over a day old,
off the GUI thread, said in the status bar; and on closing."""

from __future__ import annotations

import datetime as dt

from mentorat_desktop.core.backups import BackupReason, list_backups, write_backup
from mentorat_desktop.gui.auto_backup import backup_on_close, backup_on_open


def test_opening_backs_up_when_none_is_recent_and_says_so(ctx, window, qtbot):
    ctx.members.add(_member("Zoé", "Lacroix"))
    backup_on_open(ctx, window)
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage())
    (backup,) = list_backups(ctx.db.path)
    assert backup.reason == "open"
    assert backup.members == 1
    assert backup.path.name in window.statusBar().currentMessage()


def test_opening_does_not_back_up_again_within_a_day(ctx, window, qtbot):
    write_backup(
        ctx.db.path,
        BackupReason.MANUAL,
        now=dt.datetime.now().astimezone() - dt.timedelta(hours=20),
    )
    backup_on_open(ctx, window)
    qtbot.wait(200)
    assert [b.reason for b in list_backups(ctx.db.path)] == ["manual"]


def test_opening_backs_up_when_the_last_is_older_than_a_day(ctx, window, qtbot):
    write_backup(
        ctx.db.path,
        BackupReason.MANUAL,
        now=dt.datetime.now().astimezone() - dt.timedelta(hours=25),
    )
    backup_on_open(ctx, window)
    qtbot.waitUntil(lambda: len(list_backups(ctx.db.path)) == 2)
    assert [b.reason for b in list_backups(ctx.db.path)] == ["open", "manual"], list_backups(
        ctx.db.path
    )


def test_closing_backs_up(ctx):
    ctx.members.add(_member("Odile", "Martin"))
    backup_on_close(ctx)
    (backup,) = list_backups(ctx.db.path)
    assert (backup.reason, backup.members) == ("close", 1)


def test_a_backup_that_cannot_be_written_is_said_and_work_goes_on(ctx, window, qtbot):
    # A file where the backups folder should be: the backup fails, the window says why.
    folder = ctx.db.path.parent / f"{ctx.db.path.stem}-backups"
    folder.write_text("in the way")
    backup_on_open(ctx, window)
    qtbot.waitUntil(lambda: "could not be written" in window.statusBar().currentMessage())
    ctx.members.add(_member("Léa", "Roy"))  # the database still works
    assert len(ctx.members.list_members()) == 1


def _member(first: str, last: str):
    from mentorat_desktop.core.services.members import MemberInput

    return MemberInput(first_name=first, last_name=last, birth_year=1990)


def test_a_copy_still_being_written_is_not_listed(ctx):
    from mentorat_desktop.core.backups import PARTIAL_PREFIX, backup_folder

    write_backup(ctx.db.path, BackupReason.MANUAL)
    (done,) = list_backups(ctx.db.path)
    partial = backup_folder(ctx.db.path) / (
        PARTIAL_PREFIX + done.path.name.replace("manual", "open")
    )
    partial.write_bytes(done.path.read_bytes())
    assert [b.path for b in list_backups(ctx.db.path)] == [done.path]
