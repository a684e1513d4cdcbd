"""Long on purpose (about 900 lines): export and erasure cover every table from one list.
Why: a person's data in every table, for the export and the erasure alike, so that no table is
covered by one and missed by the other.

What privacy law asks of the association: give a person all their data, erase it on
request or when the retention period ends, and know who has not (or no longer) consented.

Finding a person
    ``find_member_id`` takes an e-mail address (case ignored) or a member number ("12" or
    "#12"), archived and erased members included.

Giving a person their data
    ``person_data`` gathers everything the file holds about one member: the whole profile
    (consent included), their skills, their pairs (the other member appears by name only,
    nothing else of theirs), the objectives, sessions, follow-up entries and status history
    of those pairs, the matches refused with them, the training sessions they were
    invited to or attended (section "training"), and the feedback questionnaires answered
    in their pairs (section "feedback"), and the wishes they gave after a speed-meeting to
    continue with someone met there (section "event_wishes"). ``export_person_json`` and
    ``export_person_csv`` write it to a file. The texts of a pair (session notes, follow-up
    comments) may speak of the other member too: the coordinator reads the file before
    handing it over.

Erasing a person (``erase_person``), in one transaction
    - The row of the member stays, so that the pairs, sessions and hours of past years, and
      every count made from them, stay as they were. Everything that names or describes the
      person goes: the first name becomes "—" and the last name "#<number>" (no word in any
      language, so the same in French and English files, and the number is the one
      ``find_member_id`` accepts, so the row can still be pointed at); e-mail, phone, city,
      organisation, department, manager, years of experience, languages, availability,
      notes and how consent was collected become empty; their skills are removed, and so
      are the matches refused with them. Their training attendance stays (which session,
      invited, attended: figures of the training) and names nobody once the row is erased;
      their training date stays too, like the other dates. The wishes after a speed-meeting
      that they gave, or that name them, are removed.
    - The birth year becomes the first year of the person's generation (1958 becomes 1946),
      so figures by generation do not change while the year no longer helps to tell who it
      was. A decade would not do: 1962 and 1965 are in one decade but two generations.
    - The free texts of their pairs are cleared, because they name the two people: session
      topics, notes and places, objectives' wording (the text becomes "—") and indicators,
      follow-up comments and actions, notes of status changes, and the pair's place,
      frequency, match reasons (they hold first names and the city), capacity reason,
      closing comment and what each learned, and the comments of feedback answers. Dates,
      durations, modes, directions, statuses, outcomes, satisfaction marks, feedback scores
      and the end reason stay: they are the figures.
    - The member is archived and ``erased_at`` set. Consent dates and ticks stay, as the
      record of what the association was allowed to do and when that stopped.
    - A member in a current pair (proposed, active or paused) is refused with the code
      ``in_current_pair``: the other member is still in it, and a pair is ended with a
      closing conversation, not as a side effect. ``end_pairs=True`` ends those pairs first,
      dated today, with the reason "no longer available" (the person asked to leave), in
      the same transaction, for when the coordinator has decided so.
    - After the commit, ``PRAGMA wal_checkpoint(TRUNCATE)`` copies the changes into the
      database file and empties the ``-wal`` file, which still held the old pages; with
      ``secure_delete`` on (core/database.py), the old values are overwritten with zeros.
      Backups made before the erasure still hold the data until they age out
      (core/backups.py). On a PostgreSQL server the erasure is the same UPDATE and there is
      no file of ours to tidy: see ``_checkpoint`` for what the server keeps a while.

Retention
    ``members_past_retention`` lists the members whose last activity is older than the
    retention period (``Settings.retention_months``, three years by default): the latest of
    the member's last change, the sessions, follow-up entries and status changes of their
    pairs and the end of their pairs. Members already erased or in a current pair are left
    out. ``anonymise_past_retention`` erases them all in one transaction.

Errors: NotFoundError for an unknown member; ValidationError with
("who", "ambiguous", {"who", "count"}) when an e-mail address is shared, and
("member_id", "in_current_pair", {"count", "pair_ids"}) as said above.
"""

from __future__ import annotations

