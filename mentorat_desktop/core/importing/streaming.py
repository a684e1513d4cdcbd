"""What lets an import run in bounded memory, whatever the size of its file.

A plan no longer holds every row of the file: it counts the rows of each kind and keeps
the first few of each for the preview (:class:`Kept`), remembers which lines are to be
added (:class:`LineSet`, one bit a line) and what the file was (:class:`FileMark`). The
import then reads the file again, checks that it is the one previewed, and writes its rows
a few thousand at a time inside one transaction. The sessions seen so far, to tell a
duplicate, are held in :class:`SeenKeys`: two flat arrays, not a Python object a row.
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

# The rows of each kind (to add, already there, refused) a plan keeps to show; the others
# are counted only. A preview of more lines than this helps nobody read them.
SHOWN_ROWS = 1_000

_READ_CHUNK = 1 << 20

T = TypeVar("T")


class ImportFileChanged(Exception):
    """The file was changed, moved or removed since its preview: nothing was imported
    (the preview would no longer say what the import does)."""


@dataclass(frozen=True)
class FileMark:
    """What the previewed file was: its size, modification time and SHA-256."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileMark:
        """The mark of ``path`` (read a chunk at a time). OSError when it cannot be read."""
        stat = Path(path).stat()
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(_READ_CHUNK):
                digest.update(chunk)
        return cls(stat.st_size, stat.st_mtime_ns, digest.hexdigest())

    def check(self, path: Path) -> None:
        """ImportFileChanged unless ``path`` still holds what was previewed."""
        try:
            now = FileMark.of(path)
        except OSError as exc:
            raise ImportFileChanged(str(path.name)) from exc
        if (now.size, now.digest) != (self.size, self.digest):
            raise ImportFileChanged(str(path.name))


@dataclass
class Kept(Generic[T]):
    """The rows of one kind: all of them counted, the first ``limit`` kept to show."""

    rows: list[T] = field(default_factory=list)
    count: int = 0
    limit: int | None = None  # None: SHOWN_ROWS

    def add(self, row: T) -> None:
        self.count += 1
        if len(self.rows) < (SHOWN_ROWS if self.limit is None else self.limit):
            self.rows.append(row)


class LineSet:
    """A set of line numbers, one bit each (200,000 lines: 25 kB)."""

    __slots__ = ("_bits", "_count")

    def __init__(self) -> None:
        self._bits = bytearray()
        self._count = 0

    def add(self, line: int) -> None:
        byte, bit = divmod(line, 8)
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte - len(self._bits) + 1 + len(self._bits) // 2))
        if not self._bits[byte] & (1 << bit):
            self._bits[byte] |= 1 << bit
            self._count += 1

    def __contains__(self, line: object) -> bool:
        if not isinstance(line, int) or line < 0:
            return False
        byte, bit = divmod(line, 8)
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << bit))

    def __len__(self) -> int:
        return self._count


class SeenKeys:
    """Integer keys met so far, each with a line (0 for one already in the database), in
    two sorted arrays of 8 bytes an entry; the latest few thousand in a dict, merged into
    the arrays when it fills."""

    FRESH_MAX = 16_384

    __slots__ = ("_fresh", "_keys", "_lines")

    def __init__(self) -> None:
        self._keys = array("q")
        self._lines = array("q")
        self._fresh: dict[int, int] = {}

    def get(self, key: int) -> int | None:
        """The line of ``key`` (0: already recorded), None when it was not met."""
        line = self._fresh.get(key)
        if line is not None:
            return line
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._lines[i]
        return None

    def __contains__(self, key: int) -> bool:
        return self.get(key) is not None

    def add(self, key: int, line: int) -> None:
        """Remember ``key`` (the first line given for a key is kept)."""
        if self.get(key) is None:
            self._fresh[key] = line
            if len(self._fresh) >= self.FRESH_MAX:
                self._merge()

    def __len__(self) -> int:
        return len(self._keys) + len(self._fresh)

    def _merge(self) -> None:
        old_keys, old_lines = self._keys, self._lines
        keys, lines = array("q"), array("q")
        start = 0
        for key, line in sorted(self._fresh.items()):
            end = bisect_left(old_keys, key, start)
            keys.extend(old_keys[start:end])
            lines.extend(old_lines[start:end])
            keys.append(key)
            lines.append(line)
            start = end
        keys.extend(old_keys[start:])
        lines.extend(old_lines[start:])
        self._keys, self._lines, self._fresh = keys, lines, {}
