/// A reader for the common JSONL line, a flat object of string (or null) values:
/// `{"id": "…", "outlet": "…", "date": "…", "text": "…"}`.
///
/// Reading a corpus is the one step that runs on a single thread; Foundation's
/// `JSONSerialization` builds an `NSDictionary` of bridged strings for every line and was a
/// sixth of that thread's time. This reader makes the `String`s straight from the line's bytes.
/// Anything else (numbers, booleans, nested values, invalid JSON) returns nil, and the caller
/// falls back to `JSONSerialization`, so errors and unusual values behave as before.
enum FlatJSON {
    /// The object's string fields (null fields left out), or nil when the line is not a flat
    /// object of strings and nulls.
    static func stringFields(_ line: ArraySlice<UInt8>) -> [String: String]? {
        line.withUnsafeBufferPointer { bytes -> [String: String]? in
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func object() -> [String: String]? {
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x7B else { return nil } // {
            position += 1
            var fields: [String: String] = [:]
            skipSpace()
            if position < bytes.count, bytes[position] == 0x7D { // }
                position += 1
                return end() ? fields : nil
            }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard position < bytes.count, bytes[position] == 0x3A else { return nil } // :
                position += 1
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == 0x22 {
                    guard let value = string() else { return nil }
                    fields[key] = value
                } else if position + 4 <= bytes.count, bytes[position] == 0x6E, bytes[position + 1] == 0x75,
                          bytes[position + 2] == 0x6C, bytes[position + 3] == 0x6C { // null
                    position += 4
                    fields[key] = nil
                } else {
                    return nil
                }
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == 0x2C { position += 1; continue } // ,
                if bytes[position] == 0x7D { position += 1; break } // }
                return nil
            }
            return end() ? fields : nil
        }

        /// Only white space may follow the object.
        mutating func end() -> Bool {
            skipSpace()
            return position == bytes.count
        }

        /// A JSON string at `position` (which holds the opening quote).
        mutating func string() -> String? {
            guard position < bytes.count, bytes[position] == 0x22 else { return nil }
            position += 1
            let start = position
            // Fast path: no escapes.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 {
                    let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    position += 1
                    return value
                }
                if byte == 0x5C { break }
                if byte < 0x20 { return nil } // control characters must be escaped
                position += 1
            }
            guard position < bytes.count else { return nil }
            // Escapes (every "\n" of an article): copy the runs between them whole.
            var utf8: [UInt8] = []
            utf8.reserveCapacity(bytes.count - start)
            var run = start
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else {
                    position += 1
                    continue
                }
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                if byte == 0x22 {
                    position += 1
                    return String(decoding: utf8, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                position += 1
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case 0x22: utf8.append(0x22)
                case 0x5C: utf8.append(0x5C)
                case 0x2F: utf8.append(0x2F)
                case 0x62: utf8.append(0x08)
                case 0x66: utf8.append(0x0C)
                case 0x6E: utf8.append(0x0A)
                case 0x72: utf8.append(0x0D)
                case 0x74: utf8.append(0x09)
                case 0x75:
                    guard var value = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(value) {
                        // A surrogate pair: "\uD83D\uDE00".
                        guard position + 6 <= bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75 else { return nil }
                        position += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(value) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    UTF8.encode(scalar) { utf8.append($0) }
                default:
                    return nil
                }
                run = position
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }
    }
}
