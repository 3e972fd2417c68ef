import HallDomain

/// What `simulate --json` prints: one object per policy run, minutes as numbers.
struct SimulationJSON: Encodable {
    var scenario: String
    /// The seed the customers were drawn from; absent when they were replayed from a trace.
    var seed: UInt64?
    /// The trace file replayed, if any.
    var trace: String?
    var runs: [Run]
    /// Where `--log` wrote the day, if it did.
    var log: Log?

    init(scenario: String, origin: SimulationOrigin, runs: [Run], log: Log?) {
        self.scenario = scenario
        switch origin {
        case .seed(let seed): self.seed = seed
        case .trace(let file, _): trace = file
        }
        self.runs = runs
        self.log = log
    }

    struct Run: Encodable {
        var guide: Bool
        var prefill: Bool
        var counters: Int
        var priority: Bool
        var visits: Int
        var sameDayReturns: Int
        var doorAnswers: Int
        var turnedAwayAtDoor: Int
        var slips: Int
        var served: Int
        var incompleteAtCounter: Int
        var noShows: Int
        var averageWait: Double
        var p90Wait: Double
        var maximumWait: Double
        var shareWithinTarget: Double
        var wastedCounterMinutes: Double
        var savedCounterMinutes: Double
        var utilisation: Double
        var lastServiceEnd: Double
        /// One per opening hour beside Erlang C; absent figures are left out.
        var hours: [HourStaffing]
        /// The share of customers who booked, and their slips' waits; absent without `--appointments`.
        var appointmentShare: Double?
        var appointments: Int?
        var appointmentAverageWait: Double?
        var appointmentP90Wait: Double?

        init(_ result: SimulationResult) {
            guide = result.policy.guide
            prefill = result.policy.prefill
            counters = result.policy.counters
            priority = result.policy.priority
            visits = result.visits
            sameDayReturns = result.sameDayReturns
            doorAnswers = result.doorAnswers
            turnedAwayAtDoor = result.turnedAwayAtDoor
            slips = result.slips
            served = result.served
            incompleteAtCounter = result.incompleteAtCounter
            noShows = result.noShows
            averageWait = result.waits.average
            p90Wait = result.waits.p90
            maximumWait = result.waits.maximum
            shareWithinTarget = result.waits.shareWithinTarget
            wastedCounterMinutes = result.wastedCounterMinutes
            savedCounterMinutes = result.savedCounterMinutes
            utilisation = result.utilisation
            lastServiceEnd = result.lastServiceEnd
            hours = result.hours
            if let waits = result.appointmentWaits {
                appointmentShare = result.policy.appointmentShare
                appointments = waits.count
                appointmentAverageWait = waits.average
                appointmentP90Wait = waits.p90
            }
        }
    }

    struct Log: Encodable {
        var folder: String
        var records: Int
        var head: String
        var addedCounters: [Int]

        init(_ written: SimulationLog) {
            folder = written.folder.path
            records = written.head.seq
            head = "\(written.head.seq):\(written.head.hash)"
            addedCounters = written.addedCounters.map(\.number)
        }
    }
}
