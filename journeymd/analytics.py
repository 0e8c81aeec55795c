"""Figures from analytics exports, merged over a journey when it is drawn.

A ``reached`` count, a drop-off rate or a KPI value typed into the YAML goes stale the day after;
the export it was copied from does not. A data file (CSV or JSON) has one row per step or phase id
with columns for ``reached``, ``drop_off``, any KPI by its id and an ``as_of`` date; the figures
replace the file's own for that render only and the YAML is never written. Two exports people
actually have are read as they come: a GA4 "Funnel exploration" CSV (its ``#`` header lines give
the period, its step names are mapped to step ids) and a spreadsheet saved from Excel or Google
Sheets in a Dutch locale (``;`` between cells, a decimal comma, a BOM).

read → rows of values (where a cell is, worked out when a problem needs it) → checked against the
journey (ids, columns, numbers, rates) → ``merge(journey, datasets)``: a new Journey whose
``measured`` says where each figure came from. Every problem names ``FILE:line:column``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ._gc import gc_paused
from ._record import Record, dataclass
from .model import DropOff, Journey, Kpi, Measured, Phase, Step
from .problem import JourneyError, Problem, closest, did_you_mean, shorten
from .slug import slugify

__all__ = [
    "Dataset", "Figure", "data_fingerprint", "kpi_source", "merge", "merge_declared", "read_dataset", "read_mapping",
    "with_data",
]  # fmt: skip

MAX_DATA_BYTES = 20 * 1024 * 1024  # a year of daily rows for thousands of steps fits many times over
MAX_COLUMNS = 1000  # a phase with a few dozen KPIs needs a few dozen
GUESSES = 50  # unknown ids that get a did-you-mean: each costs a comparison with every id
MAX_PROBLEMS = 500  # more, and it is the wrong file: reading on would only bury the first ones

# What a column may be called, by what it holds; keys are slugs of the header ('Active users' ->
# 'active-users'), in English, in the Dutch that teams write, and as GA4 names its columns.
_ID_COLUMNS = ("id", "step", "phase", "step-id", "phase-id", "stap", "fase", "stap-id", "fase-id")
_COLUMNS = {
    "reached": (
        "reached",
        "active-users",
        "users",
        "visitors",
        "sessions",
        "bereikt",
        "bezoekers",
        "gebruikers",
        "actieve-gebruikers",
    ),
    "drop_off": (
        "drop-off",
        "drop-off-rate",
        "abandonment-rate",
        "uitval",
        "afhaakpercentage",
        "uitvalpercentage",
        "percentage-verlaten",
    ),
    "as_of": ("as-of", "date", "datum", "peildatum"),
}
# Columns an export carries that follow from the others, or that are for people: read past.
_PASSED_OVER = frozenset({
    "completion-rate", "abandonments", "voltooiingspercentage", "verlaten", "note", "notes", "comment", "comments",
    "name", "naam", "opmerking", "opmerkingen", "toelichting", "segment",
})  # fmt: skip
_CANONICAL = {alias: column for column, aliases in _COLUMNS.items() for alias in aliases}
_NUMBERED = re.compile(r"^\s*\d+\s*[.)]\s*")  # GA4's '1. Visit product page'
_GA4_PERIOD = re.compile(r"^(\d{4})(\d{2})(\d{2})\s*-\s*(\d{4})(\d{2})(\d{2})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_CURRENCY = "€$£¥"


class Cell(NamedTuple):
    """A value as the file holds it, and where: 1-based line and column. A tuple: an export has
    tens of thousands of cells, and a record's checks would cost a 5000-row file 20 ms."""

    value: Any  # the text of a CSV cell, stripped; a JSON value as parsed ("" for null)
    line: int
    column: int


