"""The members table: all records in memory, filtered and sorted in Python.

Filtering here rather than in a QSortFilterProxyModel keeps search-as-you-type fast on
thousands of members: a proxy calls back into Python once per row for every keystroke,
while this model tests a precomputed, accent-free text per member and resets once.

Members whose data is kept without their consent (never given, or withdrawn) carry a
warning sign and a tooltip in the name column, and the status filter ``WITHOUT_CONSENT``
shows them alone. The light summaries do not carry consent: whoever builds the window
hands the model a ``consent_source`` (the privacy package does, with
``core.privacy.members_without_consent``), asked again on each ``set_records``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from mentorat_desktop.core.enums import Generation, MemberStatus, Role
from mentorat_desktop.core.services.members import MemberRecord, MemberSummary
from mentorat_desktop.core.text import fold
from mentorat_desktop.i18n.labels import generation_label, role_short, status_label

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_GENERATION = 1
COL_ROLE = 2
COL_CITY = 3
COL_EMAIL = 4
COL_OFFERED = 5
COL_WANTED = 6
COL_STATUS = 7
COLUMN_COUNT = 8

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A value of MemberFilter.status: active and archived members without consent to keep
# their data (never given, or withdrawn).
WITHOUT_CONSENT = "without_consent"
ConsentSource = Callable[[], Iterable[int]]

# The table takes light summaries from the service; whole records work too.
Listed = MemberSummary | MemberRecord
SkillsLoader = Callable[[list[int] | None], dict[int, tuple[tuple[str, ...], tuple[str, ...]]]]
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
_CONSENT_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleDescriptionRole)
_LONG_TEXT = 24  # characters: the delegate hands the style longer texts cut short
_SHAPING_CONTEXT = 4  # characters kept past the elision point
_ELLIPSIS = "\u2026"


class MemberFilter(NamedTuple):
    text: str = ""
    role: Role | None = None  # None: every role
    generation: Generation | None = None
    # None: active and archived; WITHOUT_CONSENT: those of either without consent.
    status: MemberStatus | str | None = MemberStatus.ACTIVE
    # None: trained or not; True / False: those in trained_ids (had the mentor training) or not.
    trained: bool | None = None
    trained_ids: frozenset[int] = frozenset()


def _haystack(record: Listed) -> str:
    # Folded part by part: the parts repeat across members, and fold() remembers them.
    parts = [
        record.first_name,
        record.last_name,
        record.email,
        record.city,
        *(record.skills_offered or ()),
        *(record.skills_wanted or ()),
    ]
    return " | ".join(fold(p) for p in parts if p)


def _sort_key(record: Listed, column: int) -> tuple[Any, ...]:
    name = (fold(record.last_name), fold(record.first_name))
    if column == COL_GENERATION:
        return (record.birth_year is None, -(record.birth_year or 0), *name)
    if column == COL_ROLE:
        return (record.role.value, *name)
    if column == COL_CITY:
        return (fold(record.city) or "\uffff", *name)
    if column == COL_EMAIL:
        return (record.email or "\uffff", *name)
    if column == COL_OFFERED:
        return (fold(", ".join(record.skills_offered or ())) or "\uffff", *name)
    if column == COL_WANTED:
        return (fold(", ".join(record.skills_wanted or ())) or "\uffff", *name)
    if column == COL_STATUS:
        return (record.status.value, *name)
    return name


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Listed] = []
        self._cell_cache: dict[int, tuple[str, ...]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._headers: tuple[str, ...] | None = None
        self._haystacks: list[str] = []
        self._order: list[int] = []  # indices into _records, in sort order
        self._visible: list[int] = []  # the filtered part of _order
        self._base: list[int] | None = None  # _order less what role/generation/status hide
        self._filter = MemberFilter()
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._skills_loader: SkillsLoader | None = None
        self._skills_pending = False
        self._consent_source: ConsentSource | None = None
        self._no_consent: frozenset[int] = frozenset()
        self._warning_icon: QIcon | None = None
        self._consent_tip: str | None = None

    # -- data in ---------------------------------------------------------------------------
    def set_records(
        self, records: Sequence[Listed], skills_loader: SkillsLoader | None = None
    ) -> None:
        """Show ``records``. Records may come without their skills (None) if
        ``skills_loader`` can fetch them: for a list of ids, or for everyone with None."""
        self.beginResetModel()
        self._records = list(records)
        self._skills_loader = skills_loader
        self._skills_pending = skills_loader is not None and any(
            r.skills_offered is None for r in self._records
        )
        self._cell_cache.clear()
        self._no_consent = self._read_consent()
        self._haystacks = []  # built on the first search, off the start-up path
        self._order = self._ordered(self._sort_column, self._sort_order)
        self._base = None
        self._visible = self._filtered()
        self.endResetModel()

    def set_filter(self, member_filter: MemberFilter) -> None:
        if member_filter == self._filter:
            return
        old = self._filter
        self.beginResetModel()
        self._filter = member_filter
        same_rest = (old.role, old.generation, old.status, old.trained, old.trained_ids) == (
            member_filter.role,
            member_filter.generation,
            member_filter.status,
            member_filter.trained,
            member_filter.trained_ids,
        )
        if not same_rest:
            self._base = None
        # Typing one more letter only narrows: search among the rows already shown.
        narrowing = same_rest and fold(member_filter.text).startswith(fold(old.text))
        self._visible = self._filtered(self._visible if narrowing else None)
        self.endResetModel()

    # -- consent ---------------------------------------------------------------------------
    def set_consent_source(self, source: ConsentSource | None, read_now: bool = True) -> None:
        """Where to learn which members have no consent to keep their data (ids); asked
        now (unless ``read_now`` is False: then at ``refresh_consent``) and on every
        ``set_records``."""
        self._consent_source = source
        if read_now:
            self.refresh_consent()

    def refresh_consent(self) -> None:
        """Ask the consent source again and mark the rows that changed."""
        before = self._no_consent
        self._no_consent = self._read_consent()
        if self._filter.status == WITHOUT_CONSENT:
            self.beginResetModel()
            self._base = None
            self._visible = self._filtered()
            self.endResetModel()
        elif before != self._no_consent and self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(last, COL_NAME))

    def _read_consent(self) -> frozenset[int]:
        return (
            frozenset(self._consent_source()) if self._consent_source is not None else frozenset()
        )

    def lacks_consent(self, row: int) -> bool:
        """The member of ``row`` has no consent to keep their data (or withdrew it)."""
        return bool(self._no_consent) and self._records[self._visible[row]].id in self._no_consent

    def without_consent_count(self) -> int:
        return len(self._no_consent)

    @property
    def warning_icon(self) -> QIcon:
        if self._warning_icon is None:
            # lazy: QStyle, whose twenty enumerations PySide6 makes on first use (about
            # 15 ms), and the icon's class (about 3 ms), only when a member with a warning
            # is drawn
            from PySide6.QtWidgets import QStyle

            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    @property
    def consent_tip(self) -> str:
        if self._consent_tip is None:
            self._consent_tip = self.tr(
                "No consent to keep their data (never given, or withdrawn): record it, or "
                "erase their data (Members menu)."
            )
        return self._consent_tip

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def total_count(self) -> int:
        return len(self._records)

    def load_skills(self, rows: range | None = None) -> None:
        """Fetch the skills still missing: of the rows given (display order), or of all."""
        if not self._skills_pending or self._skills_loader is None:
            return
        if rows is None:
            indices = list(range(len(self._records)))
            found = self._skills_loader(None)
        else:
            indices = [self._visible[r] for r in rows if r < len(self._visible)]
            found = self._skills_loader([self._records[i].id for i in indices])
        empty: tuple[str, ...] = ()
        for i in indices:
            record = self._records[i]
            if record.skills_offered is None and isinstance(record, MemberSummary):
                offered, wanted_skills = found.get(record.id, (empty, empty))
                self._records[i] = record._replace(
                    skills_offered=offered, skills_wanted=wanted_skills
                )
                self._cell_cache.pop(i, None)
        if rows is None:
            self._skills_pending = False
            self._haystacks = []
            if self._visible:
                self.dataChanged.emit(
                    self.index(0, COL_OFFERED), self.index(len(self._visible) - 1, COL_WANTED)
                )

    def load_all_skills(self) -> None:
        self.load_skills(None)

    @property
    def skills_pending(self) -> bool:
        """Some members' skills are still to be read."""
        return self._skills_pending

    def _all_skills(self) -> None:
        if self._skills_pending:
            self.load_skills(None)

    def _ordered(self, column: int, order: Qt.SortOrder) -> list[int]:
        if column in (COL_OFFERED, COL_WANTED):
            self._all_skills()
        records = self._records
        if column == COL_NAME and order == Qt.SortOrder.AscendingOrder:
            return list(range(len(records)))  # the service lists members in name order
        return sorted(
            range(len(records)),
            key=lambda i: _sort_key(records[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _base_rows(self) -> list[int]:
        if self._base is None:
            f = self._filter
            records = self._records
            no_consent = self._no_consent
            self._base = [
                i
                for i in self._order
                if (
                    f.status is None
                    or records[i].status == f.status
                    or (f.status == WITHOUT_CONSENT and records[i].id in no_consent)
                )
                and (f.role is None or records[i].role in (f.role, Role.EITHER))
                and (f.generation is None or records[i].generation == f.generation)
                and (f.trained is None or (records[i].id in f.trained_ids) == f.trained)
            ]
        return self._base

    def _filtered(self, candidates: list[int] | None = None) -> list[int]:
        rows = self._base_rows() if candidates is None else candidates
        words = fold(self._filter.text).split()
        if not words:
            return list(rows)
        if len(self._haystacks) != len(self._records):
            self._all_skills()
            self._haystacks = [_haystack(r) for r in self._records]
        hays = self._haystacks
        if len(words) == 1:
            word = words[0]
            return [i for i in rows if word in hays[i]]
        return [i for i in rows if all(w in hays[i] for w in words)]

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def record_at(self, row: int) -> Listed:
        return self._records[self._visible[row]]

    def row_of(self, member_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._records[i].id == member_id:
                return row
        return None

    def _cells(self, i: int) -> tuple[str, ...]:
        """The texts of one member's row, made once (painting asks for them often)."""
        cells = self._cell_cache.get(i)
        if cells is None:
            if self._records[i].skills_offered is None:
                self._all_skills()  # a row beyond the first screen, before the idle load
            record = self._records[i]
            if record.birth_year is None:
                generation = generation_label(None)
            else:
                generation = f"{generation_label(record.generation)} ({record.birth_year})"
            cells = (
                f"{record.last_name}, {record.first_name}",
                generation,
                role_short(record.role),
                record.city or "",
                record.email or "",
                ", ".join(record.skills_offered or ()),
                ", ".join(record.skills_wanted or ()),
                status_label(record.status),
            )
            self._cell_cache[i] = cells
        return cells

    def cell_text(self, row: int, column: int) -> str:
        return self._cells(self._visible[row])[column]

    def is_archived(self, row: int) -> bool:
        return self._records[self._visible[row]].status == MemberStatus.ARCHIVED

    @property
    def italic_font(self) -> QFont:
        return self._italic

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            text = self.cell_text(index.row(), index.column())
            if (
                role == Qt.ItemDataRole.ToolTipRole
                and index.column() == COL_NAME
                and self.lacks_consent(index.row())
            ):
                return f"{text}\n⚠ {self.consent_tip}"
            return text
        if (
            index.column() == COL_NAME
            and role in _CONSENT_ROLES
            and self.lacks_consent(index.row())
        ):
            if role == Qt.ItemDataRole.DecorationRole:
                return self.warning_icon
            return self.consent_tip
        if role == MEMBER_ID_ROLE:
            return self._records[self._visible[index.row()]].id
        if role == Qt.ItemDataRole.FontRole and self.is_archived(index.row()):
            return self._italic
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # Translated once: the header asks again on every repaint and every model reset.
        if self._headers is None:
            self._headers = (
                self.tr("Name"),
                self.tr("Generation"),
                self.tr("Role"),
                self.tr("City"),
                self.tr("E-mail"),
                self.tr("Skills offered"),
                self.tr("Skills wanted"),
                self.tr("Status"),
            )
        return self._headers[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._order = self._ordered(column, order)
        self._base = None
        self._visible = self._filtered()
        self.endResetModel()


class MemberItemDelegate(QStyledItemDelegate):
    """Paints the members table from the model's cached cell texts, for less work per cell.

    The stock delegate asks the model for seven roles per cell, each a call from C++ into
    Python: about a thousand calls per repaint, on every keystroke of the search. This one
    fills the style option with what data() would give (the text, italics when archived)
    in one call per cell. The style still draws the cell, so it looks the same.

    Long texts (the skills) are also handed to the style cut short: it lays out and shapes
    a cell's whole text about five times per repaint to elide it, and that was most of the
    cost of a keystroke. The cut keeps more than the cell can show, so the style elides it
    to the very same visible text. Tooltips and accessibility read the model: whole texts.
    """

    _CUTS_KEPT = 20_000  # remembered cut points, across texts and column widths

    def __init__(self, model: MemberTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        # Per set of features from the view (alternate row or not): those plus HasDisplay,
        # and whether texts may be cut (not when wrapped). Worked out once each: flag
        # arithmetic on PySide's Python enums costs more than the rest of initStyleOption.
        self._features: dict[Any, tuple[Any, bool]] = {}
        self._cuts: dict[tuple[str, int, bool], int] = {}
        self._measuring = False

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        # Fitting a column to its contents (a double click on the header's edge) measures
        # whole texts.
        self._measuring = True
        try:
            return super().sizeHint(option, index)
        finally:
            self._measuring = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row, column = index.row(), index.column()
        text = self._model.cell_text(row, column)
        archived = self._model.is_archived(row)
        if isinstance(index, QModelIndex):  # always, from a view (Qt's signature allows both)
            option.index = index
        # As the stock delegate: no per-item style animations. Qt takes a null object here;
        # the binding's stub types the attribute as a QObject without None.
        option.styleObject = None  # type: ignore[assignment]
        features = option.features
        known = self._features.get(features)
        if known is None:
            feature = QStyleOptionViewItem.ViewItemFeature
            known = (features | feature.HasDisplay, not features & feature.WrapText)
            self._features[features] = known
        option.features, may_cut = known
        if archived:
            font = self._model.italic_font.resolve(option.font)
            option.font = font
            option.fontMetrics = QFontMetrics(font)
        if column == COL_NAME and self._model.lacks_consent(row):
            # A sign, not a colour: the warning icon before the name (tooltip: why).
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.icon = self._model.warning_icon
        if may_cut and len(text) >= _LONG_TEXT and not self._measuring:
            text = text[: self._cut(text, option, archived)]
        option.text = text

    def _cut(self, text: str, option: QStyleOptionViewItem, archived: bool) -> int:
        """How much of ``text`` the style needs to elide it as it would the whole."""
        width = option.rect.width()
        key = (text, width, archived)
        cut = self._cuts.get(key)
        if cut is None:
            # Elided for more room than the cell has (two ellipses more), what is kept is
            # wider than the cell: the style still elides it, at the same character. A few
            # characters more keep the visible ones shaped (kerned) as in the whole text.
            metrics = option.fontMetrics
            room = width + 2 * metrics.horizontalAdvance(_ELLIPSIS)
            kept = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            cut = len(text) if kept == text else len(kept) + _SHAPING_CONTEXT
            if len(self._cuts) >= self._CUTS_KEPT:
                self._cuts.clear()
            self._cuts[key] = cut
        return cut
