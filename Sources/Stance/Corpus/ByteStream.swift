import Foundation

/// Reads a file (or standard input) in 1 MiB chunks, so corpus files of any size stream through
/// in constant memory. Hands out lines, or CSV records (which may span lines).
final class ByteStream {
    private let handle: FileHandle?
    private var buffer = [UInt8]()
    private var position = 0
    private var finished = false
    /// 1-based line number of the next byte.
    private(set) var line = 1
    /// Byte offset in the stream of the next byte.
    private(set) var offset = 0
    static let chunkSize = 1 << 20

    init(handle: FileHandle) { self.handle = handle }

    /// A stream over bytes already in memory.
    init(bytes: [UInt8]) {
        self.handle = nil
        self.buffer = bytes
        self.finished = true
    }

    /// Fills the buffer; returns false at end of input.
    private func refill() throws -> Bool {
        if finished { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        guard let handle else {
            finished = true
            return false
        }
        let data = try handle.read(upToCount: ByteStream.chunkSize) ?? Data()
        if data.isEmpty {
            finished = true
            return false
        }
        buffer.append(contentsOf: data)
        return true
    }

    /// The next line without its terminator (LF, CRLF or CR), with its line number, or nil at the end.
    func nextLine() throws -> (bytes: ArraySlice<UInt8>, line: Int, offset: Int)? {
        var scan = position
        while true {
            while scan < buffer.count {
                let byte = buffer[scan]
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && scan + 1 == buffer.count && !finished {
                        // A CR at the chunk end may be half a CRLF: read on.
                        break
                    }
                    let result = buffer[position..<scan]
                    var next = scan + 1
                    if byte == 0x0D, next < buffer.count, buffer[next] == 0x0A { next += 1 }
                    let lineNumber = line, lineOffset = offset
                    line += 1
                    offset += next - position
                    position = next
                    return (result, lineNumber, lineOffset)
                }
                scan += 1
            }
            let consumed = scan - position
            if try !refill() {
                guard position < buffer.count else { return nil }
                let result = buffer[position..<buffer.count]
                let lineNumber = line, lineOffset = offset
                offset += buffer.count - position
                position = buffer.count
                line += 1
                return (result, lineNumber, lineOffset)
            }
            scan = position + consumed
        }
    }

    /// The next CSV record (RFC 4180: quoted fields may hold separators, quotes as "" and
    /// newlines), with the line it starts on; nil at the end.
    func nextCSVRecord() throws -> (fields: [String], line: Int)? {
        var fields: [String] = []
        var field = [UInt8]()
        var inQuotes = false
        var fieldWasQuoted = false
        var started = false
        let startLine = line
        while true {
            if position >= buffer.count {
                if try !refill() {
                    if !started { return nil }
                    if inQuotes { throw CSVError(line: startLine, reason: "unterminated quoted field") }
                    fields.append(String(decoding: field, as: UTF8.self))
                    return (fields, startLine)
                }
            }
            let byte = buffer[position]
            position += 1
            offset += 1
            started = true
            if inQuotes {
                if byte == 0x22 {
                    if position >= buffer.count { _ = try refill() }
                    if position < buffer.count, buffer[position] == 0x22 {
                        field.append(0x22)
                        position += 1
                        offset += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case 0x2C:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldWasQuoted = false
            case 0x0D, 0x0A:
                if byte == 0x0D {
                    if position >= buffer.count { _ = try refill() }
                    if position < buffer.count, buffer[position] == 0x0A { position += 1; offset += 1 }
                }
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return (fields, startLine)
            default:
                field.append(byte)
            }
        }
    }

    /// The first byte that is not white space, without consuming anything (nil if none).
    func peekNonBlank() throws -> UInt8? {
        var scan = position
        while true {
            while scan < buffer.count {
                let byte = buffer[scan]
                if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { return byte }
                scan += 1
            }
            let consumed = scan - position
            if try !refill() { return nil }
            scan = position + consumed
        }
    }

    /// All remaining bytes (for a plain-text document).
    func readAll() throws -> [UInt8] {
        while try refill() {}
        let result = Array(buffer[position...])
        position = buffer.count
        return result
    }
}

struct CSVError: Error {
    let line: Int
    let reason: String
}
