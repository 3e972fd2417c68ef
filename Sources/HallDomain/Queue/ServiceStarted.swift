import Foundation

/// The called customer sat down at the counter.
public struct ServiceStarted: DayEvent {
    public static let type = "serviceStarted"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var counter: Int
    public var clerk: String

    public init(businessDay: String, slip: String, counter: Int, clerk: String) {
        self.businessDay = businessDay
        self.slip = slip
        self.counter = counter
        self.clerk = clerk
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateSlip(slip) {
            $0.status = .serving
            $0.startedAt = time
        }
    }
}

extension ServiceStarted: ReadableBody {
    static func read(_ reader: inout BodyReader) -> ServiceStarted? {
        reader.serviceAtCounter(ServiceStarted.init)
    }
}
