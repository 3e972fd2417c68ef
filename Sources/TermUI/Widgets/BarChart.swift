/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    /// The number as printed after the bar, e.g. `12` or `3.5分钟`.
    public var valueText: String

    public init(label: String, value: Double, valueText: String) {
        self.label = label
        self.value = value
        self.valueText = valueText
    }
}

/// Horizontal bars, one per row: `居民业务 ████████ 12`.
///
/// Labels share one column, as wide as the widest label up to a third of the width, so
/// bars start aligned even with Chinese labels. Bars scale to the largest value.
public struct BarChart: Hashable, Sendable {
    public var bars: [Bar]

    public init(_ bars: [Bar]) {
        self.bars = bars
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let labelWidth = min(bars.map(\.label.displayWidth).max() ?? 0, rect.width / 3)
        let valueWidth = bars.map(\.valueText.displayWidth).max() ?? 0
        let barRoom = max(0, rect.width - labelWidth - valueWidth - 2)
        let top = bars.map(\.value).max() ?? 0
        let block: Character = theme.borders.isASCII ? "#" : "█"
        for (row, bar) in bars.prefix(rect.height).enumerated() {
            let line = rect.row(row)
            buffer.fill(line)
            var x = buffer.put(TextFit.pad(bar.label, width: labelWidth), at: line.origin, clip: line) + 1
            let length = top > 0 ? Int((max(0, bar.value) / top * Double(barRoom)).rounded()) : 0
            x = buffer.put(String(repeating: block, count: length), at: Point(x: x, y: line.minY), role: .chart, clip: line)
            buffer.put(" " + bar.valueText, at: Point(x: x, y: line.minY), clip: line)
        }
    }
}
