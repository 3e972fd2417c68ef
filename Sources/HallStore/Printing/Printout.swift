/// What goes on one receipt, independent of the domain and of the paper: builders make it
/// from plain values, and a layout fits it to 58 mm or 80 mm paper.
public struct Printout: Sendable, Equatable {
    public var lines: [PrintLine]

    public init(_ lines: [PrintLine]) {
        self.lines = lines
    }
}
