/// The counter-side limits a hall configures in `hall.toml`.
public struct QueueRules: Sendable, Equatable, Codable {
    /// How many times a clerk may re-call a slip before marking it a no-show.
    public var recallLimit: Int
    /// How long a no-show slip can be reinstated, in minutes after it was marked.
    public var reinstateMinutes: Int
    public var priority: PriorityRule
    /// Slots, check-in window and capacity of the appointment book (预约).
    public var appointments: AppointmentRules

    public init(recallLimit: Int, reinstateMinutes: Int, priority: PriorityRule, appointments: AppointmentRules = .standard) {
        self.recallLimit = recallLimit
        self.reinstateMinutes = reinstateMinutes
        self.priority = priority
        self.appointments = appointments
    }

    /// A catalog stored before appointments existed decodes with the standard figures.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        recallLimit = try container.decode(Int.self, forKey: .recallLimit)
        reinstateMinutes = try container.decode(Int.self, forKey: .reinstateMinutes)
        priority = try container.decode(PriorityRule.self, forKey: .priority)
        appointments = try container.decodeIfPresent(AppointmentRules.self, forKey: .appointments) ?? .standard
    }
}
