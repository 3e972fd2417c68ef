import Foundation
import HallStore
import TermUI

/// The theme the console draws with: `--theme NAME` reads `themes/NAME.toml`; without it,
/// `standard`. `NO_COLOR` is honoured by the curses layer, which drops colours whatever
/// the theme says.
enum ThemeChoice {
    static func load(named name: String?) throws(SeedError) -> Theme {
        let wanted = name ?? "standard"
        guard let folder = ResourceLocator.home()?.appendingPathComponent("themes"),
              FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(wanted).toml").path) else {
            if let builtIn = Theme.builtIn.first(where: { $0.name == wanted }) { return builtIn }
            throw SeedError(file: "themes/\(wanted).toml", problem: "找不到这个主题，可用：\(Theme.builtIn.map(\.name).joined(separator: "、"))")
        }
        return try theme(from: ThemeFile.load(folder.appendingPathComponent("\(wanted).toml")), file: "\(wanted).toml")
    }

    static func theme(from file: ThemeFile, file name: String) throws(SeedError) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for (key, look) in file.roles {
            guard let role = ThemeRole(name: key) else {
                throw SeedError(file: name, problem: "不认识的含义「\(key)」，可用：\(ThemeRole.allCases.map(\.rawValue).joined(separator: "、"))")
            }
            styles[role] = Style(foreground: try color(look.foreground, name), background: try color(look.background, name),
                                 emphasis: try emphasis(look.emphasis ?? [], name))
        }
        return Theme(name: file.name, styles: styles, borders: file.borders == "ascii" ? .ascii : .unicode)
    }

    private static func color(_ text: String?, _ file: String) throws(SeedError) -> Color? {
        guard let text else { return nil }
        guard let color = Color(name: text) else {
            throw SeedError(file: file, problem: "不认识的颜色「\(text)」，可用：\(Color.allCases.map(\.rawValue).joined(separator: "、"))")
        }
        return color
    }

    private static func emphasis(_ names: [String], _ file: String) throws(SeedError) -> Emphasis {
        var result: Emphasis = []
        for name in names {
            switch name {
            case "bold": result.insert(.bold)
            case "reverse": result.insert(.reverse)
            case "underline": result.insert(.underline)
            case "dim": result.insert(.dim)
            default: throw SeedError(file: file, problem: "不认识的强调「\(name)」，可用：bold、reverse、underline、dim")
            }
        }
        return result
    }
}
