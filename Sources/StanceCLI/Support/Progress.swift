import Foundation

/// A one-line progress display on standard error, only when it is a terminal and not `--quiet`.
struct Progress {
    let enabled: Bool
    let start = Date()
    private var lastDraw = Date.distantPast

    init(quiet: Bool) { enabled = !quiet && Console.stderrIsTerminal }

    mutating func update(documents: Int, bytes: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(bytes) / 1_000_000
        FileHandle.standardError.write(Data(String(format: "\r\u{1B}[Kstance: %d documents, %.1f MB, %.1f MB/s", documents, megabytes, megabytes / seconds).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
