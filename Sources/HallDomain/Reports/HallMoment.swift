/// Where a hall event falls in the report: its business day and local hour.
struct HallMoment: Hashable {
    var day: CalendarDay
    var hour: Int
}
