import HallDomain

/// 诉求类别 as an export writes it, matched to the seeds' categories: by code (`FWTD`, any
/// case), by full name, by the name without its explanation in brackets, because the seeds
/// say 「电压质量（电压低、电压波动）」 where the call centre writes 「电压质量」, and last by
/// the call centre's own names in `work-order-category-aliases.toml`.
enum CategoryMatch {
    static func find(_ text: String, in categories: [WorkOrderCategory], aliases: [String: String] = [:]) -> WorkOrderCategory? {
        categories.first { $0.code.uppercased() == text.uppercased() }
            ?? categories.first { $0.name == text }
            ?? categories.first { shortName($0.name) == shortName(text) }
            ?? aliases[text].flatMap { code in categories.first { $0.code == code } }
    }

    private static func shortName(_ name: String) -> String {
        String(name.prefix { $0 != "（" && $0 != "(" })
    }
}
