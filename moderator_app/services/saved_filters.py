"""Filters a member names and keeps: a view, the filter bar's choices, a search and a sort.

They are this installation's preferences, kept in the workspace's local ``settings`` table
(never synced: another member's queue is theirs to arrange). ``me`` stays ``me``, so a saved
"my urgent cases" filter means the member who uses it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from moderator_app.domain.clock import ms_from_date
from moderator_app.domain.enums import Category, Platform, Status
from moderator_app.domain.errors import NotFound, UserError
from moderator_app.domain.text import fold
from moderator_app.store.queries import SORTS, UNASSIGNED, CaseFilter

from .workspace import Workspace

SETTING = "queue.saved_filters"
MAX_NAME = 60
MAX_FILTERS = 100
ME = "me"


@dataclass(frozen=True, slots=True)
class FilterChoice:
    """What the filter bar holds. Codes, not labels; dates are ISO days, both ends included."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    priorities: tuple[int, ...] = ()
    assignee: str | None = None  # a member id, "me", or queries.UNASSIGNED
    opened_from: str | None = None
    opened_to: str | None = None

    def is_empty(self) -> bool:
        return self == FilterChoice()

    def case_filter(self, me: str) -> CaseFilter:
        start = ms_from_date(date.fromisoformat(self.opened_from)) if self.opened_from else None
        end = ms_from_date(date.fromisoformat(self.opened_to) + timedelta(days=1)) if self.opened_to else None
        return CaseFilter(
            statuses=self.statuses,
            categories=self.categories,
            platforms=self.platforms,
            priorities=self.priorities,
            assignee=me if self.assignee == ME else self.assignee,
            opened_from=start,
            opened_to=end,
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FilterChoice:
        """Read a stored choice, dropping codes this version does not know."""

        def codes(key: str, valid: list[str]) -> tuple[str, ...]:
            return tuple(str(v) for v in data.get(key, ()) if str(v) in valid)

        def day(key: str) -> str | None:
            value = data.get(key)
            if not value:
                return None
            try:
                return date.fromisoformat(str(value)).isoformat()
            except ValueError:
                return None

        assignee = data.get("assignee")
        return cls(
            statuses=codes("statuses", Status.codes()),
            categories=codes("categories", Category.codes()),
            platforms=codes("platforms", Platform.codes()),
            priorities=tuple(int(v) for v in data.get("priorities", ()) if v in (1, 2, 3, 4)),
            assignee=str(assignee) if assignee else None,
            opened_from=day("opened_from"),
            opened_to=day("opened_to"),
        )


@dataclass(frozen=True, slots=True)
class SavedFilter:
    name: str
    view: str = "all"  # the standing view it narrows (ui.views keys)
    choice: FilterChoice = field(default_factory=FilterChoice)
    search: str = ""
    sort: str = "sla"
    desc: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["choice"] = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self.choice).items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedFilter:
        sort = str(data.get("sort", "sla"))
        return cls(
            name=str(data["name"]),
            view=str(data.get("view", "all")),
            choice=FilterChoice.from_json(data.get("choice") or {}),
            search=str(data.get("search", "")),
            sort=sort if sort in SORTS else "sla",
            desc=bool(data.get("desc", False)),
        )


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("give the filter a name", vi="hãy đặt tên cho bộ lọc", code="filter_name_empty")
    if len(cleaned) > MAX_NAME:
        raise UserError(f"a filter name can have at most {MAX_NAME} characters",
                        vi=f"tên bộ lọc dài tối đa {MAX_NAME} ký tự", code="filter_name_too_long")
    return cleaned


def load(ws: Workspace) -> list[SavedFilter]:
    stored = ws.setting(SETTING, [])
    result = []
    for item in stored if isinstance(stored, list) else []:
        if isinstance(item, dict) and item.get("name"):
            result.append(SavedFilter.from_json(item))
    return result


def _store(ws: Workspace, filters: list[SavedFilter]) -> None:
    ws.set_setting(SETTING, [f.to_json() for f in filters])


def save(ws: Workspace, saved: SavedFilter, *, replace: bool = False) -> SavedFilter:
    """Keep a filter under its name; a name already used is refused unless ``replace``."""
    saved = SavedFilter(clean_name(saved.name), saved.view, saved.choice, saved.search.strip(), saved.sort,
                        saved.desc)
    if saved.sort not in SORTS:
        raise UserError(f"unknown sort {saved.sort!r}", vi=f"không có cách sắp xếp {saved.sort!r}",
                        code="unknown_sort")
    filters = load(ws)
    key = fold(saved.name)
    existing = [i for i, f in enumerate(filters) if fold(f.name) == key]
    if existing and not replace:
        raise UserError(f"a saved filter is already called {saved.name!r}; choose another name or replace it",
                        vi=f"đã có bộ lọc tên {saved.name!r}; hãy chọn tên khác hoặc thay thế bộ lọc đó",
                        code="filter_name_taken")
    if existing:
        filters[existing[0]] = saved
    else:
        if len(filters) >= MAX_FILTERS:
            raise UserError(f"at most {MAX_FILTERS} saved filters; delete one first",
                            vi=f"chỉ lưu được tối đa {MAX_FILTERS} bộ lọc; hãy xóa bớt một bộ lọc trước",
                            code="too_many_filters")
        filters.append(saved)
    _store(ws, filters)
    return saved


def delete(ws: Workspace, name: str) -> None:
    filters = load(ws)
    kept = [f for f in filters if fold(f.name) != fold(name)]
    if len(kept) == len(filters):
        raise NotFound(f"no saved filter called {name!r}", vi=f"không có bộ lọc đã lưu nào tên {name!r}",
                       code="no_saved_filter")
    _store(ws, kept)


def rename(ws: Workspace, old: str, new: str) -> SavedFilter:
    filters = load(ws)
    new = clean_name(new)
    index = next((i for i, f in enumerate(filters) if fold(f.name) == fold(old)), None)
    if index is None:
        raise NotFound(f"no saved filter called {old!r}", vi=f"không có bộ lọc đã lưu nào tên {old!r}",
                       code="no_saved_filter")
    if any(fold(f.name) == fold(new) for i, f in enumerate(filters) if i != index):
        raise UserError(f"a saved filter is already called {new!r}", vi=f"đã có bộ lọc tên {new!r}",
                        code="filter_name_taken")
    f = filters[index]
    filters[index] = SavedFilter(new, f.view, f.choice, f.search, f.sort, f.desc)
    _store(ws, filters)
    return filters[index]


__all__ = ["ME", "UNASSIGNED", "FilterChoice", "SavedFilter", "delete", "load", "rename", "save"]
