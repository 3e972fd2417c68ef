import HallDomain
import TermUI

/// The public calling board for the hall's TV: the newest call in block digits with the
/// sentence under it, the calls before it, each queue's waiting count and expected wait,
/// and the hall's notice. A pure drawing of what it is given: `halldesk display` feeds it
/// from the log, the tests from a fixed morning.
///
/// It has no keys and no cursor; everything scales with the screen, from 80×24 up to a
/// 1080p console (240×67), where the number takes most of the height.
public struct DisplayBoard: Sendable, Equatable {
    public var hallName: String
    /// Local time to the minute, already formatted.
    public var clock: String
    /// Newest first; the first is drawn large, the next `historyCount` listed.
    public var calls: [BoardCall]
    public var queues: [QueueSummary]
    /// The `[display] notice` line of hall.toml; nil when the hall set none.
    public var notice: String?

    /// How many calls before the newest the board lists.
    public static let historyCount = 6

    public init(hallName: String, clock: String, calls: [BoardCall], queues: [QueueSummary], notice: String?) {
        self.hallName = hallName
        self.clock = clock
        self.calls = calls
        self.queues = queues
        self.notice = notice
    }

    public static func render(_ board: DisplayBoard, size: Size, theme: Theme) -> Buffer {
        var buffer = Buffer(size: size)
        board.draw(into: &buffer, theme: theme)
        return buffer
    }

    func draw(into buffer: inout Buffer, theme: Theme) {
        let size = buffer.size
        guard size.width > 0, size.height > 0 else { return }
        drawHeader(into: &buffer)
        let listRows = 1 + max(Self.historyCount, queues.count)
        let listTop = max(1, size.height - 1 - listRows)
        drawNewest(into: &buffer, in: Rect(x: 0, y: 1, width: size.width, height: max(0, listTop - 2)), theme: theme)
        let rule = String(repeating: theme.borders.horizontal, count: size.width)
        buffer.put(rule, at: Point(x: 0, y: listTop - 1), role: .border)
        let split = size.width * 2 / 5
        drawHistory(into: &buffer, in: Rect(x: 1, y: listTop, width: split - 2, height: listRows))
        drawQueues(into: &buffer, in: Rect(x: split + 1, y: listTop, width: size.width - split - 2, height: listRows))
        if size.height > 1 {
            let line = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            buffer.fill(line, role: .status)
            buffer.put(TextFit.fit(notice.map { " " + $0 } ?? "", width: line.width), at: line.origin, role: .status, clip: line)
        }
    }

    private func drawHeader(into buffer: inout Buffer) {
        let line = Rect(x: 0, y: 0, width: buffer.size.width, height: 1)
        buffer.fill(line, role: .status)
        let clockWidth = DisplayWidth.of(clock)
        buffer.put(TextFit.fit(" " + hallName + " · 叫号", width: max(0, line.width - clockWidth - 2)), at: line.origin, role: .status, clip: line)
        buffer.put(clock, at: Point(x: line.maxX - clockWidth - 1, y: 0), role: .status, clip: line)
    }

    /// The newest number as large as the area allows (a font cell at most twice as wide
    /// as tall, as the number would look on paper), the sentence centred below it.
    private func drawNewest(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        guard area.height > 0 else { return }
        guard let newest = calls.first else {
            let text = "暂无叫号 · 请留意本屏与语音广播"
            buffer.put(text, at: Point(x: area.minX + max(0, (area.width - DisplayWidth.of(text)) / 2), y: area.minY + area.height / 2),
                       role: .muted, clip: area)
            return
        }
        let sentence = newest.announcement.boardText
        let unitWidth = BlockFont.width(of: newest.slip, scaleX: 1)
        let fitX = max(1, (area.width - 4) / max(1, unitWidth))
        let fitY = max(1, (area.height - 2) / BlockFont.rows)
        let scaleY = min(fitY, fitX)
        let scaleX = min(fitX, scaleY * 2)
        let bigWidth = BlockFont.width(of: newest.slip, scaleX: scaleX)
        let bigHeight = BlockFont.rows * scaleY
        let top = area.minY + max(0, (area.height - bigHeight - 2) / 2)
        let block: Character = theme.borders == .ascii ? "#" : "█"
        // The scales were chosen to fit `area`, so the number never spills over the lists.
        BlockFont.draw(newest.slip, at: Point(x: area.minX + max(0, (area.width - bigWidth) / 2), y: top), scaleX: scaleX, scaleY: scaleY,
                       block: block, role: .title, into: &buffer)
        let sentenceY = min(area.maxY - 1, top + bigHeight + 1)
        buffer.put(sentence, at: Point(x: area.minX + max(0, (area.width - DisplayWidth.of(sentence)) / 2), y: sentenceY),
                   role: newest.recalls > 0 ? .warning : .title, emphasis: .bold, clip: area)
    }

    private func drawHistory(into buffer: inout Buffer, in area: Rect) {
        guard area.width > 0 else { return }
        buffer.put(TextFit.fit("最近叫号", width: area.width), at: area.origin, role: .header, clip: area)
        for (row, call) in calls.dropFirst().prefix(Self.historyCount).enumerated() {
            let text = "\(call.slip)  →  \(call.counter) 号窗口" + (call.recalls > 0 ? "  再次呼叫" : "")
            buffer.put(TextFit.fit(text, width: area.width), at: Point(x: area.minX, y: area.minY + 1 + row), clip: area)
        }
    }

    private func drawQueues(into buffer: inout Buffer, in area: Rect) {
        guard area.width > 0 else { return }
        buffer.put(TextFit.fit("各队等候", width: area.width), at: area.origin, role: .header, clip: area)
        for (row, queue) in queues.enumerated() where row + 1 < area.height {
            let text = "\(queue.letter) \(queue.name)  等候 \(queue.waiting) 人  \(queue.expectedWait.chineseText)"
            buffer.put(TextFit.fit(text, width: area.width), at: Point(x: area.minX, y: area.minY + 1 + row), role: .waiting, clip: area)
        }
    }
}
