import Foundation
import Glibc
import XCTest
@testable import HallStore

/// The three backends against real files, a stand-in device and stand-in `lp` commands.
final class PrintBackendTests: XCTestCase {
    private let slip = SlipPrintout.make(hallName: "乐从营业厅", slipNumber: "A012", businessName: "居民新装", customerKind: "居民",
                                         issuedAt: "2025-06-03 09:12", peopleAhead: 3, expectedWait: "约 10–15 分钟")

    func testTheFilePrinterAppendsWhatWasRendered() throws {
        let folder = try makeTemporaryFolder(self)
        let path = folder.appendingPathComponent("receipts.txt").path
        let printer = FilePrinter(path: path, paper: .mm58)
        try printer.print(slip)
        let text = ReceiptText.string(slip, paper: .mm58)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text + "\n")
        try printer.print(slip)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text + "\n" + text + "\n")
    }

    func testTheFilePrinterNamesAMissingFolder() throws {
        let folder = try makeTemporaryFolder(self).appendingPathComponent("absent")
        let printer = FilePrinter(path: folder.appendingPathComponent("receipts.txt").path, paper: .mm58)
        XCTAssertThrowsError(try printer.print(slip)) { error in
            XCTAssertEqual(error as? PrintFailure, .folderMissing(path: folder.path))
            XCTAssertTrue((error as? PrintFailure)?.message.contains("找不到打印输出文件所在的目录") == true)
        }
    }

    func testTheESCPOSPrinterWritesTheBytesToTheDevice() throws {
        let device = try makeTemporaryFolder(self).appendingPathComponent("lp0")
        XCTAssertTrue(FileManager.default.createFile(atPath: device.path, contents: nil))
        try ESCPOSPrinter(device: device.path, paper: .mm80).print(slip)
        XCTAssertEqual(Array(try Data(contentsOf: device)), try ESCPOS.encode(slip, paper: .mm80))
    }

    func testTheESCPOSPrinterNeverCreatesAMissingDevice() throws {
        let device = try makeTemporaryFolder(self).appendingPathComponent("lp9").path
        XCTAssertThrowsError(try ESCPOSPrinter(device: device, paper: .mm58).print(slip)) { error in
            XCTAssertEqual(error as? PrintFailure, .deviceMissing(path: device))
            XCTAssertTrue((error as? PrintFailure)?.message.contains("请检查打印机电源和 USB 线") == true)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: device))
    }

    func testADeviceThatRefusesTheWriteIsReported() {
        XCTAssertThrowsError(try ESCPOSPrinter(device: "/dev/full", paper: .mm58).print(slip)) { error in
            XCTAssertEqual(error as? PrintFailure, .io(operation: "write", path: "/dev/full", code: ENOSPC))
        }
    }

    /// The real `lp`: not installed here (CUPS is not), so the message must say so; where it
    /// is installed, a queue that does not exist must be refused with lp's own words.
    func testTheSystemLPRefusesAMissingQueueOrIsReportedMissing() throws {
        let printer = LPPrinter(queue: "halldesk-no-such-queue-\(getpid())", paper: .mm58)
        let installed = printer.searchPath.split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/lp") }
        XCTAssertThrowsError(try printer.print(slip)) { error in
            guard let failure = error as? PrintFailure else { return XCTFail("\(error)") }
            if installed {
                guard case .lpFailed(let status, _) = failure else { return XCTFail("\(failure)") }
                XCTAssertNotEqual(status, 0)
            } else {
                XCTAssertEqual(failure, .lpMissing)
                XCTAssertTrue(failure.message.contains("没有找到 lp 命令"))
            }
        }
    }

    func testAnEmptySearchPathMeansLPIsMissing() throws {
        let empty = try makeTemporaryFolder(self)
        XCTAssertThrowsError(try LPPrinter(queue: "hall", paper: .mm58, searchPath: empty.path).print(slip)) { error in
            XCTAssertEqual(error as? PrintFailure, .lpMissing)
        }
    }

    func testLPsFailureCarriesItsErrorOutput() throws {
        let bin = try makeTemporaryFolder(self)
        try writeScript(in: bin, """
            #!/bin/sh
            echo 'lp: The printer or class does not exist.' >&2
            exit 1
            """)
        let printer = LPPrinter(queue: "hall-58", paper: .mm58, searchPath: bin.path)
        XCTAssertThrowsError(try printer.print(slip)) { error in
            XCTAssertEqual(error as? PrintFailure, .lpFailed(status: 1, detail: "lp: The printer or class does not exist."))
            XCTAssertTrue((error as? PrintFailure)?.message.contains("lp 退出码 1：lp: The printer or class does not exist.") == true)
        }
    }

    func testLPGetsTheQueueRawModeAndTheBytes() throws {
        let bin = try makeTemporaryFolder(self)
        try writeScript(in: bin, """
            #!/bin/sh
            here=$(dirname "$0")
            printf '%s\\n' "$@" > "$here/args"
            for last in "$@"; do :; done
            cp "$last" "$here/job"
            """)
        try LPPrinter(queue: "hall-58", paper: .mm58, searchPath: "/nonexistent:" + bin.path).print(slip)
        let arguments = try String(contentsOf: bin.appendingPathComponent("args"), encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(arguments.prefix(4)), ["-d", "hall-58", "-o", "raw"])
        XCTAssertEqual(arguments.count, 5)
        XCTAssertEqual(Array(try Data(contentsOf: bin.appendingPathComponent("job"))), try ESCPOS.encode(slip, paper: .mm58))
        XCTAssertFalse(FileManager.default.fileExists(atPath: arguments[4]), "the job file is removed once lp has it")
    }

    private func writeScript(in folder: URL, _ text: String) throws {
        let url = folder.appendingPathComponent("lp")
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(url.path, 0o755), 0)
    }
}
