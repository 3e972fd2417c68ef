import Foundation

/// The work orders of a simulated day: one every 40 to 60 minutes while the hall takes
/// arrivals, each an everyday problem from a customer at an address in one of the
/// station's areas, so the coordinator's desk and the manager's radar have work that reads
/// like a real day's. The same seed gives the same orders.
public enum OrderGenerator {
    public static func day(opening: Date, minutes: Double, timeZone: String, areas: [ServiceArea],
                           categories: [WorkOrderCategory], seed: UInt64) -> [SimulatedOrder] {
        let known = Set(categories.map(\.code))
        let templates = OrderTemplate.everyday.filter { known.contains($0.category) }
        let places = areas.flatMap { area in area.keywords.map { (area: area, keyword: $0) } }
        guard !templates.isEmpty, !places.isEmpty else { return [] }
        let day = LocalDay(opening, timeZone: timeZone)?.businessDay.replacingOccurrences(of: "-", with: "") ?? "00000000"
        var random = SimulationRandom(seed: seed)
        var orders: [SimulatedOrder] = []
        var minute = 0.0
        while true {
            minute += 40 + 20 * random.unit()
            guard minute < minutes else { return orders }
            let template = templates[index(templates.count, &random)]
            let place = places[index(places.count, &random)]
            let customer = Customer(
                name: surnames[index(surnames.count, &random)] + (random.chance(0.5) ? "先生" : "女士"),
                phone: "13" + digits(9, &random), accountNumber: "03" + digits(8, &random),
                address: address(place.keyword, &random), area: place.area.name, station: place.area.station,
                areaType: place.area.areaType, kind: template.customerKind
            )
            let hotline = template.source == .hotline95598 ? "95598-\(day)-\(String(format: "%04d", orders.count + 1))" : nil
            orders.append(SimulatedOrder(time: opening.addingTimeInterval(minute * 60), intake: WorkOrderIntake(
                kind: template.kind, source: template.source, category: template.category, customer: customer,
                description: template.description, hotlineNumber: hotline)))
        }
    }

    private static let surnames = ["陈", "李", "黄", "梁", "何", "罗", "吴", "冯", "麦", "区", "潘", "张", "林", "周", "谭", "邓"]

    /// A number on a road or in an estate, market or island named by the keyword; a lane
    /// and number in a village otherwise (most keywords in areas.toml are village names).
    private static func address(_ keyword: String, _ random: inout SimulationRandom) -> String {
        let number = index(180, &random) + 1
        guard let last = keyword.last, !"路道街区城界洲堤口".contains(last) else { return "\(keyword)\(number)号" }
        return "\(keyword)\(last == "村" ? "" : "村")\(index(12, &random) + 1)巷\(number % 40 + 1)号"
    }

    private static func index(_ count: Int, _ random: inout SimulationRandom) -> Int {
        min(count - 1, Int(random.unit() * Double(count)))
    }

    private static func digits(_ count: Int, _ random: inout SimulationRandom) -> String {
        String((0..<count).map { _ in Character(String(index(10, &random))) })
    }
}
