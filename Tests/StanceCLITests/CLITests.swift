import Foundation
import Testing

/// End-to-end tests: run the built `stance` binary and compare stdout, stderr and exit status.
@Suite struct CLITests {
    // MARK: Running the binary

    /// What one run of `stance` printed and returned.
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32

        /// Standard output as JSON objects, one per line.
        func jsonLines() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map { line in
                try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
        }
    }

    /// The `stance` executable next to the running test bundle, else in the package's build folders.
    static let executable: URL? = {
        var folders: [URL] = []
        if let path = CommandLine.arguments.first, path.contains("/") {
            folders.append(URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for scratch in [".build-tests", ".build"] {
            folders.append(packageRoot.appendingPathComponent(scratch).appendingPathComponent("debug"))
        }
        return folders.map { $0.appendingPathComponent("stance") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `stance` with `arguments` in `directory`, with `stdin` as standard input.
    func stance(_ arguments: [String], stdin: Data = Data(), in directory: URL? = nil) throws -> Run {
        let executable = try #require(Self.executable, "the stance binary was not built next to the tests")
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let inputURL = scratch.url.appendingPathComponent("stdin")
        let outputURL = scratch.url.appendingPathComponent("stdout")
        let errorURL = scratch.url.appendingPathComponent("stderr")
        try stdin.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let input = try FileHandle(forReadingFrom: inputURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? scratch.url
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Run(
            stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            status: process.terminationStatus
        )
    }

    /// The keys of a one-line JSON object in the order they were written (values without nesting).
    static func keyOrder(of line: Substring) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        var expectingKey = false
        for character in line {
            if inString {
                if escaped { escaped = false; current.append(character); continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" {
                    inString = false
                    if expectingKey && depth == 1 { keys.append(current) }
                    expectingKey = false
                    continue
                }
                current.append(character)
                continue
            }
            switch character {
            case "{", "[":
                depth += 1
                expectingKey = character == "{"
            case "}", "]":
                depth -= 1
            case ",":
                expectingKey = depth == 1
            case "\"":
                inString = true
                current = ""
            default:
                break
            }
        }
        return keys
    }

    /// Python's `text[start:end]`: a slice of Unicode scalars.
    static func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    // MARK: Version, help, usage

    @Test func versionPrintsVersionAndICU() throws {
        let run = try stance(["--version"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let pattern = try Regex(#"stance \d+\.\d+\.\d+ \(ICU \d+(\.\d+)*\)\n"#)
        #expect(run.stdout.wholeMatch(of: pattern) != nil, "\(run.stdout)")
    }

    @Test func benchMatchReportsWordTypesAndBothOverheads() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("tekst.txt")
        try Data("Soldatene ble sendt frem som kjøtt. Soldatene mangler våpen.\n".utf8).write(to: file)
        let run = try stance(["bench", "match", file.path, "--runs", "1"])
        #expect(run.status == 0)
        // Distinct folded forms: soldatene ble sendt frem som kjøtt . mangler våpen
        #expect(run.stdout.contains("word types: 9 "), "\(run.stdout)")
        // At least "sendt frem som kjøtt" (expendability) and "mangler våpen" (equipment shortage).
        let hits = run.stdout.split(separator: "[").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect((hits ?? 0) >= 2, "\(run.stdout)")
        #expect(run.stdout.contains("matching overhead: ") && run.stdout.contains("% cold, ") && run.stdout.contains("% warm"))
    }

    @Test func helpMentionsSegment() throws {
        let run = try stance(["--help"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("USAGE: stance <subcommand>"))
        #expect(run.stdout.contains("segment"))
        #expect(run.stdout.contains("Split articles into paragraphs, sentences and words."))
    }

    @Test func segmentHelpDocumentsFormats() throws {
        let run = try stance(["segment", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--format <format>"))
        #expect(run.stdout.contains("--lossy"))
        #expect(run.stdout.contains("Unicode scalar offsets"))
    }

    @Test func unknownOptionIsUsageError() throws {
        let run = try stance(["segment", "--no-such-option"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("Unknown option '--no-such-option'"))
        #expect(run.stderr.contains("Usage: stance segment"))
    }

    @Test func badFormatValueIsUsageError() throws {
        let run = try stance(["segment", "--format", "xml", "-"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("xml"))
    }

    @Test func badDateIsUsageError() throws {
        let run = try stance(["segment", "--date", "17. mai", "-"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--date '17. mai' is not an ISO 8601 date"))
    }

    // MARK: stance segment

    @Test func segmentJSONLinesHaveContractFieldsSortedKeysAndScalarOffsets() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = """
        Familiene 👨‍👩‍👧 krever svar

        Kvinnene ba\u{30A}de i går om et møte med NATO-sjefen. – Vi vil vite hvor mennene er, sier én av dem.
        SAVNET: Over 200 soldater (23) er ikke hørt fra siden 3. mars.

        """
        try Data(text.utf8).write(to: directory.url.appendingPathComponent("artikkel.txt"))
        let run = try stance(["segment", "--format", "jsonl", "artikkel.txt"], in: directory.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")

        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let keys = Self.keyOrder(of: line)
            #expect(keys == keys.sorted(), "keys not sorted: \(keys)")
            #expect(Set(["doc", "paragraph", "sentence", "start", "end", "text"]).isSubset(of: keys))
        }
        let records = try run.jsonLines()
        #expect(records.map { $0["doc"] as? String } == Array(repeating: "artikkel.txt", count: 4))
        #expect(records.map { $0["paragraph"] as? Int } == [0, 1, 1, 2])
        #expect(records.map { $0["sentence"] as? Int } == [0, 1, 2, 3])
        #expect(records.map { $0["text"] as? String } == [
            "Familiene 👨‍👩‍👧 krever svar",
            "Kvinnene ba\u{30A}de i går om et møte med NATO-sjefen.",
            "– Vi vil vite hvor mennene er, sier én av dem.",
            "SAVNET: Over 200 soldater (23) er ikke hørt fra siden 3. mars.",
        ])
        #expect(records.map { $0["paragraph_kind"] as? String } == ["headline", "body", "body", "caption"])
        for record in records {
            let start = try #require(record["start"] as? Int)
            let end = try #require(record["end"] as? Int)
            #expect(Self.scalarSlice(text, start, end) == record["text"] as? String)
        }
        #expect(records.first?["end"] as? Int == 27)
    }

    @Test func segmentOffsetsCountFromTextAfterBOMAndCRLF() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Første linje.\r\nÅ nei – å jo.\r\n".utf8)
        try Data(bytes).write(to: directory.url.appendingPathComponent("crlf.txt"))
        let run = try stance(["segment", "--format", "jsonl", "crlf.txt"], in: directory.url)
        #expect(run.status == 0)
        let records = try run.jsonLines()
        let asRead = "Første linje.\nÅ nei – å jo.\n"
        #expect(records.map { $0["text"] as? String } == ["Første linje.", "Å nei – å jo."])
        #expect(records.map { $0["start"] as? Int } == [0, 14])
        for record in records {
            let start = try #require(record["start"] as? Int)
            let end = try #require(record["end"] as? Int)
            #expect(Self.scalarSlice(asRead, start, end) == record["text"] as? String)
        }
    }

    @Test func segmentTokensCarryKindsAndFoldedForms() throws {
        let run = try stance(["segment", "--format", "jsonl", "--tokens", "-"],
                             stdin: Data("Les https://www.nrk.no/nyheter/artikkel-1.2345 eller skriv til tips@vg.no 👍🏽.".utf8))
        #expect(run.status == 0)
        let records = try run.jsonLines()
        #expect(records.count == 1)
        let tokens = try #require(records.first?["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["text"] as? String } == [
            "Les", "https://www.nrk.no/nyheter/artikkel-1.2345", "eller", "skriv", "til", "tips@vg.no", "👍🏽", ".",
        ])
        #expect(tokens.map { $0["kind"] as? String } == ["word", "url", "word", "word", "word", "email", "symbol", "punctuation"])
        #expect(tokens.first?["form"] as? String == "les")
        #expect(tokens.map { $0["start"] as? Int } == [0, 4, 47, 53, 59, 63, 74, 76])
    }

    @Test func segmentReadsStandardInputAsDash() throws {
        let run = try stance(["segment", "--format", "jsonl", "-"],
                             stdin: Data("Stortinget vedtok loven i går. – Endelig, sier hun.".utf8))
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let records = try run.jsonLines()
        #expect(records.map { $0["doc"] as? String } == ["-", "-"])
        #expect(records.map { $0["text"] as? String } == ["Stortinget vedtok loven i går.", "– Endelig, sier hun."])
        #expect(records.map { $0["start"] as? Int } == [0, 31])
    }

    @Test func segmentTextFormatPrintsOneSentencePerLine() throws {
        let run = try stance(["segment", "-"], stdin: Data("Første avsnitt. Med to setninger.\n\nAndre avsnitt.\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout == "Første avsnitt.\nMed to setninger.\n\nAndre avsnitt.\n")
    }

    @Test func directoryWithInvalidFileSegmentsTheGoodFileAndReportsTheBadOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let corpus = directory.url.appendingPathComponent("korpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("Bussen kom for sent. Passasjerene var sinte.\n".utf8).write(to: corpus.appendingPathComponent("a-god.txt"))
        try Data(Array("Første linje.\nAndre ".utf8) + [0xFF] + Array(" linje.\n".utf8)).write(to: corpus.appendingPathComponent("b-ødelagt.txt"))
        let run = try stance(["segment", "korpus"], in: directory.url)
        #expect(run.status == 0)
        #expect(run.stdout == "==> korpus/a-god.txt <==\nBussen kom for sent.\nPassasjerene var sinte.\n")
        #expect(run.stderr.contains("korpus/b-ødelagt.txt:2:"))
        #expect(run.stderr.contains("byte offset 21"))
        #expect(!run.stderr.contains("Error Domain"))
    }

    @Test func invalidUTF8AloneIsBadData() throws {
        let run = try stance(["segment", "-"], stdin: Data([0x48, 0x65, 0x69, 0xC3]))
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("byte offset 3"))
        #expect(run.stderr.contains("--lossy"))
    }

    @Test func lossyReplacesInvalidBytesAndWarns() throws {
        let run = try stance(["segment", "--lossy", "-"], stdin: Data(Array("Prisen var 20 ".utf8) + [0xA4] + Array(" i fjor.".utf8)))
        #expect(run.status == 0)
        #expect(run.stdout == "Prisen var 20 \u{FFFD} i fjor.\n")
        #expect(run.stderr.contains("warning"))
        #expect(run.stderr.contains("U+FFFD"))
    }

    @Test func missingFileExits66() throws {
        let run = try stance(["segment", "finnes-ikke.txt"])
        #expect(run.status == 66)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("finnes-ikke.txt"))
        #expect(run.stderr.contains("no such file"))
    }

    @Test func missingFileAmongGoodOnesStillPrintsThemAndExits66() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Data("Ferja er innstilt.".utf8).write(to: directory.url.appendingPathComponent("ferje.txt"))
        let run = try stance(["segment", "ferje.txt", "borte.txt"], in: directory.url)
        #expect(run.status == 66)
        #expect(run.stdout.contains("Ferja er innstilt."))
        #expect(run.stderr.contains("borte.txt"))
    }

    @Test func emptyFileGivesNoOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Data().write(to: directory.url.appendingPathComponent("tom.txt"))
        for format in ["text", "jsonl"] {
            let run = try stance(["segment", "--format", format, "tom.txt"], in: directory.url)
            #expect(run.status == 0)
            #expect(run.stdout == "")
            #expect(run.stderr == "")
        }
    }

    @Test func jsonlWithBrokenLineReportsFileAndLineAndGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let jsonl = """
        {"id":"sak-1","text":"Første sak. Andre sak.","outlet":"NRK"}
        {"id": "sak-2", "text": "Mangler slutt
        {"id":"sak-3","text":"– Vi er klare, sier treneren."}

        """
        try Data(jsonl.utf8).write(to: directory.url.appendingPathComponent("saker.jsonl"))
        let run = try stance(["segment", "--format", "jsonl", "saker.jsonl"], in: directory.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("saker.jsonl:2: "))
        #expect(run.stderr.contains("1 skipped"))
        let records = try run.jsonLines()
        #expect(records.map { $0["doc"] as? String } == ["sak-1", "sak-1", "sak-3"])
        #expect(records.map { $0["text"] as? String } == ["Første sak.", "Andre sak.", "– Vi er klare, sier treneren."])
        #expect(records.map { $0["paragraph_kind"] as? String } == ["body", "body", "dash"])
    }

    @Test func strictMakesBrokenLineFatal() throws {
        let jsonl = "{\"id\":\"a\",\"text\":\"Én sak.\"}\nikke json\n{\"id\":\"b\",\"text\":\"To saker.\"}\n"
        let run = try stance(["segment", "--strict", "-"], stdin: Data(jsonl.utf8))
        #expect(run.status == 65)
        #expect(run.stderr.contains("-:2: "))
        #expect(!run.stdout.contains("To saker."))
    }
}

/// A fresh temporary directory; call ``remove()`` (in a `defer`) when done.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("stance-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
