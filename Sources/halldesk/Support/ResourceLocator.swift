import Foundation

/// Finds the `seeds/` and `themes/` folders a new hall starts from.
///
/// In order: `$HALLDESK_HOME`, then the folders above the running program (a build inside
/// the checkout), then the folders above the current directory. The first one holding
/// `seeds/hall.toml` wins.
enum ResourceLocator {
    static func home() -> URL? {
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["HALLDESK_HOME"], !home.isEmpty {
            candidates.append(URL(fileURLWithPath: home))
        }
        if let program = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates += ancestors(of: URL(fileURLWithPath: program).deletingLastPathComponent())
        }
        candidates += ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("seeds/hall.toml").path) }
    }

    private static func ancestors(of folder: URL) -> [URL] {
        var result: [URL] = []
        var current = folder.standardizedFileURL
        while true {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return result }
            current = parent
        }
    }
}
