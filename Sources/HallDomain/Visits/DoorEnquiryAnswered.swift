import Foundation

/// The guide answered an enquiry at the door; no slip was needed.
public struct DoorEnquiryAnswered: DayEvent {
    public static let type = "doorEnquiryAnswered"
    public static let version = 1

    public var businessDay: String
    public var utcOffsetSeconds: Int
    public var businessType: String
    public var customerKind: CustomerKind?

    public init(businessDay: String, utcOffsetSeconds: Int, businessType: String, customerKind: CustomerKind?) {
        self.businessDay = businessDay
        self.utcOffsetSeconds = utcOffsetSeconds
        self.businessType = businessType
        self.customerKind = customerKind
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.tally.doorAnswers.append(DoorAnswer(businessType: businessType, customerKind: customerKind, at: time))
        return true
    }
}
