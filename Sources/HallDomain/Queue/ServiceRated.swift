import Foundation

/// The customer rated a finished service. Names the clerk who served (the one holding the
/// counter when it was rated, who finished it), so the month report can count per clerk
/// and per counter without replaying who held which counter when.
public struct ServiceRated: DayEvent {
    public static let type = "serviceRated"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var counter: Int
    public var clerk: String
    public var rating: ServiceRating
    public var source: RatingSource

    public init(businessDay: String, slip: String, counter: Int, clerk: String, rating: ServiceRating, source: RatingSource) {
        self.businessDay = businessDay
        self.slip = slip
        self.counter = counter
        self.clerk = clerk
        self.rating = rating
        self.source = source
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateSlip(slip) { $0.rating = rating }
    }
}
