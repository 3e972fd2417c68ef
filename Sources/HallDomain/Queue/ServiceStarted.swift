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
        var businessDay: String?, slip: String?, counter: Int?, clerk: String?
        guard reader.object({ reader, key in
            if key == "businessDay" { return reader.once(&businessDay) { $0.string() } }
            if key == "slip" { return reader.once(&slip) { $0.string() } }
            if key == "counter" { return reader.once(&counter) { $0.integer() } }
            if key == "clerk" { return reader.once(&clerk) { $0.string() } }
            return false
        }), let businessDay, let slip, let counter, let clerk else { return nil }
        return ServiceStarted(businessDay: businessDay, slip: slip, counter: counter, clerk: clerk)
    }
}
