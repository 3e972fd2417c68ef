/// The questions the guide pane can ask over its form; while one is open it takes every key.
enum GuideDialog: Sendable, Equatable {
    case override(OverrideDialog)
    /// The slip number whose forms were filled in while the customer waited.
    case prefill(Prompt)
    /// F11: today's appointments awaiting check-in.
    case appointments(AppointmentPicker)
}
