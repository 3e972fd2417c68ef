import Foundation

/// The checkout the tests were built from, found from this file's own path: its `seeds/`,
/// `themes/` and `docs/` are what a new hall starts from and what the docs promise.
public enum Checkout {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let seeds = root.appendingPathComponent("seeds")
}
