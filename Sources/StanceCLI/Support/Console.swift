import Foundation
import Stance

#if canImport(Glibc)
import Glibc
#endif

/// Standard output, buffered, and standard error, line-locked so parallel workers never
/// interleave half lines. Data goes to stdout; problems, progress and summaries to stderr.
final class Console: @unchecked Sendable {
    static let shared = Console()

    private var buffer = [UInt8]()
    private let lock = NSLock()
    private let errorLock = NSLock()
    private(set) var outputFailed = false

    init() { buffer.reserveCapacity(1 << 16) }

    /// Appends `line` and a newline to standard output.
    func write(_ line: String) {
        lock.lock()
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        let full = buffer.count >= 1 << 16
        lock.unlock()
        if full { flush() }
    }

    func flush() {
        lock.lock()
        defer { lock.unlock() }
        guard !buffer.isEmpty, !outputFailed else { buffer.removeAll(keepingCapacity: true); return }
        var written = 0
        buffer.withUnsafeBytes { raw in
            while written < raw.count {
                let result = Glibc.write(1, raw.baseAddress! + written, raw.count - written)
                if result <= 0 {
                    if result < 0 && errno == EINTR { continue }
                    outputFailed = true
                    return
                }
                written += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `message` as one line to standard error.
    func error(_ message: String) {
        errorLock.lock()
        defer { errorLock.unlock() }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Whether standard error / standard output is a terminal.
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Colour only on a terminal and when NO_COLOR is not set.
    static var useColour: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
