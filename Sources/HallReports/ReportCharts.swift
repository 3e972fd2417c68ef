import HallDomain

/// The charts of the HTML report, each from the report's own figures: orders by
/// category, slips per day with the peak days (21st–26th) marked, average wait per hour.
enum ReportCharts {
    static func ordersByCategory(_ report: PeriodReport) -> String {
        SVGBarChart.horizontal(report.workOrders.byCategory.map { ChartBar(label: $0.label, value: Double($0.count), valueText: String($0.count)) },
                               title: "各类别工单数")
    }

    static func slipsPerDay(_ report: PeriodReport) -> String {
        let bars = report.hall.days.map { row in
            let day = CalendarDay(row.label)
            return ChartBar(label: day.map { String($0.day) } ?? row.label, value: Double(row.slipsIssued), valueText: String(row.slipsIssued),
                            marked: day.map { HallFigures.peakDays.contains($0.day) } ?? false)
        }
        return SVGBarChart.vertical(bars, title: "每日发号数", legend: "高峰日（每月21–26日）")
    }

    static func averageWaitPerHour(_ report: PeriodReport) -> String {
        let bars = report.hall.hours.map { row in
            ChartBar(label: row.label, value: row.wait.averageMinutes ?? 0, valueText: ReportTable.minutes(row.wait.averageMinutes))
        }
        return SVGBarChart.vertical(bars, title: "各时段平均等候（分钟）")
    }
}
