/// One output row: named fields in a fixed column order (CSV, TSV and tables use the order,
/// JSON sorts the keys). Every level — hit, sentence, quote, speaker, article — is a row, so
/// what users export and what `compare` counts are the same numbers.
public struct OutputRow: Sendable, Hashable {
    public private(set) var columns: [String] = []
    public private(set) var values: [String: JSONValue] = [:]

    public init() {}

    public subscript(_ column: String) -> JSONValue? {
        get { values[column] }
        set {
            if values[column] == nil, newValue != nil { columns.append(column) }
            values[column] = newValue
            if newValue == nil { columns.removeAll { $0 == column } }
        }
    }

    /// The JSON object (sorted keys).
    public var json: JSONValue { .object(values) }

    /// Text of a field for CSV/TSV/tables: strings as they are, numbers as JSON prints them,
    /// booleans true/false, null empty.
    public func text(_ column: String) -> String {
        switch values[column] {
        case .string(let string): string
        case .int(let value): String(value)
        case .double(let value): JSONValue.format(value)
        case .bool(let value): value ? "true" : "false"
        case .null, .none: ""
        case .some(let other): other.encoded
        }
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
            write(CSVFormat.line(header!.map { row.text($0) }, separator: separator))
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