import calendar
import contextlib
import csv
import datetime as dt
import enum
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mentorat_desktop.core.database import BUSY_TIMEOUT_MS, Database
from mentorat_desktop.core.enums import (
    EndReason,
    Generation,
    MemberStatus,
    PairStatus,
    SkillKind,
    generation_of,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.text import clean

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import Member, Pair


# The pairs a member is still in: erasing them would pull the rug from under the other.
CURRENT_PAIR_STATUSES = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)

ERASED_FIRST_NAME = "—"
ERASED_TEXT = "—"  # what replaces a text that cannot be empty (an objective's wording)

# The first birth year of each generation: what an erased member's birth year becomes.
# (The silent generation is counted from 1928; any year before 1946 gives it.)
GENERATION_FIRST_YEAR: dict[Generation, int] = {
    Generation.SILENT: 1928,
    Generation.BABY_BOOMER: 1946,
    Generation.X: 1965,
    Generation.Y: 1981,
    Generation.Z: 1997,
    Generation.ALPHA: 2013,
}

# The member's columns that describe the person, emptied on erasure.
ERASED_MEMBER_COLUMNS = (
    "email",
    "phone",
    "city",
    "organisation",
    "department",
    "manager_name",
    "years_experience",
    "languages",
    "availability",
    "notes",
    "consent_how",
)

FORMAT_NAME = "mentorat-person-data"
FORMAT_VERSION = 1

# The sections of person_data, in their order (also the CSV's).
SECTIONS = (
    "profile",
    "skills",
    "pairs",
    "objectives",
    "sessions",
    "follow_up",
    "status_history",
    "refused_matches",
    "training",
    "feedback",
    "event_wishes",
)

_NUMBER = re.compile(r"^#?\s*(\d{1,12})$")


def erased_last_name(member_id: int) -> str:
    return f"#{member_id}"


def generation_year(birth_year: int | None) -> int | None:
    """The first year of ``birth_year``'s generation (None stays None)."""
    generation = generation_of(birth_year)
    return None if generation is None else GENERATION_FIRST_YEAR[generation]


# -- finding a person ----------------------------------------------------------------------


def find_member_id(db: Database, who: str) -> int:
    """The id of the member named by ``who``: a member number ("12" or "#12") or an e-mail
    address (case ignored). Archived and erased members are found too.

    NotFoundError when nobody matches; ValidationError ("who", "ambiguous",
    {"who", "count"}) when several members share the address."""
    text = clean(who) or ""
    number = _NUMBER.match(text)
    if number:
        member_id = int(number.group(1))
        if db.query("SELECT 1 FROM member WHERE id = ?", (member_id,)):
            return member_id
        raise NotFoundError(who)
    if "@" not in text:
        raise NotFoundError(who)
    email = text.lower()
    rows = db.query(
        "SELECT id FROM member WHERE email IS NOT NULL AND lower(trim(email)) = ? ORDER BY id",
        (email,),
    )
    if not rows:
        raise NotFoundError(who)
    if len(rows) > 1:
        raise ValidationError([FieldError("who", "ambiguous", {"who": text, "count": len(rows)})])
    return int(rows[0][0])


# -- a person's data -----------------------------------------------------------------------


def _plain(value: object) -> Any:
    """A JSON value: dates and times as ISO text, enums as their value."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


# The columns a shared record carries for the application's bookkeeping (migration 0011):
# its version counter and which coordinator changed it last, and when. They say nothing of
# the person (the name in changed_by is a coordinator's), so a person's data leaves them out.
_BOOKKEEPING = ("row_version", "changed_by", "changed_at")


def _columns(row: object, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """Every column of an ORM row but the bookkeeping ones, as JSON values."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import inspect

    skip = set(exclude) | set(_BOOKKEEPING)
    mapper = inspect(type(row))
    return {
        column.key: _plain(getattr(row, column.key))
        for column in mapper.column_attrs
        if column.key not in skip
    }


def _member(session: Session, member_id: int) -> Member:
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from mentorat_desktop.core.models import Member

    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError(member_id)
    return member


