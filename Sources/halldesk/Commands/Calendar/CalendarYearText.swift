import HallDomain

/// One year of the working calendar as text, month by month, no line wider than 80
/// columns: a week grid with 休 on days off of a festival and 班 on make-up working days,
/// then each festival touching the month written out, so the meaning is in words too.
struct CalendarYearText {
    let calendar: WorkingCalendar
    let year: Int

    var lines: [String] {
        let days = (CalendarDay(year: year, month: 1, day: 1)!.dayNumber...CalendarDay(year: year, month: 12, day: 31)!.dayNumber)
            .map(CalendarDay.init(dayNumber:))
        let festivals = calendar.festivals.filter { ($0.holidays + $0.makeUpWorkdays).contains { $0.year == year } }
        let hours = calendar.workingHours.map { "\($0.start)–\($0.end)" }.joined(separator: "、")
        var lines = [
            "\(year) 年工作日历（\(calendar.timeZone.identifier)，工作时间 \(hours)）",
            "全年工作日 \(days.filter(calendar.isWorkingDay).count) 天；节假日放假 \(festivals.flatMap(\.holidays).count) 天；"
                + "调休上班 \(festivals.flatMap(\.makeUpWorkdays).count) 天",
            "标记：休＝节假日放假  班＝调休上班；六、日两列不带标记的日子照常休息",
        ]
        for month in 1...12 {
            let monthDays = days.filter { $0.month == month }
            lines += ["", "\(year)年\(month)月　工作日 \(monthDays.filter(calendar.isWorkingDay).count) 天",
                      CalendarDay.weekdayNames.map { " " + String($0.last!) + "   " }.joined().trailingSpacesRemoved]
            var row = String(repeating: "      ", count: monthDays[0].weekday - 1)
            for day in monthDays {
                row += cell(day)
                if day.weekday == 7 {
                    lines.append(row.trailingSpacesRemoved)
                    row = ""
                }
            }
            if !row.isEmpty { lines.append(row.trailingSpacesRemoved) }
            for festival in festivals where (festival.holidays + festival.makeUpWorkdays).contains(where: { $0.month == month && $0.year == year }) {
                lines.append("  " + describe(festival))
            }
        }
        return lines
    }

    /// Six columns: the day right-aligned in three, then the mark (two columns) and a space.
    private func cell(_ day: CalendarDay) -> String {
        let number = String(day.day)
        let mark: String
        switch calendar.status(of: day) {
        case .holiday: mark = "休"
        case .makeUpWorkday: mark = "班"
        case .weekday, .weekend: mark = "  "
        }
        return String(repeating: " ", count: 3 - number.count) + number + mark + " "
    }

    /// 「国庆节：10月1日–10月7日 放假；9月20日 周日、10月10日 周六 调休上班」.
    private func describe(_ festival: Festival) -> String {
        var text = festival.name + "：" + runs(festival.holidays).joined(separator: "、") + " 放假"
        if !festival.makeUpWorkdays.isEmpty {
            text += "；" + festival.makeUpWorkdays.map { $0.chineseDateAndWeekday(referenceYear: year) }.joined(separator: "、") + " 调休上班"
        }
        return text
    }

    /// Consecutive days as 「10月1日–10月7日」, a lone day as 「4月6日」.
    private func runs(_ days: [CalendarDay]) -> [String] {
        var result: [String] = []
        var first: CalendarDay?
        var last: CalendarDay?
        for day in days.sorted().map(Optional.some) + [nil] {
            if let day, let current = last, current.adding(days: 1) == day {
                last = day
                continue
            }
            if let first, let last {
                result.append(first == last ? first.chineseDate(referenceYear: year)
                              : first.chineseDate(referenceYear: year) + "–" + last.chineseDate(referenceYear: year))
            }
            first = day
            last = day
        }
        return result
    }
}

private extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
