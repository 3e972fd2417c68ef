import Foundation

/// What is taken down when an order is received. `markedMajor` is the hand flag for a
/// matter the category does not make major (e.g. a complaint a reporter is asking about).
/// `receivedAt` is set when the order was taken in elsewhere first (the 95598 call centre):
/// its deadlines run from then, not from when it reached this station.
public struct WorkOrderIntake: Sendable, Equatable {
    public var kind: WorkOrderKind
    public var source: WorkOrderSource
    public var category: String
    public var customer: Customer
    public var description: String
    public var hotlineNumber: String?
    public var markedMajor: Bool
    public var receivedAt: Date?
    /// The category as the call centre named it, when no code, name or alias matched and
    /// the order comes in as 待归类: kept so the coordinator sees what to classify it as.
    public var reportedCategory: String?
    /// The call centre's 业务类型 when it named none of the seven kinds: the order comes in
    /// all the same, on a complaint's deadlines (`WorkOrderKind.unrecognisedHotlineKind`), marked 待核.
    public var reportedKind: String?

    public init(kind: WorkOrderKind, source: WorkOrderSource, category: String, customer: Customer, description: String,
                hotlineNumber: String? = nil, markedMajor: Bool = false, receivedAt: Date? = nil, reportedCategory: String? = nil,
                reportedKind: String? = nil) {
        self.reportedKind = reportedKind
        self.kind = kind
        self.source = source
        self.category = category
        self.customer = customer
        self.description = description
        self.hotlineNumber = hotlineNumber
        self.markedMajor = markedMajor
        self.receivedAt = receivedAt
        self.reportedCategory = reportedCategory
    }
}