def _pairs_of(session: Session, member_id: int) -> list[Pair]:
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import or_, select

    from mentorat_desktop.core.models import Pair  # lazy: the models, as above

    query = (
        select(Pair)
        .where(or_(Pair.mentor_id == member_id, Pair.mentee_id == member_id))
        .order_by(Pair.id)
    )
    return list(session.scalars(query))


def _reason_codes(text: str | None) -> list[str]:
    """The codes of the match reasons kept with a pair. Their parameters are left out:
    they hold the other member's first name, city and age."""
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [str(item["code"]) for item in data if isinstance(item, dict) and "code" in item]


def person_data(db: Database, member_id: int) -> dict[str, Any]:
    """Everything the file holds about one member, as JSON values (see the module's
    docstring); NotFoundError for an unknown member."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import or_, select

    from mentorat_desktop.core.models import (  # lazy: the models, as above
        FollowUpEntry,
        MentoringSession,
        RefusedMatch,
    )

    with db.reading() as session:
        member = _member(session, member_id)
        profile = _columns(member, exclude=("group_id",))
        profile["local_group"] = _group_name(db, member.group_id)
        skills: dict[str, list[str]] = {"offered": [], "wanted": []}
        for link in sorted(member.skills, key=lambda s: s.skill.name.casefold()):
            key = "offered" if link.kind == SkillKind.OFFERED else "wanted"
            skills[key].append(link.skill.name)

        pairs: list[dict[str, Any]] = []
        objectives: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        pair_list = _pairs_of(session, member_id)
        for pair in pair_list:
            is_mentor = pair.mentor_id == member_id
            partner = pair.mentee if is_mentor else pair.mentor
            entry: dict[str, Any] = {
                "pair_id": pair.id,
                "role": "mentor" if is_mentor else "mentee",
                "partner_name": partner.full_name,
                "cohort": pair.cohort.name if pair.cohort is not None else None,
            }
            entry.update(
                _columns(pair, exclude=("id", "mentor_id", "mentee_id", "cohort_id", "group_id"))
            )
            entry["match_reasons"] = _reason_codes(pair.match_reasons)
            pairs.append(entry)
            for objective in pair.objectives:
                objectives.append(_columns(objective, exclude=("id",)))
            for step in pair.history:
                history.append(_columns(step, exclude=("id",)))

        pair_ids = [p.id for p in pair_list]
        sessions = [
            _columns(s, exclude=("id",))
            for s in session.scalars(
                select(MentoringSession)
                .where(MentoringSession.pair_id.in_(pair_ids))
                .order_by(MentoringSession.held_on, MentoringSession.id)
            )
        ]
        follow_up = [
            _columns(f, exclude=("id",))
            for f in session.scalars(
                select(FollowUpEntry)
                .where(FollowUpEntry.pair_id.in_(pair_ids))
                .order_by(FollowUpEntry.held_on, FollowUpEntry.id)
            )
        ]
        training = _training_of(session, member_id)
        # Read inside the session: a session used after its block opens a new transaction
        # that nothing ends, and the pages it holds keep erased values in the -wal.
        feedback = _feedback_of(session, pair_ids)
        refused: list[dict[str, Any]] = []
        for match in session.scalars(
            select(RefusedMatch)
            .where(or_(RefusedMatch.mentor_id == member_id, RefusedMatch.mentee_id == member_id))
            .order_by(RefusedMatch.id)
        ):
            is_mentor = match.mentor_id == member_id
            other = _member(session, match.mentee_id if is_mentor else match.mentor_id)
            refused.append(
                {
                    "role": "mentor" if is_mentor else "mentee",
                    "other_name": other.full_name,
                    "refused_on": _plain(match.refused_on),
                    "reason": match.reason,
                }
            )

    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _plain(dt.datetime.now().replace(microsecond=0)),
        "member_id": member_id,
        "profile": profile,
        "skills": skills,
        "pairs": pairs,
        "objectives": objectives,
        "sessions": sessions,
        "follow_up": follow_up,
        "status_history": history,
        "refused_matches": refused,
        "training": training,
        "feedback": feedback,
        "event_wishes": _wishes_of(db, member_id),
    }


def _group_name(db: Database, group_id: int | None) -> str | None:
    """The name of a member's local group (None without one)."""
    if group_id is None:
        return None
    rows = db.query("SELECT name FROM local_group WHERE id = ?", (group_id,))
    return str(rows[0][0]) if rows else None


