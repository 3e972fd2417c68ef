import Foundation
import Glibc
import HallDomain
@testable import HallStore
import XCTest

/// Each of `halldesk doctor`'s checks on a folder made wrong on purpose: the level, the
/// words that say what is wrong, and the fix.
final class DoctorChecksTests: XCTestCase {
    private func hall() throws -> DataFolder {
        try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
    }

    func testModesTooOpenAreAProblemTooStrictAWarningEachWithTheChmod() throws {
        let folder = try hall()
        XCTAssertEqual(ModeCheck.run(folder: folder.url).level, .ok)
        XCTAssertEqual(chmod(folder.logURL.path, 0o644), 0)
        let open = ModeCheck.run(folder: folder.url)
        XCTAssertEqual(open.level, .problem)
        XCTAssertTrue(open.detail.contains("\(folder.logURL.path) 为 0644，应为 0640"), open.detail)
        XCTAssertEqual(open.fix, "chmod 0640 '\(folder.logURL.path)'")
        XCTAssertEqual(chmod(folder.logURL.path, 0o640), 0)
        XCTAssertEqual(chmod(folder.snapshotsURL.path, 0o700), 0)
        let strict = ModeCheck.run(folder: folder.url)
        XCTAssertEqual(strict.level, .warning)
        XCTAssertTrue(strict.detail.contains("更严"), strict.detail)
        for name in ["a", "b", "c", "d"] { try Data().write(to: folder.url.appendingPathComponent(name)) }
        XCTAssertTrue(ModeCheck.run(folder: folder.url).fix?.hasPrefix("find '\(folder.url.path)' -type d -exec chmod 0750") == true,
                      "many files: one command for all")
    }

    func testEveryFileAndFolderInitMakesHasTheRightMode() throws {
        let saved = umask(0o022)
        defer { umask(saved) }
        XCTAssertEqual(ModeCheck.run(folder: try hall().url).level, .ok)
    }

    func testDiskSpaceIsCountedInDaysOfLog() {
        let folder = URL(fileURLWithPath: "/srv/halldesk")
        let perDay: UInt64 = 1 << 20
        XCTAssertEqual(DiskSpaceCheck.run(folder: folder, free: 10 << 30, logBytes: perDay * 30, days: 30).level, .ok)
        let low = DiskSpaceCheck.run(folder: folder, free: 20 << 20, logBytes: perDay * 30, days: 30)
        XCTAssertEqual(low.level, .warning)
        XCTAssertTrue(low.detail.contains("剩余 20 MiB，按日志近来每天约 1 MiB 的增长约可用 20 天"), low.detail)
        XCTAssertTrue(low.fix?.contains("df -h '/srv/halldesk'") == true)
        let full = DiskSpaceCheck.run(folder: folder, free: 100 << 10, logBytes: 0, days: 0)
        XCTAssertEqual(full.level, .problem)
        XCTAssertTrue(full.detail.contains("即将拒绝"), full.detail)
        XCTAssertEqual(DiskSpaceCheck.run(folder: folder, free: nil, logBytes: 0, days: 0).level, .warning)
    }

    func testTheChainCheckNamesTamperingAsAProblem() throws {
        let folder = try hall()
        let log = try openLog(folder.logURL)
        try fill(log, count: 3)
        XCTAssertEqual(ChainCheck.run(LogVerifier.verify(url: folder.logURL), log: folder.logURL).level, .ok)
        var data = try bytes(of: folder.logURL)
        data[lineRanges(data)[0].lowerBound + 40] ^= 0x01
        try overwrite(folder.logURL, with: data)
        let tampered = ChainCheck.run(LogVerifier.verify(url: folder.logURL), log: folder.logURL)
        XCTAssertEqual(tampered.level, .problem)
        XCTAssertTrue(tampered.detail.contains("第 1 行"), tampered.detail)
    }

