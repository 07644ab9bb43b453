/// RFC 4180 CSV: a field is quoted when it holds a comma, a quote, CR or LF (quotes doubled);
/// records end in CRLF-free "\n" so pandas and LibreOffice read them alike. Always UTF-8.
public enum CSVFormat {
    /// One CSV line (without the newline) from `fields`, separated by `separator` (`,` or tab).
    public static func line(_ fields: [String], separator: Character = ",") -> String {
        var out = ""
        // A speaker row has a hundred fields: grow the line once, not a dozen times.
        var size = fields.count
        for field in fields { size += field.utf8.count }
        out.reserveCapacity(size + 8)
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(separator) }
            out += escape(field, separator: separator)
        }
        return out
    }

    public static func escape(_ field: String, separator: Character = ",") -> String {
        if separator == "\t" {
            // TSV has no quoting: tabs and newlines become spaces.
            guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
            return String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
        }
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension CSVFormat {
    /// ``line(_:separator:)`` of ``OutputRow/text(_:)`` of each value, written as bytes: a
    /// speaker row has a hundred fields, mostly small numbers, and making a String of each
    /// before joining them cost more than the rest of writing the row. Fields that need quoting
    /// (or, in TSV, replacing) take the String path, so the bytes are the same.
    static func line(values: [JSONValue], separator: Character) -> String {
        let tab = separator == "\t"
        let separatorByte: UInt8 = tab ? 0x09 : 0x2C
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 3 + 64)
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(separatorByte) }
            switch value {
            case .string(let string): appendText(string, to: &out, separator: separator)
            case .int(let int): appendInt(int, to: &out)
            case .double(let double):
                // As JSONValue.format: integral values print as integers.
                let rounded = (double * 1_000_000).rounded() / 1_000_000
                if double.isFinite, rounded == rounded.rounded(), abs(rounded) < 1e15 {
                    appendInt(Int(rounded), to: &out)
                } else {
                    appendText(JSONValue.format(double), to: &out, separator: separator)
                }
            case .bool(let bool): out.append(contentsOf: (bool ? "true" : "false").utf8)
            case .null: break
            default: appendText(OutputRow.text(value), to: &out, separator: separator)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text`, escaped for `separator` when it needs it. Static with `out` inout rather than a
    /// closure capturing it: a captured `var` pays a dynamic exclusivity check per call.
    private static func appendText(_ text: String, to out: inout [UInt8], separator: Character) {
        let tab = separator == "\t"
        func special(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            tab ? bytes.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                : bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        }
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if special(bytes) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        switch plain {
        case true?: return
        case false?: out.append(contentsOf: escape(text, separator: separator).utf8)
        case nil:
            var text = text
            text.withUTF8 { bytes in
                if special(bytes) {
                    out.append(contentsOf: escape(String(decoding: bytes, as: UTF8.self), separator: separator).utf8)
                } else {
                    out.append(contentsOf: bytes)
                }
            }
        }
    }

    private static func appendInt(_ value: Int, to out: inout [UInt8]) {
        if value >= 0 && value < 10 { out.append(0x30 + UInt8(value)); return }
        if value == Int.min { out.append(contentsOf: String(value).utf8); return }
        var magnitude = value.magnitude
        if value < 0 { out.append(0x2D) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 24 digits, last first
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
