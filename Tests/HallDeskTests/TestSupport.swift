import Foundation
/// The shared test support, for every file of this target (a `@_exported` import is seen
/// module-wide), so no file needs its own import of it.
@_exported import HallTestSupport
