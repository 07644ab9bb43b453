/// The small subset of YAML that quanteda dictionaries use: nested block mappings, block lists
/// (`- term`, also at the indentation of their key), flow lists (`[a, b]`), plain and quoted
/// scalars, `#` comments and a `---` document marker. Anchors, multi-line scalars and flow
/// mappings are not supported (an error names the line).
public enum DictionaryYAML {
    public indirect enum Node: Sendable, Hashable {
        case scalar(String)
        case list([Node])
        /// Keys in file order.
        case map([(key: String, value: Node)])

        public static func == (lhs: Node, rhs: Node) -> Bool {
            switch (lhs, rhs) {
            case (.scalar(let a), .scalar(let b)): a == b
            case (.list(let a), .list(let b)): a == b
            case (.map(let a), .map(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            default: false
            }
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .scalar(let value): hasher.combine(value)
            case .list(let values): hasher.combine(values)
            case .map(let pairs): for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
            }
        }
    }

    /// A line of the YAML file that this subset cannot read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    struct Line {
        var number: Int
        var indent: Int
        var content: String
    }

    /// Parses `contents` into a node (an empty map for an empty document).
    public static func parse(_ contents: String) throws(ParseError) -> Node {
        var lines: [Line] = []
        for (number, line) in LexiconLines.numbered(contents) {
            let text = String(line)
            if text.contains("\t"), text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                throw ParseError(line: number, reason: "tabs are not allowed for indentation in YAML")
            }
            let content = stripComment(text)
            let trimmed = content.trimmingWhitespace()
            if trimmed.isEmpty || trimmed == "---" || trimmed == "..." { continue }
            let indent = content.prefix(while: { $0 == " " }).count
            lines.append(Line(number: number, indent: indent, content: trimmed))
        }
        var position = 0
        guard !lines.isEmpty else { return .map([]) }
        let node = try block(lines, &position, indent: lines[0].indent)
        if position < lines.count { throw ParseError(line: lines[position].number, reason: "unexpected indentation") }
        return node
    }

    /// Text before a `#` that starts a comment (outside quotes, at the start or after a space).
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && (previous == " " || index == line.startIndex) {
                return String(line[..<index])
            }
            previous = character
            index = line.index(after: index)
        }
        return line
    }

    static func isListItem(_ content: String) -> Bool { content == "-" || content.hasPrefix("- ") }

    static func block(_ lines: [Line], _ position: inout Int, indent: Int) throws(ParseError) -> Node {
        if isListItem(lines[position].content) { return try list(lines, &position, indent: indent) }
        return try map(lines, &position, indent: indent)
    }

    static func list(_ lines: [Line], _ position: inout Int, indent: Int) throws(ParseError) -> Node {
        var items: [Node] = []
        while position < lines.count, lines[position].indent == indent, isListItem(lines[position].content) {
            let line = lines[position]
            let rest = String(line.content.dropFirst()).trimmingWhitespace()
            position += 1
            if rest.isEmpty {
                guard position < lines.count, lines[position].indent > indent else { items.append(.scalar("")); continue }
                items.append(try block(lines, &position, indent: lines[position].indent))
            } else if rest.hasPrefix("[") {
                items.append(try flowList(rest, line: line.number))
            } else if let (key, value) = keyValue(rest) {
                // "- key: value": a one-entry map (more keys may follow, indented under it).
                var pairs: [(key: String, value: Node)] = [(key, value.isEmpty ? .list([]) : try scalarOrFlow(value, line: line.number))]
                if position < lines.count, lines[position].indent > indent, !isListItem(lines[position].content) {
                    if case .map(let more) = try map(lines, &position, indent: lines[position].indent) { pairs += more }
                }
                items.append(.map(pairs))
            } else {
                items.append(.scalar(try unquote(rest, line: line.number)))
            }
        }
        return .list(items)
    }

    static func map(_ lines: [Line], _ position: inout Int, indent: Int) throws(ParseError) -> Node {
        var pairs: [(key: String, value: Node)] = []
        while position < lines.count, lines[position].indent == indent {
            let line = lines[position]
            guard !isListItem(line.content) else { throw ParseError(line: line.number, reason: "a list item where a key was expected") }
            guard let (key, value) = keyValue(line.content) else {
                throw ParseError(line: line.number, reason: "expected 'key:' or 'key: value'")
            }
            position += 1
            if !value.isEmpty {
                pairs.append((key, try scalarOrFlow(value, line: line.number)))
                continue
            }
            if position < lines.count,
               lines[position].indent > indent || (lines[position].indent == indent && isListItem(lines[position].content)) {
                pairs.append((key, try block(lines, &position, indent: lines[position].indent)))
            } else {
                pairs.append((key, .list([])))
            }
        }
        if position < lines.count, lines[position].indent > indent {
            throw ParseError(line: lines[position].number, reason: "unexpected indentation")
        }
        return .map(pairs)
    }

    /// `key: value` split at the first `: ` (or a final `:`), outside quotes.
    static func keyValue(_ content: String) -> (String, String)? {
        var quote: Character?
        var index = content.startIndex
        while index < content.endIndex {
            let character = content[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ":" {
                let next = content.index(after: index)
                if next == content.endIndex || content[next] == " " {
                    let key = String(content[..<index]).trimmingWhitespace()
                    guard !key.isEmpty, let unquoted = try? unquote(key, line: 0) else { return nil }
                    return (unquoted, String(content[next...]).trimmingWhitespace())
                }
            }
            index = content.index(after: index)
        }
        return nil
    }

    static func scalarOrFlow(_ value: String, line: Int) throws(ParseError) -> Node {
        if value.hasPrefix("[") { return try flowList(value, line: line) }
        if value.hasPrefix("{") { throw ParseError(line: line, reason: "flow mappings ({…}) are not supported") }
        if value.hasPrefix("&") || value.hasPrefix("*") && !value.hasSuffix("*") || value.hasPrefix("|") || value.hasPrefix(">") {
            throw ParseError(line: line, reason: "anchors, aliases and block scalars are not supported")
        }
        return .scalar(try unquote(value, line: line))
    }

    /// `[a, "b c", 'd']` on one line.
    static func flowList(_ value: String, line: Int) throws(ParseError) -> Node {
        guard value.hasSuffix("]") else { throw ParseError(line: line, reason: "a flow list must end on its line with ']'") }
        let inner = value.dropFirst().dropLast()
        var items: [Node] = []
        var current = ""
        var quote: Character?
        for character in inner {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                let item = current.trimmingWhitespace()
                if !item.isEmpty { items.append(.scalar(try unquote(item, line: line))) }
                current = ""
            } else {
                current.append(character)
            }
        }
        let item = current.trimmingWhitespace()
        if !item.isEmpty { items.append(.scalar(try unquote(item, line: line))) }
        return .list(items)
    }

    /// A plain, 'single-quoted' ('' is a quote) or "double-quoted" (\" \\ \n \t) scalar.
    static func unquote(_ value: String, line: Int) throws(ParseError) -> String {
        if value.hasPrefix("'") {
            guard value.count >= 2, value.hasSuffix("'") else { throw ParseError(line: line, reason: "unterminated quote") }
            return value.dropFirst().dropLast().split(separator: "''", omittingEmptySubsequences: false).joined(separator: "'")
        }
        if value.hasPrefix("\"") {
            guard value.count >= 2, value.hasSuffix("\"") else { throw ParseError(line: line, reason: "unterminated quote") }
            var out = ""
            var escaped = false
            for character in value.dropFirst().dropLast() {
                if escaped {
                    switch character {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    out.append(character)
                }
            }
            return out
        }
        return value
    }
}