class _Row:
    """One row's values; where each cell is, only when a problem needs it (a 5000-row export would
    otherwise spend most of its read on positions nobody looks at)."""

    __slots__ = ("_cells", "_sep", "_text", "line", "values")

    def __init__(self, line: int, values: list[Any], text: str = "", sep: str = ",",
                 cells: list[Cell] | None = None) -> None:  # fmt: skip
        self.line = line
        self.values = values
        self._text = text
        self._sep = sep
        self._cells = cells

    def cell(self, index: int) -> Cell:
        if self._cells is None:
            self._cells = _split_line(self._text, self._sep, self.line, _Table(""))
        return self._cells[index] if index < len(self._cells) else Cell("", self.line, 1)


@dataclass(frozen=True, eq=False, repr=False)
class Figure(Record):
    """One figure for the journey: ``field`` is reached, drop_off, or 'kpi-id.value' / '.target'."""

    kind: str  # step | phase
    id: str
    field: str
    value: Any  # int for reached, a 0..1 float for drop_off, the text for a KPI
    source: Measured


@dataclass(frozen=True, eq=False, repr=False)
class Dataset(Record):
    """The figures one data file gives a journey, checked against it."""

    path: str
    label: str
    as_of: str
    figures: tuple[Figure, ...]


class _Table:
    """A data file read into rows of cells, before anything is checked against the journey."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.kind = "csv"  # csv | ga4 | json
        self.label = ""
        self.as_of = ""
        self.decimal_comma = False
        self.header: list[Cell] = []
        self.rows: list[_Row] = []  # the rows under the header, their values in the header's order
        self.problems: list[Problem] = []

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message, "data"))

    def problem_at(self, at: tuple[_Row, int], message: str) -> None:
        cell = at[0].cell(at[1])
        self.problem(cell.line, cell.column, message)


# -- reading ------------------------------------------------------------------------------------


def _decode(data: bytes, path: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")  # Excel's "Unicode text"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (semicolon)" on Windows writes the ANSI code page, which for Dutch is 1252.
        return data.decode("cp1252", errors="replace")


def _split_line(line: str, sep: str, number: int, table: _Table) -> list[Cell]:
    """The cells of one CSV line with their columns; quotes as RFC 4180 has them ("" inside)."""
    if '"' not in line:
        cells = []
        column = 1
        for text in line.split(sep):
            cells.append(Cell(text.strip(), number, column))
            column += len(text) + 1
        return cells
    cells = []
    i, n = 0, len(line)
    while True:
        start = i
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            quote_at = i
            i += 1
            parts = []
            while True:
                end = line.find('"', i)
                if end < 0:
                    table.problem(number, quote_at + 1, "a quote opens here and is never closed")
                    parts.append(line[i:])
                    i = n
                    break
                parts.append(line[i:end])
                if end + 1 < n and line[end + 1] == '"':
                    parts.append('"')
                    i = end + 2
                    continue
                i = end + 1
                break
            text = "".join(parts)
            stop = line.find(sep, i)
            stop = n if stop < 0 else stop
            cells.append(Cell(text.strip(), number, start + 1))
        else:
            stop = line.find(sep, i)
            stop = n if stop < 0 else stop
            cells.append(Cell(line[start:stop].strip(), number, start + 1))
        if stop >= n:
            return cells
        i = stop + 1


def _read_csv(text: str, table: _Table) -> None:
    lines = text.split("\n")
    comments: list[str] = []
    sep = ""
    data_started = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            if data_started:
                break  # GA4 appends further tables (totals, other segments) after the first
            comments.append(line.lstrip("#").strip())
            continue
        if not line.strip():
            continue
        if not sep:
            sep = max(";,\t", key=line.count) if any(c in line for c in ";,\t") else ","
            table.decimal_comma = sep == ";"  # the separator of locales whose decimal mark is a comma
            table.header = _split_line(line, sep, number, table)
            data_started = True
            continue
        if '"' in line:
            cells = _split_line(line, sep, number, table)
            table.rows.append(_Row(number, [c.value for c in cells], cells=cells))
        else:
            table.rows.append(_Row(number, [text.strip() for text in line.split(sep)], line, sep))
    if any(c.casefold() in ("funnel exploration", "trechterverkenning") for c in comments):  # GA4 in English, Dutch
        table.kind = "ga4"
        table.label = "GA4 export"
    for comment in comments:
        period = _GA4_PERIOD.match(comment.replace(" ", ""))
        if period:
            table.as_of = "-".join(period.groups()[3:])


def _read_json(text: str, table: _Table) -> None:
    from .loader import YList, YMap, parse_yaml

    table.kind = "json"
    try:
        data = parse_yaml(text, table.path)  # JSON is YAML, and the YAML reader keeps every position
    except JourneyError as error:
        table.problems.extend(error.problems)
        return
    rows = data
    if isinstance(data, YMap):
        for key in ("label", "as_of"):
            if key in data:
                if not isinstance(data[key], str):
                    table.problem(*data.value_pos[key], f"'{key}' must be a text")
                else:
                    setattr(table, key, data[key])
        if table.as_of:
            written = Cell(table.as_of, *data.value_pos["as_of"])
            table.as_of = _date(table.as_of, (_Row(written.line, [], cells=[written]), 0), table) or ""
        rows = data.get("rows")
        for key in data:
            if key not in ("label", "as_of", "rows"):
                line, column = data.key_pos[key]
                table.problem(line, column, f"unknown key '{key}'{did_you_mean(key, ['label', 'as_of', 'rows'])}")
    if not isinstance(rows, YList):
        line, column = getattr(data, "pos", (1, 1))
        table.problem(line, column, "a JSON data file is a list of rows, or an object with 'rows': [...]")
        return
    names: dict[str, Cell] = {}
    for index, row in enumerate(rows):
        if not isinstance(row, YMap):
            table.problem(*rows.item_pos[index], 'each row is an object such as {"id": "checkout", "reached": 380}')
            continue
        for key in row:
            names.setdefault(str(key), Cell(str(key), *row.key_pos[key]))
    table.header = list(names.values())
    order = list(names)
    for row in rows:
        if isinstance(row, YMap):
            cells = [Cell("", row.pos[0], row.pos[1])] * len(order)
            for key, value in row.items():
                value = "" if value is None else value.strip() if isinstance(value, str) else value
                cells[order.index(str(key))] = Cell(value, *row.value_pos[key])
            table.rows.append(_Row(row.pos[0], [c.value for c in cells], cells=cells))


_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters no text export holds


def _read(path: Path, shown: str) -> _Table:
    table = _Table(shown)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_DATA_BYTES + 1)
    except OSError as exc:
        table.problem(1, 1, f"cannot read the data file: {exc.strerror or exc}")
        return table
    if len(data) > MAX_DATA_BYTES:
        table.problem(1, 1, f"data file is larger than {MAX_DATA_BYTES:,} bytes, the most journeymd reads")
        return table
    text = _decode(data, shown).replace("\ufeff", "")
    binary = _BINARY.search(text)
    if binary:
        # An image or a spreadsheet's .xlsx named .csv: say so once, not a page of odd cells.
        line = text.count("\n", 0, binary.start()) + 1
        column = binary.start() - text.rfind("\n", 0, binary.start())
        table.problem(line, column, "this is not a CSV or JSON file: it holds binary data (save it as CSV)")
        return table
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{"):
        _read_json(text, table)
    else:
        _read_csv(text, table)
    if not table.label:
        table.label = path.name
    return table


# -- values -------------------------------------------------------------------------------------


def _number_text(text: str, decimal_comma: bool) -> str:
    """'1.234,5' (Dutch) or '1,234.5' as '1234.5'; spaces and non-breaking spaces dropped."""
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if decimal_comma:
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):
            text = text.replace(".", "")
        return text.replace(",", ".")
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        return text.replace(",", "")
    return text


def _float(value: Any, table: _Table) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value)
    try:
        # Most cells are plain numbers; the separators of thousands and decimals are for the rest.
        plain = ("," not in text and "." not in text) or (not table.decimal_comma and "," not in text)
        number = float(text if plain and "_" not in text else _number_text(text, table.decimal_comma))
    except ValueError:
        return None
    return number if number == number and number not in (float("inf"), float("-inf")) else None


MAX_REACHED = 10**12  # far above any funnel; a bigger count is a slip (a pasted id, a cell run together)


def _count(value: Any, at: tuple[_Row, int], table: _Table) -> int | None:
    if isinstance(value, str) and value.isascii() and value.isdigit():
        count = int(value)  # most counts, before the separators and signs of the rest
    else:
        number = _float(value, table)
        if number is None or number < 0 or not number.is_integer():
            table.problem_at(at, f"reached must be a whole number of customers, not '{_shown(value)}'")
            return None
        count = int(number)
    if count > MAX_REACHED:
        table.problem_at(at, f"reached {_shown(value)} is more than {MAX_REACHED:,} customers; is a digit too many?")
        return None
    return count


def _rate(value: Any, at: tuple[_Row, int], table: _Table) -> float | None:
    """A share as the YAML writes one: '40%' or 0.4."""
    percent = isinstance(value, str) and value.endswith("%")
    number = _float(value[:-1].strip(), table) if percent else _float(value, table)
    if number is None:
        table.problem_at(at, f"drop-off rate must be a number such as 40% or 0.4, not '{_shown(value)}'")
        return None
    fraction = number / 100 if percent else number
    if not 0 <= fraction <= 1:
        written = _shown(value) if percent else f"{_shown(value)} (a share: 0.4 is 40%)"
        table.problem_at(at, f"drop-off rate {written} is outside 0–100 %")
        return None
    return fraction


def _kpi_value(value: Any, at: tuple[_Row, int], table: _Table, what: str) -> str | None:
    text = str(value).strip()
    bare = text.rstrip("%").strip().lstrip(_CURRENCY).strip()
    if _float(bare, table) is None or isinstance(value, bool):
        table.problem_at(at, f"{what} must be a number (2.1, 2.1%, € 45), not '{_shown(value)}'")
        return None
    return " ".join(text.split())  # as the map prints it: no tab or other white space of a spreadsheet's


def _date(value: Any, at: tuple[_Row, int], table: _Table) -> str | None:
    import datetime

    text = str(value).strip()
    iso = _ISO_DATE.match(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    dutch = _DUTCH_DATE.match(text)
    if iso:
        year, month, day = iso.groups()
    elif dutch:
        day, month, year = dutch.groups()
    else:
        year = month = day = ""
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        table.problem_at(at, f"as_of must be a date such as 2026-11-30, not '{_shown(value)}'")
        return None


def _shown(value: Any) -> str:
    from .reporting import printable

    return printable(shorten(str(value), 40))


# -- checking against the journey ---------------------------------------------------------------


class _Targets:
    """The ids and names a row may name, looked up once per journey."""

    def __init__(self, journey: Journey, mapping: Mapping[str, str]) -> None:
        self.steps = {step.id: step for step in journey.steps}
        self.phases = {phase.id: phase for phase in journey.phases}
        self.by_name: dict[str, tuple[str, str]] = {}
        for phase in journey.phases:
            self.by_name.setdefault(phase.name.casefold(), ("phase", phase.id))
        for step in journey.steps:
            self.by_name.setdefault(step.name.casefold(), ("step", step.id))
        self.mapping = {key.casefold(): value for key, value in mapping.items()}
        self.kpis = {kpi.id: phase.id for phase in journey.phases for kpi in phase.kpis}

    def find(self, key: str) -> tuple[str, str] | None:
        if key in self.steps and key.casefold() not in self.mapping:  # most rows name a step by its id
            return "step", key
        for text in (key, _NUMBERED.sub("", key)):
            mapped = self.mapping.get(text.casefold(), text)
            if mapped in self.steps:
                return "step", mapped
            if mapped in self.phases:
                return "phase", mapped
            named = self.by_name.get(mapped.casefold())
            if named:
                return named
            slug = slugify(mapped, "")  # a name written as the id it makes: "Zoekt 'losse sencha kopen'"
            if slug in self.steps:
                return "step", slug
            if slug in self.phases:
                return "phase", slug
        return None

    def ids(self) -> list[str]:
        return [*self.steps, *self.phases]


def _column(header: Cell, targets: _Targets, table: _Table) -> str | None:
    """What a header names: id, reached, drop_off, as_of, 'kpi-id.value' or '.target', '' to pass over."""
    text = str(header.value)
    key = slugify(text.replace("_", "-"), text.casefold())
    if key in _ID_COLUMNS:
        return "id"
    if key in _CANONICAL:
        return _CANONICAL[key]
    if key in _PASSED_OVER or key.startswith("x-"):
        return ""
    if key in targets.kpis:
        return f"{key}.value"
    if key.endswith("-target") and key.removesuffix("-target") in targets.kpis:
        return f"{key.removesuffix('-target')}.target"
    known = ["id", *_COLUMNS, *targets.kpis, *(f"{kpi}.target" for kpi in targets.kpis)]
    near = closest(key.replace("-", "_"), known) or closest(key, [k.replace("_", "-") for k in known])
    hint = f" (did you mean '{near.replace('-', '_') if near in ('drop-off', 'as-of') else near}'?)" if near else ""
    kpis = f" ({', '.join(sorted(targets.kpis)[:6])})" if targets.kpis else " (it has no KPIs)"
    listed = "" if hint else f"; columns are id, reached, drop_off, as_of and the journey's KPI ids{kpis}"
    table.problem(header.line, header.column, f"unknown column '{_shown(header.value)}'{hint}{listed}")
    return None


@gc_paused
def read_dataset(
    path: str | Path, journey: Journey, mapping: Mapping[str, str] | None = None, label: str = "",
    shown: str | None = None,
) -> tuple[Dataset, list[Problem]]:  # fmt: skip
    """One data file read and checked against ``journey``: its figures, and every problem in it.
    ``mapping`` turns names in the file (GA4's step names) into step or phase ids."""
    table = _read(Path(path), shown or str(path))
    if label:
        table.label = label
    targets = _Targets(journey, mapping or {})
    figures: list[Figure] = []
    if not table.header and not table.problems:
        table.problem(1, 1, "the data file has no header row (id, reached, drop_off, as_of, KPI ids)")
    if len(table.header) > MAX_COLUMNS:
        first = table.header[0]
        table.problem(first.line, first.column, f"the header has {len(table.header):,} columns; journeymd reads at "
                      f"most {MAX_COLUMNS:,}")  # fmt: skip
        return Dataset(table.path, table.label, table.as_of, ()), table.problems
    columns = [_column(cell, targets, table) for cell in table.header]
    if table.header and "id" not in columns:
        first = table.header[0]
        table.problem(first.line, first.column, "no id column: name the first column 'id' (or 'step', 'phase')")
    if table.kind == "ga4" and "id" in columns and not table.as_of:
        first = table.header[0]
        table.problem(first.line, first.column, "no period line such as '# 20261101-20261130' above the header")
    if "id" in columns:
        figures = _rows(table, columns, targets)
    dataset = Dataset(table.path, table.label, table.as_of, tuple(figures))
    return dataset, table.problems


def _rows(table: _Table, columns: list[str | None], targets: _Targets) -> list[Figure]:
    id_at = columns.index("id")
    date_at = columns.index("as_of") if "as_of" in columns else None
    seen: dict[tuple[str, str, str], int] = {}  # (kind, id, as_of) -> line of its first row
    latest: dict[tuple[str, str, str], tuple[Any, Measured]] = {}  # (kind, id, field) -> the latest figure
    sources: dict[str, Measured] = {}
    dates: dict[Any, str | None] = {}  # as_of as written -> the date: a series repeats a few dates
    width = len(columns)
    figure_columns = [(index, column) for index, column in enumerate(columns) if column and column not in
                      ("id", "as_of")]  # fmt: skip
    for row in table.rows:
        values = row.values
        if values.count("") == len(values):
            continue
        if len(table.problems) >= MAX_PROBLEMS:
            table.problem(row.line, 1, f"stopped after {MAX_PROBLEMS} problems: is this the export of this journey?")
            break
        if len(values) > width and any(value != "" for value in values[width:]):
            table.problem_at((row, width), f"this row has {len(values)} cells; the header names {width}")
            continue
        key = str(values[id_at]).strip() if id_at < len(values) else ""
        if not key:
            table.problem_at((row, id_at), "this row names no step or phase")
            continue
        found = targets.find(key)
        if found is None:
            hint = "; map export names to ids with a mapping table (map: in the journey, or --map)"
            table.problem_at((row, id_at), f"no step or phase '{_shown(key)}' in the journey"
                             f"{did_you_mean(key, targets.ids()) if len(table.problems) < GUESSES else ''}"
                             f"{hint if table.kind == 'ga4' else ''}")  # fmt: skip
            for index, column in figure_columns:  # its numbers are checked all the same
                if column in ("reached", "drop_off") and index < len(values) and values[index] != "":
                    (_count if column == "reached" else _rate)(values[index], (row, index), table)
            continue
        kind, target = found
        as_of = table.as_of
        if date_at is not None and date_at < len(values) and values[date_at] != "":
            written = values[date_at]
            if written not in dates:
                dates[written] = _date(written, (row, date_at), table)
            as_of = dates[written] or as_of
        first = seen.setdefault((kind, target, as_of), row.line)
        if first != row.line:
            when = f" as of {as_of}" if as_of else ""
            table.problem_at((row, id_at), f"a second row for {kind} '{target}'{when}; the first is at line {first}")
            continue
        source = sources.get(as_of)
        if source is None:
            source = sources[as_of] = Measured(table.label, as_of, table.path)
        for index, column in figure_columns:
            if index >= len(values) or values[index] == "":
                continue
            value = _value(values[index], (row, index), column, kind, target, targets, table)
            if value is None:
                continue
            slot = (kind, target, column)
            before = latest.get(slot)
            if before is None or before[1].as_of <= as_of:
                latest[slot] = (value, source)
    return [Figure(kind, target, column, value, source) for (kind, target, column), (value, source) in latest.items()]


def _value(value: Any, at: tuple[_Row, int], column: str, kind: str, target: str, targets: _Targets,
           table: _Table) -> Any:  # fmt: skip
    if column == "reached" or column == "drop_off":
        if kind == "phase":
            table.problem_at(at, f"{column} is counted per step; '{target}' is a phase")
            return None
        return _count(value, at, table) if column == "reached" else _rate(value, at, table)
    kpi, part = column.rsplit(".", 1)
    owner = targets.kpis[kpi]
    if kind == "step" or owner != target:
        table.problem_at(at, f"KPI '{kpi}' belongs to phase '{owner}', not to {kind} '{target}'")
        return None
    return _kpi_value(value, at, table, f"KPI '{kpi}' {'target' if part == 'target' else 'value'}")


# -- merging ------------------------------------------------------------------------------------


@gc_paused
def merge(journey: Journey, datasets: Iterable[Dataset]) -> Journey:
    """A new journey with the datasets' figures over its own, later datasets over earlier ones; its
    ``measured`` says where each figure came from. ``journey`` itself is left as it is."""
    steps: dict[str, dict[str, Any]] = {}
    phases: dict[str, dict[str, Any]] = {}
    measured = dict(journey.measured)
    for dataset in datasets:
        for figure in dataset.figures:
            (steps if figure.kind == "step" else phases).setdefault(figure.id, {})[figure.field] = figure.value
            measured[f"{figure.id}.{figure.field}"] = figure.source
    if not measured or measured == journey.measured:
        return journey

    def step_with(step: Step) -> Step:
        figures = steps.get(step.id)
        if not figures:
            return step
        changes: dict[str, Any] = {}
        if "reached" in figures:
            changes["reached"] = figures["reached"]
        if "drop_off" in figures:
            reason = step.drop_off.reason if step.drop_off is not None else ""
            changes["drop_off"] = DropOff(reason=reason, rate=figures["drop_off"])
        return dataclasses.replace(step, **changes)

    def phase_with(phase: Phase) -> Phase:
        figures = phases.get(phase.id, {})
        kpis = tuple(
            dataclasses.replace(
                kpi,
                value=figures.get(f"{kpi.id}.value", kpi.value),
                target=figures.get(f"{kpi.id}.target", kpi.target),
            )
            if f"{kpi.id}.value" in figures or f"{kpi.id}.target" in figures
            else kpi
            for kpi in phase.kpis
        )
        new_steps = tuple(step_with(step) for step in phase.steps)
        if kpis == phase.kpis and all(a is b for a, b in zip(new_steps, phase.steps, strict=True)):
            return phase
        return dataclasses.replace(phase, kpis=kpis, steps=new_steps)

    return dataclasses.replace(journey, phases=tuple(phase_with(p) for p in journey.phases), measured=measured)


def kpi_source(journey: Journey, phase: Phase, kpi: Kpi) -> Measured | None:
    """Where a KPI's merged value (or target) came from, if it was merged."""
    return journey.measured.get(f"{phase.id}.{kpi.id}.value") or journey.measured.get(f"{phase.id}.{kpi.id}.target")


# -- where data files are named -----------------------------------------------------------------


def read_mapping(path: str | Path, journey: Journey | None = None) -> tuple[dict[str, str], list[Problem]]:
    """A mapping file (``--map``): YAML or JSON, export name -> step or phase id; with ``journey``,
    an id that is none of its steps or phases is a problem too."""
    from .loader import YMap, parse_yaml

    shown = str(path)
    try:
        text = _decode(Path(path).read_bytes()[: MAX_DATA_BYTES + 1], shown).replace("\ufeff", "")
        data = parse_yaml(text, shown)
    except OSError as exc:
        return {}, [Problem(shown, 1, 1, f"cannot read the mapping file: {exc.strerror or exc}", "data")]
    except JourneyError as error:
        return {}, list(error.problems)
    if isinstance(data, YMap) and isinstance(data.get("map"), YMap):
        data = data["map"]
    if not isinstance(data, YMap):
        return {}, [Problem(shown, 1, 1, "a mapping file maps export names to ids: '1. Visit product page: "
                            "browses-the-e-shop'", "data")]  # fmt: skip
    found: dict[str, str] = {}
    problems = []
    for key, value in data.items():
        if not isinstance(value, str):
            line, column = data.value_pos[key]
            problems.append(
                Problem(shown, line, column, f"'{shorten(str(key))}' must map to a step or phase id", "data")
            )
        else:
            found[str(key)] = value
    if journey is not None and not problems:
        problems = _mapping_problems(found, data.value_pos, shown, journey)
    return found, problems


def _mapping_problems(mapping: Mapping[str, str], positions: Mapping[str, tuple[int, int]], source: str,
                      journey: Journey) -> list[Problem]:  # fmt: skip
    ids = [*(s.id for s in journey.steps), *(p.id for p in journey.phases)]
    problems = []
    for key, value in mapping.items():
        if value not in ids:
            line, column = positions.get(key, (1, 1))
            message = (
                f"'{shorten(key)}' maps to '{shorten(value)}', which is no step or phase{did_you_mean(value, ids)}"
            )
            problems.append(Problem(source, line, column, message, "data"))
    return problems


@gc_paused
def with_data(journey: Journey, files: Sequence[str | Path], map_file: str | Path | None = None) -> Journey:
    """``journey`` with the figures of these data files (as ``--data`` names them) merged over it,
    names mapped by ``map_file``; raises JourneyError with every problem in them."""
    if not files and map_file is None:
        return journey
    mapping: dict[str, str] = {}
    problems: list[Problem] = []
    if map_file is not None:
        mapping, problems = read_mapping(map_file, journey)
    datasets = []
    for path in files:
        dataset, found = read_dataset(path, journey, mapping)
        datasets.append(dataset)
        problems += found
    if problems:
        raise JourneyError(problems)
    return merge(journey, datasets)


def _declared(data: Any, name: str) -> tuple[list[tuple[Path, str, str, dict[str, str], Any]], list[Problem]]:
    """The data files a journey's ``data:`` names, resolved inside its repository: (path, shown,
    label, mapping, the node naming it), and a problem for each that cannot be read."""
    from .images import base_folder, repository_root
    from .loader import YList, YMap

    items = data.get("data") if isinstance(data, YMap) else None
    if isinstance(items, (str, YMap)):
        items = [items]
    if not isinstance(items, list):
        return [], []
    folder = base_folder(name)
    root = repository_root(folder)
    found = []
    problems = []
    for index, item in enumerate(items):
        pos = items.item_pos[index] if isinstance(items, YList) else data.value_pos.get("data", (1, 1))
        src, label, mapping = item, "", {}
        if isinstance(item, YMap):
            src, label = item.get("file", ""), str(item.get("label", ""))
            pos = item.value_pos.get("file", item.pos)
            mapping = {str(k): str(v) for k, v in (item.get("map") or {}).items()}
        if not isinstance(src, str) or not src:
            continue  # the schema reports it
        shown = shorten(src, 60)
        if _SCHEME.match(src) or src.startswith(("/", "\\")) or Path(src).is_absolute():
            problems.append(Problem(name, pos[0], pos[1], f"data file '{shown}' must be a path relative to this file, "
                                    "inside its repository", "data"))  # fmt: skip
            continue
        target = folder / src
        try:
            real = target.resolve(strict=True)
        except (OSError, RuntimeError):
            problems.append(
                Problem(name, pos[0], pos[1], f"data file '{shown}' not found (looked in {target})", "data")
            )
            continue
        if real != root and root not in real.parents:
            message = f"data file '{shown}' is outside the repository ({root}); data files are read only from inside it"
            problems.append(Problem(name, pos[0], pos[1], message, "data"))
            continue
        if not real.is_file():
            problems.append(Problem(name, pos[0], pos[1], f"data file '{shown}' is not a file", "data"))
            continue
        found.append((real, str(target), label, mapping, item))
    return found, problems


@gc_paused
def merge_declared(journey: Journey, data: Any, name: str) -> Journey:
    """The journey with the data files its ``data:`` names merged over it; raises JourneyError."""
    from .loader import YMap

    files, problems = _declared(data, name)
    datasets = []
    for path, shown, label, mapping, node in files:
        if mapping and isinstance(node, YMap) and isinstance(node.get("map"), YMap):
            problems += _mapping_problems(mapping, node["map"].value_pos, name, journey)
        dataset, found = read_dataset(path, journey, mapping, label, shown)
        datasets.append(dataset)
        problems += found
    if problems:
        raise JourneyError(problems)
    return merge(journey, datasets)


def data_fingerprint(source: Path, extra: Sequence[str] = ()) -> bytes:
    """The bytes of every data file a journey file names, and of ``extra`` ones (``--data``,
    ``--map``, the project's), for a cache to see that one changed."""
    from .batch import files_digest
    from .loader import decode, parse_yaml

    paths: list[Path] = [Path(p) for p in extra]
    try:
        content = source.read_bytes()
        if b"data:" in content:
            parsed = parse_yaml(decode(content, str(source)), str(source))
            paths += [path for path, *_ in _declared(parsed, str(source))[0]]
    except (JourneyError, OSError):
        pass
    return files_digest(paths)
