import Foundation
import Glibc
import HallDomain

/// Counters added to a data folder's `seeds/hall.toml` after it was made: the simulator
/// may staff more counters than the hall defines, and a console reading that day shows
/// only counters its hall.toml names. The tables are appended at the end of the file
/// (further `[[counters]]` entries after other tables are valid TOML), the rest of the
/// file and its comments kept as written, and the file is replaced durably.
public enum SeedHallCounters {
    public static func add(_ counters: [CounterDefinition], to folder: DataFolder) throws(LogFailure) {
        guard !counters.isEmpty else { return }
        let url = folder.seedsURL.appendingPathComponent("hall.toml")
        let file = try OpenFile.open(url.path, flags: O_RDONLY)
        var bytes = try file.read(from: 0, to: try file.size())
        file.close()
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        bytes += Array("\n# 以下窗口由 halldesk simulate --log 模拟加开时追加。\n".utf8)
        for counter in counters {
            bytes += Array("\n[[counters]]\nnumber = \(counter.number)\nname = ".utf8)
            JSONString.append(counter.name, to: &bytes)
            bytes += Array("\nqueues = [".utf8)
            for (index, queue) in counter.queues.enumerated() {
                if index > 0 { bytes += Array(", ".utf8) }
                JSONString.append(queue, to: &bytes)
            }
            bytes += Array("]\n".utf8)
        }
        try DurableFiles.replaceFile(url, contents: bytes)
    }
}
