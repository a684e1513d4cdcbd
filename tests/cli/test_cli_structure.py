"""How the command line is put together (docs/architecture.md), read from its source: the
command modules share cli_common and never import each other (only cli.py, the dispatcher,
knows them all), and a command gets its services from build_services, as the application
does, instead of making one itself."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mentorat_desktop"
# The modules a command module may import: none of them imports a command module.
SHARED = {"cli_common", "cli_messages", "cli_output", "cli_spec"}


def _cli_modules() -> dict[str, ast.Module]:
    return {
        path.stem: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.glob("cli*.py"))
    }


def _imported_cli_modules(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "mentorat_desktop":
                found.update(alias.name for alias in node.names)
            else:
                found.add(node.module.removeprefix("mentorat_desktop."))
        elif isinstance(node, ast.Import):
            found.update(alias.name.removeprefix("mentorat_desktop.") for alias in node.names)
    return {name for name in found if name == "cli" or name.startswith("cli_")}


def test_the_command_modules_import_only_the_shared_ones() -> None:
    modules = _cli_modules()
    assert "cli_common" in modules
    wrong = {
        name: sorted(_imported_cli_modules(tree) - SHARED)
        for name, tree in modules.items()
        if name != "cli" and _imported_cli_modules(tree) - SHARED
    }
    assert wrong == {}, f"a command module imports another one (share it in cli_common): {wrong}"


def test_the_shared_modules_import_no_command_module() -> None:
    modules = _cli_modules()
    allowed = {
        "cli_common": {"cli_messages", "cli_output"},
        "cli_output": {"cli_messages"},
        "cli_messages": set(),
        "cli_spec": set(),
    }
    for name, imports_allowed in allowed.items():
        assert _imported_cli_modules(modules[name]) <= imports_allowed, name


def test_no_command_makes_a_service_itself() -> None:
    made = [
        f"{name}.py:{node.lineno} {ast.unparse(node.func)}"
        for name, tree in _cli_modules().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, (ast.Name, ast.Attribute))
        and ast.unparse(node.func).rsplit(".", 1)[-1].endswith("Service")
    ]
    assert made == [], f"services come from build_services(db): {made}"
