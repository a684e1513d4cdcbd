"""Reading messy spreadsheet files into rows: encodings, separators, quotes, blank lines,
workbooks, and clear error codes instead of crashes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from mentorat_desktop.core.importing.tabular import (
    TableReadError,
    TableRow,
    cell_text,
    detect_delimiter,
    read_table,
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def lines(rows: list[TableRow]) -> list[int]:
    return [row.line for row in rows]


def test_cp1252_semicolons_crlf_and_accents(tmp_path: Path) -> None:
    path = write(
        tmp_path / "excel.csv",
        "Prénom;Nom;Ville\r\nÉlodie;Bérubé;Trois-Rivières\r\nFrançois;Garçon;Île-Perrot\r\n"
        "Noël;Lefèvre;Saint-Jérôme\r\n",
        "cp1252",
    )
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers == ["Prénom", "Nom", "Ville"]
    assert table.rows[0].values == {"Prénom": "Élodie", "Nom": "Bérubé", "Ville": "Trois-Rivières"}
    assert table.rows[1].values["Ville"] == "Île-Perrot"
    assert table.rows[2].values["Prénom"] == "Noël"
    assert lines(table.rows) == [2, 3, 4]


def test_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = write(tmp_path / "forms.csv", "Prénom,Nom,Courriel\nAïcha,Côté,a@b.ca\n", "utf-8-sig")
    table = read_table(path)
    assert table.headers[0] == "Prénom"  # no byte-order mark left in the first title
    assert table.delimiter == ","
    assert table.rows[0].values == {"Prénom": "Aïcha", "Nom": "Côté", "Courriel": "a@b.ca"}


def test_plain_utf8_is_not_taken_for_cp1252(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.csv", "Nom;Ville\nÇa;Montréal\n")
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.rows[0].values == {"Nom": "Ça", "Ville": "Montréal"}


@pytest.mark.parametrize("name", ["tabs.tsv", "tabs.txt", "tabs.csv"])
def test_tab_separated(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "Prénom\tNom\tNotes\nLéa\tRoy\tun, deux; trois\n")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows[0].values == {"Prénom": "Léa", "Nom": "Roy", "Notes": "un, deux; trois"}


def test_utf16_text_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = write(tmp_path / "unicode.txt", "Prénom\tNom\r\nJosée\tGagné\r\n", "utf-16")
    table = read_table(path)
    assert table.rows[0].values == {"Prénom": "Josée", "Nom": "Gagné"}


def test_quoted_cells_line_breaks_and_blank_lines_keep_true_line_numbers(tmp_path: Path) -> None:
    text = (
        "Prénom;Nom;Notes\r\n"  # 1
        'Anne;"Roy; fille";"première ligne\r\n'  # 2
        'deuxième ligne"\r\n'  # 3
        "\r\n"  # 4 blank
        ";;\r\n"  # 5 only separators
        '"Paul";Simard;"dit ""Polo"""\r\n'  # 6
        "   \r\n"  # 7 spaces only
        "Zoé;Tremblay;\r\n"  # 8
    )
    table = read_table(write(tmp_path / "messy.csv", text))
    assert lines(table.rows) == [2, 6, 8]
    first, second, third = table.rows
    assert first.values["Nom"] == "Roy; fille"
    assert first.values["Notes"] == "première ligne\ndeuxième ligne"
    assert second.values["Notes"] == 'dit "Polo"'
    assert third.values == {"Prénom": "Zoé", "Nom": "Tremblay", "Notes": ""}


def test_blank_lines_before_the_header(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "late.csv", "\n\nPrénom,Nom\n\nAli,Ben\n"))
    assert table.header_line == 3
    assert lines(table.rows) == [5]


