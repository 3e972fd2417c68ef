import ArgumentParser
import Foundation
import HallDomain

/// `halldesk rate --counter N`: the customer-facing keypad at a counter. With `--rating`
/// it records one rating (for scripts, and for a clerk entering what the customer said
/// with `--by-clerk`); without, it asks on the terminal — 1 非常满意, 2 满意, 3 不满意 —
/// and records the answer for the counter's last finished service, then asks again for
/// the next customer until the input ends.
struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "服务评价：为窗口最近办结的一次服务记下客户的评价（非常满意/满意/不满意），可作为窗口前的客户评价器。"
    )
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    @Option(help: ArgumentHelp("评价：1 非常满意、2 满意、3 不满意（也可写中文）。不写则在终端上逐位客户询问。", valueName: "RATING"))
    var rating: String?

    @Flag(name: .customLong("by-clerk"), help: "由营业员代客户录入（报表中与评价器的评价一并统计，日志注明来源）。")
    var byClerk = false

    func run() throws {
        let source: RatingSource = byClerk ? .clerk : .keypad
        if let rating {
            guard let grade = ServiceRating(text: rating) else { throw fail(Self.unknown(rating)) }
            EventReport.print(try Acting(dataOptions, staffOptions).perform(.rateService(counter: options.counter, rating: grade, source: source)), json: options.json)
            return
        }
        print(Self.question(counter: options.counter))
        while let line = readLine() {
            guard let grade = ServiceRating(text: line) else {
                print(Self.unknown(line))
                continue
            }
            // A fresh `Acting` per customer: the rating is recorded at the time it is keyed.
            if (try? Acting(dataOptions, staffOptions).perform(.rateService(counter: options.counter, rating: grade, source: source))) != nil {
                print("谢谢您的评价：\(grade.chineseName)")
            }
            print(Self.question(counter: options.counter))
        }
    }

    static func question(counter: Int) -> String {
        "请为 \(counter) 号窗口的本次服务评价：" + ServiceRating.allCases.map { "\($0.key) \($0.chineseName)" }.joined(separator: "  ")
    }

    static func unknown(_ text: String) -> String {
        "没有评价「\(ArgumentQuote.short(text))」：请按 1 非常满意、2 满意、3 不满意。"
    }
}
