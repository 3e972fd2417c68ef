import Foundation

/// When a deadline falls due, and why then.
public struct DueDate: Sendable, Equatable {
    public var instant: Date
    /// Years the count passed through whose holiday notice is not loaded, judged by
    /// weekends alone; empty when the answer rests on announced calendars only.
    public var assumedYears: [Int]
    /// The reasoning in Chinese, one step each, e.g. 「9月30日 周三 16:00 收到」,
    /// 「10月1日–10月7日 国庆节放假」, 「10月8日 周四 上班」, 「10月8日 16:00 到期」.
    public var steps: [String]

    public init(instant: Date, assumedYears: [Int], steps: [String]) {
        self.instant = instant
        self.assumedYears = assumedYears
        self.steps = steps
    }

    /// True when the due date may move once the missing years are announced.
    public var isAssumed: Bool { !assumedYears.isEmpty }

    /// The steps on one line, joined by arrows.
    public var explanation: String { steps.joined(separator: " → ") }

    /// What to tell people when the answer is only an assumption; nil when it is not.
    public var assumptionWarning: String? {
        guard isAssumed else { return nil }
        let years = assumedYears.map { "\($0) 年" }.joined(separator: "、")
        return "\(years)的节假日安排没有载入，只按周六周日休息推算，到期时间可能不准。"
            + "国务院办公厅公布安排后，请按 seeds/calendar/2026.toml 的格式补上该年的文件。"
    }
}
