/// A lexicon TSV file read into rows: `#` comments and blank lines skipped, the first other
/// line is the header, every row keeps its 1-based line number for `FILE:LINE` errors.
public struct TSVTable: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String: String]
        public subscript(_ column: String) -> String? {
            guard let value = fields[column], !value.isEmpty else { return nil }
            return value
        }
    }

    public let file: String
    public let columns: [String]
    public let rows: [Row]

    /// Parses `contents`; rows with more fields than the header are errors.
    public init(file: String, contents: String) throws(LexiconFileError) {
        self.file = file
        var columns: [String] = []
        var rows: [Row] = []
        var lineNumber = 0
        for (number, line) in LexiconLines.numbered(contents) {
            lineNumber = number
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.utf8.first == 0x23 { continue }
            // Split on the tab byte (a tab never joins another character into one Character).
            let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { field in
                Substring(field).trimmingWhitespace()
            }
            if columns.isEmpty {
                columns = fields.map { $0.lowercased() }
                continue
            }
            guard fields.count <= columns.count else {
                throw LexiconFileError(file: file, line: lineNumber, reason: "row has \(fields.count) fields but the header has \(columns.count) (\(columns.joined(separator: ", ")))")
            }
            var record: [String: String] = [:]
            for (column, value) in zip(columns, fields) { record[column] = value }
            rows.append(Row(line: lineNumber, fields: record))
        }
        guard !columns.isEmpty else { throw LexiconFileError(file: file, line: max(lineNumber, 1), reason: "no header row") }
        self.columns = columns
        self.rows = rows
    }
}

/// A problem in a lexicon file, at a line.
public struct LexiconFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
    public var description: String { "\(file):\(line): \(reason)" }
}

extension String {
    func trimmingWhitespace() -> String { Substring(self).trimmingWhitespace() }
}

extension Substring {
    /// Without leading and trailing white space (Unicode's, so a no-break space from a
    /// spreadsheet goes too).
    func trimmingWhitespace() -> String {
        // Most fields start and end with a visible ASCII character.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(self)
        }
        var scalars = self
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
