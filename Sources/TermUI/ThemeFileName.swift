/// How theme files may spell a colour or a role: case, `-` and `_` do not matter
/// (`bright-red`, `BrightRed`, `key_hint`). One rule for both, so they cannot drift apart.
protocol ThemeFileName: RawRepresentable, CaseIterable where RawValue == String {}

extension ThemeFileName {
    /// The case whose raw value matches `name` loosely, or nil.
    static func matching(_ name: String) -> Self? {
        let wanted = normalised(name)
        return allCases.first { normalised($0.rawValue) == wanted }
    }

    private static func normalised(_ name: String) -> String {
        name.lowercased().filter { $0 != "-" && $0 != "_" }
    }
}
