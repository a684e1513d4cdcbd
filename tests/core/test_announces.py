"""Every change is announced by the transaction that made it: after the commit, never on a
rollback. The views reload on these topics; a write that forgets its topic leaves them stale."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mentorat_desktop.core as core_package
from mentorat_desktop.core.database import Database, announce, nothing_changed
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Cohort
from mentorat_desktop.core.services.members import MemberInput

CORE = Path(core_package.__file__).parent
ROOT = CORE.parent.parent

# Transactions that announce nothing themselves, each with its reason. Keyed by the module
# (from the repository's root) and the function holding the transaction.
SILENT = {
    ("mentorat_desktop/core/services/followups.py", "mark_handled"): (
        "checks only, nothing written; the entry is written by the next transaction, "
        "which announces it"
    ),
    ("mentorat_desktop/core/privacy.py", "erase_person"): (
        "announced after the -wal checkpoint that follows the commit (privacy._announce)"
    ),
    ("mentorat_desktop/core/privacy.py", "anonymise_past_retention"): (
        "announced after the -wal checkpoint that follows the commit (privacy._announce)"
    ),
    ("mentorat_desktop/core/checks.py", "repair_database"): (
        "its topics are known once the repairs are made: announce() adds them"
    ),
    ("mentorat_desktop/core/moving/merge.py", "merge_back"): (
        "the second transaction only marks the exported file as merged back (its own table, "
        "which no view shows); the first, on the server, announces everything"
    ),
}

# Where a hand-written ``bus.emit`` may stay: the transaction itself, and the erasure.
EMITTERS = {
    ("mentorat_desktop/core/database.py", "transaction"),
    ("mentorat_desktop/core/privacy.py", "_announce"),
    # What another copy of the application changed (its transaction announced it there).
    ("mentorat_desktop/core/watch.py", "announce"),
}


def _core_modules() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def _calls(path: Path, attribute: str) -> list[tuple[str, ast.Call]]:
    """Each call of ``<something>.<attribute>(...)`` in ``path``, with its enclosing function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, ast.Call]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == attribute
        ):
            found.append((function, node))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "<module>")
    return found


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_transaction_of_the_core_says_what_it_announces():
    missing = [
        f"{_name(path)}:{call.lineno} ({function})"
        for path in _core_modules()
        for function, call in _calls(path, "transaction")
        if not any(k.arg == "announces" for k in call.keywords)
    ]
    assert missing == [], "a transaction without announces=: " + ", ".join(missing)


def test_a_transaction_that_announces_nothing_says_why():
    silent = set()
    for path in _core_modules():
        for function, call in _calls(path, "transaction"):
            for keyword in call.keywords:
                if (
                    keyword.arg == "announces"
                    and isinstance(keyword.value, ast.Tuple)
                    and not keyword.value.elts
                ):
                    silent.add((_name(path), function))
    assert silent - SILENT.keys() == set(), "announces=() without a reason in SILENT"
    assert SILENT.keys() - silent == set(), "SILENT names a transaction that announces now"
    assert all(SILENT.values())


def test_no_change_is_announced_by_hand():
    by_hand = {
        (_name(path), function)
        for path in _core_modules()
        for function, call in _calls(path, "emit")
    }
    assert by_hand - EMITTERS == set()


# -- the behaviour ----------------------------------------------------------------------------


def _member_count(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM member")[0][0])


def _cohort_count(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM cohort")[0][0])


def test_a_committed_transaction_announces_after_its_commit(db: Database):
    """A listener sees the new data when it is told, in the order the topics were given."""
    heard: list[tuple[Topic, int]] = []
    db.bus.subscribe(lambda topic: heard.append((topic, _cohort_count(db))))
    with db.transaction(announces=(Topic.PAIRS, Topic.MEMBERS)) as session:
        session.add(Cohort(name="Automne"))
        session.flush()
        assert heard == []
    assert heard == [(Topic.PAIRS, 1), (Topic.MEMBERS, 1)]


def test_a_rolled_back_transaction_announces_nothing(db: Database):
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(RuntimeError), db.transaction(announces=(Topic.PAIRS,)) as session:
        session.add(Cohort(name="Automne"))
        session.flush()
        announce(session, Topic.MEMBERS)
        raise RuntimeError("stop")
    assert heard == []
    assert _cohort_count(db) == 0


def test_a_refused_change_announces_nothing(db: Database, members):
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(ValidationError):
        members.add(MemberInput(first_name="", last_name=""))
    assert heard == []
    assert _member_count(db) == 0


def test_the_work_can_add_a_topic_or_announce_nothing(db: Database):
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with db.transaction(announces=(Topic.TRAINING,)) as session:
        announce(session, Topic.MEMBERS, Topic.TRAINING)
    assert heard == [Topic.TRAINING, Topic.MEMBERS]
    heard.clear()
    with db.transaction(announces=(Topic.SESSIONS,)) as session:
        nothing_changed(session)
    assert heard == []
