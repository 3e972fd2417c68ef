/// A writer found a torn last record (a crash mid-write), moved its bytes to a quarantine
/// file and cut the log back. Recorded so that the cut is visible in the history itself.
public struct LogRepaired: EventBody {
    public static let type = "logRepaired"
    public static let version = 1

    /// How many bytes were moved out of the log.
    public var bytes: Int
    /// Where in the log file the torn record began.
    public var offset: Int
    /// The quarantine file, relative to the data folder.
    public var quarantineFile: String

    public init(bytes: Int, offset: Int, quarantineFile: String) {
        self.bytes = bytes
        self.offset = offset
        self.quarantineFile = quarantineFile
    }
}
