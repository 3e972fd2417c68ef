import Foundation
import HallDomain

/// Bar charts as inline SVG, drawn from numbers alone so the HTML report needs no script
/// and no file beside it. Colours come from the page's CSS classes (`bar`, `bar marked`),
/// so a printer's monochrome still tells marked bars apart by the legend text too.
enum SVGBarChart {
    /// Long labels (categories) read best beside horizontal bars.
    static func horizontal(_ bars: [ChartBar], title: String) -> String {
        let rowHeight = 22, labelWidth = 150, barSpace = 330, width = 560
        let height = bars.count * rowHeight + 8
        let largest = max(bars.map(\.value).max() ?? 0, 1)
        var svg = open(width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let length = Int((bar.value / largest * Double(barSpace)).rounded())
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            svg += "<rect class=\"\(cssClass(bar))\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"/>"
            svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 15)\">\(HTMLText.escape(bar.valueText))</text>"
        }
        return svg + "</svg>"
    }

    /// Days and hours read left to right; `legend` explains the marked bars, if any.
    static func vertical(_ bars: [ChartBar], title: String, legend: String? = nil) -> String {
        let width = 680, plotTop = 20, plotHeight = 170, left = 10
        let slot = max(Double(width - 2 * left) / Double(max(bars.count, 1)), 1)
        let height = plotTop + plotHeight + 40
        let largest = max(bars.map(\.value).max() ?? 0, 1)
        var svg = open(width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let x = Double(left) + Double(index) * slot
            let length = bar.value / largest * Double(plotHeight)
            let top = Double(plotTop + plotHeight) - length
            let middle = format(x + slot / 2)
            svg += "<rect class=\"\(cssClass(bar))\" x=\"\(format(x + slot * 0.15))\" y=\"\(format(top))\" "
                + "width=\"\(format(slot * 0.7))\" height=\"\(format(length))\"/>"
            svg += "<text class=\"small\" x=\"\(middle)\" y=\"\(format(top - 3))\" text-anchor=\"middle\">\(HTMLText.escape(bar.valueText))</text>"
            svg += "<text class=\"small\" x=\"\(middle)\" y=\"\(plotTop + plotHeight + 14)\" text-anchor=\"middle\">\(HTMLText.escape(bar.label))</text>"
        }
        if let legend, bars.contains(where: \.marked) {
            svg += "<rect class=\"bar marked\" x=\"\(left)\" y=\"\(height - 16)\" width=\"12\" height=\"10\"/>"
            svg += "<text class=\"small\" x=\"\(left + 16)\" y=\"\(height - 7)\">\(HTMLText.escape(legend))</text>"
        }
        return svg + "</svg>"
    }

    private static func open(width: Int, height: Int, title: String) -> String {
        "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
            + "<title>\(HTMLText.escape(title))</title>"
    }

    private static func cssClass(_ bar: ChartBar) -> String { bar.marked ? "bar marked" : "bar" }

    /// One decimal place is finer than a printed pixel.
    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
