import ArgumentParser
import Foundation

/// `--data DIR`, shared by every sub-command that works on a hall's data folder.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("数据目录。缺省取 $HALLDESK_DATA，再缺省为 ./halldesk-data。", valueName: "DIR"))
    var data: String?

    /// The folder this invocation works on, made absolute so messages name it plainly.
    var folder: URL {
        let path = data ?? ProcessInfo.processInfo.environment["HALLDESK_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "halldesk-data"
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
