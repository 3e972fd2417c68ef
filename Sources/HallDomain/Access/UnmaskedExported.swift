/// A manager exported customers' phone, ID and account numbers unmasked. Logged because
/// it is the one way personal data leaves HallDesk whole; `export` says which export.
public struct UnmaskedExported: EventBody {
    public static let type = "unmaskedExported"
    public static let version = 1

    /// The command and format, e.g. 「report month 2026-11 csv」.
    public var export: String

    public init(export: String) {
        self.export = export
    }
}
