/// Plain-text tables that fit a terminal width (80 columns by default): numeric columns
/// right-aligned, the widest text column shrunk and cut with "…" when the table is too wide.
public enum TextTable {
    public static func render(_ rows: [OutputRow], columns: [String]?, width: Int = 80) -> [String] {
        guard let first = rows.first else { return [] }
        let names = columns ?? first.columns
        var cells = rows.map { row in names.map { row.text($0) } }
        var widths = names.map { $0.count }
        for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let numeric = names.indices.map { index in
            rows.allSatisfy { row in
                switch row[names[index]] {
                case .int, .double, .none, .null: true
                default: false
                }
            }
        }
        // Shrink the widest text columns until the table fits (each at least 6 wide).
        let separatorWidth = 2 * (names.count - 1)
        while widths.reduce(0, +) + separatorWidth > width {
            guard let widest = widths.indices.filter({ !numeric[$0] && widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        func fit(_ text: String, _ width: Int, right: Bool) -> String {
            var text = text.replacingAll("\n", with: " ")
            if text.count > width { text = String(text.prefix(max(0, width - 1))) + "…" }
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return right ? padding + text : text + padding
        }
        var lines: [String] = []
        lines.append(zip(names, widths).enumerated().map { index, pair in fit(pair.0, pair.1, right: numeric[index]) }
            .joined(separator: "  ").trailingSpacesRemoved)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for index in cells.indices {
            cells[index] = cells[index].enumerated().map { column, cell in fit(cell, widths[column], right: numeric[column]) }
            lines.append(cells[index].joined(separator: "  ").trailingSpacesRemoved)
        }
        return lines
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
