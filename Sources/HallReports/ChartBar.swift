/// One bar of a report chart: what it is, how long, what number to print on it, and
/// whether it stands out (a peak day).
struct ChartBar: Equatable {
    var label: String
    var value: Double
    var valueText: String
    var marked = false
}
