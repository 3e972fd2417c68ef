/// A named mapping from meanings (`ThemeRole`) to looks (`Style`), plus the border set.
///
/// Theme files (`themes/*.toml`) are loaded elsewhere into this type; the built-ins below
/// are what the console uses when no file is chosen.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]
    public var borders: BorderSet

    public init(name: String, styles: [ThemeRole: Style], borders: BorderSet = .unicode) {
        self.name = name
        self.styles = styles
        self.borders = borders
    }

    /// The style of a role; a role the theme leaves out looks like `.normal`.
    public func style(for role: ThemeRole) -> Style {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// Whether any role asks for colour. A theme without colour never starts curses colours.
    public var hasColour: Bool { styles.values.contains(where: \.hasColour) }

    /// The same theme with every colour removed, for `NO_COLOR` and colourless terminals.
    public var withoutColour: Theme {
        Theme(name: name, styles: styles.mapValues(\.withoutColour), borders: borders)
    }
}

extension Theme {
    /// Colours on the terminal's own background, with emphasis that still reads in monochrome.
    public static let standard = Theme(name: "standard", styles: [
        .normal: .plain,
        .title: Style(foreground: .cyan, emphasis: .bold),
        .border: Style(foreground: .blue),
        .focusedBorder: Style(foreground: .brightCyan, emphasis: .bold),
        .header: Style(foreground: .cyan, emphasis: [.bold, .underline]),
        .selected: Style(foreground: .black, background: .cyan),
        .tab: .plain,
        .selectedTab: Style(foreground: .black, background: .cyan, emphasis: .bold),
        .keyBar: Style(foreground: .black, background: .white),
        .keyHint: Style(foreground: .brightWhite, background: .blue, emphasis: .bold),
        .status: Style(foreground: .brightWhite, background: .blue),
        .waiting: Style(foreground: .yellow),
        .overdue: Style(foreground: .brightRed, emphasis: .bold),
        .major: Style(foreground: .magenta, emphasis: .bold),
        .ok: Style(foreground: .green),
        .warning: Style(foreground: .yellow, emphasis: .bold),
        .error: Style(foreground: .brightWhite, background: .red, emphasis: .bold),
        .muted: Style(foreground: .brightBlack),
        .input: Style(emphasis: .underline),
        .chart: Style(foreground: .green),
    ])

    /// Bold, reverse, underline and dim only: for monochrome terminals and `NO_COLOR`.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: .plain,
        .title: Style(emphasis: .bold),
        .border: .plain,
        .focusedBorder: Style(emphasis: .bold),
        .header: Style(emphasis: [.bold, .underline]),
        .selected: Style(emphasis: .reverse),
        .tab: .plain,
        .selectedTab: Style(emphasis: [.bold, .reverse]),
        .keyBar: Style(emphasis: .reverse),
        .keyHint: Style(emphasis: .bold),
        .status: Style(emphasis: .reverse),
        .waiting: .plain,
        .overdue: Style(emphasis: .bold),
        .major: Style(emphasis: [.bold, .underline]),
        .ok: .plain,
        .warning: Style(emphasis: .bold),
        .error: Style(emphasis: [.bold, .reverse]),
        .muted: Style(emphasis: .dim),
        .input: Style(emphasis: .underline),
        .chart: .plain,
    ])

    /// The standard colours with `+-|` borders, for fonts that draw box characters badly.
    public static let ascii = Theme(name: "ascii", styles: standard.styles, borders: .ascii)

    /// The built-in themes, by name, for a `--theme` option.
    public static let builtIn: [Theme] = [.standard, .monochrome, .ascii]
}
