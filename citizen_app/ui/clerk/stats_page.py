"""Statistics for the municipality: requests by status and by service, opened vs resolved per
week, median time to resolve per service, overdue requests; exportable to CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.core.formats import number, week_of
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.statuses import status_name
from citizen_app.ui.tasks import run_task


def write_csv(stats: dict[str, Any], path: Path) -> None:
    """One table per figure, one after the other (UTF-8 with BOM, so spreadsheet programs
    read Arabic correctly)."""
    out = io.StringIO()
    table = csv.writer(out)
    table.writerow(["section", "key", "name", "value", "value_2"])
    for status, count in stats["by_status"].items():
        table.writerow(["by_status", status, status_name(status), count, ""])
    for row in stats["by_service"]:
        table.writerow(["by_service", row["code"], row["name"], row["count"], ""])
    for week in stats["opened_vs_resolved"]:
        table.writerow(["opened_resolved_week", week["week"], "", week["opened"], week["resolved"]])
    for code, hours in stats["median_hours_by_service"].items():
        table.writerow(["median_hours_to_resolve", code, "", f"{hours:.1f}", ""])
    table.writerow(["overdue", "", "", stats["overdue"], ""])
    for answer, count in stats.get("satisfaction", {}).items():
        table.writerow(["kiosk_satisfaction", answer, "", count, ""])
    table.writerow(["total", "", "", stats["total"], ""])
    temp = path.with_name(path.name + ".part")
    temp.write_text(out.getvalue(), encoding="utf-8-sig")
    temp.replace(path)


class StatsPage(QWidget):
    #: the clerk wants the figures again
    refresh_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.stats: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.heading, 1)
        self.refresh_button, self.export_button = QPushButton(), QPushButton()
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        self.export_button.clicked.connect(self.on_export)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.figures = QLabel()
        self.figures.setObjectName("heading")
        layout.addWidget(self.figures)
        self.satisfaction = QLabel()
        layout.addWidget(self.satisfaction)
        grid = QGridLayout()
        self.views = [QChartView() for _ in range(4)]
        for n, view in enumerate(self.views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            grid.addWidget(view, n // 2, n % 2)
        layout.addLayout(grid, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export to CSV…"))
        for button in (self.refresh_button, self.export_button):
            button.setAccessibleName(button.text())
        names = (
            self.tr("Requests by status"),
            self.tr("Requests by service"),
            self.tr("Opened and resolved per week"),
            self.tr("Median hours to resolve, by service"),
        )
        for view, name in zip(self.views, names, strict=True):
            view.setAccessibleName(name)
        if self.stats is not None:
            self.show_stats(self.stats)

    def reset(self) -> None:
        """For the next kiosk visitor: no figures left on screen."""
        clear_inputs(self)
        self.stats = None
        for label in (self.figures, self.satisfaction, self.message):
            label.clear()

    def show_stats(self, stats: dict[str, Any]) -> None:
        self.stats = stats
        median = stats.get("median_hours_to_resolve")
        self.figures.setText(
            self.tr("%1 requests | %2 overdue | median time to resolve: %3 hours")
            .replace("%1", number(stats["total"]))
            .replace("%2", number(stats["overdue"]))
            .replace("%3", number(median, 1) if median is not None else "—")
        )
        # Shown once a kiosk has been answered (older servers send none at all).
        answers = stats.get("satisfaction") if any(stats.get("satisfaction", {}).values()) else None
        self.satisfaction.setVisible(bool(answers))
        if answers:
            self.satisfaction.setText(
                self.tr("Kiosk visitors: %1 good | %2 acceptable | %3 not good")
                .replace("%1", number(answers.get("good", 0)))
                .replace("%2", number(answers.get("acceptable", 0)))
                .replace("%3", number(answers.get("poor", 0)))
            )
        statuses = [s for s, n in stats["by_status"].items() if n]
        self.views[0].setChart(
            self._bars(
                self.views[0].accessibleName(),
                [status_name(s) for s in statuses],
                [(self.tr("Requests"), [stats["by_status"][s] for s in statuses])],
            )
        )
        services = stats["by_service"][:10]
        self.views[1].setChart(
            self._bars(
                self.views[1].accessibleName(),
                [s["name"] for s in services],
                [(self.tr("Requests"), [s["count"] for s in services])],
                horizontal=True,
            )
        )
        weeks = stats["opened_vs_resolved"][-12:]
        self.views[2].setChart(
            self._bars(
                self.views[2].accessibleName(),
                [week_of(w["week"]) for w in weeks],
                [
                    (self.tr("Opened"), [w["opened"] for w in weeks]),
                    (self.tr("Resolved"), [w["resolved"] for w in weeks]),
                ],
            )
        )
        names = {s["code"]: s["name"] for s in stats["by_service"]}
        medians = sorted(stats["median_hours_by_service"].items(), key=lambda kv: -kv[1])[:10]
        self.views[3].setChart(
            self._bars(
                self.views[3].accessibleName(),
                [names.get(code, code) for code, _ in medians],
                [(self.tr("Hours"), [round(h, 1) for _, h in medians])],
                horizontal=True,
            )
        )

    def _bars(
        self,
        title: str,
        categories: list[str],
        sets: list[tuple[str, list[float]]],
        horizontal: bool = False,
    ) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        # The value axis writes its numbers with the default locale, whose digits are the
        # app's (core/formats.py).
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 0.0
        for name, values in sets:
            bar = QBarSet(name)
            bar.append(values)
            series.append(bar)
            top = max([top, *values])
        chart.addSeries(series)
        axis_categories, axis_values = QBarCategoryAxis(), QValueAxis()
        axis_categories.append(categories)
        axis_values.setRange(0, max(top, 4))
        axis_values.applyNiceNumbers()  # whole steps: 0, 1, 2 … or 0, 50, 100 …
        axis_values.setLabelFormat("%.0f")
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(axis_categories, category_side)
        chart.addAxis(axis_values, value_side)
        series.attachAxis(axis_categories)
        series.attachAxis(axis_values)
        chart.legend().setVisible(len(sets) > 1)
        return chart

    def on_export(self) -> None:
        if self.stats is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the statistics"), "statistics.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> None:
        stats = self.stats or {}
        run_task(
            lambda: write_csv(stats, path),
            lambda _: self.message.setText(self.tr("Saved to %1").replace("%1", str(path))),
            lambda error: self.message.setText(
                self.tr("Could not save the file: %1").replace("%1", str(error))
            ),
        )
