import Foundation

/// An enquiry answered at the door, without a slip.
public struct DoorAnswer: Sendable, Equatable, Codable {
    public var businessType: String
    public var customerKind: CustomerKind?
    public var at: Date

    public init(businessType: String, customerKind: CustomerKind?, at: Date) {
        self.businessType = businessType
        self.customerKind = customerKind
        self.at = at
    }
}
