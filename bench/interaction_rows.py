"""The figures of bench/interactions.py: one row per interaction, its targets, the table, the
JSON file and the side-by-side comparison of two runs."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Row:
    name: str
    runs: list[float] = field(default_factory=list)  # ms (MiB for memory), the timed runs
    first: float | None = None  # the first run (a warm-up; for the UI also the capture run)
    cpu_runs: list[float] | None = None  # ms of CPU time (all threads) in the timed runs
    raw_runs: list[float] | None = None  # ms, the captured statements replayed raw
    statements: int | None = None
    distinct: int | None = None
    connections: int | None = None  # connections opened during the interaction
    repeated: str = ""  # the statement sent most often, when sent more than 10 times
    limit: float | None = None  # target: below this (ms, or MiB)
    max_ratio: float | None = None  # target: app at most this many times the raw SQL
    unit: str = "ms"
    errors: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def app(self) -> float | None:
        return statistics.median(self.runs) if self.runs else None

    @property
    def cpu(self) -> float | None:
        return statistics.median(self.cpu_runs) if self.cpu_runs else None

    @property
    def raw(self) -> float | None:
        return statistics.median(self.raw_runs) if self.raw_runs else None

    @property
    def ratio(self) -> float | None:
        app, raw = self.app, self.raw
        if app is None or not raw or not self.statements:
            return None
        return app / raw

    @property
    def verdict(self) -> str:
        if self.errors and self.app is None:
            return "ERROR"
        faults = []
        if self.limit is not None and self.app is not None and self.app >= self.limit:
            faults.append("SLOW")
        ratio = self.ratio
        if self.max_ratio is not None and ratio is not None and ratio > self.max_ratio:
            faults.append("xRAW")
        if self.errors:
            faults.append("ERROR")
        return " ".join(faults) or "ok"

    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"<{_amount(self.limit, self.unit)}")
        if self.max_ratio is not None:
            parts.append(f"<={self.max_ratio:g}x")
        return " ".join(parts) or "-"


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def _cell(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "-"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def print_table(rows: list[Row], header: str) -> None:
    print(header)
    titles = ("interaction", "app ms", "cpu ms", "first", "raw ms", "app/raw", "stmts", "conns")
    print(f"{titles[0]:<52}{''.join(f'{t:>9}' for t in titles[1:])}  {'target':<18}verdict")
    for row in rows:
        ratio = f"{row.ratio:.1f}x" if row.ratio is not None else "-"
        statements = "-" if row.statements is None else f"{row.statements}"
        if row.distinct is not None and row.statements:
            statements += f"/{row.distinct}"
        cells = (
            _cell(row.app, row.unit),
            _cell(row.cpu),
            _cell(row.first, row.unit),
            _cell(row.raw),
            ratio,
            statements,
            "-" if row.connections is None else str(row.connections),
        )
        line = f"{row.name:<52}{''.join(f'{c:>9}' for c in cells)}  {row.target_text():<18}"
        print(line + row.verdict)
    print(
        "app = wall clock to painted, median of the timed runs; cpu = CPU time of the process, "
        "all threads (steadier on a shared machine); first = the first (warm-up, capture) "
        "run;\nraw = the same statements on fresh raw connections; stmts = statements sent / "
        "distinct texts; conns = connections opened."
    )
    for row in rows:
        for text in _details(row):
            print(f"  {row.name}: {text}")


def _details(row: Row) -> list[str]:
    details = []
    if row.note:
        details.append(row.note)
    if row.repeated:
        details.append(f"most repeated: {row.repeated}")
    details.extend(f"error: {error}" for error in dict.fromkeys(row.errors))
    return details


def save(path: Path, rows: list[Row], meta: dict) -> None:
    figures = []
    for row in rows:
        data = asdict(row)
        data.update(app=row.app, cpu=row.cpu, raw=row.raw, ratio=row.ratio, verdict=row.verdict)
        figures.append(data)
    path.write_text(json.dumps({"meta": meta, "rows": figures}, indent=1, ensure_ascii=False))


def load(path: Path) -> tuple[dict, dict[str, dict]]:
    data = json.loads(path.read_text())
    return data["meta"], {row["name"]: row for row in data["rows"]}


def print_comparison(old_path: Path, new: tuple[dict, dict[str, dict]]) -> None:
    old_meta, old = load(old_path)
    new_meta, rows = new
    growth = old_meta.get("scale") != new_meta.get("scale")
    label = f"{new_meta.get('scale')}x/{old_meta.get('scale')}x" if growth else "new/old"
    print(
        f"\ncompared with {old_path} ({old_meta.get('scale')}x, {old_meta.get('when', '?')}, "
        f"{old_meta.get('commit', '?')}) -> ({new_meta.get('scale')}x, "
        f"{new_meta.get('when', '?')}, {new_meta.get('commit', '?')})"
    )
    if old_meta.get("anchor") != new_meta.get("anchor"):
        print(f"note: the data's anchor differs ({old_meta.get('anchor')} vs "
              f"{new_meta.get('anchor')})")  # fmt: skip
    titles = ("old ms", "new ms", label, "old cpu", "new cpu", label, "old x", "new x", "old n")
    titles += ("new n",)
    print(f"{'interaction':<52}{''.join(f'{t:>9}' for t in titles)}  verdict old -> new")
    print("(ms = wall clock, cpu = CPU ms, x = app/raw, n = statements)")
    for name in list(dict.fromkeys([*old, *rows])):
        before, after = old.get(name, {}), rows.get(name, {})
        unit = after.get("unit") or before.get("unit") or "ms"
        a, b = before.get("app"), after.get("app")
        cpu_a, cpu_b = before.get("cpu"), after.get("cpu")
        cells = (
            _cell(a, unit),
            _cell(b, unit),
            _change(a, b),
            _cell(cpu_a),
            _cell(cpu_b),
            _change(cpu_a, cpu_b),
            _ratio(before.get("ratio")),
            _ratio(after.get("ratio")),
            _count(before.get("statements")),
            _count(after.get("statements")),
        )
        verdicts = f"{before.get('verdict', '-')} -> {after.get('verdict', '-')}"
        print(f"{name:<52}{''.join(f'{c:>9}' for c in cells)}  {verdicts}")


def _change(old, new) -> str:
    return f"{new / old:.2f}x" if old and new else "-"


def _ratio(value) -> str:
    return "-" if value is None else f"{value:.1f}x"


def _count(value) -> str:
    return "-" if value is None else str(value)
