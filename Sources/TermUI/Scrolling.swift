/// The first visible row of a scrolling list, chosen so the selection is always on screen.
///
/// Lists keep their previous offset as state and pass it back here each frame: the view
/// only moves when the selection would leave it, and a smaller window (after a resize)
/// still shows the selection.
public enum Scrolling {
    public static func offset(keeping selection: Int?, previous: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > visibleRows else { return 0 }
        var offset = min(max(0, previous), count - visibleRows)
        if let selection {
            if selection < offset { offset = selection }
            if selection >= offset + visibleRows { offset = selection - visibleRows + 1 }
        }
        return offset
    }
}
