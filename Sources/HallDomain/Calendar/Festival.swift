/// One festival of a year's holiday notice: the days off and the weekend days worked in
/// exchange (调休上班), as the State Council lists them.
public struct Festival: Sendable, Equatable {
    /// As the notice names it: 元旦, 春节, 国庆节…
    public var name: String
    /// Every day off, weekend days within the break included.
    public var holidays: [CalendarDay]
    /// Weekend days that are working days because of this festival's arrangement.
    public var makeUpWorkdays: [CalendarDay]

    public init(name: String, holidays: [CalendarDay], makeUpWorkdays: [CalendarDay]) {
        self.name = name
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }
}
