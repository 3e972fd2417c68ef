import Foundation
/// The shared test support, for every file of this target (a `@_exported` import is seen
/// module-wide), so no file needs its own import of it.
@_exported import HallTestSupport

/// The present minute in the hall's zone as `--handled-at` takes it: a reply's handling time
/// must lie between the order's receipt and now, and these tests run on the machine's clock.
func handledNow() -> String {
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: Date())
    return String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
}
