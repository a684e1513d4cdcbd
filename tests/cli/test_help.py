"""The command line's help: in the chosen language (argparse's own words too), every option
described, an example for every command."""

from __future__ import annotations

import pytest

from mentorat_desktop import cli, cli_spec

ENGLISH_ARGPARSE = ("usage:", "show this help message", "positional arguments")


@pytest.mark.parametrize("command", [c.name for c in cli_spec.COMMANDS])
def test_each_command_has_its_help_in_french_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help", "--lang", "fr_FR"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "Exemple" in out and "mentorat-desktop " + command in out
    for english in ENGLISH_ARGPARSE:
        assert english not in out
    assert "utilisation" in out


@pytest.mark.parametrize("command", cli_spec.COMMANDS, ids=lambda c: c.name)
def test_every_option_is_described(command):
    for option in command.options:
        assert option.help.strip(), f"{command.name} {option.flags} has no description"


def test_the_general_help_lists_every_command_in_french(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help", "--lang", "fr_FR"])
    out = capsys.readouterr().out
    for command in cli_spec.COMMANDS:
        assert command.name in out
    assert "Commandes" in out


def test_a_missing_option_is_said_in_french(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["add-pair", "--db", "x.sqlite3", "--lang", "fr_FR"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "the following arguments are required" not in err
    assert "--mentor" in err and "utilisation" in err


def test_english_help_stays_english(capsys):
    with pytest.raises(SystemExit):
        cli.main(["backup", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    assert "usage:" in out and "Example:" in out
