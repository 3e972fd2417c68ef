/// A laid-out receipt as ESC/POS bytes for a Chinese thermal receipt printer.
///
/// The job starts with `ESC @` (reset: left-aligned, normal font, no bold) and then
/// `FS &` (enter Chinese mode). Many Chinese printers (Xprinter and the like) start in
/// Chinese mode and need nothing more, but others start (and may be reset by `ESC @`) in
/// a single-byte code page, where GB18030 prints as pairs of Latin glyphs. `FS &` (1C 26,
/// "enter Hanzi mode") is harmless on the first kind and needed on the second. See
/// qzind/tray#285 (Chinese ESC/POS: enter Hanzi mode `1C 26`) and lukevp/ESC-POS-.NET#86
/// (Xprinter defaults to GB18030).
///
/// Alignment (`ESC a`), bold (`ESC E`) and size (`GS ! 0x11`: double width and height)
/// are sent only when a line needs a different one than the line before. The job ends
/// with `GS V 66 0` (function B: feed to the cutter, then a partial cut, which nearly
/// every receipt cutter supports and leaves the slip hanging until the guide tears it).
public enum ESCPOS {
    static let initialize: [UInt8] = [0x1B, 0x40]
    static let chineseMode: [UInt8] = [0x1C, 0x26]
    static let feedAndCut: [UInt8] = [0x1D, 0x56, 0x42, 0x00]

    public static func encode(_ printout: Printout, paper: PaperWidth) throws(PrintFailure) -> [UInt8] {
        var bytes = initialize + chineseMode
        var centered = false
        var bold = false
        var large = false
        for line in ReceiptLayout.lines(printout, paper: paper) {
            if line.centered != centered {
                centered = line.centered
                bytes += [0x1B, 0x61, centered ? 1 : 0]
            }
            let wantsBold = line.emphasis == .bold
            if wantsBold != bold {
                bold = wantsBold
                bytes += [0x1B, 0x45, bold ? 1 : 0]
            }
            let wantsLarge = line.emphasis == .large
            if wantsLarge != large {
                large = wantsLarge
                bytes += [0x1D, 0x21, large ? 0x11 : 0x00]
            }
            bytes += try GB18030.encode(line.text)
            bytes.append(0x0A)
        }
        return bytes + feedAndCut
    }
}
