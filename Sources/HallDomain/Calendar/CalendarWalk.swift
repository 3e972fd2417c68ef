import Foundation

/// Walks days forward for one due-date calculation and writes the explanation as it goes:
/// consecutive days off of the same kind become one step (「10月1日–10月7日 国庆节放假」),
/// and every day looked at in a year that is not loaded is remembered.
struct CalendarWalk {
    let calendar: WorkingCalendar
    /// Days in this year are written without their year.
    let referenceYear: Int
    private(set) var steps: [String] = []
    private(set) var assumedYears: Set<Int> = []
    private var restRun: (label: String, first: CalendarDay, last: CalendarDay)?

    init(calendar: WorkingCalendar, referenceYear: Int) {
        self.calendar = calendar
        self.referenceYear = referenceYear
    }

    /// The day's status, noting its year if the calendar has to assume it.
    mutating func look(at day: CalendarDay) -> DayStatus {
        if !calendar.isLoaded(year: day.year) { assumedYears.insert(day.year) }
        return calendar.status(of: day)
    }

    mutating func add(_ step: String) {
        flushRest()
        steps.append(step)
    }

    /// A day off: joins the current run of days off with the same reason, or starts one.
    mutating func rest(_ day: CalendarDay, _ status: DayStatus) {
        let label: String
        switch status {
        case .holiday(let festival): label = "\(festival)放假"
        default: label = "周末休息" + (assumedNote(day).map { "（" + $0 + "）" } ?? "")
        }
        if let run = restRun, run.label == label, run.last.adding(days: 1) == day {
            restRun = (label, run.first, day)
        } else {
            flushRest()
            restRun = (label, day, day)
        }
    }

    /// 「10月8日 周四 上班」, 「10月10日 周六 调休上班（国庆节，第 2 个工作日）」, with
    /// `detail` (the working time used that day) after it.
    mutating func work(_ day: CalendarDay, _ status: DayStatus, ordinal: Int?, detail: String? = nil) {
        var notes: [String] = []
        var what = "上班"
        if case .makeUpWorkday(let festival) = status {
            what = "调休上班"
            notes.append(festival)
        }
        if let ordinal { notes.append("第 \(ordinal) 个工作日") }
        if let assumed = assumedNote(day) { notes.append(assumed) }
        add(day.chineseDateAndWeekday(referenceYear: referenceYear) + " " + what + (notes.isEmpty ? "" : "（" + notes.joined(separator: "，") + "）")
            + (detail.map { " " + $0 } ?? ""))
    }

    func date(_ day: CalendarDay) -> String { day.chineseDate(referenceYear: referenceYear) }
    func dateAndWeekday(_ day: CalendarDay) -> String { day.chineseDateAndWeekday(referenceYear: referenceYear) }

    /// The answer: the steps with the last run of days off written out.
    mutating func finish(_ instant: Date, dueStep: String) -> DueDate {
        add(dueStep)
        return DueDate(instant: instant, assumedYears: assumedYears.sorted(), steps: steps)
    }

    /// 「2027年日历未载入，按周末推定」 for a day of a year that is not loaded.
    private func assumedNote(_ day: CalendarDay) -> String? {
        calendar.isLoaded(year: day.year) ? nil : "\(day.year)年日历未载入，按周末推定"
    }

    private mutating func flushRest() {
        guard let run = restRun else { return }
        restRun = nil
        let span = run.first == run.last ? dateAndWeekday(run.first) : date(run.first) + "–" + date(run.last)
        steps.append(span + " " + run.label)
    }
}
