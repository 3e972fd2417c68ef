import TermUI

/// A buffer as snapshot text: one string per row, a wide character written once (its
/// continuation cell left out), trailing spaces trimmed.
///
/// Trailing spaces are trimmed on both sides of a comparison because editors strip them
/// from the multi-line string literals snapshots live in; rows are never dropped, so an
/// expected snapshot has exactly one line per buffer row. Roles (colours) are not part
/// of the text; tests check those through `Buffer`'s cells.
public func snapshotLines(_ buffer: Buffer) -> [String] {
    buffer.textLines().map(trimmingTrailingSpaces)
}

func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}
