import Lexicon

/// One article: its id, metadata and text as read.
public struct Document: Sendable {
    /// The document id: the JSONL/CSV `id` field, else the file path as given, else `-`.
    public var id: String
    public var metadata: DocumentMetadata
    public var text: Text
    /// Where the document came from (file and line of its record), for error messages.
    public var source: SourceLocation

    public init(id: String, metadata: DocumentMetadata = DocumentMetadata(), text: Text, source: SourceLocation = SourceLocation(file: "-", line: 1)) {
        self.id = id
        self.metadata = metadata
        self.text = text
        self.source = source
    }
}

/// Article metadata: the optional contract fields and any extra fields, carried through.
public struct DocumentMetadata: Sendable, Hashable {
    public var outlet: String = ""
    /// ISO 8601 date or datetime as given (validated by the reader); empty if unknown.
    public var date: String = ""
    public var title: String = ""
    public var url: String = ""
    /// Other fields of a JSONL object or CSV row, by name.
    public var extra: [String: String] = [:]

    public init(outlet: String = "", date: String = "", title: String = "", url: String = "", extra: [String: String] = [:]) {
        self.outlet = outlet
        self.date = date
        self.title = title
        self.url = url
        self.extra = extra
    }
}

/// A file and 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
    public var description: String { "\(file):\(line)" }
}
