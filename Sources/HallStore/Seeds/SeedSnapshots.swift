import Foundation

/// The `[snapshots]` table of `hall.toml`: when writers take snapshots by themselves and
/// how many are kept. Optional; a hall without the table gets `SnapshotPolicy.defaults`.
public enum SeedSnapshots {
    private struct File: Decodable {
        var snapshots: Table?
    }

    private struct Table: Decodable {
        var every_records: Int?
        var at_day_close: Bool?
        var keep: Int?
    }

    public static func load(_ hallTOML: URL) throws(SeedError) -> SnapshotPolicy {
        guard let table = try SeedTOML.decode(File.self, from: hallTOML).snapshots else { return .defaults }
        let name = hallTOML.lastPathComponent
        var loaded = SnapshotPolicy.defaults
        if let records = table.every_records {
            guard records == 0 || (10...10_000_000).contains(records) else {
                throw SeedError(file: name, problem: "[snapshots] every_records（每隔多少条记录自动写快照）应为 0（不按条数写）或 10 到 10000000 之间")
            }
            loaded.everyRecords = records
        }
        if let atDayClose = table.at_day_close { loaded.atDayClose = atDayClose }
        if let keep = table.keep {
            guard (1...20).contains(keep) else {
                throw SeedError(file: name, problem: "[snapshots] keep（保留几份快照）应在 1 到 20 之间")
            }
            loaded.keep = keep
        }
        return loaded
    }
}