class _WishRow(NamedTuple):
    event: str | None
    held_on: str
    first_name: str
    last_name: str
    recorded_at: str


def _wishes_of(db: Database, member_id: int) -> list[dict[str, Any]]:
    """The wishes the member gave after a speed-meeting (since 0010): the event, its date
    and the person they wished to continue with (by name only)."""
    rows = db.query(
        # _WishRow's columns
        "SELECT e.name, e.held_on, m.first_name, m.last_name, w.recorded_at "
        "FROM event_wish w JOIN event e ON e.id = w.event_id "
        "JOIN member m ON m.id = w.wished_id WHERE w.member_id = ? ORDER BY e.held_on, w.id",
        (member_id,),
    )
    return [
        {
            "event": wish.event,
            "held_on": wish.held_on,
            "wished_name": f"{wish.first_name} {wish.last_name}".strip(),
            "recorded_at": wish.recorded_at,
        }
        for wish in map(_WishRow._make, rows)
    ]


def _training_of(session: Session, member_id: int) -> list[dict[str, Any]]:
    """The training sessions the member was invited to or attended (since 0008), each with
    whether they attended. Nothing in it names another person but the trainer."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import select

    from mentorat_desktop.core.models import (  # lazy: the models, as above
        TrainingAttendance,
        TrainingSession,
    )

    rows = session.execute(
        select(TrainingAttendance, TrainingSession)
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(TrainingAttendance.member_id == member_id)
        .order_by(TrainingSession.held_on, TrainingSession.id)
    )
    return [
        {
            **_columns(training, exclude=("id", "created_at")),
            **_columns(attendance, exclude=("id", "session_id", "member_id")),
        }
        for attendance, training in rows
    ]


def _feedback_of(session: Session, pair_ids: list[int]) -> list[dict[str, Any]]:
    """The feedback questionnaires answered in the member's pairs (since 0009), as the
    follow-up entries of those pairs: who answered, the date, the scores, the comment."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import select

    from mentorat_desktop.core.models import FeedbackAnswer  # lazy: the models, as above

    return [
        _columns(answer, exclude=("id",))
        for answer in session.scalars(
            select(FeedbackAnswer)
            .where(FeedbackAnswer.pair_id.in_(pair_ids))
            .order_by(FeedbackAnswer.answered_on, FeedbackAnswer.id)
        )
    ]


