import HallDomain
import TermUI

/// The newest records of the log, one a line, for operators who want to see what the
/// hall is doing right now.
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
        let table = TableView(columns: columns, rows: rows, selection: model.selection ?? records.count - 1)
        table.draw(into: &buffer, in: rect, theme: theme)
    }
}
