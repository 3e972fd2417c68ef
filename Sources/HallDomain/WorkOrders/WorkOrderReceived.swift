import Foundation

/// An order was taken in. The due instants were computed by `decide` on the working
/// calendar and are stored here (RFC 3339) so replay needs no calendar and never moves them.
/// Logged as 「workOrderRegistered」 (受理登记).
public struct WorkOrderReceived: WorkOrderEventBody {
    public static let type = "workOrderRegistered"
    public static let version = 1

    public var order: String
    public var kind: WorkOrderKind
    public var source: WorkOrderSource
    public var category: String
    /// The category's name when it was received, so the timeline reads 「服务态度」 even if
    /// the seeds later rename it; nil in logs from before it was recorded.
    public var categoryName: String?
    /// True when the category is major or someone flagged it by hand.
    public var major: Bool
    public var customer: Customer
    public var description: String
    public var hotlineNumber: String?
    public var firstContactDue: String?
    public var arrivalDue: String?
    public var replyDue: String?
    /// When the order was first taken in, if before it was logged here (an imported 95598 order).
    public var receivedAt: String?
    /// The earlier closed order this one repeats (重复诉求); nil in logs from before it was checked.
    public var repeatOf: String?
    /// The call centre's own category name of an order received as 待归类; nil otherwise
    /// and in logs from before it was kept.
    public var reportedCategory: String?
    /// The call centre's 业务类型 when it was none the hall knows (received on a complaint's clocks).
    public var reportedKind: String?

    public init(order: String, kind: WorkOrderKind, source: WorkOrderSource, category: String, major: Bool, customer: Customer,
                description: String, hotlineNumber: String?, firstContactDue: String?, arrivalDue: String?, replyDue: String?,
                receivedAt: String? = nil, categoryName: String? = nil, repeatOf: String? = nil,
                reportedCategory: String? = nil, reportedKind: String? = nil) {
        self.reportedKind = reportedKind
        self.order = order
        self.kind = kind
        self.source = source
        self.category = category
        self.major = major
        self.customer = customer
        self.description = description
        self.hotlineNumber = hotlineNumber
        self.firstContactDue = firstContactDue
        self.arrivalDue = arrivalDue
        self.replyDue = replyDue
        self.receivedAt = receivedAt
        self.categoryName = categoryName
        self.repeatOf = repeatOf
        self.reportedCategory = reportedCategory
    }

    public var event: WorkOrderEvent { .received(self) }

    /// 「受理：投诉·服务态度（95598 工单 95598-20260930-0001）」; a major or repeated order says so.
    public var summary: String {
        let origin = hotlineNumber.map { "95598 工单 \($0)" } ?? "来源：\(source.chineseName)"
        var line = "受理：\(kind.chineseName)·\(categoryName ?? category)（\(origin)）"
        if let reportedCategory { line += "，客服中心分类“\(reportedCategory)”" }
        if let reportedKind { line += "，" + WorkOrderKind.unconfirmedText(reported: reportedKind) }
        if description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { line += "，\(WorkOrder.emptyDescriptionMark)" }
        if major { line += "，重大诉求" }
        if let repeatOf { line += "，重复诉求（前单 \(repeatOf)）" }
        return line
    }

    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        var due: [WorkOrderDeadline: Date] = [:]
        due[.firstContact] = firstContactDue.flatMap(InstantText.date)
        due[.arrival] = arrivalDue.flatMap(InstantText.date)
        due[.reply] = replyDue.flatMap(InstantText.date)
        var received = WorkOrder(number: order, kind: kind, source: source, category: category, major: major,
                                 customer: customer, description: description, hotlineNumber: hotlineNumber,
                                 receivedAt: receivedAt.flatMap(InstantText.date) ?? time, receivedBy: actor, due: due)
        received.repeatOf = repeatOf
        received.categoryName = categoryName
        received.reportedCategory = reportedCategory
        received.reportedKind = reportedKind
        received.history = [WorkOrderHistoryEntry(time: time, actor: actor, event: event)]
        book.append(received)
        return true
    }
}
