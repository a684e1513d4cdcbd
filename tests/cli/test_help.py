"""The command line's help: in the chosen language (argparse's own words too), every option
described, an example for every command."""

from __future__ import annotations

import argparse

import pytest

from mentorat_desktop import cli_spec

ENGLISH_ARGPARSE = ("usage:", "show this help message", "positional arguments")


@pytest.fixture(autouse=True)
def _argparse_words_restored(monkeypatch):
    # The help routes argparse's words through the catalogues; give them back afterwards.
    monkeypatch.setattr(argparse, "_", argparse._)


@pytest.mark.parametrize("command", [c.name for c in cli_spec.COMMANDS])
def test_each_command_has_its_help_in_french_with_an_example(cli, command):
    result = cli(command, "--help", "--lang", "fr_FR")
    assert result.code == 0
    assert "Exemple" in result.out and "mentorat-desktop " + command in result.out
    for english in ENGLISH_ARGPARSE:
        assert english not in result.out
    assert "utilisation" in result.out


@pytest.mark.parametrize("command", cli_spec.COMMANDS, ids=lambda c: c.name)
def test_every_option_is_described(command):
    for option in command.options:
        assert option.help.strip(), f"{command.name} {option.flags} has no description"


def test_the_general_help_lists_every_command_in_french(cli):
    result = cli("--help", "--lang", "fr_FR")
    for command in cli_spec.COMMANDS:
        assert command.name in result.out
    assert "Commandes" in result.out


def test_a_missing_option_is_said_in_french(cli):
    result = cli("add-pair", "--db", "x.sqlite3", "--lang", "fr_FR")
    assert result.code == 2
    assert "the following arguments are required" not in result.err
    assert "--mentor" in result.err and "utilisation" in result.err


def test_english_help_stays_english(cli):
    result = cli("backup", "--help", "--lang", "en")
    assert "usage:" in result.out and "Example:" in result.out


def test_a_wrong_choice_is_said_in_french(cli):
    result = cli(
        "charters", "--db", "x.sqlite3", "-o", "y.pdf", "--status", "bogus", "--lang", "fr_FR"
    )
    assert result.code == 2
    assert "choix invalide" in result.err and "invalid choice" not in result.err
    assert "'bogus'" in result.err
