import Foundation

/// One measured figure: printed as `name value unit` as soon as it is known, and kept so
/// that docs/benchmarks.md shows exactly what was printed.
struct Figure {
    var name: String
    var value: Double
    var digits: Int
    var unit: String
    /// What was measured and how, for the table in docs/benchmarks.md.
    var meaning: String

    var line: String { "\(name) \(format(value, digits)) \(unit)" }
}

/// The figures of one run, in the order they were measured.
final class Figures {
    private(set) var all: [Figure] = []

    @discardableResult
    func add(_ name: String, _ value: Double, _ unit: String, digits: Int = 1, _ meaning: String) -> Double {
        let figure = Figure(name: name, value: value, digits: digits, unit: unit, meaning: meaning)
        all.append(figure)
        // Unbuffered, so a pipe or a file sees each figure as soon as it is measured.
        FileHandle.standardOutput.write(Data((figure.line + "\n").utf8))
        return value
    }

    func value(_ name: String) -> Double? {
        all.first { $0.name == name }?.value
    }
}
