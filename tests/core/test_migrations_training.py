"""Migration 0008_training: training sessions and attendance survive in saved databases."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.models import Member, TrainingSession

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAVED = sorted(FIXTURES.glob("db_*.sqlite3"))


@pytest.mark.parametrize(
    "saved",
    [s for s in SAVED if s.stem.removeprefix("db_") >= "0008_training"],
    ids=lambda p: p.stem,
)
def test_saved_database_keeps_its_training_session(saved: Path, tmp_path: Path) -> None:
    from sqlalchemy import select

    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    db = open_database(path)
    try:
        with db.reading() as session:
            (training,) = session.scalars(select(TrainingSession)).all()
            assert training.title == "Le mentorat inversé : écouter, transmettre"
            assert training.full_day and training.duration_minutes == 420
            (row,) = training.attendance
            assert row.attended and row.invited
            assert row.member.first_name == "Léo"
            assert row.member.mentor_training_on == dt.date(2025, 9, 20)
    finally:
        db.close()


def test_an_older_database_gains_empty_training_tables(tmp_path: Path) -> None:
    from sqlalchemy import select

    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(FIXTURES / "db_0007_setup.sqlite3", path)
    db = open_database(path)
    try:
        with db.reading() as session:
            assert session.scalars(select(TrainingSession)).all() == []
            # A training date typed by hand before 0008 is kept as it was.
            members = session.scalars(select(Member)).all()
            assert len(members) == 2
    finally:
        db.close()
