/// One thing `halldesk doctor` looked at: how it stands, what it saw, and what to do.
public struct DoctorFinding: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable, Comparable {
        case ok, warning, problem

        public var chineseName: String {
            switch self {
            case .ok: "正常"
            case .warning: "警告"
            case .problem: "问题"
            }
        }

        private var rank: Int {
            switch self {
            case .ok: 0
            case .warning: 1
            case .problem: 2
            }
        }

        public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
    }

    /// Which check, in Chinese (`文件权限`, `磁盘空间`…); `key` is the same in English for scripts.
    public var check: String
    public var key: String
    public var level: Level
    /// What was seen, without personal data.
    public var detail: String
    /// What to do about it (a command where one does it); nil when nothing needs doing.
    public var fix: String?

    public init(check: String, key: String, level: Level, detail: String, fix: String? = nil) {
        self.check = check
        self.key = key
        self.level = level
        self.detail = detail
        self.fix = fix
    }
}