@contextlib.contextmanager
def _replacing(path: Path, encoding: str, newline: str | None = None) -> Iterator[Any]:
    """A text file written aside, then put in place in one step: a failure leaves any
    previous file as it was. The file is readable by its owner only (it holds personal
    data). OSError propagates."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with open(handle, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def export_person_json(db: Database, member_id: int, path: Path) -> None:
    """Write ``person_data`` to ``path`` as indented UTF-8 JSON."""
    data = person_data(db, member_id)
    with _replacing(path, "utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _csv_value(name: str, value: Any, labels: Mapping[str, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        word = "true" if value else "false"
        return labels.get(word, word)
    if isinstance(value, list):
        return "; ".join(_csv_value(name, v, labels) for v in value)
    if isinstance(value, str):
        return labels.get(f"{name}={value}", value)
    return str(value)


def person_rows(
    data: Mapping[str, Any], labels: Mapping[str, str] | None = None
) -> list[list[str]]:
    """``person_data`` as (section, field, value) rows, one section after the other; each
    pair, session, etc. is a section of its own, numbered ("sessions 2").

    ``labels`` may give a title for each section and field name, a word for "true" and
    "false", and a word for a coded value as "<field>=<value>" ("status=ended")."""
    words = labels or {}

    def label(key: str) -> str:
        return words.get(key, key)

    rows: list[list[str]] = []
    for section in SECTIONS:
        content = data.get(section)
        if isinstance(content, dict):
            for name, value in content.items():
                if isinstance(value, list) and section == "skills":
                    rows.extend([label(section), label(f"skills_{name}"), str(v)] for v in value)
                else:
                    rows.append([label(section), label(name), _csv_value(name, value, words)])
        elif isinstance(content, list):
            for number, item in enumerate(content, start=1):
                title = f"{label(section)} {number}"
                rows.extend(
                    [title, label(name), _csv_value(name, value, words)]
                    for name, value in item.items()
                )
    return rows


def export_person_csv(
    db: Database, member_id: int, path: Path, *, labels: Mapping[str, str] | None = None
) -> None:
    """Write ``person_data`` to ``path`` as a readable CSV file: a "section", "field",
    "value" row per value (see ``person_rows``), in UTF-8 with a byte-order mark, ';'
    between columns and CRLF line endings, like core/exporting.py."""
    data = person_data(db, member_id)
    words = labels or {}
    header = [words.get(k, k) for k in ("section", "field", "value")]
    with _replacing(path, "utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(person_rows(data, words))


# -- erasing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureSummary:
    """What an erasure kept: the pairs, sessions and minutes still counted (anonymous)."""

    member_id: int
    pairs_kept: int
    sessions_kept: int
    minutes_kept: int
    pairs_ended: int = 0  # current pairs ended first (``end_pairs=True``)


def _months_later(day: dt.date, count: int) -> dt.date:
    """``day`` moved by ``count`` months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + count
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _end_pair(pair: Pair, today: dt.date) -> None:
    """End a current pair on ``today`` (or on its last change, if later): the person
    left."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from mentorat_desktop.core.models import PairStatusChange

    dates = [today] + [step.effective_on for step in pair.history]
    if pair.start_date is not None:
        dates.append(pair.start_date)
    on = max(dates)
    pair.status = PairStatus.ENDED
    pair.ended_on = on
    pair.end_reason = EndReason.NO_LONGER_AVAILABLE
    pair.history.append(PairStatusChange(status=PairStatus.ENDED, effective_on=on))


def _erase(
    session: Session, member_id: int, now: dt.datetime, *, end_pairs: bool
) -> ErasureSummary:
    """Erase one member inside ``session`` (see the module's docstring)."""
    # lazy: SQLAlchemy and the models; the members view reads this module at start-up
    from sqlalchemy import delete, func, or_, select, update

    from mentorat_desktop.core.models import (  # lazy: the models, as above
        EventWish,
        FeedbackAnswer,
        FollowUpEntry,
        MemberSkill,
        MentoringSession,
        Objective,
        PairStatusChange,
        RefusedMatch,
    )

    member = _member(session, member_id)
    pairs = _pairs_of(session, member_id)
    current = [p for p in pairs if p.status in CURRENT_PAIR_STATUSES]
    if current and not end_pairs:
        raise ValidationError(
            [
                FieldError(
                    "member_id",
                    "in_current_pair",
                    {"count": len(current), "pair_ids": [p.id for p in current]},
                )
            ]
        )
    for pair in current:
        _end_pair(pair, now.date())

    member.first_name = ERASED_FIRST_NAME
    member.last_name = erased_last_name(member_id)
    for column in ERASED_MEMBER_COLUMNS:
        setattr(member, column, None)
    member.birth_year = generation_year(member.birth_year)
    member.status = MemberStatus.ARCHIVED
    if member.archived_at is None:
        member.archived_at = now
    if member.erased_at is None:
        member.erased_at = now
    session.execute(delete(MemberSkill).where(MemberSkill.member_id == member_id))
    session.execute(
        delete(RefusedMatch).where(
            or_(RefusedMatch.mentor_id == member_id, RefusedMatch.mentee_id == member_id)
        )
    )
    session.execute(
        delete(EventWish).where(
            or_(EventWish.member_id == member_id, EventWish.wished_id == member_id)
        )
    )

    for pair in pairs:
        pair.place = None
        pair.frequency = None
        pair.match_reasons = None
        pair.capacity_override_reason = None
        pair.mentor_learned = None
        pair.mentee_learned = None
        pair.closing_comment = None
    session.flush()
    pair_ids = [p.id for p in pairs]
    sessions_kept, minutes_kept = 0, 0
    if pair_ids:
        plain = {"synchronize_session": False}
        session.execute(
            update(MentoringSession)
            .where(MentoringSession.pair_id.in_(pair_ids))
            .values(topics=None, notes=None, place=None),
            execution_options=plain,
        )
        session.execute(
            update(Objective)
            .where(Objective.pair_id.in_(pair_ids))
            .values(text=ERASED_TEXT, indicator=None),
            execution_options=plain,
        )
        session.execute(
            update(FollowUpEntry)
            .where(FollowUpEntry.pair_id.in_(pair_ids))
            .values(comment=None, action=None),
            execution_options=plain,
        )
        session.execute(
            update(PairStatusChange)
            .where(PairStatusChange.pair_id.in_(pair_ids))
            .values(note=None),
            execution_options=plain,
        )
        session.execute(
            update(FeedbackAnswer).where(FeedbackAnswer.pair_id.in_(pair_ids)).values(comment=None),
            execution_options=plain,
        )
        count, minutes = session.execute(
            select(
                func.count(MentoringSession.id),
                func.coalesce(func.sum(MentoringSession.duration_minutes), 0),
            ).where(MentoringSession.pair_id.in_(pair_ids))
        ).one()
        sessions_kept, minutes_kept = int(count), int(minutes)
    # What the session still holds in memory of the texts is dropped with it.
    session.expire_all()
    return ErasureSummary(member_id, len(pairs), sessions_kept, minutes_kept, len(current))


def _checkpoint(db: Database) -> None:
    """Copy the -wal file into the database and empty it, so that the pages written
    before an erasure (which still hold the erased values) do not linger in it. On a
    plain connection, outside any transaction; a reader that holds the -wal only delays
    this until the next checkpoint, so a failure is not reported.

    On a PostgreSQL server there is nothing of this kind to do from here. Its UPDATE writes
    a new version of each row and leaves the old one, erased values included, in the
    table's files as a dead row until VACUUM (the server's autovacuum, usually within
    minutes) marks its place free to be written over; the server's write-ahead log keeps
    the change until its segments are recycled, and the server's own backups and archived
    logs until they age out. Those are the server administrator's business (pg_dump and
    backup schedules), as the association's backups of the laptop's file are its own."""
    if db.path is None:
        return
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(db.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            con.close()


def _announce(db: Database) -> None:
    """Announce an erasure once the -wal checkpoint is done, not at the commit: the views
    reload from a file whose -wal no longer holds the erased values, and a reader they
    start cannot hold the -wal during the checkpoint."""
    db.bus.emit(Topic.MEMBERS, Topic.SKILLS, Topic.PAIRS, Topic.SESSIONS, Topic.FOLLOW_UP)


def erase_person(
    db: Database, member_id: int, *, end_pairs: bool = False, today: dt.date | None = None
) -> ErasureSummary:
    """Erase one member's personal data, keeping what the figures need (see the module's
    docstring). Refused with ("member_id", "in_current_pair") when they are in a proposed,
    active or paused pair, unless ``end_pairs`` (then those pairs end on ``today``, with
    the reason "no longer available"). Erasing an erased member again clears any text
    written since."""
    now = dt.datetime.now().replace(microsecond=0)
    if today is not None:
        now = dt.datetime.combine(today, now.time())
    # Announced after the -wal checkpoint, not by the transaction: see _announce.
    with db.transaction(announces=()) as session:
        summary = _erase(session, member_id, now, end_pairs=end_pairs)
    _checkpoint(db)
    _announce(db)
    return summary


# -- retention and consent -----------------------------------------------------------------


@dataclass(frozen=True)
class RetentionCandidate:
    """A member whose data has been kept past the retention period."""

    member_id: int
    first_name: str
    last_name: str
    status: MemberStatus
    last_activity: dt.date
    kept_until: dt.date  # last_activity + the retention period

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _retention_months(db: Database) -> int:
    return SettingsService(db).get().retention_months


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


class _PairActivity(NamedTuple):
    """A pair, its status and the days it was last active (any of them may be None)."""

    mentor_id: int
    mentee_id: int
    status: str
    ended_on: str | None
    start_date: str | None
    last_session: str | None
    last_step: str | None
    last_follow_up: str | None

    @property
    def days(self) -> tuple[str | None, ...]:
        return (
            self.ended_on,
            self.start_date,
            self.last_session,
            self.last_step,
            self.last_follow_up,
        )


class _MemberActivity(NamedTuple):
    id: int
    first_name: str
    last_name: str
    status: str
    updated_at: str | None
    created_at: str | None


def members_past_retention(db: Database, today: dt.date | None = None) -> list[RetentionCandidate]:
    """The members whose last activity is older than the retention period on ``today``
    (kept until last activity + retention, gone past on the next day), oldest activity
    first. Erased members and members in a current pair are left out."""
    today = today or dt.date.today()
    months = _retention_months(db)
    latest: dict[int, dt.date] = {}
    busy: set[int] = set()
    current = {s.value for s in CURRENT_PAIR_STATUSES}
    pairs = db.query(
        # _PairActivity's columns
        "SELECT p.mentor_id, p.mentee_id, p.status, p.ended_on, p.start_date,"
        " (SELECT MAX(s.held_on) FROM mentoring_session s WHERE s.pair_id = p.id),"
        " (SELECT MAX(h.effective_on) FROM pair_status_change h WHERE h.pair_id = p.id),"
        " (SELECT MAX(f.held_on) FROM follow_up_entry f WHERE f.pair_id = p.id) "
        "FROM pair p"
    )
    for pair in map(_PairActivity._make, pairs):
        if pair.status in current:
            busy.update((pair.mentor_id, pair.mentee_id))
            continue
        days = [d for d in (_day(v) for v in pair.days) if d is not None]
        if not days:
            continue
        last = max(days)
        for member_id in (pair.mentor_id, pair.mentee_id):
            if member_id not in latest or latest[member_id] < last:
                latest[member_id] = last
    candidates = []
    members = db.query(
        # _MemberActivity's columns
        "SELECT id, first_name, last_name, status, updated_at, created_at FROM member "
        "WHERE erased_at IS NULL ORDER BY id"
    )
    for member in map(_MemberActivity._make, members):
        if member.id in busy:
            continue
        days = [
            d
            for d in (_day(member.updated_at), _day(member.created_at), latest.get(member.id))
            if d
        ]
        if not days:
            continue
        last_activity = max(days)
        kept_until = _months_later(last_activity, months)
        if kept_until < today:
            candidates.append(
                RetentionCandidate(
                    member.id,
                    member.first_name,
                    member.last_name,
                    MemberStatus(member.status),
                    last_activity,
                    kept_until,
                )
            )
    candidates.sort(key=lambda c: (c.last_activity, c.member_id))
    return candidates


def anonymise_past_retention(db: Database, today: dt.date | None = None) -> int:
    """Erase every member of ``members_past_retention``, in one transaction; how many."""
    ids = [c.member_id for c in members_past_retention(db, today)]
    if not ids:
        return 0
    now = dt.datetime.now().replace(microsecond=0)
    if today is not None:
        now = dt.datetime.combine(today, now.time())
    erased = 0
    # Announced after the -wal checkpoint, not by the transaction: see _announce.
    with db.transaction(announces=()) as session:
        for member_id in ids:
            # Formed into a pair since the list was read: no longer past retention.
            if any(p.status in CURRENT_PAIR_STATUSES for p in _pairs_of(session, member_id)):
                continue
            _erase(session, member_id, now, end_pairs=False)
            erased += 1
    _checkpoint(db)
    _announce(db)
    return erased


def members_without_consent(db: Database) -> list[int]:
    """The ids of the members (not erased) who have not consented to their data being
    kept, or who withdrew their consent, by id."""
    rows = db.query(
        "SELECT id FROM member WHERE erased_at IS NULL "
        "AND (NOT consent_keep OR consent_withdrawn_on IS NOT NULL) ORDER BY id"
    )
    return [int(r[0]) for r in rows]
