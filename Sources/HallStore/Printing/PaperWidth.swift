/// The two receipt rolls halls use. A column is one half-width glyph of the printer's
/// standard 12×24-dot font; a Chinese glyph (24×24) takes two.
public enum PaperWidth: String, Sendable, Equatable, CaseIterable {
    /// 58 mm paper, 384 printable dots: 32 columns.
    case mm58 = "58mm"
    /// 80 mm paper, 576 printable dots: 48 columns.
    case mm80 = "80mm"

    public var columns: Int {
        switch self {
        case .mm58: return 32
        case .mm80: return 48
        }
    }
}
