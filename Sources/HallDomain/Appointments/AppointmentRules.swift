/// The hall's appointment figures, from `[appointments]` of `hall.toml`. None of them comes
/// from the sources (the Shunde practice has no appointment book): each is the hall's
/// choice, and the defaults are a half-hour slot, a check-in window from 15 minutes before
/// to 10 minutes after the slot starts, and four appointments a slot.
public struct AppointmentRules: Sendable, Equatable, Codable {
    /// The length of a slot when a booking names only its start.
    public var slotMinutes: Int
    /// How early before the slot's start a customer may check in.
    public var checkInEarlyMinutes: Int
    /// How late after the slot's start a customer may still check in; after that the
    /// appointment is missed (失约) and the customer takes an ordinary slip.
    public var checkInLateMinutes: Int
    /// How many appointments one slot of one day may hold.
    public var capacityPerSlot: Int

    public static let standard = AppointmentRules(slotMinutes: 30, checkInEarlyMinutes: 15, checkInLateMinutes: 10,
                                                  capacityPerSlot: 4)

    public init(slotMinutes: Int, checkInEarlyMinutes: Int, checkInLateMinutes: Int, capacityPerSlot: Int) {
        self.slotMinutes = slotMinutes
        self.checkInEarlyMinutes = checkInEarlyMinutes
        self.checkInLateMinutes = checkInLateMinutes
        self.capacityPerSlot = capacityPerSlot
    }
}
