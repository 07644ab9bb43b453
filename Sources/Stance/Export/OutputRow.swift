/// One output row: named fields in a fixed column order (CSV, TSV and tables use the order,
/// JSON sorts the keys). Every level — hit, sentence, quote, speaker, article — is a row, so
/// what users export and what `compare` counts are the same numbers.
public struct OutputRow: Sendable, Hashable {
    /// Column names in output order, and their values (parallel arrays: building a row of a
    /// hundred columns costs a hundred appends, not a hundred hash-table inserts).
    public private(set) var columns: [String] = []
    public private(set) var fieldValues: [JSONValue] = []

    public init() {
        columns.reserveCapacity(32)
        fieldValues.reserveCapacity(32)
    }

    /// Reads a field, or sets it (replacing an existing column in place, appending a new one).
    /// - Complexity: O(columns) per access; row builders use ``append(_:_:)``.
    public subscript(_ column: String) -> JSONValue? {
        get { columns.lastIndex(of: column).map { fieldValues[$0] } }
        set {
            if let index = columns.lastIndex(of: column) {
                if let newValue { fieldValues[index] = newValue } else {
                    columns.remove(at: index)
                    fieldValues.remove(at: index)
                }
            } else if let newValue {
                append(column, newValue)
            }
        }
    }

    /// Makes room for `count` columns (a row of a hundred columns grows once, not twice).
    public mutating func reserveCapacity(_ count: Int) {
        columns.reserveCapacity(count)
        fieldValues.reserveCapacity(count)
    }

    /// Adds a column the row does not have yet.
    /// - Complexity: O(1) amortised.
    @inline(__always)
    public mutating func append(_ column: String, _ value: JSONValue) {
        columns.append(column)
        fieldValues.append(value)
    }

    /// The fields by name.
    public var values: [String: JSONValue] { Dictionary(zip(columns, fieldValues), uniquingKeysWith: { $1 }) }

    /// The JSON object (sorted keys).
    public var json: JSONValue { .object(values) }

    /// Text of a field for CSV/TSV/tables: strings as they are, numbers as JSON prints them,
    /// booleans true/false, null empty.
    public func text(_ column: String) -> String {
        guard let index = columns.lastIndex(of: column) else { return "" }
        return OutputRow.text(fieldValues[index])
    }

    static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): string
        case .int(let value): String(value)
        case .double(let value): JSONValue.format(value)
        case .bool(let value): value ? "true" : "false"
        case .null: ""
        case let other: other.encoded
        }
    }

    /// Field texts in `header` order (fast when the row's columns are the header).
    func texts(in header: [String]) -> [String] {
        if header == columns { return fieldValues.map(OutputRow.text) }
        return header.map { text($0) }
    }
}

/// Output formats shared by the commands that print rows.
public enum RowFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv
}

/// Writes rows in one format. CSV/TSV print a header from the first row's columns (every row of
/// one level has the same columns); JSON collects the rows into one array.
public struct RowWriter {
    public let format: RowFormat
    private let write: (String) -> Void
    private var header: [String]?
    private var jsonCount = 0
    private var tableRows: [OutputRow] = []
    private let tableColumns: [String]?
    private let tableWidth: Int

    /// - Parameters:
    ///   - tableColumns: the columns a table shows (all if nil); tables are written at `finish()`.
    public init(format: RowFormat, tableColumns: [String]? = nil, tableWidth: Int = 80, write: @escaping (String) -> Void) {
        self.format = format
        self.write = write
        self.tableColumns = tableColumns
        self.tableWidth = tableWidth
    }

    public mutating func add(_ row: OutputRow) {
        switch format {
        case .jsonl:
            write(row.json.encoded)
        case .json:
            write((jsonCount == 0 ? "[" : ",") + row.json.encoded)
            jsonCount += 1
        case .csv, .tsv:
            let separator: Character = format == .csv ? "," : "\t"
            if header == nil {
                header = row.columns
                write(CSVFormat.line(row.columns, separator: separator))
            }
            if row.columns == header! {
                write(CSVFormat.line(values: row.fieldValues, separator: separator))
            } else {
                write(CSVFormat.line(row.texts(in: header!), separator: separator))
            }
        case .table:
            tableRows.append(row)
        }
    }

    public mutating func finish() {
        switch format {
        case .json: write(jsonCount == 0 ? "[]" : "]")
        case .table:
            for line in TextTable.render(tableRows, columns: tableColumns, width: tableWidth) { write(line) }
            tableRows.removeAll()
        default: break
        }
    }
}
