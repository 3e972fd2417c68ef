/// What the one-time notice (一次性告知单) tells a customer: every missing document at
/// once, so that they need come back only once.
public struct MissingDocumentsNotice: Sendable, Equatable {
    public var businessType: String
    public var customerKind: CustomerKind
    public var missingDocuments: [String]
    public var formsToBring: [String]

    public init(businessType: String, customerKind: CustomerKind, missingDocuments: [String], formsToBring: [String]) {
        self.businessType = businessType
        self.customerKind = customerKind
        self.missingDocuments = missingDocuments
        self.formsToBring = formsToBring
    }

    /// The checklist minus what was presented, in checklist order.
    public static func missing(checklist: [String], presented: [String]) -> [String] {
        checklist.filter { !presented.contains($0) }
    }
}
