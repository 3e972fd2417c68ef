import HallStore

/// What `halldesk import 95598` prints: a few Chinese lines for the coordinator, or one
/// JSON object for scripts. Both say whether anything was written.
struct ImportSummary {
    var file: String
    var export: HotlineExport
    var outcome: ImportOutcome
    var written: Bool
    var dryRun: Bool
    /// Whether `--skip-bad` was given: with bad rows, it decides what a real run writes.
    var skipBad: Bool

    private struct JSON: Encodable {
        var file: String
        var encoding: String
        var written: Bool
        var dryRun: Bool
        var imported: [ImportOutcome.Imported]
        var skipped: [ImportOutcome.Skipped]
        var bad: [Problem]
        var warnings: [Note]
        /// Orders received as 待归类, and orders of another station's territory (非本所属地).
        var unclassified: Int
        var outsideStation: Int
    }

    private struct Problem: Encodable {
        var line: Int
        var reason: String
    }

    private struct Note: Encodable {
        var line: Int
        var message: String
    }

    var json: String {
        JSONLine.encode(JSON(file: file, encoding: export.encoding.rawValue, written: written, dryRun: dryRun, imported: outcome.imported,
                             skipped: outcome.skipped, bad: outcome.bad.map { Problem(line: $0.line, reason: $0.reason) },
                             warnings: export.notes.map { Note(line: $0.line, message: $0.message) },
                             unclassified: outcome.unclassifiedCount, outsideStation: outcome.outsideCount))
    }

    /// Re-importing a day's export skips every row; the count says it, a few numbers show which.
    private static let listedSkips = 10

    var lines: [String] {
        var lines = ["\(file)：\(export.rows.count) 行工单，编码 \(export.encoding.chineseName)。"]
        let count = outcome.imported.count
        if let range = outcome.orderRange {
            // Numbers only for what was written or a dry run asked for: an import held back
            // by bad rows gets its numbers when it is run again.
            lines.append(written ? "已导入 \(count) 张：\(range)。" : dryRun ? "可导入 \(count) 张：\(range)。" : "本可导入 \(count) 张。")
            if outcome.majorCount > 0 {
                lines.append("其中 \(outcome.majorCount) 张为重大诉求，\(written ? "已" : "导入时将")上报所长，请尽快确认。")
            }
            if outcome.unclassifiedCount > 0 {
                lines.append("其中 \(outcome.unclassifiedCount) 张为待归类（诉求类别不在分类表和别名表里），请在工单协调台归类"
                             + "（g 键，或 halldesk order classify）。")
            }
            if outcome.outsideCount > 0 {
                lines.append("其中 \(outcome.outsideCount) 张非本所属地（客户属其他供电所），请核对后退回上级派单"
                             + "（b 键，或 halldesk order return-up）。")
            }
        } else {
            lines.append("没有新的工单可导入。")
        }
        if !outcome.skipped.isEmpty {
            let shown = outcome.skipped.prefix(Self.listedSkips).map(\.hotline).joined(separator: "、")
            let more = outcome.skipped.count > Self.listedSkips ? " 等" : ""
            lines.append("已导入过，跳过 \(outcome.skipped.count) 张：\(shown)\(more)")
        }
        if !outcome.bad.isEmpty {
            lines.append("有问题的行 \(outcome.bad.count) 行：")
            lines += outcome.bad.map { "  \($0)" }
        }
        if !export.notes.isEmpty {
            lines.append("提示：")
            lines += export.notes.map { "  \($0)" }
        }
        if dryRun { lines.append("试运行，什么都没有写入。" + realRun) }
        return lines
    }

    /// What the same command without `--dry-run` would write, so a dry run never promises
    /// what the real one does not do.
    private var realRun: String {
        let count = outcome.imported.count
        if count == 0 { return "正式导入也不会写入工单。" }
        if !outcome.bad.isEmpty, !skipBad { return "正式导入时因有问题的行什么都不会写入（加 --skip-bad 则导入其余 \(count) 张）。" }
        return "正式导入会把这 \(count) 张工单作为一批写入：全部记下或一张也不记。"
    }
}
