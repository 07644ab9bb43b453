import CICU

/// A Swift owner of one ICU break iterator (through CICU). Not thread-safe: each worker makes its own.
final class ICUBreaker {
    enum Kind { case sentence, word }

    let pointer: OpaquePointer

    init(_ kind: Kind, locale: String = "nb") throws(SegmenterError) {
        var error: Int32 = 0
        let opened = cicu_breaker_open(kind == .word ? Int32(CICU_BREAK_WORD) : Int32(CICU_BREAK_SENTENCE), locale, &error)
        guard let opened else { throw SegmenterError(reason: "ICU break iterator could not be opened (ICU error \(error))") }
        pointer = opened
    }

    deinit { cicu_breaker_close(pointer) }

    /// Calls `body` with each boundary after the start and the rule status there.
    /// The caller keeps `bytes` alive for the call.
    func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void) {
        guard cicu_breaker_set_text(pointer, bytes.baseAddress, Int64(bytes.count)) == 0 else { return }
        while true {
            let next = cicu_breaker_next(pointer)
            if next < 0 { break }
            body(Int(next), cicu_breaker_rule_status(pointer))
        }
    }

    /// Points the iterator at `bytes` (kept alive by the caller while iterating with ``next()``).
    @inline(__always)
    func setText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        cicu_breaker_set_text(pointer, bytes.baseAddress, Int64(bytes.count)) == 0
    }

    /// The next boundary, or -1 at the end.
    @inline(__always)
    func next() -> Int { Int(cicu_breaker_next(pointer)) }

    /// The rule status of the boundary last returned.
    @inline(__always)
    var ruleStatus: Int32 { cicu_breaker_rule_status(pointer) }

    /// Raw iteration for benchmarks: boundary count and the sum of rule statuses.
    func countBoundaries(in bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, statusSum: Int) {
        var sum: Int64 = 0
        let count = cicu_count_breaks(pointer, bytes.baseAddress, Int64(bytes.count), &sum)
        return (Int(count), Int(sum))
    }
}

/// The segmenter could not start (ICU missing or broken).
public struct SegmenterError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// Facts about ICU itself.
public enum ICU {
    /// The version of the ICU library linked in, e.g. "72.1".
    public static var version: String { String(cString: cicu_version()) }
}