    func testASnapshotMustMatchItsRecordAndEqualTheReplay() throws {
        let folder = try hall()
        XCTAssertEqual(SnapshotCheck.run(folder: folder).level, .ok, "no snapshot is fine")
        let log = try openLog(folder.logURL)
        try fill(log, count: 3, type: { _ in "fromANewerVersion" })
        let replica = HallReplica(folder: folder)
        let store = SnapshotStore(folder: folder.snapshotsURL)
        try takeSnapshot(replica.state, into: store, log: log)
        let good = SnapshotCheck.run(folder: folder)
        XCTAssertEqual(good.level, .ok)
        XCTAssertTrue(good.detail.contains("快照 #3"), good.detail)

        // The same state but one count, at the same head: not the bytes the record names.
        let stored = try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: try bytes(of: store.fileURL(seq: 3))))
        XCTAssertEqual(stored.state.unrecognised["fromANewerVersion"], 3)
        var edited = stored.state
        edited.unrecognised["fromANewerVersion"] = 2
        try overwrite(store.fileURL(seq: 3), with: try store.encode(edited, at: stored.head).bytes)
        let tampered = SnapshotCheck.run(folder: folder)
        XCTAssertEqual(tampered.level, .warning)
        XCTAssertTrue(tampered.detail.contains("快照与日志不符"), tampered.detail)
        XCTAssertTrue(tampered.detail.contains("SHA-256"), tampered.detail)

        // A state that is not the replay but whose record names it: written by a faulty version.
        var faulty = HallReplica(folder: folder).state
        faulty.unrecognised["fromANewerVersion"] = 1
        try takeSnapshot(faulty, into: store, log: log)
        let wrong = SnapshotCheck.run(folder: folder)
        XCTAssertEqual(wrong.level, .problem)
        XCTAssertTrue(wrong.fix?.contains("halldesk log snapshot") == true)

        try overwrite(store.fileURL(seq: 4), with: Array("{不是 JSON".utf8))
        let bothBad = SnapshotCheck.run(folder: folder)
        XCTAssertEqual(bothBad.level, .warning, "the newest is unreadable and the one before tampered: a full replay")
        XCTAssertTrue(bothBad.detail.contains("快照 #4") && bothBad.detail.contains("快照 #3"), bothBad.detail)
    }

    func testPinsOfTheOldKindAndASecretOpenToTheGroupAreNamed() throws {
        let folder = try hall()
        XCTAssertEqual(PinFileCheck.run(folder: folder).level, .ok)
        try PinFile(folder: folder).set("246813", for: "G01")
        let good = PinFileCheck.run(folder: folder)
        XCTAssertEqual(good.level, .ok)
        XCTAssertTrue(good.detail.contains("1 人已设置 PIN"), good.detail)

        let pins = PinFile(folder: folder).url
        var entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: pins)) as? [String: Any])
        entries["M01"] = ["algorithm": "PBKDF2-HMAC-SHA256", "rounds": 210_000, "salt": "00", "hash": "00"]
        try JSONSerialization.data(withJSONObject: entries).write(to: pins)
        let old = PinFileCheck.run(folder: folder)
        XCTAssertEqual(old.level, .warning)
        XCTAssertTrue(old.detail.contains("M01 的 PIN 是旧版本设置的"), old.detail)
        XCTAssertEqual(old.fix, "halldesk staff set-pin M01")

        let secret = PinSecret.url(in: folder.url).path
        XCTAssertEqual(chmod(secret, 0o640), 0)
        let open = PinFileCheck.run(folder: folder)
        XCTAssertEqual(open.level, .problem)
        XCTAssertTrue(open.detail.contains("chmod 600"), open.detail)
        XCTAssertEqual(ModeCheck.run(folder: folder.url).level, .problem, "the modes check names it too")

        XCTAssertEqual(unlink(secret), 0)
        XCTAssertEqual(PinFileCheck.run(folder: folder).level, .warning)
    }

    func testTheCalendarForTheComingYearIsAskedForFromNovember() throws {
        let folder = try hall()
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        func day(_ text: String) throws -> CalendarDay { try XCTUnwrap(CalendarDay(text)) }
        let june = CalendarCheck.run(seeds: folder.seedsURL, today: try day("2026-06-01"), timeZone: zone)
        XCTAssertEqual(june.level, .ok)
        let november = CalendarCheck.run(seeds: folder.seedsURL, today: try day("2026-11-23"), timeZone: zone)
        XCTAssertEqual(november.level, .warning)
        XCTAssertTrue(november.detail.contains("尚无 2027 年"), november.detail)
        XCTAssertTrue(november.fix?.contains("calendar/2027.toml") == true, november.fix ?? "")
        XCTAssertEqual(CalendarCheck.run(seeds: folder.seedsURL, today: try day("2027-01-04"), timeZone: zone).level, .problem)

        let year2027 = folder.seedsURL.appendingPathComponent("calendar/2027.toml")
        try "[[festivals]]\nname = \"元旦\"\nholidays = [\"2027-01-01\"]\nmake_up_workdays = []\n".write(to: year2027, atomically: true, encoding: .utf8)
        XCTAssertEqual(CalendarCheck.run(seeds: folder.seedsURL, today: try day("2026-11-23"), timeZone: zone).level, .ok)
        try "[[festivals]]\nname = 元旦\n".write(to: year2027, atomically: true, encoding: .utf8)
        XCTAssertEqual(CalendarCheck.run(seeds: folder.seedsURL, today: try day("2026-11-23"), timeZone: zone).level, .problem)
    }

    func testThePrinterIsReachedWithoutPrinting() throws {
        let folder = try makeTemporaryFolder(self)
        func check(_ destination: PrinterConfig.Destination, path: String = "/usr/bin:/bin") -> DoctorFinding {
            PrinterCheck.run(.success(PrinterConfig(destination: destination, paper: .mm58)), searchPath: path)
        }
        XCTAssertEqual(PrinterCheck.run(.success(nil), searchPath: "").level, .ok)
        XCTAssertEqual(PrinterCheck.run(.failure(SeedError(file: "hall.toml", problem: "缺少 paper")), searchPath: "").level, .problem)
        XCTAssertEqual(check(.file(path: folder.appendingPathComponent("printouts.txt").path)).level, .ok)
        XCTAssertEqual(check(.file(path: folder.appendingPathComponent("gone/printouts.txt").path)).level, .problem)
        XCTAssertEqual(check(.escpos(device: "/dev/null")).level, .ok)
        let unplugged = check(.escpos(device: "/dev/usb/lp9-absent"))
        XCTAssertEqual(unplugged.level, .problem)
        XCTAssertTrue(unplugged.detail.contains("不存在"), unplugged.detail)

        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let lpstat = bin.appendingPathComponent("lpstat")
        try "#!/bin/sh\n[ \"$1\" = \"-p\" ] && [ \"$2\" = \"receipts\" ]\n".write(to: lpstat, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(lpstat.path, 0o755), 0)
        XCTAssertEqual(check(.lp(queue: "receipts"), path: bin.path).level, .ok)
        let unknown = check(.lp(queue: "nosuch"), path: bin.path)
        XCTAssertEqual(unknown.level, .problem)
        XCTAssertTrue(unknown.detail.contains("没有队列 nosuch"), unknown.detail)
        XCTAssertTrue(check(.lp(queue: "receipts"), path: folder.appendingPathComponent("empty").path).detail.contains("找不到 lpstat"))
    }
}

