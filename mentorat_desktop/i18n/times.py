"""A moment as the coordinator's locale writes it. Apart from the storage messages, which
name the backups module: the members' details show when a record last changed, and drawing
them at start-up should not load the backups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.formatting import format_date


def format_time(value: dt.datetime, language: str, seconds: bool = False) -> str:
    """A moment as the locale writes it: the short date and the time (24 h in French), to
    the second with ``seconds`` (two moments of the same minute told apart)."""
    local = value.astimezone()
    if language == "fr_CA":
        clock = f"{local:%H} h {local:%M}" + (f" min {local:%S} s" if seconds else "")
    else:
        clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    joiner = QCoreApplication.translate("Storage", "{date} at {time}")
    return joiner.format(date=format_date(local.date(), language), time=clock)
