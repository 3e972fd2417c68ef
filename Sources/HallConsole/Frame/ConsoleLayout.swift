import TermUI

/// Where the parts of a frame go at a given terminal size: the status line on top, the
/// tabs under it, a banner when the log cannot be written, the pane, and the key bar at
/// the bottom (one row, or as many as its hints need up to `keyRowsAtMost`).
public struct ConsoleLayout: Sendable, Equatable {
    /// Below this the layout breaks; the console shows a message instead.
    public static let minimum = Size(width: 80, height: 24)
    /// The most rows a banner takes from the pane; the text is cut to fit them.
    public static let bannerRows = 2
    /// The most rows the key bar takes from the pane when its hints wrap.
    public static let keyRowsAtMost = 3

    public var size: Size
    /// Rows the banner takes under the tabs: 0 without one.
    public var banner: Int
    /// Rows the key bar takes at the bottom.
    public var keyRows: Int

    public init(size: Size, banner: Int = 0, keyRows: Int = 1) {
        self.size = size
        self.banner = banner
        self.keyRows = min(max(1, keyRows), Self.keyRowsAtMost)
    }

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }
    public var statusLine: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var tabs: Rect { Rect(x: 0, y: 1, width: size.width, height: 1) }
    public var bannerArea: Rect { Rect(x: 0, y: 2, width: size.width, height: banner) }
    public var pane: Rect { Rect(x: 0, y: 2 + banner, width: size.width, height: max(0, size.height - 2 - banner - keyRows)) }
    /// Inside the pane's border.
    public var paneBody: Rect { pane.inset(by: 1) }
    public var keyBar: Rect { Rect(x: 0, y: max(0, size.height - keyRows), width: size.width, height: keyRows) }
}