/// What `OpenFile.openTrusted` refuses, and `FileKindCheck` names: a log of another owner
/// or writable by others is not opened by a writer, a reader or verify.
final class TrustedFileTests: XCTestCase {
    func testALogOfAnotherOwnerOrWritableByOthersIsRefusedAndNamedByDoctor() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        try fill(try openLog(url), count: 2)
        XCTAssertEqual(FileKindCheck.run(folder: folder).level, .ok)

        XCTAssertEqual(chmod(url.path, 0o660), 0)
        XCTAssertThrowsError(try openLog(url)) { error in
            XCTAssertEqual(error as? LogFailure, .untrusted(path: url.path, problem: .writableByOthers(mode: 0o660), folder: false))
            XCTAssertTrue((error as? LogFailure)?.message.contains("chmod 0640 '\(url.path)'") == true)
        }
        XCTAssertEqual(chmod(url.path, 0o640), 0)

        guard getuid() == 0 else { throw XCTSkip("changing a file's owner needs root") }
        XCTAssertEqual(chown(url.path, 4242, gid_t.max), 0)
        XCTAssertThrowsError(try LogFollower(url: url).poll()) { error in
            XCTAssertEqual(error as? LogFailure, .untrusted(path: url.path, problem: .foreignOwner(owner: 4242, expected: getuid()), folder: false))
        }
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .unreadable)
        let finding = FileKindCheck.run(folder: folder)
        XCTAssertEqual(finding.level, .problem)
        XCTAssertTrue(finding.detail.contains("属主是 uid 4242"), finding.detail)
        XCTAssertEqual(finding.fix, "改回数据目录的属主：chown \(getuid()) '\(url.path)'")
    }
}
