"""Qt's ICU data with French and English only, for the Linux build (used by mentorat.spec).

PySide6's Linux wheels carry ICU with the data of every language (``libicudata.so.NN``,
32 MB: names of languages, countries, currencies, units and time zones, collation and
number-spelling rules, for some 800 locales, plus transliterators and legacy character
converters). Mentorat speaks French (France, Québec) and English; Qt asks ICU for
collation, case mapping, normalisation and time-zone data, never for transliteration, and
the application decodes its files with Python, not with ICU's converters. So the build
makes a library of the same name whose data keeps the root locale, French and English,
and every item that is not a locale's (normalisation, case mapping, break rules and
dictionaries, time-zone and supplemental data): about 8 MB. A locale it does not have
falls back to the root one, as ICU does for any locale it lacks.

Needs a C compiler (to wrap the data in a shared library, as ICU's own build does);
without one the build keeps the full library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

LANGUAGES = ("fr", "en")
# Locale data lives in the root and in these trees; other items are not a locale's.
LOCALE_TREES = ("coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr")
KEEP_ALWAYS = {"root", "pool", "res_index", "supplementalData", "likelySubtags"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")


def keep_item(item: str) -> bool:
    """Whether an item of ICU's data package (``tree/name.ext``) is kept."""
    *trees, name = item.split("/")
    stem, _, ext = name.rpartition(".")
    if ext == "cnv" or (trees and trees[0] == "translit"):
        return False  # legacy converters, transliterators
    if ext != "res" or (trees and trees[0] not in LOCALE_TREES):
        return True
    if stem in KEEP_ALWAYS or not _LOCALE.match(stem):
        return True  # not a locale: zoneinfo64, metaZones, plurals, keyTypeData...
    return stem.split("_", 1)[0] in LANGUAGES


def _elf_symbol(data: bytes, wanted: re.Pattern[str]) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the first dynamic symbol whose name matches."""
    e_shoff = struct.unpack_from("<Q", data, 0x28)[0]
    e_shentsize, e_shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + k * e_shentsize) for k in range(e_shnum)
    ]
    for _n, kind, _f, _a, offset, size, link, _i, _al, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for k in range(size // (entsize or 24)):
            st_name, _info, _other, shndx, value, sym_size = struct.unpack_from(
                "<IBBHQQ", data, offset + k * 24
            )
            end = data.index(b"\0", strings + st_name)
            name = data[strings + st_name : end].decode()
            if wanted.fullmatch(name) and 0 < shndx < len(sections):
                holder = sections[shndx]
                return name, value - holder[3] + holder[4], sym_size
    return None


def trimmed_package(package: bytes) -> tuple[bytes, int, int]:
    """ICU's common data package (a header, a table of contents of item names and offsets,
    then the items, each at a multiple of 16 bytes) with the items ``keep_item`` keeps:
    (the new package, items kept, items before). The item names carry the package's name
    (``icudt73l/coll/fr.res``), which stays the same."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * k) for k in range(count)]
    items = []
    for k, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = package[start : package.index(b"\0", start)].decode("ascii")
        end = header_size + toc[k + 1][1] if k + 1 < count else len(package)
        if keep_item(name.split("/", 1)[1]):
            items.append((name, package[header_size + data_at : end]))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_offsets = []
    at = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    body = bytearray()
    data_start = at + (-(header_size + at) % 16)
    data_offsets = []
    for _name, data in items:
        body += b"\0" * (-(header_size + data_start + len(body)) % 16)
        data_offsets.append(data_start + len(body))
        body += data
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    out = bytearray(package[:header_size]) + table + names
    out += b"\0" * (header_size + data_start - len(out))
    out += body
    return bytes(out), len(items), count


def trimmed_library(library: Path, work: Path) -> tuple[Path | None, str]:
    """A copy of ``library`` (libicudata.so.NN) with French and English data only, made in
    ``work``, or None when it cannot be made here; and a sentence saying what happened."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        return None, "ICU data kept whole (no C compiler to make its library)"
    data = library.read_bytes()
    found = _elf_symbol(data, re.compile(r"icudt\d+_dat"))
    if found is None:
        return None, "ICU data kept whole (no icudtNN_dat in the library)"
    symbol, offset, size = found
    package, kept, items = trimmed_package(data[offset : offset + size])
    work.mkdir(parents=True, exist_ok=True)
    trimmed = work / "icudata.dat"
    trimmed.write_bytes(package)
    source = work / "icudata.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{trimmed}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = work / library.name
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(output),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    said = (
        f"ICU data: {kept} of {items} items kept (French, English and the root), "
        f"{size / 1e6:.0f} MB -> {output.stat().st_size / 1e6:.0f} MB"
    )
    return output, said
