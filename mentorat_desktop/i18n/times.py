"""A moment as the coordinator's locale writes it. Apart from the storage messages, which
name the backups module: the members' details show when a record last changed, and drawing
them at start-up should not load the backups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.formatting import format_date


def format_time(value: dt.datetime, language: str) -> str:
    """A moment as the locale writes it: the short date and the time (24 h in French)."""
    local = value.astimezone()
    clock = f"{local:%H} h {local:%M}" if language == "fr_CA" else f"{local:%H:%M}"
    joiner = QCoreApplication.translate("Storage", "{date} at {time}")
    return joiner.format(date=format_date(local.date(), language), time=clock)
