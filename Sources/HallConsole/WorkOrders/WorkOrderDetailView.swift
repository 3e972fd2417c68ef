import TermUI

/// Draws a detail page from `scroll` down, clipped to its rectangle.
struct WorkOrderDetailView {
    var detail: WorkOrderDetail
    var scroll: Int

    func draw(into buffer: inout Buffer, in rect: Rect) {
        let lines = detail.lines(width: rect.width)
        let first = min(scroll, max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.put(line.0, at: Point(x: rect.minX, y: rect.minY + row), role: line.1, clip: rect)
        }
    }
}
