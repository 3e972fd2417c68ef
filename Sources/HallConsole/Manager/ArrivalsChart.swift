import HallDomain
import TermUI

/// Today's slips per quarter hour during opening hours, one sparkline per opening period
/// scaled together, so a morning peak and a quiet afternoon compare at a glance.
struct ArrivalsChart {
    var arrivalsPerQuarterHour: [Int]
    var openingHours: [OpeningPeriod]

    /// The slots of each opening period, as indexes into the day's 96 quarter hours.
    var periods: [Range<Int>] {
        openingHours.map { period in
            let start = period.start.minutesAfterMidnight / 15
            let end = (period.end.minutesAfterMidnight + 14) / 15
            return min(start, 96)..<min(max(start, end), 96)
        }
    }

    func draw(into buffer: inout Buffer, in line: Rect, theme: Theme) {
        let slots = periods.flatMap { $0 }
        let values = slots.map { arrivalsPerQuarterHour.indices.contains($0) ? Double(arrivalsPerQuarterHour[$0]) : 0 }
        let levels = theme.borders.isASCII ? Sparkline.asciiLevels : Sparkline.blockLevels
        var chart = Array(Sparkline(values).text(width: values.count, levels: levels))
        var x = line.minX
        for (period, hours) in zip(periods, openingHours) {
            x = buffer.put("\(hours.start) ", at: Point(x: x, y: line.minY), role: .muted, clip: line)
            x = buffer.put(String(chart.prefix(period.count)), at: Point(x: x, y: line.minY), role: .chart, clip: line)
            chart.removeFirst(min(period.count, chart.count))
            x = buffer.put(" \(hours.end)  ", at: Point(x: x, y: line.minY), role: .muted, clip: line)
        }
        let total = slots.reduce(0) { $0 + (arrivalsPerQuarterHour.indices.contains($1) ? arrivalsPerQuarterHour[$1] : 0) }
        buffer.put("峰值 \(Int(values.max() ?? 0))/15分 共 \(total)", at: Point(x: x, y: line.minY), clip: line)
    }
}
