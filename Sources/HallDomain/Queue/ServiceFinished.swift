import Foundation

/// The counter finished the slip's business. Its service time (from the start, or from the
/// call when the clerk skipped "start") teaches the day's typical service minutes.
public struct ServiceFinished: DayEvent {
    public static let type = "serviceFinished"
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
        var learned: (businessType: String, minutes: Double, start: Date)?
        let found = day.updateSlip(slip) { slip in
            slip.status = .finished
            slip.finishedAt = time
            if let minutes = slip.serviceMinutes, let start = slip.startedAt ?? slip.calledAt {
                learned = (slip.businessType, minutes, start)
            }
        }
        if let learned {
            day.serviceTimes.learn(businessType: learned.businessType, minutes: learned.minutes, hour: day.localHour(of: learned.start))
        }
        day.updateCounter(counter) {
            if $0.slipInHand == slip { $0.slipInHand = nil }
            $0.servedToday += 1
        }
        return found
    }
}

extension ServiceFinished: ReadableBody {
    static func read(_ reader: inout BodyReader) -> ServiceFinished? {
        reader.serviceAtCounter(ServiceFinished.init)
    }
}
