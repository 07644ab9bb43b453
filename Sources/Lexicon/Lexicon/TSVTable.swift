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
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
                String(field).trimmingWhitespace()
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
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
