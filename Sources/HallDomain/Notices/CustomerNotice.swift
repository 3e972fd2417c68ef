import Foundation

/// One message to a customer today, from its queueing to its delivery or its last failure.
/// The phone is not here: it stays in `HallDay.noticePhones`, read only by the sender.
public struct CustomerNotice: Sendable, Equatable, Codable {
    /// `A005-ahead`, `A005-called`, `A005-recalled-2`: a notice is queued once per id.
    public var id: String
    public var slip: String
    public var kind: NoticeKind
    public var text: String
    public var queuedAt: Date
    public var deliveredAt: Date?
    /// Failed hand-overs to the sender so far, and the last one's reason.
    public var failures: Int
    public var lastFailure: String?
    public var lastFailureAt: Date?

    public init(id: String, slip: String, kind: NoticeKind, text: String, queuedAt: Date) {
        self.id = id
        self.slip = slip
        self.kind = kind
        self.text = text
        self.queuedAt = queuedAt
        self.failures = 0
    }

    /// 已送达 / 待发送 / 发送失败 N 次.
    public var statusText: String {
        if deliveredAt != nil { return "已送达" }
        return failures == 0 ? "待发送" : "发送失败 \(failures) 次"
    }

    /// Whether the sender should be tried (again): not delivered and under `attempts` tries.
    public func isPending(attempts: Int) -> Bool {
        deliveredAt == nil && failures < attempts
    }
}
