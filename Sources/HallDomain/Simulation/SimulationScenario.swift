import Foundation

/// One kind of hall day to simulate: how many come when, for what, and how the customers
/// behave. Policies (guide, pre-filling, counters, priority) are not here but in
/// `SimulationPolicy`, so one scenario can be run under several of them. Every figure is an
/// assumption written down in the scenario file beside its reason.
public struct SimulationScenario: Sendable, Equatable {
    public var name: String
    /// The local day and time the hall opens; the simulated events carry these times.
    public var opening: Date
    /// Counters staffed when the policy does not say otherwise.
    public var counters: Int
    /// Arrivals expected in each hour after opening; arrivals stop when the list ends.
    public var arrivalsPerHour: [Double]
    /// Relative weight of each business type (by code) among customers who come to transact.
    public var businessMix: [String: Double]
    /// Share of customers who are 居民 (the rest are 非居民).
    public var residentialShare: Double
    /// Share of arrivals who only have a one-minute question.
    public var doorEnquiryShare: Double
    /// The business type such questions are recorded under (an `answerableAtDoor` one).
    public var doorEnquiryBusinessType: String
    /// Mean minutes one such question takes, at the door or at a counter.
    public var doorEnquiryMinutes: Double
    /// Share of transacting customers whose documents are incomplete.
    public var incompleteDocumentsShare: Double
    /// Mean minutes a counter spends before it finds a document missing.
    public var discoveryMinutes: Double
    /// Share of turned-away customers who fetch the documents and come back the same day.
    public var sameDayReturnShare: Double
    /// Mean minutes until they are back.
    public var returnDelayMinutes: Double
    /// Share of slip holders gone when called (they are re-called, then marked 过号).
    public var noShowShare: Double
    /// Minutes between calls of an absent customer's number.
    public var recallIntervalMinutes: Double
    /// Shares of customers entitled to the care priority and to the green channel.
    public var careShare: Double
    public var greenChannelShare: Double
    /// σ of the logarithm of service minutes: how far a service strays from its type's mean.
    public var serviceDispersion: Double
    /// Service minutes are multiplied by this when the forms were filled in while waiting.
    public var prefillFactor: Double
    /// When set, the mean counter minutes per arrival (door questions included) that the
    /// catalog's service times are scaled to, keeping their proportions; nil keeps the
    /// catalog's figures. A measured figure from the field beats the catalog's guesses.
    public var minutesPerArrival: Double?

    public init(name: String, opening: Date, counters: Int, arrivalsPerHour: [Double], businessMix: [String: Double],
                residentialShare: Double, doorEnquiryShare: Double, doorEnquiryBusinessType: String,
                doorEnquiryMinutes: Double, incompleteDocumentsShare: Double, discoveryMinutes: Double,
                sameDayReturnShare: Double, returnDelayMinutes: Double, noShowShare: Double,
                recallIntervalMinutes: Double, careShare: Double, greenChannelShare: Double,
                serviceDispersion: Double, prefillFactor: Double, minutesPerArrival: Double? = nil) {
        self.name = name
        self.opening = opening
        self.counters = counters
        self.arrivalsPerHour = arrivalsPerHour
        self.businessMix = businessMix
        self.residentialShare = residentialShare
        self.doorEnquiryShare = doorEnquiryShare
        self.doorEnquiryBusinessType = doorEnquiryBusinessType
        self.doorEnquiryMinutes = doorEnquiryMinutes
        self.incompleteDocumentsShare = incompleteDocumentsShare
        self.discoveryMinutes = discoveryMinutes
        self.sameDayReturnShare = sameDayReturnShare
        self.returnDelayMinutes = returnDelayMinutes
        self.noShowShare = noShowShare
        self.recallIntervalMinutes = recallIntervalMinutes
        self.careShare = careShare
        self.greenChannelShare = greenChannelShare
        self.serviceDispersion = serviceDispersion
        self.prefillFactor = prefillFactor
        self.minutesPerArrival = minutesPerArrival
    }

    /// Minutes from opening to the last arrival.
    public var openMinutes: Double { Double(arrivalsPerHour.count) * 60 }
}
