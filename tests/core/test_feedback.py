"""Feedback rounds: the check-ins planned from a pair's own dates and the settings, the
answers typed back (checked, one transaction, announced), the check-ins due, what a person's
data export and erasure do with the answers, and the saved database of 0009."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import EndReason, Role, Speaker
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.feedback.rounds import CheckinRound, checkin_dates, due_checkin
from mentorat_desktop.core.privacy import erase_person, person_data
from mentorat_desktop.core.services.feedback import FeedbackInput, FeedbackService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.settings import SettingsService

D = dt.date
FIRST, MID, END = CheckinRound.FIRST_MONTH, CheckinRound.MID_TERM, CheckinRound.END
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# -- planned dates ---------------------------------------------------------------------------


def test_three_checkins_from_the_pairs_own_dates() -> None:
    assert checkin_dates(D(2026, 1, 10), D(2026, 7, 10)) == {
        FIRST: D(2026, 2, 9),  # 30 days after the start
        MID: D(2026, 4, 10),  # half way (90 of 181 days)
        END: D(2026, 6, 26),  # 14 days before the planned end
    }


def test_offsets_change_the_dates() -> None:
    assert checkin_dates(D(2026, 1, 1), D(2026, 12, 31), 45, 25, 30) == {
        FIRST: D(2026, 2, 15),
        MID: D(2026, 4, 2),
        END: D(2026, 12, 1),
    }


def test_no_planned_end_no_start_or_a_short_pair() -> None:
    assert checkin_dates(D(2026, 1, 10), None) == {FIRST: D(2026, 2, 9)}
    assert checkin_dates(None, D(2026, 7, 10)) == {}
    # Six weeks: the half-way point comes before the first check-in; the end one is kept.
    assert checkin_dates(D(2026, 1, 1), D(2026, 2, 12)) == {FIRST: D(2026, 1, 31)}
    assert checkin_dates(D(2026, 1, 1), D(2026, 3, 15)) == {
        FIRST: D(2026, 1, 31),
        MID: D(2026, 2, 6),
        END: D(2026, 3, 1),
    }


def test_the_latest_checkin_come_is_due_until_answered() -> None:
    dates = checkin_dates(D(2026, 1, 10), D(2026, 7, 10))
    assert due_checkin(dates, set(), D(2026, 2, 8)) is None
    assert due_checkin(dates, set(), D(2026, 2, 9)) == (FIRST, D(2026, 2, 9))
    assert due_checkin(dates, {FIRST}, D(2026, 3, 1)) is None
    # The first one was missed: once the mid-term is due, it is the one asked.
    assert due_checkin(dates, set(), D(2026, 5, 1)) == (MID, D(2026, 4, 10))
    assert due_checkin(dates, {MID}, D(2026, 5, 1)) is None
    assert due_checkin(dates, {MID}, D(2026, 6, 30)) == (END, D(2026, 6, 26))


# -- answers ---------------------------------------------------------------------------------


START = D(2026, 1, 10)


def _pair(db: Database, start: dt.date | None = START, end: dt.date | None = None) -> int:
    members = MemberService(db)
    mentor = members.add(MemberInput(first_name="Zoé", last_name="Vidal", role=Role.MENTOR))
    mentee = members.add(MemberInput(first_name="Anne", last_name="Dupont", role=Role.MENTEE))
    pair = PairService(db).create(
        PairInput(mentor.id, mentee.id, start_date=start, planned_end=end)
    )
    return pair.id


def test_an_answer_is_recorded_and_announced(db: Database) -> None:
    pair_id = _pair(db, end=D(2026, 7, 10))
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    record = FeedbackService(db).record(
        FeedbackInput(
            pair_id=pair_id,
            respondent=Speaker.MENTEE,
            answered_on=D(2026, 2, 12),
            scores={"overall": 4, "meetings": 5, "learning": None},
            checkin=FIRST,
            comment="  Très contente.  ",
        ),
        today=D(2026, 2, 20),
    )
    assert heard == [Topic.FOLLOW_UP]
    assert record.scores == {
        "overall": 4,
        "meetings": 5,
        "learning": None,
        "listening": None,
        "recommend": None,
    }
    assert (record.respondent, record.checkin, record.comment) == (
        Speaker.MENTEE,
        FIRST,
        "Très contente.",
    )
    assert FeedbackService(db).list_answers(pair_id) == [record]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"scores": {"overall": 6}}, "score_overall", "number_range"),
        ({"scores": {"overall": 0}}, "score_overall", "number_range"),
        ({"scores": {"overall": True}}, "score_overall", "number_range"),
        ({"scores": {}}, "score_overall", "required"),
        ({"scores": {"mood": 3}}, "score_mood", "invalid_choice"),
        ({"respondent": Speaker.COORDINATOR}, "respondent", "invalid_choice"),
        ({"answered_on": D(2026, 3, 1)}, "answered_on", "date_in_future"),
        ({"answered_on": D(2026, 1, 9)}, "answered_on", "before_pair_start"),
        ({"pair_id": 999}, "pair_id", "not_found"),
    ],
)
def test_a_wrong_answer_writes_nothing(db: Database, changes, field, code) -> None:
    pair_id = _pair(db)
    values = {
        "pair_id": pair_id,
        "respondent": Speaker.MENTOR,
        "answered_on": D(2026, 2, 12),
        "scores": {"overall": 4},
    } | changes
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(ValidationError) as refused:
        FeedbackService(db).record(FeedbackInput(**values), today=D(2026, 2, 20))
    assert (refused.value.errors[0].field, refused.value.errors[0].code) == (field, code)
    assert FeedbackService(db).list_answers() == [] and heard == []


def test_a_proposal_takes_no_answer(db: Database) -> None:
    pair_id = _pair(db, start=None)
    with pytest.raises(ValidationError) as refused:
        FeedbackService(db).record(
            FeedbackInput(pair_id, Speaker.MENTOR, D(2026, 2, 12), {"overall": 3}),
            today=D(2026, 2, 20),
        )
    assert refused.value.errors[0].code == "pair_not_started"


def test_due_checkins_follow_the_settings_and_the_answers(db: Database) -> None:
    pair_id = _pair(db, end=D(2026, 7, 10))
    service = FeedbackService(db)
    assert service.due_checkins(D(2026, 2, 1)) == {}
    due = service.due_checkins(D(2026, 2, 10))[pair_id]
    assert (due.checkin, due.planned_on) == (FIRST, D(2026, 2, 9))
    SettingsService(db).update(checkin_first_days=45)
    assert service.due_checkins(D(2026, 2, 10)) == {}
    service.record(
        FeedbackInput(pair_id, Speaker.MENTOR, D(2026, 2, 25), {"overall": 5}, FIRST),
        today=D(2026, 2, 25),
    )
    assert service.due_checkins(D(2026, 3, 1)) == {}
    PairService(db).end(pair_id, D(2026, 4, 20), EndReason.MISMATCH)
    assert service.due_checkins(D(2026, 4, 21)) == {}  # an ended pair is not called


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("checkin_first_days", 6),
        ("checkin_first_days", 121),
        ("checkin_mid_percent", 90),
        ("checkin_end_days", -1),
        ("checkin_end_days", 1.5),
    ],
)
def test_checkin_offsets_are_checked(db: Database, name: str, value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        SettingsService(db).update(**{name: value})
    assert refused.value.errors[0].field == name
    assert refused.value.errors[0].code == "number_range"
    assert SettingsService(db).get().checkin_first_days == 30


# -- a person's data -------------------------------------------------------------------------


def test_answers_are_in_a_persons_data_and_their_comments_erased(db: Database) -> None:
    pair_id = _pair(db)
    mentor_id = PairService(db).get(pair_id).mentor_id
    FeedbackService(db).record(
        FeedbackInput(
            pair_id, Speaker.MENTOR, D(2026, 2, 12), {"overall": 2}, comment="Anne est pressée."
        ),
        today=D(2026, 2, 20),
    )
    (answer,) = person_data(db, mentor_id)["feedback"]
    assert answer["respondent"] == "mentor"
    assert answer["score_overall"] == 2
    assert answer["comment"] == "Anne est pressée."
    erase_person(db, mentor_id, end_pairs=True)
    (kept,) = FeedbackService(db).list_answers(pair_id)
    assert kept.comment is None
    assert kept.scores["overall"] == 2  # a figure of the report: kept


def test_every_feedback_field_has_a_label(qapp) -> None:
    from mentorat_desktop.i18n.privacy_messages import person_data_labels

    labels = person_data_labels()
    for key in (
        "feedback",
        "respondent",
        "checkin",
        "answered_on",
        "score_overall",
        "score_meetings",
        "score_learning",
        "score_listening",
        "score_recommend",
        "respondent=mentee",
        "checkin=mid_term",
    ):
        assert labels[key]


# -- saved databases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "saved",
    [s for s in sorted(FIXTURES.glob("db_*.sqlite3")) if s.stem.removeprefix("db_") >= "0009"],
    ids=lambda p: p.stem,
)
def test_saved_database_keeps_its_answers(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    db = open_database(path)
    try:
        (answer,) = FeedbackService(db).list_answers()
        assert (answer.respondent, answer.checkin, answer.answered_on) == (
            Speaker.MENTEE,
            FIRST,
            D(2025, 11, 4),
        )
        assert answer.scores["overall"] == 4
        assert answer.comment == "Léo explique avec patience."
    finally:
        db.close()


def test_an_older_database_gains_the_table_and_default_offsets(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(FIXTURES / "db_0008_training.sqlite3", path)
    db = open_database(path)
    try:
        assert FeedbackService(db).list_answers() == []
        settings = SettingsService(db).get()
        assert (
            settings.checkin_first_days,
            settings.checkin_mid_percent,
            settings.checkin_end_days,
        ) == (30, 50, 14)
        assert settings.association_name == "Entre-Générations Québec"
    finally:
        db.close()


# -- the report's satisfaction ---------------------------------------------------------------


def test_a_typed_back_answer_counts_in_the_reports_satisfaction(db: Database) -> None:
    from mentorat_desktop.core.report.figures import indicators
    from mentorat_desktop.core.services.followups import FollowUpInput, FollowUpService

    pair_id = _pair(db)
    today = D(2026, 6, 30)
    FollowUpService(db).add(FollowUpInput(pair_id, D(2026, 3, 1), Speaker.MENTEE, satisfaction=2))
    before = indicators(db, D(2026, 1, 1), D(2026, 6, 30), today=today)
    assert (before.satisfaction_mentees, before.satisfaction_mentees_count) == (2.0, 1)
    service = FeedbackService(db)
    for respondent, overall in ((Speaker.MENTEE, 5), (Speaker.MENTEE, 5), (Speaker.MENTOR, 3)):
        service.record(
            FeedbackInput(pair_id, respondent, D(2026, 4, 2), {"overall": overall}), today=today
        )
    # Answered without an overall score: not counted.
    service.record(FeedbackInput(pair_id, Speaker.MENTEE, D(2026, 4, 3), {"meetings": 1}), today)
    # Answered after the period: not counted.
    service.record(FeedbackInput(pair_id, Speaker.MENTEE, D(2026, 6, 30), {"overall": 1}), today)
    data = indicators(db, D(2026, 1, 1), D(2026, 6, 29), today=today)
    assert (data.satisfaction_mentees, data.satisfaction_mentees_count) == (4.0, 3)
    assert (data.satisfaction_mentors, data.satisfaction_mentors_count) == (3.0, 1)
    assert (data.satisfaction_all, data.satisfaction_all_count) == (3.75, 4)
    assert data.to_json()["satisfaction_mentees"] == 4.0


# -- the pairs to call -----------------------------------------------------------------------


def _due_reason(db: Database, today: dt.date) -> dict | None:
    from mentorat_desktop.core.followup import ReasonCode, to_follow_up

    reasons = [item.reason(ReasonCode.FEEDBACK_DUE) for item in to_follow_up(db, today)]
    found = [r.params for r in reasons if r is not None]
    return found[0] if found else None


def test_a_due_checkin_puts_the_pair_on_the_list_to_call(db: Database) -> None:
    pair_id = _pair(db, end=D(2026, 7, 10))
    assert _due_reason(db, D(2026, 2, 8)) is None
    assert _due_reason(db, D(2026, 2, 10)) == {"checkin": "first_month", "date": D(2026, 2, 9)}
    # A month after its date, the round has passed: no longer a reason to call.
    assert _due_reason(db, D(2026, 3, 11)) is None
    FeedbackService(db).record(
        FeedbackInput(pair_id, Speaker.MENTEE, D(2026, 2, 10), {"overall": 4}, FIRST),
        today=D(2026, 2, 10),
    )
    assert _due_reason(db, D(2026, 2, 10)) is None
    assert _due_reason(db, D(2026, 4, 12)) == {"checkin": "mid_term", "date": D(2026, 4, 10)}
    # The end check-in is the closing conversation the near end already asks for.
    assert _due_reason(db, D(2026, 6, 27)) is None


def test_the_reason_in_words(qapp) -> None:
    from mentorat_desktop.i18n.followup_messages import followup_question, followup_reason_text

    params = {"checkin": "mid_term", "date": D(2026, 4, 10)}
    text = followup_reason_text("feedback_due", params, "en")
    assert text.startswith("Mid-term check-in, planned on ") and "26" in text
    assert "out of 5" in followup_question("feedback_due")


# -- the printed questionnaire ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr_FR", ("personne mentor", "personne mentorée", "Binôme n°", "mi-parcours")),
        ("fr_CA", ("personne mentor", "personne mentorée", "Binôme no", "mi-parcours")),
        ("en", ("Feedback questionnaire – mentor", "mentee", "Pair no.", "mid-term")),
    ],
)
def test_the_questionnaire_has_a_page_for_each_member(
    db: Database, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    import pypdfium2 as pdfium

    from mentorat_desktop.core.feedback import write_questionnaires

    pair_id = _pair(db)
    path = tmp_path / "q.pdf"
    pages = write_questionnaires(db, path, language, [pair_id], checkin=MID)
    assert pages == 2
    assert path.stat().st_mode & 0o077 == 0
    document = pdfium.PdfDocument(str(path))
    try:
        texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    assert len(texts) == 2
    whole = " ".join(texts)
    for word in words:
        assert word in whole
    assert "Zoé Vidal" in texts[0] and "Anne Dupont" in texts[1]
    for text in texts:
        assert text.count("5") >= 5  # five scales


def test_a_blank_questionnaire_and_refusals(db: Database, tmp_path: Path) -> None:
    from mentorat_desktop.core.errors import NotFoundError
    from mentorat_desktop.core.feedback import write_questionnaires

    assert write_questionnaires(db, tmp_path / "blank.pdf", "fr_FR") == 2
    with pytest.raises(ValueError):
        write_questionnaires(db, tmp_path / "x.pdf", "de")
    with pytest.raises(NotFoundError):
        write_questionnaires(db, tmp_path / "x.pdf", "en", [999])
    assert not (tmp_path / "x.pdf").exists()
