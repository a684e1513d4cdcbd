"""A module holds one subject: about 500 lines at most (docs/architecture.md). A bigger one
says why in its first line ("Long on purpose (about N lines): ..."), so that growing past
it is a decision someone wrote down, not an accident."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mentorat_desktop"
ABOUT = 550  # "about 500": a tenth of leeway


def test_a_module_over_about_500_lines_says_why_in_its_first_line() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations/versions" in path.as_posix():
            continue
        text = path.read_text("utf-8")
        if text.count("\n") > ABOUT and not text.startswith('"""Long on purpose ('):
            unexplained.append(f"{path.relative_to(PACKAGE.parent)}: {text.count(chr(10))}")
    assert unexplained == []
