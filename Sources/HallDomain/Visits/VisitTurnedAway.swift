import Foundation

/// A customer whose documents were incomplete left with the one-time notice
/// (一次性告知单) listing exactly `missingDocuments` and the forms to bring.
public struct VisitTurnedAway: DayEvent {
    public static let type = "visitTurnedAway"
    public static let version = 1

    public var businessDay: String
    public var utcOffsetSeconds: Int
    public var businessType: String
    public var customerKind: CustomerKind
    /// In checklist order, as the notice prints them.
    public var missingDocuments: [String]
    public var formsToBring: [String]
    /// Given by the customer to be told when to come back; never copied into the state.
    public var phone: String?

    public init(businessDay: String, utcOffsetSeconds: Int, businessType: String, customerKind: CustomerKind,
                missingDocuments: [String], formsToBring: [String], phone: String?) {
        self.businessDay = businessDay
        self.utcOffsetSeconds = utcOffsetSeconds
        self.businessType = businessType
        self.customerKind = customerKind
        self.missingDocuments = missingDocuments
        self.formsToBring = formsToBring
        self.phone = phone
    }

    /// The notice handed to the customer, for printing.
    public var notice: MissingDocumentsNotice {
        MissingDocumentsNotice(businessType: businessType, customerKind: customerKind, missingDocuments: missingDocuments,
                               formsToBring: formsToBring)
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.tally.turnedAway.append(TurnedAwayVisit(businessType: businessType, customerKind: customerKind,
                                                    missingDocuments: missingDocuments, at: time))
        return true
    }
}
