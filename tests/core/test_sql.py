"""The SQL written per dialect (core/sql.py), and a hand-written read run on the server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mentorat_desktop.core import sql


def test_question_marks_become_psycopg_placeholders_outside_literals() -> None:
    query = "SELECT name FROM member WHERE email LIKE '%@x?y' AND id = ? AND note = 'it''s ?'"
    assert sql.to_pyformat(query) == (
        "SELECT name FROM member WHERE email LIKE '%%@x?y' AND id = %s AND note = 'it''s ?'"
    )


def test_percent_outside_literals_is_doubled_too() -> None:
    assert sql.to_pyformat("SELECT 7 % 2, ?") == "SELECT 7 %% 2, %s"


def test_server_values_come_back_as_sqlite_gives_them() -> None:
    assert sql.as_sqlite_value(dt.date(2026, 11, 15)) == "2026-11-15"
    assert sql.as_sqlite_value(dt.datetime(2026, 11, 15, 9, 30)) == "2026-11-15 09:30:00"
    assert sql.as_sqlite_value(True) == 1 and sql.as_sqlite_value(False) == 0
    assert sql.as_sqlite_value(Decimal("2.5")) == 2.5
    assert sql.as_sqlite_value(None) is None
    assert sql.as_sqlite_value("Hélène") == "Hélène"


def test_month_reads_the_sqlite_index_expression_and_to_char_on_the_server() -> None:
    assert sql.month_of("held_on", "sqlite") == "substr(held_on, 1, 7)"
    assert sql.month_of("held_on", "postgresql") == "to_char(held_on, 'YYYY-MM')"


def test_a_character_by_its_code_on_each_engine() -> None:
    assert sql.char(30, "sqlite") == "char(30)"
    assert sql.char(30, "postgresql") == "chr(30)"


def test_ids_of_a_json_array_read_by_each_engine() -> None:
    assert sql.in_json_ids("p.id", "sqlite") == "p.id IN (SELECT value FROM json_each(?))"
    on_server = sql.in_json_ids("p.id", "postgresql")
    assert on_server.startswith("p.id IN (SELECT CAST(value AS INTEGER) FROM ")
    assert "json_array_elements_text(CAST(? AS JSON))" in on_server
