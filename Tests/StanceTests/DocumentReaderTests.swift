import Foundation
import Lexicon
import Testing
@testable import Stance

/// A temporary directory with files, removed at deinit.
final class TemporaryFiles {
    let directory: String

    init() {
        directory = NSTemporaryDirectory() + "stance-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    @discardableResult
    func write(_ name: String, _ contents: String) -> String { write(name, bytes: Array(contents.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

func readAll(_ inputs: [String], options: ReaderOptions = ReaderOptions()) -> (documents: [Document], problems: [RecordError]) {
    let reader = DocumentReader(inputs: inputs, options: options)
    var documents: [Document] = []
    while let document = reader.next() { documents.append(document) }
    return (documents, reader.problems)
}

@Suite struct DocumentReaderTests {
    @Test func plainTextFileIsOneDocumentWithPathAsID() {
        let files = TemporaryFiles()
        let path = files.write("vg.txt", "Regjeringen la fram budsjettet.\n\n– Dette er et godt budsjett, sier finansministeren.")
        let (documents, problems) = readAll([path], options: ReaderOptions(outlet: "VG", date: "2023-03-01"))
        #expect(problems.isEmpty)
        #expect(documents.count == 1)
        #expect(documents[0].id == path)
        #expect(documents[0].metadata.outlet == "VG")
        #expect(documents[0].metadata.date == "2023-03-01")
        #expect(documents[0].text.string.hasPrefix("Regjeringen la fram"))
    }

    @Test func jsonlCarriesMetadataAndReportsBrokenLinesWithFileAndLine() {
        let files = TemporaryFiles()
        let path = files.write("korpus.jsonl", """
        {"id": "a1", "text": "Statsministeren roste innsatsen.", "outlet": "NRK", "date": "2023-02-14", "seksjon": "innenriks"}
        {"id": "a2", "text": "Ødelagt linje
        {"id": "a3", "text": "Kommunen kutter i budsjettet.", "date": "14.02.2023"}
        {"id": "a4", "text": "   "}
        {"text": "Mangler id."}

        {"id": "a5", "text": "Strømprisene stiger igjen.", "date": "2023-02-15T08:30:00+01:00"}
        """)
        let (documents, problems) = readAll([path])
        #expect(documents.map(\.id) == ["a1", "a5"])
        #expect(documents[0].metadata.outlet == "NRK")
        #expect(documents[0].metadata.extra["seksjon"] == "innenriks")
        #expect(documents[1].metadata.date == "2023-02-15T08:30:00+01:00")
        #expect(problems.map(\.location.line) == [2, 3, 4, 5])
        #expect(problems[0].description.hasPrefix("\(path):2: "))
        #expect(problems[1].reason.contains("14.02.2023"))
        #expect(problems[2].reason.contains("no text"))
    }

    @Test func flatJSONReadsEscapesAndLeavesOtherValuesToFoundation() {
        let line = Array(#"{"id":"n1","text":"Hun sa: \"Nei.\"\nLinje 2 \u00e6\u00f8\u00e5 \ud83d\ude00 \/","outlet":null}"#.utf8)
        let fields = FlatJSON.stringFields(line[...])
        #expect(fields?["id"] == "n1")
        #expect(fields?["text"] == "Hun sa: \"Nei.\"\nLinje 2 æøå 😀 /")
        #expect(fields?["outlet"] == nil)
        #expect(fields?.count == 2)
        // Numbers, booleans, nested values, bad escapes and trailing garbage: not for this reader.
        for other in [#"{"id":7,"text":"x"}"#, #"{"id":"a","ok":true}"#, #"{"id":"a","tags":["x"]}"#,
                      #"{"id":"a","text":"\q"}"#, #"{"id":"a"} x"#, #"{"id":"a","text":"\udc00"}"#, "[1]"] {
            #expect(FlatJSON.stringFields(Array(other.utf8)[...]) == nil)
        }
        // The reader still takes such lines through JSONSerialization.
        let files = TemporaryFiles()
        let path = files.write("tall.jsonl", #"{"id": 17, "text": "Fylket fikk 3 nye leger.", "sider": 2}"# + "\n")
        let (documents, problems) = readAll([path])
        #expect(problems.isEmpty)
        #expect(documents.map(\.id) == ["17"])
        #expect(documents.first?.metadata.extra["sider"] == "2")
    }

    @Test func csvWithQuotedNewlinesAndDoubledQuotes() {
        let files = TemporaryFiles()
        let path = files.write("saker.csv", "id,outlet,text\r\nx1,Aftenposten,\"Hun sa: \"\"Vi gir oss ikke.\"\"\nNeste avsnitt, med komma.\"\r\nx2,VG,Kort sak.\r\nx3,VG\r\n")
        let (documents, problems) = readAll([path])
        #expect(documents.map(\.id) == ["x1", "x2"])
        #expect(documents[0].text.string == "Hun sa: \"Vi gir oss ikke.\"\nNeste avsnitt, med komma.")
        #expect(documents[0].metadata.outlet == "Aftenposten")
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 5) // the x1 record spans lines 2–3
    }

    @Test func csvWithoutTextColumnIsReported() {
        let files = TemporaryFiles()
        let path = files.write("feil.csv", "id,tittel\n1,Noe\n")
        let (documents, problems) = readAll([path])
        #expect(documents.isEmpty)
        #expect(problems.first?.reason.contains("'text'") == true)
    }

    @Test func directoryIsReadRecursivelyInPathOrderAndBadFilesAreSkipped() {
        let files = TemporaryFiles()
        files.write("b/andre.txt", "Andre sak om været.")
        files.write("a/første.txt", "Første sak om skolen.")
        files.write("a/ødelagt.txt", bytes: Array("Gyldig start ".utf8) + [0xFF, 0xFE] + Array(" og slutt.".utf8))
        files.write("c/ignorert.md", "Ikke en korpusfil.")
        let (documents, problems) = readAll([files.directory])
        #expect(documents.map { ($0.id as NSString).lastPathComponent } == ["første.txt", "andre.txt"])
        #expect(problems.count == 1)
        #expect(problems[0].reason.contains("byte offset 13"))
    }

    @Test func lossyReadingReplacesInvalidBytes() {
        let files = TemporaryFiles()
        let path = files.write("latin1.txt", bytes: Array("Bl".utf8) + [0xE5] + Array(" himmel.".utf8))
        let (documents, problems) = readAll([path], options: ReaderOptions(lossy: true))
        #expect(problems.isEmpty)
        #expect(documents.first?.text.string == "Bl\u{FFFD} himmel.")
    }

    @Test func missingInputIsReportedAndTheRestIsRead() {
        let files = TemporaryFiles()
        let path = files.write("finnes.txt", "Denne filen finnes.")
        let (documents, problems) = readAll([files.directory + "/borte.txt", path])
        #expect(documents.count == 1)
        #expect(problems.first?.kind == .missingInput)
    }

    @Test func emptyFileGivesADocumentWithoutText() {
        let files = TemporaryFiles()
        let path = files.write("tom.txt", "")
        let (documents, problems) = readAll([path])
        #expect(problems.isEmpty)
        #expect(documents.first?.text.byteCount == 0)
    }

    @Test(arguments: [
        ("2023-03-01", true), ("2023-02-29", false), ("2024-02-29", true), ("2023-13-01", false),
        ("2023-03-01T12:30", true), ("2023-03-01T12:30:15Z", true), ("2023-03-01 12:30:15.25+02:00", true),
        ("01.03.2023", false), ("2023-3-1", false), ("2023-03-01T25:00", false), ("", false),
    ])
    func isoDates(_ value: String, _ valid: Bool) {
        #expect((ISODate.day(of: value) != nil) == valid)
    }
}
