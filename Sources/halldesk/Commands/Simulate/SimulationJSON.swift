import HallDomain

/// What `simulate --json` prints: one object per policy run, minutes as numbers.
struct SimulationJSON: Encodable {
    var scenario: String
    var seed: UInt64
    var runs: [Run]

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
        }
    }
}
