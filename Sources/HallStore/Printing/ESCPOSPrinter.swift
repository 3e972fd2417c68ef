import Glibc

/// The `escpos` printer: the receipt's ESC/POS bytes written straight to the printer's
/// device (`/dev/usb/lp0` for a USB printer under the usblp driver). The device must
/// exist: it is never created, so a wrong path fails instead of filling a stray file.
public struct ESCPOSPrinter: ReceiptPrinter {
    public var device: String
    public var paper: PaperWidth

    public init(device: String, paper: PaperWidth) {
        self.device = device
        self.paper = paper
    }

    public func print(_ printout: Printout) throws(PrintFailure) {
        let bytes = try ESCPOS.encode(printout, paper: paper)
        try SingleWrite.write(bytes, to: device, flags: 0, missing: .deviceMissing(path: device))
    }
}