def test_trailing_spaces_short_and_long_rows(tmp_path: Path) -> None:
    text = " Prénom ; Nom  ;Ville\nJean  ;  Roy\nMarc;Roy;Laval;en trop\n"
    table = read_table(write(tmp_path / "ragged.csv", text))
    assert table.headers == ["Prénom", "Nom", "Ville"]
    assert table.rows[0].values == {"Prénom": "Jean", "Nom": "Roy", "Ville": ""}
    assert table.rows[1].values == {"Prénom": "Marc", "Nom": "Roy", "Ville": "Laval"}


def test_repeated_and_empty_titles(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "titles.csv", "Nom;;Notes;Notes\nRoy;x;a;b\n"))
    assert table.headers == ["Nom", "Notes", "Notes (2)"]
    assert table.rows[0].values == {"Nom": "Roy", "Notes": "a", "Notes (2)": "b"}


def test_unclosed_quote_does_not_crash(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "broken.csv", 'Nom;Notes\nRoy;"pas fermé\nLi;x\n'))
    assert lines(table.rows) == [2]
    assert table.rows[0].values["Notes"].startswith("pas fermé")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Prénom;Nom;Courriel", ";"),
        ("Prénom,Nom,Courriel", ","),
        ("Prénom\tNom\tCourriel", "\t"),
        ('"Nom, prénom";Courriel', ";"),
        ('"a;b;c",d', ","),
        ("Nom", ","),
    ],
)
def test_detect_delimiter(header: str, expected: str) -> None:
    assert detect_delimiter(header + "\nx\n") == expected


def test_detect_delimiter_default_for_a_single_column() -> None:
    assert detect_delimiter("Nom\nRoy\n", "\t") == "\t"


# -- workbooks ---------------------------------------------------------------------------


def make_workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for index, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=index, column=column, value=value)
    workbook.create_sheet("Autre").append(["ignorée"])
    workbook.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm"])
def test_xlsx_values_become_text(tmp_path: Path, suffix: str) -> None:
    path = make_workbook(
        tmp_path / f"membres{suffix}",
        [
            ["Prénom", "Nom", "Année", "Expérience", "Taux", "Naissance", "Formé", "Vide"],
            ["Gisèle", "Ouellet", 1955, 32.0, 0.75, dt.date(1955, 4, 2), True, None],
            [None] * 8,
            ["Kévin", "Nadeau", 2001.0, 3, 12.5, dt.datetime(2001, 12, 31, 14, 30), False, None],
        ],
    )
    table = read_table(path)
    assert table.encoding is None
    assert table.headers == [
        "Prénom",
        "Nom",
        "Année",
        "Expérience",
        "Taux",
        "Naissance",
        "Formé",
        "Vide",
    ]
    assert lines(table.rows) == [2, 4]
    assert table.rows[0].values == {
        "Prénom": "Gisèle",
        "Nom": "Ouellet",
        "Année": "1955",
        "Expérience": "32",
        "Taux": "0.75",
        "Naissance": "1955-04-02",
        "Formé": "TRUE",
        "Vide": "",
    }
    assert table.rows[1].values["Année"] == "2001"
    assert table.rows[1].values["Naissance"] == "2001-12-31"
    assert table.rows[1].values["Taux"] == "12.5"


