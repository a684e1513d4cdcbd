"""Local groups: creating, renaming and deleting them, putting members, cohorts and pairs in
them, and every list, grid and figure restricted to one group (a member of group A never
shows in group B's lists) while the whole register stays the same without groups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentorat_desktop.core.dashboard import compute_dashboard
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.exporting import export_members_csv
from mentorat_desktop.core.exporting_sessions import export_sessions_csv
from mentorat_desktop.core.followup import compute_grid, month_report, to_follow_up
from mentorat_desktop.core.report import indicators
from mentorat_desktop.core.services.groups import ALL_GROUPS, GroupCounts, GroupScope
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.core.services.sessions import SessionInput

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture
def services(db: Database) -> Services:
    return build_services(db)


def _member(services: Services, first: str, last: str, year: int, role: Role) -> int:
    data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role)
    return services.members.add(data).id


def _pair(services: Services, mentor: int, mentee: int, start: dt.date | None = None) -> int:
    return services.pairs.create(PairInput(mentor, mentee, start_date=start)).id


class Network:
    """Two groups, Lyon and Nantes, each with one active pair that met in October; and one
    member in no group."""

    def __init__(self, services: Services) -> None:
        self.services = services
        groups = services.groups
        self.lyon = groups.create("Lyon").id
        self.nantes = groups.create("Nantes").id
        self.zoe = _member(services, "Zoé", "Martin", 1999, Role.MENTOR)
        self.odile = _member(services, "Odile", "Bernard", 1958, Role.MENTEE)
        self.lucas = _member(services, "Lucas", "Petit", 2000, Role.MENTOR)
        self.henri = _member(services, "Henri", "Durand", 1955, Role.MENTEE)
        self.nobody = _member(services, "Anne", "Seule", 1970, Role.EITHER)
        groups.assign_members([self.zoe, self.odile], self.lyon)
        groups.assign_members([self.lucas, self.henri], self.nantes)
        self.lyon_pair = _pair(services, self.zoe, self.odile, D(2026, 9, 1))
        self.nantes_pair = _pair(services, self.lucas, self.henri, D(2026, 9, 1))
        for pair_id, minutes in ((self.lyon_pair, 200), (self.nantes_pair, 60)):
            services.sessions.log(SessionInput(pair_id, D(2026, 10, 6), minutes))


@pytest.fixture
def network(services: Services) -> Network:
    return Network(services)


def _names(records) -> list[str]:
    return [r.full_name for r in records]


# -- the groups themselves ------------------------------------------------------------------


def test_no_group_at_first_and_every_read_unchanged(services: Services) -> None:
    a = _member(services, "Zoé", "Martin", 1999, Role.MENTOR)
    b = _member(services, "Odile", "Bernard", 1958, Role.MENTEE)
    _pair(services, a, b, D(2026, 9, 1))
    assert not services.groups.any_groups()
    assert services.groups.list_groups() == []
    assert services.groups.scope == ALL_GROUPS and ALL_GROUPS.is_all
    assert _names(services.members.list_summaries()) == ["Odile Bernard", "Zoé Martin"]
    assert len(services.pairs.list_pairs()) == 1
    assert services.groups.ungrouped() == GroupCounts(members=2, cohorts=0, pairs=1)
    data = indicators(services.db, D(2026, 9, 1), D(2026, 10, 31), today=TODAY)
    assert data.group is None and not data.groups_defined
    assert "group" not in data.to_json()


def test_create_rename_and_list_with_counts(network: Network) -> None:
    groups = network.services.groups
    assert groups.any_groups()
    listed = groups.list_groups()
    assert [g.name for g in listed] == ["Lyon", "Nantes"]
    assert listed[0].counts == GroupCounts(members=2, cohorts=0, pairs=1)
    renamed = groups.rename(network.lyon, "  Lyon Est ")
    assert renamed.name == "Lyon Est"
    assert groups.find("lyon est").id == network.lyon
    assert groups.ungrouped() == GroupCounts(members=1, cohorts=0, pairs=0)


@pytest.mark.parametrize(
    ("name", "code"), [("", "required"), ("nantes", "duplicate_name"), ("x" * 151, "too_long")]
)
def test_a_refused_name_writes_nothing(network: Network, name: str, code: str) -> None:
    groups = network.services.groups
    heard: list[Topic] = []
    network.services.db.bus.subscribe(heard.append)
    with pytest.raises(ValidationError) as refused:
        groups.create(name)
    assert refused.value.for_field("name").code == code
    with pytest.raises(ValidationError):
        groups.rename(network.lyon, name)
    assert [g.name for g in groups.list_groups()] == ["Lyon", "Nantes"]
    assert heard == []


def test_each_change_announces_groups(network: Network) -> None:
    heard: list[Topic] = []
    network.services.db.bus.subscribe(heard.append)
    network.services.groups.create("Brest")
    assert heard == [Topic.GROUPS]
    heard.clear()
    network.services.groups.assign_members([network.nobody], network.lyon)
    assert set(heard) == {Topic.GROUPS, Topic.MEMBERS, Topic.PAIRS}


def test_deleting_a_group_keeps_its_records_without_a_group(network: Network) -> None:
    services = network.services
    services.groups.scope = GroupScope(network.lyon)
    services.groups.delete(network.lyon)
    assert [g.name for g in services.groups.list_groups()] == ["Nantes"]
    assert services.groups.scope == ALL_GROUPS  # the group shown is gone: every group
    assert len(services.members.list_summaries()) == 5
    assert services.members.get(network.zoe).first_name == "Zoé"
    assert services.groups.ungrouped() == GroupCounts(members=3, cohorts=0, pairs=1)
    with pytest.raises(NotFoundError):
        services.groups.delete(network.lyon)


def test_assigning_to_an_unknown_group_or_record_writes_nothing(network: Network) -> None:
    groups = network.services.groups
    with pytest.raises(NotFoundError):
        groups.assign_members([network.nobody], 9999)
    with pytest.raises(NotFoundError):
        groups.assign_members([network.nobody, 9999], network.lyon)
    assert groups.ungrouped().members == 1


# -- pairs follow their mentee ---------------------------------------------------------------


def test_a_new_pair_takes_its_mentees_group(network: Network) -> None:
    services = network.services
    mentor = _member(services, "Inès", "Roy", 2001, Role.MENTOR)  # in no group
    data = MemberInput(first_name="Paul", last_name="Roux", birth_year=1950, role=Role.MENTEE)
    mentee = services.members.add(data, group_id=network.nantes).id
    pair = _pair(services, mentor, mentee)
    assert services.groups.pair_ids(network.nantes) == {network.nantes_pair, pair}


def test_moving_a_mentee_takes_along_the_pairs_that_followed_them(network: Network) -> None:
    groups = network.services.groups
    groups.assign_members([network.odile], network.nantes)
    assert groups.pair_ids(network.nantes) == {network.lyon_pair, network.nantes_pair}
    # A pair put in a group by hand stays there when its mentee moves again.
    groups.assign_pairs([network.lyon_pair], network.lyon)
    groups.assign_members([network.odile], None)
    assert groups.pair_ids(network.lyon) == {network.lyon_pair}
    # Moving a mentor moves no pair.
    groups.assign_members([network.lucas], network.lyon)
    assert groups.pair_ids(network.nantes) == {network.nantes_pair}


def test_cohorts_in_a_group_and_their_pairs_stay(network: Network) -> None:
    services = network.services
    cohort = services.cohorts.create("Printemps 2026").id
    assert services.groups.assign_cohorts([cohort], network.nantes) == 1
    assert services.groups.get(network.nantes).counts.cohorts == 1
    assert services.groups.get(network.nantes).counts.pairs == 1


# -- a group changed with the rest of a form: one transaction ----------------------------------


def test_a_members_edit_and_group_change_are_saved_together(network: Network) -> None:
    services = network.services
    heard: list[Topic] = []
    services.db.bus.subscribe(heard.append)
    odile = services.members.get(network.odile)
    data = MemberInput(
        first_name="Odile", last_name="Bernard-Roy", birth_year=1958, role=Role.MENTEE
    )
    services.members.update(
        network.odile, data, expected_version=odile.row_version, group_id=network.nantes
    )
    assert services.members.get(network.odile).last_name == "Bernard-Roy"
    assert services.groups.group_of("member", network.odile) == network.nantes
    # her pair followed her, as when she is moved alone
    assert services.groups.pair_ids(network.nantes) == {network.lyon_pair, network.nantes_pair}
    assert {Topic.MEMBERS, Topic.GROUPS, Topic.PAIRS} <= set(heard)


def test_a_members_edit_without_a_group_keeps_theirs(network: Network) -> None:
    services = network.services
    data = MemberInput(first_name="Zoé", last_name="Martin", birth_year=1998, role=Role.MENTOR)
    services.members.update(network.zoe, data)
    assert services.groups.group_of("member", network.zoe) == network.lyon
    services.members.update(network.zoe, data, group_id=None)  # "No group", chosen
    assert services.groups.group_of("member", network.zoe) is None


def test_a_group_deleted_meanwhile_refuses_the_whole_edit(network: Network) -> None:
    """Another coordinator deleted the group chosen in the form: nothing of the form is
    written, and the refusal names the group field."""
    services = network.services
    heard: list[Topic] = []
    services.db.bus.subscribe(heard.append)
    brest = services.groups.create("Brest").id
    services.groups.delete(brest)
    heard.clear()
    data = MemberInput(first_name="Anne", last_name="Changée", birth_year=1970, role=Role.EITHER)
    with pytest.raises(ValidationError) as refused:
        services.members.update(network.nobody, data, group_id=brest)
    assert refused.value.for_field("group_id").code == "not_found"
    with pytest.raises(ValidationError):
        services.members.add(data, group_id=brest)
    assert services.members.get(network.nobody).last_name == "Seule"
    assert services.groups.group_of("member", network.nobody) is None
    assert len(services.members.list_summaries()) == 5
    assert heard == []


def test_a_cohort_is_made_and_moved_with_its_group_in_one_save(network: Network) -> None:
    services = network.services
    cohort = services.cohorts.create("Printemps 2026", group_id=network.lyon)
    assert services.groups.group_of("cohort", cohort.id) == network.lyon
    services.cohorts.update(cohort.id, name="Printemps 2027", group_id=network.nantes)
    assert services.cohorts.get(cohort.id).name == "Printemps 2027"
    assert services.groups.group_of("cohort", cohort.id) == network.nantes
    services.cohorts.update(cohort.id, description="Au centre social")
    assert services.groups.group_of("cohort", cohort.id) == network.nantes
    gone = services.groups.create("Brest").id
    services.groups.delete(gone)
    with pytest.raises(ValidationError) as refused:
        services.cohorts.update(cohort.id, name="Automne", group_id=gone)
    assert refused.value.for_field("group_id").code == "not_found"
    assert services.cohorts.get(cohort.id).name == "Printemps 2027"
    with pytest.raises(ValidationError):
        services.cohorts.create("Hiver", group_id=gone)
    assert [c.name for c in services.cohorts.list_cohorts()] == ["Printemps 2027"]


# -- every list restricted to one group --------------------------------------------------------


def test_members_and_pairs_lists_of_one_group(network: Network) -> None:
    services = network.services
    lyon = _names(services.members.list_summaries(group_id=network.lyon))
    nantes = _names(services.members.list_members(group_id=network.nantes))
    assert lyon == ["Odile Bernard", "Zoé Martin"]
    assert nantes == ["Henri Durand", "Lucas Petit"]
    assert len(services.members.list_summaries()) == 5
    assert [p.id for p in services.pairs.list_pairs(group_id=network.lyon)] == [network.lyon_pair]
    assert [p.id for p in services.pairs.list_pairs(group_id=network.nantes)] == [
        network.nantes_pair
    ]


def test_sessions_of_one_group_and_their_export(network: Network, tmp_path: Path) -> None:
    sessions = network.services.sessions
    assert [s.pair_id for s in sessions.list_sessions(group_id=network.lyon)] == [network.lyon_pair]
    assert [s.pair_id for s in sessions.list_sessions(group_id=network.nantes)] == [
        network.nantes_pair
    ]
    assert len(sessions.list_sessions()) == 2
    db = network.services.db
    assert export_sessions_csv(db, tmp_path / "lyon.csv", group_id=network.lyon) == 1
    assert "Martin" in (tmp_path / "lyon.csv").read_text(encoding="utf-8-sig")
    assert "Petit" not in (tmp_path / "lyon.csv").read_text(encoding="utf-8-sig")
    assert export_sessions_csv(db, tmp_path / "all.csv") == 2


def test_followup_grid_and_month_of_one_group(network: Network) -> None:
    db = network.services.db
    grid = compute_grid(db, D(2026, 10, 1), 3, today=TODAY, group_id=network.lyon)
    assert [row.pair_id for row in grid.rows] == [network.lyon_pair]
    assert grid.month_totals[-1] == pytest.approx(200 / 60)
    everyone = compute_grid(db, D(2026, 10, 1), 3, today=TODAY)
    assert {row.pair_id for row in everyone.rows} == {network.lyon_pair, network.nantes_pair}
    month = month_report(db, D(2026, 10, 1), today=TODAY, group_id=network.nantes)
    assert [(r.mentor, r.hours) for r in month] == [("Lucas Petit", 1.0)]
    calls = to_follow_up(db, TODAY, group_id=network.nantes)
    assert {item.pair_id for item in calls} <= {network.nantes_pair}
    assert network.lyon_pair not in {
        i.pair_id for i in to_follow_up(db, TODAY, group_id=network.nantes)
    }


def test_dashboard_and_report_of_one_group(network: Network) -> None:
    db = network.services.db
    lyon = compute_dashboard(db, TODAY, group_id=network.lyon)
    whole = compute_dashboard(db, TODAY)
    assert lyon.active_pairs == 1 and whole.active_pairs == 2
    assert sum(lyon.members_by_role.values()) == 2
    assert sum(whole.members_by_role.values()) == 5
    assert lyon.hours_this_year == pytest.approx(200 / 60)

    start, end = D(2026, 9, 1), D(2026, 10, 31)
    nantes = indicators(db, start, end, today=TODAY, group_id=network.nantes)
    assert nantes.group == "Nantes" and nantes.groups_defined
    assert nantes.pairs_active == 1 and nantes.hours_total == pytest.approx(1.0)
    assert nantes.to_json()["group"] == "Nantes"
    every = indicators(db, start, end, today=TODAY)
    assert every.group is None and every.groups_defined
    assert every.pairs_active == 2 and every.hours_total == pytest.approx(260 / 60)
    assert every.to_json()["group"] is None


def test_report_pdf_says_which_group(network: Network, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from mentorat_desktop.core.report import write_report

    db = network.services.db
    out = tmp_path / "rapport.pdf"
    write_report(
        db, D(2026, 9, 1), D(2026, 10, 31), out, "fr_FR", today=TODAY, group_id=network.lyon
    )
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Groupe local : Lyon" in text
    write_report(db, D(2026, 9, 1), D(2026, 10, 31), out, "en", today=TODAY)
    assert "All local groups together" in PdfReader(str(out)).pages[0].extract_text()


def test_export_of_one_group(network: Network, tmp_path: Path) -> None:
    out = tmp_path / "membres.csv"
    assert export_members_csv(network.services.db, out, group_id=network.nantes) == 2
    text = out.read_text(encoding="utf-8-sig")
    assert "Lucas" in text and "Zoé" not in text
