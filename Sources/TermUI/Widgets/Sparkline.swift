/// A one-row chart of recent values (e.g. visitors per quarter hour): `▁▃▅█▆`.
///
/// Values are scaled from 0 to the largest value, so an empty period shows the lowest
/// level. The newest values are kept when there are more than columns.
public struct Sparkline: Hashable, Sendable {
    public var values: [Double]

    public static let blockLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let asciiLevels: [Character] = ["_", ".", "-", "=", "+", "*", "#", "@"]

    public init(_ values: [Double]) {
        self.values = values
    }

    /// The chart as text for `width` columns using the given levels.
    public func text(width: Int, levels: [Character] = Sparkline.blockLevels) -> String {
        let shown = values.suffix(max(0, width))
        let top = shown.max() ?? 0
        return String(shown.map { value in
            guard top > 0, value > 0 else { return levels[0] }
            let level = Int((value / top * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, level))]
        })
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        let levels = theme.borders.isASCII ? Self.asciiLevels : Self.blockLevels
        buffer.put(text(width: line.width, levels: levels), at: line.origin, role: .chart, clip: line)
    }
}
