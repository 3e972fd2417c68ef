/// One element of a receipt, named by what it means rather than by printer commands, so
/// that the same printout can be laid out as text for a file and as ESC/POS for paper.
public enum PrintLine: Sendable, Equatable {
    /// The hall's name at the top: bold and centred.
    case title(String)
    /// The slip number: printed at double width and height, centred, so it can be read
    /// from arm's length against the calling screen.
    case big(String)
    /// A centred line in the normal font (the kind of receipt, a footer).
    case centered(String)
    /// Running text, wrapped to the paper.
    case text(String)
    /// Numbered items; a wrapped item continues under its own text, not under the number.
    case list([String])
    /// A dashed line across the paper between sections.
    case rule
    /// An empty line.
    case blank
}
