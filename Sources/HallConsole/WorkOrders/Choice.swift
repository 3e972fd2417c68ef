import TermUI

/// A question answered with one key (y/n, 1/2/3): a review verdict, a satisfaction, the
/// preview of a batch action. Any other key leaves it open; Esc cancels.
struct Choice: Sendable, Equatable {
    enum Reply: Equatable {
        case open
        case cancelled
        case chosen(Character)
    }

    var title: String
    var lines: [String]
    var options: [Option]

    struct Option: Sendable, Equatable {
        var key: Character
        var label: String
    }

    func handle(_ key: Key) -> Reply {
        switch key {
        case .escape: return .cancelled
        case .character(let character):
            let lower = Character(character.lowercased())
            return options.contains { $0.key == lower } ? .chosen(lower) : .open
        default: return .open
        }
    }

    var view: DialogView {
        DialogView(title: title, rows: lines.map(DialogView.Row.text),
                   hint: (options.map { "\($0.key) \($0.label)" } + ["Esc 取消"]).joined(separator: "  "))
    }
}
