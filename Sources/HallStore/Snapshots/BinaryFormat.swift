import HallDomain

/// What the binary form tells the types it encodes and decodes through `userInfo`.
enum BinaryFormat {
    /// Work-order history entries store their bodies as values of their own
    /// (`storesDecodedBodies`): reading the JSON text of each again was half of loading a
    /// snapshot. Made once: `userInfo` is asked for by every entry.
    nonisolated(unsafe) static let userInfo: [CodingUserInfoKey: Any] = [.storesDecodedBodies: true]
}
