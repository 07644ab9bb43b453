/// The text of one document as read: UTF-8 without a byte order mark, every CRLF and CR turned
/// into LF. All spans inside Stance are UTF-8 byte offsets into `utf8`; every output converts
/// them to Unicode scalar offsets with ``scalarOffset(ofByte:)`` (see spec/contract.md).
public struct Text: Sendable {
    /// The bytes of the text (valid UTF-8, LF newlines).
    public let utf8: ContiguousArray<UInt8>
    /// Scalar count before byte `k * checkpointStride`, for fast byte → scalar conversion.
    @usableFromInline let scalarCheckpoints: ContiguousArray<Int32>
    @usableFromInline static let checkpointStride = 64
    /// Number of U+FFFD substitutions made while decoding with `lossy: true`.
    public let replacements: Int

    /// Decodes `bytes` as UTF-8: drops a leading BOM, turns CRLF and CR into LF.
    ///
    /// - Throws: ``TextDecodingError`` at the first invalid byte unless `lossy` is true, in which
    ///   case each invalid sequence becomes U+FFFD and is counted in ``replacements``.
    /// - Complexity: O(n) in the number of bytes.
    public init<Bytes: Collection<UInt8>>(decoding bytes: Bytes, lossy: Bool = false) throws(TextDecodingError) {
        var decoder = UTF8Normaliser(lossy: lossy)
        let result: ContiguousArray<UInt8>
        if let fast = bytes.withContiguousStorageIfAvailable({ buffer in
            Result { () throws(TextDecodingError) in try decoder.decode(buffer) }
        }) {
            result = try fast.get()
        } else {
            let copy = ContiguousArray(bytes)
            result = try copy.withUnsafeBufferPointer { buffer throws(TextDecodingError) in try decoder.decode(buffer) }
        }
        self.init(normalisedUTF8: result, replacements: decoder.replacements)
    }

    /// A text from a Swift string (BOM and newlines normalised as for files).
    public init(_ string: String) {
        var copy = string
        // A String is always valid UTF-8, so decoding cannot fail; without a BOM or a carriage
        // return there is nothing to normalise either, and the bytes are taken as they are (the
        // corpus reader makes every document this way).
        let bytes = copy.withUTF8 { ContiguousArray($0) }
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        if !bom, !bytes.withUnsafeBufferPointer({ $0.contains(0x0D) }) {
            self.init(normalisedUTF8: bytes, replacements: 0)
            return
        }
        self = try! Text(decoding: bytes)
    }

    init(normalisedUTF8 utf8: ContiguousArray<UInt8>, replacements: Int) {
        self.utf8 = utf8
        self.replacements = replacements
        var checkpoints = ContiguousArray<Int32>()
        checkpoints.reserveCapacity(utf8.count / Text.checkpointStride + 2)
        var scalars: Int32 = 0
        utf8.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if index % Text.checkpointStride == 0 { checkpoints.append(scalars) }
                if buffer[index] & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
        }
        checkpoints.append(scalars)
        self.scalarCheckpoints = checkpoints
    }

    /// Number of UTF-8 bytes.
    public var byteCount: Int { utf8.count }

    /// Number of Unicode scalars.
    public var scalarCount: Int { Int(scalarCheckpoints.last ?? 0) }

    /// The Unicode scalar offset of a UTF-8 byte offset (which must be on a scalar boundary).
    ///
    /// - Complexity: O(1): at most 63 bytes are counted after a checkpoint.
    @inlinable
    public func scalarOffset(ofByte byte: Int) -> Int {
        if byte >= utf8.count { return scalarCount }
        let checkpoint = byte / Text.checkpointStride
        var count = Int(scalarCheckpoints[checkpoint])
        var index = checkpoint * Text.checkpointStride
        while index < byte {
            if utf8[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The text of a byte range as a `String` (for output at the edges, never per token).
    public func string(_ range: Range<Int>) -> String {
        utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The whole text as a `String`.
    public var string: String { string(0..<utf8.count) }

    /// The byte at `index`, or 0 outside the text.
    @inlinable
    public func byte(at index: Int) -> UInt8 { index >= 0 && index < utf8.count ? utf8[index] : 0 }
}

/// Invalid UTF-8 in input: where it is, so the user can find it.
public struct TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the first invalid byte in the input as given (before BOM removal).
    public let byteOffset: Int
    /// 1-based line number of that byte.
    public let line: Int

    public var description: String {
        "invalid UTF-8 at byte offset \(byteOffset) (line \(line)); use --lossy to replace invalid bytes with U+FFFD"
    }
}

/// One pass over input bytes: validates UTF-8, drops a BOM, normalises newlines.
struct UTF8Normaliser {
    let lossy: Bool
    var replacements = 0

    init(lossy: Bool) { self.lossy = lossy }

    mutating func decode(_ input: UnsafeBufferPointer<UInt8>) throws(TextDecodingError) -> ContiguousArray<UInt8> {
        var out = ContiguousArray<UInt8>()
        out.reserveCapacity(input.count)
        var index = 0
        var line = 1
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0x0D {
                    out.append(0x0A)
                    line += 1
                    index += 1
                    if index < count, input[index] == 0x0A { index += 1 }
                    continue
                }
                if byte == 0x0A { line += 1 }
                out.append(byte)
                index += 1
                continue
            }
            let length = UTF8Normaliser.sequenceLength(input, at: index)
            if length == 0 {
                if !lossy { throw TextDecodingError(byteOffset: index, line: line) }
                replacements += 1
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += UTF8Normaliser.invalidRunLength(input, at: index)
                continue
            }
            for offset in 0..<length { out.append(input[index + offset]) }
            index += length
        }
        return out
    }

    /// Length of a valid UTF-8 sequence starting at `index`, or 0 if invalid (RFC 3629).
    static func sequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let first = input[index]
        let count = input.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(input[index + offset])
        }
        switch first {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// How many bytes one U+FFFD replaces: the invalid lead byte and the continuation bytes after it.
    static func invalidRunLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var end = index + 1
        while end < input.count, end - index < 4, input[end] & 0xC0 == 0x80 { end += 1 }
        return end - index
    }
}
