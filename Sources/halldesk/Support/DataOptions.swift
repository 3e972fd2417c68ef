import ArgumentParser
import Foundation

/// `--data DIR`, shared by every sub-command that works on a hall's data folder.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("数据目录。缺省取 $HALLDESK_DATA，再缺省为 ./halldesk-data。", valueName: "DIR"))
    var data: String?

    /// The folder this invocation works on, made absolute so messages name it plainly.
    var folder: URL {
        URL(fileURLWithPath: named ?? "halldesk-data", relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// The folder named by `--data` or `$HALLDESK_DATA`; nil for the default. Only the default
    /// is made on a first run: a named folder that is not there is most likely a typo, and
    /// making it would open an empty hall beside the real one.
    var named: String? {
        data ?? ProcessInfo.processInfo.environment["HALLDESK_DATA"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
