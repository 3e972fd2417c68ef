/// Why a day is, or is not, a working day.
public enum DayStatus: Sendable, Equatable {
    /// Monday to Friday with nothing announced.
    case weekday
    /// Saturday or Sunday with nothing announced.
    case weekend
    /// A day off of the named festival.
    case holiday(festival: String)
    /// A weekend day worked because of the named festival (调休上班).
    case makeUpWorkday(festival: String)

    public var isWorkingDay: Bool {
        switch self {
        case .weekday, .makeUpWorkday: return true
        case .weekend, .holiday: return false
        }
    }
}
