import Foundation

/// The `[store]` table of `<data>/store.toml`: where a hall's log lives when it is not the
/// folder's `events.log` but a database shared by several machines (issue 17). A folder
/// without the file keeps its log in `events.log`, as before.
///
/// Only what the file says is read here; connecting is the executable's (`HallPostgres`),
/// so that this target needs no SwiftNIO.
public struct StoreSettings: Sendable, Equatable {
    /// The server's address, `postgres://…`.
    public var url: String
    /// The hall's name in the database: each hall is its own stream and chain there.
    public var hall: String

    public init(url: String, hall: String) {
        self.url = url
        self.hall = hall
    }

    /// The file's name inside the data folder.
    public static let fileName = "store.toml"

    private struct File: Decodable {
        var store: Table
    }

    private struct Table: Decodable {
        var url: String
        var hall: String
    }

    /// The settings `folder` names, or nil when it has no `store.toml` (the file log).
    public static func load(_ folder: DataFolder) throws(SeedError) -> StoreSettings? {
        let url = folder.storeSettingsURL
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        let table = try SeedTOML.decode(File.self, from: url).store
        guard !table.url.isEmpty else { throw SeedError(file: fileName, problem: "[store] url（数据库地址）不能为空") }
        guard !table.hall.isEmpty, table.hall.count <= 64, !table.hall.contains(where: \.isNewline) else {
            throw SeedError(file: fileName, problem: "[store] hall（营业厅在数据库里的名字）应为 1 到 64 个字符、不含换行")
        }
        return StoreSettings(url: table.url, hall: table.hall)
    }

    /// The file's text, with a comment saying what it is for.
    public var fileText: String {
        """
        # 本营业厅的事件日志保存在 PostgreSQL 数据库里，而不是本目录的 events.log。
        # url：数据库地址；hall：本营业厅在数据库里的名字（同一数据库可存多个营业厅，各自一条记录链）。
        # 多台机器、多个终端填同一个 url 和 hall，就共用同一个营业厅。删除本文件不会搬走日志。
        [store]
        url = \(Self.quoted(url))
        hall = \(Self.quoted(hall))

        """
    }

    /// A TOML basic string.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension DataFolder {
    /// `store.toml`: present only in a folder whose log is in a database (`StoreSettings`).
    public var storeSettingsURL: URL { url.appendingPathComponent(StoreSettings.fileName) }
}
