import Foundation

/// Replays a log and asks every predictor, at each slip's issue, what it would have told
/// that customer; when the slip is first called the real wait is known. The result puts
/// the predictors' errors side by side, per queue and overall.
public struct PredictionEvaluation {
    public struct Figures: Sendable, Equatable, Codable {
        public var method: String
        public var queue: String?
        public var slips: Int
        public var medianAbsoluteErrorMinutes: Double?
        public var withinFiveMinutes: Double?
        public var meanErrorMinutes: Double?
    }

    private let predictors: [any WaitPredictor]
    private let catalog: Catalog
    private var state = HallState.initial
    /// Per slip (business day + number): what each predictor said, in `predictors` order.
    private var told: [String: (queue: String, minutes: [Double], issuedAt: Date)] = [:]
    private var errors: [String: [(queue: String, error: Double)]] = [:]

    public init(predictors: [any WaitPredictor], catalog: Catalog) {
        self.predictors = predictors
        self.catalog = catalog
    }

    public mutating func add(_ recorded: RecordedEvent) {
        switch recorded.event {
        case .slipIssued(let slip):
            let day = state.today.businessDay == slip.businessDay ? state.today : HallDay(businessDay: slip.businessDay)
            let said = predictors.map {
                $0.predict(queue: slip.queue, priority: slip.priority, day: day, catalog: catalog, now: recorded.time).expectedMinutes
            }
            told[slip.businessDay + slip.number] = (slip.queue, said, recorded.time)
        case .slipCalled(let call):
            if let said = told.removeValue(forKey: call.businessDay + call.slip) {
                let wait = ElapsedMinutes.between(said.issuedAt, recorded.time)
                for (predictor, minutes) in zip(predictors, said.minutes) {
                    errors[predictor.method, default: []].append((said.queue, minutes - wait))
                }
            }
        default:
            break
        }
        state.evolve(by: recorded)
    }

    /// One row per predictor overall, then per predictor and queue.
    public var figures: [Figures] {
        predictors.flatMap { predictor -> [Figures] in
            let all = errors[predictor.method] ?? []
            let queues = Set(all.map(\.queue)).sorted()
            return [Self.figures(predictor.method, nil, all.map(\.error))]
                + queues.map { queue in Self.figures(predictor.method, queue, all.filter { $0.queue == queue }.map(\.error)) }
        }
    }

    /// Median and share within ±5 minutes as the monthly report counts them (`EstimateFigures`), plus the bias.
    static func figures(_ method: String, _ queue: String?, _ errors: [Double]) -> Figures {
        let accuracy = EstimateFigures(queue: queue ?? "", errors: errors.map(abs))
        return Figures(method: method, queue: queue, slips: accuracy.slips, medianAbsoluteErrorMinutes: accuracy.medianAbsoluteErrorMinutes,
                       withinFiveMinutes: accuracy.withinFiveMinutes,
                       meanErrorMinutes: errors.isEmpty ? nil : errors.reduce(0, +) / Double(errors.count))
    }
}
