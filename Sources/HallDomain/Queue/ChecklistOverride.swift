/// A manager's approval to issue a slip although documents are missing (e.g. a document
/// the customer will bring to the counter within the hour). It must name who approved and
/// why, because it shows in reports.
public struct ChecklistOverride: Sendable, Equatable, Codable {
    /// The staff id of a roster member with the manager role.
    public var approvedBy: String
    public var reason: String

    public init(approvedBy: String, reason: String) {
        self.approvedBy = approvedBy
        self.reason = reason
    }
}

/// An override as the log records it: the approval plus what was missing at the time.
public struct ChecklistOverrideRecord: Sendable, Equatable, Codable {
    public var approvedBy: String
    public var reason: String
    public var missingDocuments: [String]

    public init(approvedBy: String, reason: String, missingDocuments: [String]) {
        self.approvedBy = approvedBy
        self.reason = reason
        self.missingDocuments = missingDocuments
    }
}

extension ChecklistOverrideRecord {
    /// The override in a `slipIssued` body, for `SlipIssued.read`.
    static func read(_ reader: inout BodyReader) -> ChecklistOverrideRecord? {
        var approvedBy: String?, reason: String?, missingDocuments: [String]?
        guard reader.object({ reader, key in
            if key == "approvedBy" { return reader.once(&approvedBy) { $0.string() } }
            if key == "reason" { return reader.once(&reason) { $0.string() } }
            if key == "missingDocuments" { return reader.once(&missingDocuments) { $0.array { $0.string() } } }
            return false
        }), let approvedBy, let reason, let missingDocuments else { return nil }
        return ChecklistOverrideRecord(approvedBy: approvedBy, reason: reason, missingDocuments: missingDocuments)
    }
}
