"""Why the system refused a file, in the user's language (not the system's English words)."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication


def os_reason(error: BaseException) -> str:
    """A few words for an OSError: the folder does not exist, no permission, the disk is
    full, read-only… The system's own words only for a rare error, else the error's kind."""
    code = getattr(error, "errno", None)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate("OsError", "the folder does not exist")
    if code in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("OsError", "permission denied")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QCoreApplication.translate("OsError", "the disk is full")
    if code == errno.EROFS:
        return QCoreApplication.translate("OsError", "the disk is read-only")
    if code == errno.EISDIR:
        return QCoreApplication.translate("OsError", "a folder has that name")
    if code == errno.EIO:
        return QCoreApplication.translate("OsError", "the disk could not be read or written")
    return getattr(error, "strerror", None) or type(error).__name__
