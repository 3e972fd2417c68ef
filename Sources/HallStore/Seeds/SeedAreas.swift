import Foundation
import HallDomain

/// `seeds/areas.toml`, checked and turned into the `AreaRules` that suggest who owns an
/// order from its address. Every key is checked: a misspelt `keyword` read as "no keywords"
/// would quietly stop suggesting an area.
public enum SeedAreas {
    public static let fileName = "areas.toml"

    private struct File: Decodable {
        var area: [Entry]
    }

    private struct Entry: Decodable {
        var name: String
        var station: String
        var area_type: String
        var keywords: [String]
    }

    private static let keys: Set<String> = ["name", "station", "area_type", "keywords"]

    public static func load(folder: URL) throws(SeedError) -> AreaRules {
        let url = folder.appendingPathComponent(fileName)
        try SeedWorkOrders.KeyCheck.tables(in: url, array: "area", allowed: keys)
        let file = try SeedTOML.decode(File.self, from: url)
        guard !file.area.isEmpty else { throw SeedError(file: fileName, problem: "至少要有一个片区 [[area]]") }
        var areas: [ServiceArea] = []
        var owner: [String: String] = [:]
        for (index, entry) in file.area.enumerated() {
            let name = entry.name.trimmingCharacters(in: .whitespaces)
            let label = name.isEmpty ? "第 \(index + 1) 个片区" : "片区「\(name)」"
            guard !name.isEmpty, !entry.station.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SeedError(file: fileName, problem: "\(label)的 name 和 station 都不能为空")
            }
            guard !areas.contains(where: { $0.name == name }) else {
                throw SeedError(file: fileName, problem: "片区名称「\(name)」重复，每个片区只能写一次")
            }
            guard let type = AreaType(rawValue: entry.area_type) else {
                throw SeedError(file: fileName, problem: "\(label)的 area_type「\(entry.area_type)」不认识，应为 city、rural 或 remote")
            }
            let keywords = entry.keywords.map { $0.filter { !$0.isWhitespace } }
            guard !keywords.isEmpty, !keywords.contains(where: \.isEmpty) else {
                throw SeedError(file: fileName, problem: "\(label)的 keywords 至少要有一个名称，且不能有空名称")
            }
            for keyword in keywords {
                if let other = owner[keyword] {
                    let places = other == name ? "在片区「\(name)」中写了两次" : "同时写在片区「\(other)」和「\(name)」中"
                    throw SeedError(file: fileName, problem: "名称「\(keyword)」\(places)，每个名称只能写一次、归一个片区")
                }
                owner[keyword] = name
            }
            areas.append(ServiceArea(name: name, station: entry.station.trimmingCharacters(in: .whitespaces), areaType: type,
                                     keywords: keywords))
        }
        return AreaRules(areas: areas)
    }
}
