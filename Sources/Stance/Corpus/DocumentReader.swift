import Foundation
import Lexicon

/// Options every command that reads documents shares.
public struct ReaderOptions: Sendable {
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of skipping the document.
    public var lossy = false
    /// Metadata for plain-text input.
    public var outlet: String?
    public var date: String?
    public init(lossy: Bool = false, outlet: String? = nil, date: String? = nil) {
        self.lossy = lossy
        self.outlet = outlet
        self.date = date
    }
}

/// A problem with one record or file: reported as `FILE:LINE: reason` and skipped.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case badRecord, missingInput, unreadable }
    public var location: SourceLocation
    public var reason: String
    public var kind: Kind = .badRecord
    public var description: String { "\(location): \(reason)" }
}

/// Streams ``Document``s from files, directories (recursive: `*.txt`, `*.jsonl`, `*.csv`) and
/// standard input (`-`), one at a time, in a deterministic order.
///
/// A single-pass cursor: ``next()`` returns the next good document; bad records (broken JSON,
/// CSV rows without text, invalid dates, invalid UTF-8) go to ``problems`` and are skipped, so one
/// broken article never stops a corpus run.
public final class DocumentReader {
    public let options: ReaderOptions
    private var pending: [String]
    private var current: Source?
    /// Problems met so far, in input order.
    public private(set) var problems: [RecordError] = []
    /// Called with each problem as it is found (e.g. to print it on stderr).
    public var onProblem: ((RecordError) -> Void)?
    /// Called with warnings that skip nothing (e.g. `--lossy` replacements).
    public var onWarning: ((RecordError) -> Void)?
    /// Number of documents returned.
    public private(set) var documentsRead = 0

    private enum Format { case text, jsonl, csv }
    private struct Source {
        var path: String
        var stream: ByteStream
        var format: Format
        var header: [String] = []
        var textDone = false
    }

    public init(inputs: [String], options: ReaderOptions = ReaderOptions()) {
        self.options = options
        self.pending = inputs.isEmpty ? ["-"] : inputs
        self.pending.reverse()
    }

    /// Number of skipped records and files.
    public var skipped: Int { problems.count }

    /// The next document, or nil when every input is read.
    public func next() -> Document? {
        while true {
            if current == nil {
                guard let path = pending.popLast() else { return nil }
                open(path)
                continue
            }
            if let document = nextFromCurrent() {
                documentsRead += 1
                return document
            }
        }
    }

    private func report(_ problem: RecordError) {
        problems.append(problem)
        onProblem?(problem)
    }

    private func open(_ path: String) {
        if path == "-" {
            // Standard input is JSONL when its first non-blank byte is "{", else plain text.
            let stream = ByteStream(handle: .standardInput)
            let first = try? stream.peekNonBlank()
            current = Source(path: "-", stream: stream, format: first == 0x7B ? .jsonl : .text)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            report(RecordError(location: SourceLocation(file: path, line: 0), reason: "no such file or directory", kind: .missingInput))
            return
        }
        if isDirectory.boolValue {
            let files = DocumentReader.corpusFiles(in: path)
            pending.append(contentsOf: files.reversed())
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            report(RecordError(location: SourceLocation(file: path, line: 0), reason: "cannot open file (permission denied?)", kind: .unreadable))
            return
        }
        let lower = path.lowercased()
        let format: Format = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonl : lower.hasSuffix(".csv") ? .csv : .text
        current = Source(path: path, stream: ByteStream(handle: handle), format: format)
    }

