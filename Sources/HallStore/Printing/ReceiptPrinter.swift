/// Where receipts go. One backend per `PrinterConfig.Destination`; the console holds
/// `any ReceiptPrinter` and does not care which.
public protocol ReceiptPrinter: Sendable {
    var paper: PaperWidth { get }
    /// Prints one receipt whole, or throws without printing (a device that takes part of
    /// it reports `shortWrite`).
    func print(_ printout: Printout) throws(PrintFailure)
}
