import Foundation

extension WorkingCalendar {
    /// When a deadline of `clock` started by something received at `received` falls due,
    /// with the reasoning. All days and clock times are local to `timeZone`.
    ///
    /// **Working days** — "within N working days" means: by the same clock time on the
    /// N-th working day after the day the count starts. The count starts at the moment of
    /// receipt if that moment lies inside a working period of a working day (periods are
    /// half-open: 08:30 is inside, 12:00 and 17:30 are not). Otherwise it starts at the
    /// beginning of the next working period: later the same day if one is left (received
    /// 12:30 → counts from 14:00), else the first period of the next working day (received
    /// 18:00, or on a Sunday or a holiday → counts from 08:30 of the next working day,
    /// which is then day 0, not day 1). So: received Wed 09-30 16:00, 1 working day → due
    /// Thu 10-08 16:00 (10-01…10-07 are the National Day holiday); received Fri 10-09 16:00
    /// → due Sat 10-10 16:00, a make-up working day. N ≤ 0 means the start of the count.
    ///
    /// **Working hours** — only time inside the working periods of working days runs; the
    /// deadline falls due at the instant the hours are used up (which may be exactly the
    /// end of a period, e.g. 12:00). Lunch breaks, nights, weekends and holidays do not count.
    ///
    /// **Real time** — plain minutes around the clock from receipt; the calendar plays no part.
    ///
    /// A day in a year that is not loaded is judged by weekends alone, and its year is
    /// listed in `DueDate.assumedYears`.
    public func due(from received: Date, clock: DeadlineClock) -> DueDate {
        let receipt = LocalTime(received, in: timeZone)
        var walk = CalendarWalk(calendar: self, referenceYear: receipt.day.year)
        switch clock {
        case .workingDays(let count):
            return dueAfterWorkingDays(max(0, count), receipt: receipt, walk: &walk)
        case .workingHours(let hours):
            return dueAfterWorkingHours(max(0, hours) * 3600, receipt: receipt, walk: &walk)
        case .realTime(let minutes):
            let instant = received.addingTimeInterval(Double(minutes) * 60)
            let due = LocalTime(instant, in: timeZone)
            walk.add(receivedStep(receipt, note: ""))
            walk.add("按自然时间连续计 \(minutes) 分钟（夜间、周末、节假日照计）")
            return walk.finish(instant, dueStep: dueStep(due, walk: walk))
        }
    }

    private func dueAfterWorkingDays(_ count: Int, receipt: LocalTime, walk: inout CalendarWalk) -> DueDate {
        let receiptStatus = walk.look(at: receipt.day)
        let inside = receiptStatus.isWorkingDay && period(containing: receipt.secondOfDay) != nil
        var start = receipt
        if inside {
            walk.add(receivedStep(receipt, note: ""))
        } else {
            walk.add(receivedStep(receipt, note: receiptStatus.isWorkingDay ? "（不在工作时间）" : ""))
            if receiptStatus.isWorkingDay, let later = workingHours.first(where: { Double($0.start.minutesAfterMidnight * 60) > receipt.secondOfDay }) {
                start = LocalTime(day: receipt.day, secondOfDay: Double(later.start.minutesAfterMidnight * 60))
            } else {
                if !receiptStatus.isWorkingDay { walk.rest(receipt.day, receiptStatus) }
                var day = receipt.day.adding(days: 1)
                while case let status = walk.look(at: day), !status.isWorkingDay {
                    walk.rest(day, status)
                    day = day.adding(days: 1)
                }
                start = LocalTime(day: day, secondOfDay: Double(workingHours[0].start.minutesAfterMidnight * 60))
            }
            walk.add(walk.dateAndWeekday(start.day) + " " + start.clockText + " 起算")
        }
        var day = start.day
        var counted = 0
        while counted < count {
            day = day.adding(days: 1)
            let status = walk.look(at: day)
            if status.isWorkingDay {
                counted += 1
                walk.work(day, status, ordinal: count > 1 ? counted : nil)
            } else {
                walk.rest(day, status)
            }
        }
        let due = LocalTime(day: day, secondOfDay: start.secondOfDay)
        return walk.finish(due.instant(in: timeZone), dueStep: dueStep(due, walk: walk))
    }

    private func dueAfterWorkingHours(_ seconds: Double, receipt: LocalTime, walk: inout CalendarWalk) -> DueDate {
        let receiptStatus = walk.look(at: receipt.day)
        let inside = receiptStatus.isWorkingDay && period(containing: receipt.secondOfDay) != nil
        walk.add(receivedStep(receipt, note: receiptStatus.isWorkingDay && !inside ? "（不在工作时间）" : ""))
        guard seconds > 0 else { return walk.finish(receipt.instant(in: timeZone), dueStep: dueStep(receipt, walk: walk)) }
        var remaining = seconds
        var used = 0.0
        var day = receipt.day
        var status = receiptStatus
        while true {
            if status.isWorkingDay {
                var spans: [String] = []
                var spent = 0.0
                var stop: LocalTime?
                for period in workingHours where stop == nil {
                    let from = max(Double(period.start.minutesAfterMidnight * 60), day == receipt.day ? receipt.secondOfDay : 0)
                    let to = Double(period.end.minutesAfterMidnight * 60)
                    guard from < to else { continue }
                    let take = min(to - from, remaining)
                    spans.append(LocalTime(day: day, secondOfDay: from).clockText + "–" + LocalTime(day: day, secondOfDay: from + take).clockText)
                    spent += take
                    remaining -= take
                    if remaining <= 0 { stop = LocalTime(day: day, secondOfDay: from + take) }
                }
                if spent > 0 {
                    used += spent
                    walk.work(day, status, ordinal: nil, detail: spans.joined(separator: "、") + " 计 " + Self.durationText(spent)
                              + "（累计 " + Self.durationText(used) + "）")
                }
                if let stop { return walk.finish(stop.instant(in: timeZone), dueStep: dueStep(stop, walk: walk)) }
            } else {
                walk.rest(day, status)
            }
            day = day.adding(days: 1)
            status = walk.look(at: day)
        }
    }

    /// The working period of a working day that `secondOfDay` falls in, start included, end not.
    private func period(containing secondOfDay: Double) -> WorkingPeriod? {
        workingHours.first { Double($0.start.minutesAfterMidnight * 60) <= secondOfDay && secondOfDay < Double($0.end.minutesAfterMidnight * 60) }
    }

    private func receivedStep(_ receipt: LocalTime, note: String) -> String {
        receipt.day.chineseDateAndWeekday(referenceYear: receipt.day.year) + " " + receipt.clockText + " 收到" + note
    }

    private func dueStep(_ due: LocalTime, walk: CalendarWalk) -> String {
        walk.date(due.day) + " " + due.clockText + " 到期"
    }

    /// 「1小时30分」, 「45分」, 「3小时」.
    static func durationText(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return "\(rest)分" }
        return "\(hours)小时" + (rest == 0 ? "" : "\(rest)分")
    }
}
