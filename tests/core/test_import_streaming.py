"""The pieces that keep an import's memory bounded: the rows kept to show, the lines to
add, the sessions already met, and the mark of the file previewed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mentorat_desktop.core.importing.streaming import (
    FileMark,
    ImportFileChanged,
    Kept,
    LineSet,
    SeenKeys,
)


def test_kept_counts_every_row_and_keeps_the_first() -> None:
    kept: Kept[int] = Kept(limit=3)
    for n in range(10):
        kept.add(n)
    assert kept.rows == [0, 1, 2]
    assert kept.count == 10


def test_line_set() -> None:
    lines = LineSet()
    for line in (2, 9, 200_000, 9):
        lines.add(line)
    assert len(lines) == 3
    assert 2 in lines and 9 in lines and 200_000 in lines
    assert 3 not in lines and 1_000_000 not in lines and -1 not in lines


def test_seen_keys_across_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SeenKeys, "FRESH_MAX", 7)
    rng = random.Random(3)
    keys = rng.sample(range(1 << 60), 500)
    seen = SeenKeys()
    for line, key in enumerate(keys, start=2):
        seen.add(key, line)
        seen.add(key, 99_999)  # the first line stays
    assert len(seen) == 500
    assert [seen.get(k) for k in keys] == list(range(2, 502))
    assert seen.get(12345) is None and 12345 not in seen
    assert keys[0] in seen


def test_file_mark(tmp_path: Path) -> None:
    path = tmp_path / "rencontres.csv"
    path.write_text("Mentor;Mentoré\n", encoding="utf-8")
    mark = FileMark.of(path)
    mark.check(path)  # the same file
    path.write_text("Mentor;Mentorée\n", encoding="utf-8")
    with pytest.raises(ImportFileChanged):
        mark.check(path)
    path.unlink()
    with pytest.raises(ImportFileChanged):
        mark.check(path)
