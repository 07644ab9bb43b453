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
