/// The encoding an export was read in. Reported with the import, so a coordinator who sees
/// odd characters in the orders knows what was assumed.
public enum TextEncoding: String, Sendable, Equatable {
    /// UTF-8 behind a byte-order mark: what Excel's 「CSV UTF-8」 writes.
    case utf8WithBOM
    case utf8
    /// GB18030, of which GBK is a part: what Excel's plain 「CSV」 writes on Chinese Windows.
    case gb18030

    public var chineseName: String {
        switch self {
        case .utf8WithBOM: "UTF-8（带 BOM）"
        case .utf8: "UTF-8"
        case .gb18030: "GB18030/GBK"
        }
    }
}