    /// Corpus files below `directory`, sorted by path, for a deterministic order.
    static func corpusFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let lower = relative.lowercased()
            guard lower.hasSuffix(".txt") || lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".csv") else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    private func nextFromCurrent() -> Document? {
        guard var source = current else { return nil }
        defer { if current != nil { current = source } }
        do {
            switch source.format {
            case .text:
                if source.textDone { current = nil; return nil }
                source.textDone = true
                let bytes = try source.stream.readAll()
                return plainDocument(bytes, path: source.path)
            case .jsonl:
                while let (line, number, _) = try source.stream.nextLine() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    if let document = jsonDocument(line, location: SourceLocation(file: source.path, line: number)) {
                        return document
                    }
                }
                current = nil
                return nil
            case .csv:
                if source.header.isEmpty {
                    guard let (header, _) = try source.stream.nextCSVRecord() else { current = nil; return nil }
                    source.header = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "") }
                    guard source.header.contains("text") else {
                        report(RecordError(location: SourceLocation(file: source.path, line: 1), reason: "CSV header has no 'text' column (columns: \(source.header.joined(separator: ", ")))"))
                        current = nil
                        return nil
                    }
                }
                while let (fields, number) = try source.stream.nextCSVRecord() {
                    if fields.count == 1 && fields[0].isEmpty { continue }
                    let location = SourceLocation(file: source.path, line: number)
                    guard fields.count == source.header.count else {
                        report(RecordError(location: location, reason: "row has \(fields.count) fields, header has \(source.header.count)"))
                        continue
                    }
                    var record: [String: String] = [:]
                    for (name, value) in zip(source.header, fields) { record[name] = value }
                    if let document = recordDocument(record, location: location, defaultID: "\(source.path):\(number)") {
                        return document
                    }
                }
                current = nil
                return nil
            }
        } catch let error as CSVError {
            report(RecordError(location: SourceLocation(file: source.path, line: error.line), reason: error.reason))
            current = nil
            return nil
        } catch {
            report(RecordError(location: SourceLocation(file: source.path, line: source.stream.line), reason: "read error: \(error.localizedDescription)", kind: .unreadable))
            current = nil
            return nil
        }
    }

    private func plainDocument(_ bytes: [UInt8], path: String) -> Document? {
        do {
            let text = try Text(decoding: bytes, lossy: options.lossy)
            if text.replacements > 0 {
                onWarning?(RecordError(location: SourceLocation(file: path, line: 1), reason: "warning: \(text.replacements) invalid UTF-8 sequence(s) replaced with U+FFFD"))
            }
            var metadata = DocumentMetadata()
            metadata.outlet = options.outlet ?? ""
            metadata.date = options.date ?? ""
            return Document(id: path, metadata: metadata, text: text, source: SourceLocation(file: path, line: 1))
        } catch {
            report(RecordError(location: SourceLocation(file: path, line: error.line), reason: error.description))
            return nil
        }
    }

    private func jsonDocument(_ line: ArraySlice<UInt8>, location: SourceLocation) -> Document? {
        // Only an invalid line pays for decoding, which finds the offending byte.
        if !UTF8Validation.isValid(line) {
            do {
                _ = try Text(decoding: line)
            } catch {
                report(RecordError(location: location, reason: "invalid UTF-8 at byte \(error.byteOffset) of the line"))
                return nil
            }
        }
        if let record = FlatJSON.stringFields(line) {
            guard record["id"] != nil else {
                report(RecordError(location: location, reason: "missing \"id\""))
                return nil
            }
            return recordDocument(record, location: location, defaultID: location.description)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            report(RecordError(location: location, reason: "not valid JSON"))
            return nil
        }
        guard let dictionary = object as? [String: Any] else {
            report(RecordError(location: location, reason: "a JSONL line must be an object with \"id\" and \"text\""))
            return nil
        }
        var record: [String: String] = [:]
        for (key, value) in dictionary {
            switch value {
            case let string as String: record[key] = string
            case let number as NSNumber: record[key] = number.stringValue
            case is NSNull: continue
            default:
                if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
                    record[key] = String(decoding: data, as: UTF8.self)
                }
            }
        }
        guard record["id"] != nil else {
            report(RecordError(location: location, reason: "missing \"id\""))
            return nil
        }
        return recordDocument(record, location: location, defaultID: location.description)
    }

    /// A document from a JSONL object or CSV row; nil (and a reported problem) when it has no text
    /// or a date that does not parse.
    private func recordDocument(_ record: [String: String], location: SourceLocation, defaultID: String) -> Document? {
        guard let textValue = record["text"] else {
            report(RecordError(location: location, reason: "missing \"text\""))
            return nil
        }
        if textValue.allSatisfy(\.isWhitespace) {
            report(RecordError(location: location, reason: "document has no text"))
            return nil
        }
        var metadata = DocumentMetadata()
        metadata.outlet = record["outlet"] ?? options.outlet ?? ""
        let date = record["date"] ?? ""
        if !date.isEmpty {
            guard ISODate.day(of: date) != nil else {
                report(RecordError(location: location, reason: "date '\(date)' is not an ISO 8601 date (YYYY-MM-DD)"))
                return nil
            }
            metadata.date = date
        } else {
            metadata.date = options.date ?? ""
        }
        metadata.title = record["title"] ?? ""
        metadata.url = record["url"] ?? ""
        for (key, value) in record where !["id", "text", "outlet", "date", "title", "url"].contains(key) {
            metadata.extra[key] = value
        }
        let id = record["id"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultID
        return Document(id: id, metadata: metadata, text: Text(textValue), source: location)
    }
}
