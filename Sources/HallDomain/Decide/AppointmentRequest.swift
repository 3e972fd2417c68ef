/// An appointment as staff or a CSV row ask for it, before the book checks it.
public struct AppointmentRequest: Sendable, Equatable {
    /// `yyyy-MM-dd`.
    public var day: String
    /// `HH:MM`.
    public var start: String
    /// `HH:MM`; nil for a slot of the hall's length (`slotMinutes`).
    public var end: String?
    /// A business type code of the catalogue.
    public var businessType: String
    public var name: String
    public var phone: String
    public var source: AppointmentSource
    /// The line of the imported file it came from, for the refusal; nil when typed.
    public var line: Int?

    public init(day: String, start: String, end: String?, businessType: String, name: String, phone: String,
                source: AppointmentSource, line: Int? = nil) {
        self.day = day
        self.start = start
        self.end = end
        self.businessType = businessType
        self.name = name
        self.phone = phone
        self.source = source
        self.line = line
    }
}
