/// One customer walking in, with everything chance decides about them drawn in advance, so
/// that every policy meets the same customers (common random numbers) and a recorded day
/// can be replayed instead of a generated one.
public struct SimulatedArrival: Sendable, Equatable {
    /// Minutes after opening.
    public var minute: Double
    public var businessType: String
    public var customerKind: CustomerKind
    public var documentsComplete: Bool
    /// Only a one-minute question, which a guide answers at the door.
    public var answerableAtDoor: Bool
    /// Minutes at the counter without pre-filled forms.
    public var serviceMinutes: Double
    /// Minutes a counter would lose finding the documents incomplete.
    public var discoveryMinutes: Double
    public var priority: PriorityClass?
    /// Gone when their number is called.
    public var noShow: Bool
    /// Minutes after being turned away until they come back with the documents; nil when
    /// they come another day.
    public var returnAfterMinutes: Double?

    public init(minute: Double, businessType: String, customerKind: CustomerKind, documentsComplete: Bool,
                answerableAtDoor: Bool, serviceMinutes: Double, discoveryMinutes: Double, priority: PriorityClass?,
                noShow: Bool, returnAfterMinutes: Double?) {
        self.minute = minute
        self.businessType = businessType
        self.customerKind = customerKind
        self.documentsComplete = documentsComplete
        self.answerableAtDoor = answerableAtDoor
        self.serviceMinutes = serviceMinutes
        self.discoveryMinutes = discoveryMinutes
        self.priority = priority
        self.noShow = noShow
        self.returnAfterMinutes = returnAfterMinutes
    }
}
