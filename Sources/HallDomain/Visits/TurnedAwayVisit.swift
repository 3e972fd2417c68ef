import Foundation

/// A visit sent home with a missing-documents notice. The phone number stays in the event
/// only: the state (and so every screen and snapshot) holds no personal data.
public struct TurnedAwayVisit: Sendable, Equatable, Codable {
    public var businessType: String
    public var customerKind: CustomerKind
    public var missingDocuments: [String]
    public var at: Date

    public init(businessType: String, customerKind: CustomerKind, missingDocuments: [String], at: Date) {
        self.businessType = businessType
        self.customerKind = customerKind
        self.missingDocuments = missingDocuments
        self.at = at
    }
}
