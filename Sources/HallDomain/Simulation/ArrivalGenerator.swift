/// Draws a day's customers for a scenario from a seed: Poisson arrivals at each hour's
/// rate, then for each customer their business, kind, documents, service time and
/// behaviour, in a fixed order, so one seed always gives the same day.
public enum ArrivalGenerator {
    public static func day(_ scenario: SimulationScenario, catalog: Catalog,
                           seed: UInt64) throws(SimulationError) -> [SimulatedArrival] {
        let mix = try businessMix(scenario, catalog: catalog)
        guard let enquiry = catalog.businessType(code: scenario.doorEnquiryBusinessType) else {
            throw SimulationError("情景里的咨询业务 \(scenario.doorEnquiryBusinessType) 不在业务目录中")
        }
        let scale = serviceScale(scenario, mix: mix)
        var random = SimulationRandom(seed: seed)
        var arrivals: [SimulatedArrival] = []
        for (hour, perHour) in scenario.arrivalsPerHour.enumerated() where perHour > 0 {
            let end = Double(hour + 1) * 60
            var minute = Double(hour) * 60 + random.exponential(ratePerMinute: perHour / 60)
            while minute < end {
                let isEnquiry = random.chance(scenario.doorEnquiryShare)
                let type = isEnquiry ? enquiry : mix.types[random.pick(weights: mix.weights)]
                arrivals.append(customer(at: minute, type: type, isEnquiry: isEnquiry, scale: scale, scenario: scenario,
                                          random: &random))
                minute += random.exponential(ratePerMinute: perHour / 60)
            }
        }
        return arrivals
    }

    private static func customer(at minute: Double, type: BusinessType, isEnquiry: Bool, scale: Double,
                                 scenario: SimulationScenario, random: inout SimulationRandom) -> SimulatedArrival {
        let preferred: CustomerKind = random.chance(scenario.residentialShare) ? .residential : .nonResidential
        let kind = type.documents[preferred] != nil ? preferred : CustomerKind.allCases.first { type.documents[$0] != nil } ?? preferred
        let incomplete = random.chance(scenario.incompleteDocumentsShare)
        let mean = isEnquiry ? scenario.doorEnquiryMinutes : type.serviceMinutes * scale
        let service = random.logNormal(mean: mean, dispersion: scenario.serviceDispersion)
        let discovery = random.logNormal(mean: scenario.discoveryMinutes, dispersion: scenario.serviceDispersion)
        let priorityDraw = random.unit()
        let priority: PriorityClass? = priorityDraw <= scenario.greenChannelShare ? .greenChannel
            : priorityDraw <= scenario.greenChannelShare + scenario.careShare ? .care : nil
        let noShow = random.chance(scenario.noShowShare)
        let returns = random.chance(scenario.sameDayReturnShare)
        let delay = random.exponential(ratePerMinute: 1 / scenario.returnDelayMinutes)
        return SimulatedArrival(
            minute: minute, businessType: type.code, customerKind: kind,
            documentsComplete: isEnquiry || type.checklist(for: kind).isEmpty || !incomplete,
            answerableAtDoor: isEnquiry, serviceMinutes: service, discoveryMinutes: discovery, priority: priority,
            noShow: noShow, returnAfterMinutes: returns ? delay : nil
        )
    }

    /// The factor on the catalog's service minutes that makes the mean per arrival the
    /// scenario's `minutesPerArrival` (door questions at their own minutes); 1 without one.
    static func serviceScale(_ scenario: SimulationScenario, mix: (types: [BusinessType], weights: [Double])) -> Double {
        guard let perArrival = scenario.minutesPerArrival, scenario.doorEnquiryShare < 1 else { return 1 }
        let total = mix.weights.reduce(0, +)
        let mixMean = zip(mix.types, mix.weights).map { $0.serviceMinutes * $1 }.reduce(0, +) / total
        let transactingMean = (perArrival - scenario.doorEnquiryShare * scenario.doorEnquiryMinutes) / (1 - scenario.doorEnquiryShare)
        return mixMean > 0 ? transactingMean / mixMean : 1
    }

    private static func businessMix(_ scenario: SimulationScenario,
                                    catalog: Catalog) throws(SimulationError) -> (types: [BusinessType], weights: [Double]) {
        var types: [BusinessType] = []
        var weights: [Double] = []
        for code in scenario.businessMix.keys.sorted() {
            guard let type = catalog.businessType(code: code) else {
                throw SimulationError("情景的业务构成里有 \(code)，业务目录中没有这个代码")
            }
            types.append(type)
            weights.append(scenario.businessMix[code] ?? 0)
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw SimulationError("情景的业务构成里没有权重大于 0 的业务")
        }
        return (types, weights)
    }
}
