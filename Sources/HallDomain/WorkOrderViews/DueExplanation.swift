import Foundation

/// Why an order's deadline falls when it does, counted again on the calendar from the
/// receipt (a reopened reply's, from the 不满意 follow-up). The due instant stored at receipt is what counts; if the calendar or the
/// deadlines have been edited since, the explanation says the two now differ.
public struct DueExplanation: Sendable, Equatable {
    public var deadline: WorkOrderDeadline
    public var due: Date
    /// The calendar's steps, e.g. 「9月30日 周三 16:00 收到 → 10月1日–10月7日 国庆节放假 → …」.
    public var steps: [String]
    /// Set when the steps were counted on a year whose holidays are not loaded.
    public var assumptionWarning: String?
    /// Set when counting again under today's settings gives another instant than the one stored.
    public var differsFromStored: Date?

    public static func explain(_ order: WorkOrder, _ deadline: WorkOrderDeadline, settings: WorkOrderSettings) -> DueExplanation? {
        guard let due = order.due[deadline] else { return nil }
        guard let clock = order.clock(for: deadline, settings: settings) else {
            return DueExplanation(deadline: deadline, due: due, steps: ["受理时按当时的时限设置记下；现行设置已没有这项时限"],
                                  assumptionWarning: nil, differsFromStored: nil)
        }
        let start = deadline == .reopenedReply ? order.reopenedAt ?? order.receivedAt : order.receivedAt
        let counted = settings.calendar.due(from: start, clock: clock)
        return DueExplanation(deadline: deadline, due: due, steps: counted.steps, assumptionWarning: counted.assumptionWarning,
                              differsFromStored: abs(counted.instant.timeIntervalSince(due)) < 1 ? nil : counted.instant)
    }
}
