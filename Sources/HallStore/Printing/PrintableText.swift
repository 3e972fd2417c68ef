/// Text from outside (a business name from a seed, a form name) is printed, never obeyed:
/// a control character in it would reach the printer as a command (ESC, GS: paper cuts,
/// font changes) or break the layout (a newline), so each one becomes a space.
enum PrintableText {
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    /// C0 controls, DEL and C1 controls.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
