"""The package's import rules (docs/architecture.md), read from the source:

- no import cycle between the package's modules, counting the imports made inside functions
  (an import moved into a function to hide a cycle is still a cycle);
- an import inside a function is there only to load something heavy when it is first needed
  (start-up stays lean) or something that exists on one system only, and says so in a comment
  holding ``lazy:`` on its line or on the comment line just above it (or above the block of
  imports it belongs to).

Run as a script with a folder (``python tests/test_import_rules.py mentorat_desktop/cli``) to
list what breaks the rules there.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mentorat_desktop"
SKIPPED = ("migrations/versions",)  # Alembic scripts: loaded by Alembic, one at a time


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        if any(part in relative.as_posix() for part in SKIPPED):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def _function_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inside.update(id(inner) for inner in ast.walk(node) if inner is not node)
    return inside


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = node.module or ""
    if node.level:
        kept = package[: len(package) - node.level + 1]
        base = ".".join([*kept, base] if base else kept)
    return [f"{base}.{alias.name}" for alias in node.names] + [base]


def import_graph() -> dict[str, set[str]]:
    """Every module of the package and the modules of the package it imports, anywhere."""
    modules = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"))
        skipped = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or id(node) in skipped:
                continue
            names = _targets(module, path, node)
            if isinstance(node, ast.ImportFrom):
                # "from package import name": the submodule when name is one, else the package
                submodules = [name for name in names[:-1] if name in modules]
                names = submodules or names[-1:]
            for name in names:
                while name and name not in modules:
                    name = name.rpartition(".")[0]
                if name and name != module:
                    graph[module].add(name)
    return graph


def import_cycles() -> list[list[str]]:
    """The groups of modules that import each other (strongly connected, Tarjan)."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph.get(module, ())):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for module in sorted(_modules()):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return cycles


def _says_lazy(lines: list[str], node: ast.stmt) -> bool:
    if "lazy:" in lines[node.lineno - 1]:
        return True
    number = node.lineno - 2  # up through a block of imports to the comment above them
    while number >= 0:
        text = lines[number].strip()
        if text.startswith("#"):
            while number >= 0 and lines[number].strip().startswith("#"):
                if "lazy:" in lines[number]:
                    return True  # a comment of several lines, "lazy:" in one of them
                number -= 1
            return False
        if not text.startswith(("import ", "from ")) and not text.endswith((",", "(", ")")):
            return False
        number -= 1
    return False


def unexplained_function_imports(under: Path = PACKAGE) -> list[str]:
    """'file:line module' for each import inside a function that does not say why."""
    found: list[str] = []
    for path in _modules().values():
        if under not in (path, *path.parents):
            continue
        source = path.read_text("utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        inside = _function_nodes(tree)
        skipped = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, (ast.Import, ast.ImportFrom))
                and id(node) in inside
                and id(node) not in skipped
                and not _says_lazy(lines, node)
            ):
                name = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                where = path.relative_to(PACKAGE.parent).as_posix()
                found.append(f"{where}:{node.lineno} {'.' * getattr(node, 'level', 0)}{name}")
    return sorted(found)


def test_no_import_cycle() -> None:
    assert import_cycles() == []


def test_every_import_inside_a_function_says_why() -> None:
    assert unexplained_function_imports() == []


def test_the_rules_see_a_cycle_and_an_unexplained_import(tmp_path: Path) -> None:
    """The checks themselves: a comment saying why passes, a bare import does not."""
    lines = [
        "def f():",
        "    # lazy: reportlab, only when printing",
        "    import reportlab",
        "    import json",
        "def g():",
        "    import csv",
        "    import os  # lazy: openpyxl",
        "def h():",
        "    # lazy: numpy, only for a proposal,",
        "    # which few sessions make",
        "    import numpy",
        "    x = 1",
        "    # a comment that says nothing of why",
        "    import sqlite3",
    ]
    tree = ast.parse("\n".join(lines))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import)]
    verdicts = {n.names[0].name: _says_lazy(lines, n) for n in imports}
    assert verdicts == {
        "reportlab": True,
        "json": True,
        "csv": False,
        "os": True,
        "numpy": True,
        "sqlite3": False,
    }


if __name__ == "__main__":
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else PACKAGE
    for cycle in import_cycles():
        print("cycle:", " <-> ".join(cycle))
    problems = unexplained_function_imports(folder)
    print("\n".join(problems))
    print(f"{len(problems)} imports inside functions without a 'lazy:' comment")