def test_xlsx_header_lower_down(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "bas.xlsx", [[None], [None], ["Nom", "Prénom"], ["Roy", "Léo"]])
    table = read_table(path)
    assert table.header_line == 3
    assert [(r.line, r.values) for r in table.rows] == [(4, {"Nom": "Roy", "Prénom": "Léo"})]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (1987, "1987"),
        (1987.0, "1987"),
        (0.1 + 0.2, "0.3"),
        (dt.date(2024, 2, 29), "2024-02-29"),
        (dt.datetime(2024, 2, 29, 23, 59), "2024-02-29"),
        ("  texte  ", "texte"),
        (False, "FALSE"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


# -- errors ------------------------------------------------------------------------------


def error_code(path: Path) -> str:
    with pytest.raises(TableReadError) as caught:
        read_table(path)
    return caught.value.code


def test_missing_file(tmp_path: Path) -> None:
    assert error_code(tmp_path / "absent.csv") == "unreadable"


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    assert error_code(folder) == "unreadable"


@pytest.mark.parametrize("name", ["vieux.xls", "calc.ods", "texte.docx", "sans_extension"])
def test_unsupported_formats(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "Nom\nRoy\n")
    assert error_code(path) == "unsupported_format"


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n  \r\n", b"\xef\xbb\xbf", b";;;\n;;\n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(content)
    assert error_code(path) == "empty"


def test_header_without_any_word(tmp_path: Path) -> None:
    assert error_code(write(tmp_path / "nombres.csv", "1;2;3\n4;5;6\n")) == "no_header"


def test_binary_content_with_a_csv_name(tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert error_code(path) == "unreadable"


def test_damaged_workbook(tmp_path: Path) -> None:
    assert error_code(write(tmp_path / "faux.xlsx", "Nom;Prénom\nRoy;Léo\n")) == "unreadable"


def test_workbook_with_empty_first_sheet(tmp_path: Path) -> None:
    assert error_code(make_workbook(tmp_path / "vide.xlsx", [])) == "empty"


def test_openpyxl_is_not_loaded_at_start_up() -> None:
    code = (
        "import sys\n"
        "import mentorat_desktop.core.importing.tabular\n"
        "import mentorat_desktop.core.importing.members\n"
        "import mentorat_desktop.core.exporting\n"
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported at start-up'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_excel_separator_line(tmp_path: Path) -> None:
    table = read_table(
        write(tmp_path / "sep.csv", "sep=,\r\nNom;prénom,Ville\r\nRoy;Léo,Laval\r\n")
    )
    assert table.delimiter == ","
    assert table.header_line == 2
    assert table.headers == ["Nom;prénom", "Ville"]
    assert [(r.line, r.values["Ville"]) for r in table.rows] == [(3, "Laval")]


# -- issue 9: say why a file cannot be read --------------------------------------------------


def error_of(path: Path) -> TableReadError:
    with pytest.raises(TableReadError) as caught:
        read_table(path)
    return caught.value


def test_the_reasons_a_file_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    png = tmp_path / "image.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    utf16 = tmp_path / "sans-marque.csv"
    utf16.write_bytes("Prénom;Nom\nLéa;Roy\n".encode("utf-16-le"))
    assert error_of(tmp_path / "absent.csv").reason == "not_found"
    assert error_of(folder).reason == "not_a_file"
    assert error_of(png).reason == "encoding"
    assert error_of(utf16).reason == "encoding"
    fake = write(tmp_path / "faux.xlsx", "Nom;Prénom\nRoy;Léo\n")
    assert error_of(fake).reason == "not_spreadsheet"


def test_a_quote_left_open_is_refused_at_its_line(tmp_path: Path) -> None:
    """Without the check, the rows after the quote vanish into one cell."""
    path = write(
        tmp_path / "guillemet.csv",
        'Prénom;Nom;Ville\nLéa;Roy;Lyon\nAnne;"Dupont;Paris\nBruno;Faure;Nice\nChloé;Zola;Lille\n',
    )
    error = error_of(path)
    assert (error.code, error.reason, error.line) == ("unreadable", "quote_open", 3)


def test_a_cell_on_several_lines_is_not_an_open_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path / "notes.csv",
        'Prénom;Nom;Notes\nLéa;Roy;"Première ligne\nseconde ligne; avec un point-virgule"\n'
        "Anne;Dupont;\n",
    )
    table = read_table(path)
    assert [r.values["Prénom"] for r in table.rows] == ["Léa", "Anne"]


def test_control_characters_and_bidi_overrides_are_removed(tmp_path: Path) -> None:
    path = write(
        tmp_path / "controles.csv",
        'Prénom;Nom;Notes\nL\u202eéa;Ro\x07y;"un\x01e\u2066 ligne\ndeux"\n',
    )
    (row,) = read_table(path).rows
    assert row.values == {"Prénom": "Léa", "Nom": "Roy", "Notes": "une ligne\ndeux"}
