import Foundation

/// What the hall asks of a figure (issue 16's goals): a bound in the figure's own unit.
enum Goal {
    case atMost(Double)
    case atLeast(Double)

    func isMet(by value: Double) -> Bool {
        switch self {
        case .atMost(let bound): value <= bound
        case .atLeast(let bound): value >= bound
        }
    }

    func text(_ unit: String) -> String {
        switch self {
        case .atMost(let bound): "≤ \(format(bound, bound < 10 ? 1 : 0)) \(unit)"
        case .atLeast(let bound): "≥ \(format(bound, bound < 10 ? 1 : 0)) \(unit)"
        }
    }
}

/// One measured figure: printed as `name value unit` as soon as it is known, and kept so
/// that docs/benchmarks.md shows exactly what was printed.
struct Figure {
    var name: String
    var value: Double
    var digits: Int
    var unit: String
    /// What was measured and how, for the table in docs/benchmarks.md.
    var meaning: String
    var goal: Goal?

    /// 「met」 or 「MISSED」 beside the goal, or nothing when the figure has none.
    var verdict: String {
        guard let goal else { return "" }
        return goal.isMet(by: value) ? "met" : "MISSED"
    }

    var line: String {
        "\(name) \(format(value, digits)) \(unit)" + (goal.map { " (goal \($0.text(unit)): \(verdict))" } ?? "")
    }
}

/// The figures of one run, in the order they were measured.
final class Figures {
    private(set) var all: [Figure] = []

    @discardableResult
    func add(_ name: String, _ value: Double, _ unit: String, digits: Int = 1, _ meaning: String, goal: Goal? = nil) -> Double {
        let figure = Figure(name: name, value: value, digits: digits, unit: unit, meaning: meaning, goal: goal)
        all.append(figure)
        // Unbuffered, so a pipe or a file sees each figure as soon as it is measured.
        FileHandle.standardOutput.write(Data((figure.line + "\n").utf8))
        return value
    }

    func value(_ name: String) -> Double? {
        all.first { $0.name == name }?.value
    }
}
