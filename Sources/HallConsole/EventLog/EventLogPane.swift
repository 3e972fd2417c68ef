import HallDomain
import TermUI

/// The newest records of the log, one a line, for operators who want to see what the
/// hall is doing right now; the selected record whole under the list when its line is cut.
struct EventLogPane {
    var records: [RecordedEvent]
    var model: EventLogPaneModel

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        guard !records.isEmpty else {
            buffer.put("日志里还没有记录。每一个操作都会在这里出现。", at: Point(x: rect.minX + 1, y: rect.minY), role: .muted, clip: rect)
            return
        }
        let columns = [
            TableColumn("序号", width: 8, alignment: .trailing),
            TableColumn("时间", width: 19),
            TableColumn("操作人", width: 10),
            TableColumn("终端", width: 10),
            TableColumn("事件", width: max(10, rect.width - 8 - 19 - 10 - 10 - 5)),
        ]
        let rows = records.map { record in
            [String(record.seq), ReadableTime.of(record.timestamp), record.actor, record.terminal,
             EventLogLine.text(for: record.event)]
        }
        let selection = min(model.selection ?? records.count - 1, records.count - 1)
        let table = TableView(columns: columns, rows: rows, selection: selection)
        // A description longer than its column is cut in the list; the selected one is then
        // shown whole under it, so ↑↓ reads any record to the end.
        let description = rows[selection][4]
        let detail = description.displayWidth > columns[4].width ? TextFit.wrap("第 \(records[selection].seq) 条：" + description, width: max(1, rect.width - 2)) : []
        let detailRows = detail.isEmpty ? 0 : min(detail.count, max(0, rect.height / 3)) + 1
        table.draw(into: &buffer, in: Rect(x: rect.minX, y: rect.minY, width: rect.width, height: rect.height - detailRows), theme: theme)
        for (row, line) in detail.prefix(max(0, detailRows - 1)).enumerated() {
            buffer.put(line, at: Point(x: rect.minX + 1, y: rect.maxY - detailRows + 1 + row), role: .title, clip: rect)
        }
    }
}
