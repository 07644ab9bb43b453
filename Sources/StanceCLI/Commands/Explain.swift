import ArgumentParser
import Foundation
import Lexicon
import Stance

extension StanceCommand {
    /// `stance explain TEXT|FILE`: every lexicon hit with the rules that weighed it.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each lexicon hit in a text or file, with its entry and the rules applied.",
            discussion: """
            An argument that names an existing file or directory (or -) is read as input (text, \
            JSONL, CSV); any other argument is explained as text itself: \
            stance explain "Det er ikke bra." text: per sentence with hits, each hit's words, \
            category, base → final weight, entry (pattern @ FILE:LINE) and trace (coloured on a \
            terminal; NO_COLOR turns colour off). jsonl/json/csv/tsv: one row per hit with doc, \
            outlet, date, paragraph, sentence, start, end (Unicode scalar offsets), matched, \
            entry (the pattern), entry_origin (FILE:LINE), category, polarity (of the entry), \
            weight (final, signed), base_weight, negated, intensified, trace, speaker, \
            speaker_type, mode (from quote attribution: the narrator outside quotes), \
            lexicon_version.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl, json, csv, tsv
        }

        @OptionGroup var input: InputOptions
        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "Output format: text, jsonl, json, csv or tsv.")
        var format: Format = .text

        @Flag(help: "Also show candidates that did not count, and why (excluded, no context, overlapped).")
        var rejected = false

        func run() throws {
            let set = try lexicon.load()
            let matcher = Matcher(lexicon: set)
            let session = try LexiconSession(matcher: matcher)
            var printer = ExplainPrinter(format: format, lexicon: set, showRejected: rejected)
            let (texts, files) = try partitionArguments()
            for text in texts {
                var metadata = DocumentMetadata()
                metadata.outlet = input.outlet ?? ""
                metadata.date = input.date ?? ""
                let document = Document(id: "-", metadata: metadata, text: Text(text))
                printer.explain(document, session: session, header: texts.count + files.count > 1)
            }
            if !files.isEmpty || texts.isEmpty {
                var options = input
                options.inputs = files
                let run = DocumentRun(options)
                while let document = run.reader.next() {
                    // A file may hold many documents (JSONL, CSV, a directory): always name them.
                    printer.explain(document, session: session, header: true)
                }
                printer.finish()
                try run.finish()
            } else {
                printer.finish()
                Console.shared.flush()
                if Console.shared.outputFailed { throw ExitStatus.ioError }
            }
        }

        /// Arguments that are files, directories or `-` are inputs; others are text. An argument
        /// that looks like a path (a `/`, or a .txt/.jsonl/.csv ending, no spaces) but does not
        /// exist is a missing input (exit 66), not text.
        func partitionArguments() throws -> (texts: [String], files: [String]) {
            var texts: [String] = [], files: [String] = []
            for argument in input.inputs {
                if argument == "-" || FileManager.default.fileExists(atPath: argument) {
                    files.append(argument)
                    continue
                }
                let lower = argument.lowercased()
                let pathLike = !argument.contains(" ") && !argument.contains("\n")
                    && (argument.contains("/") || [".txt", ".jsonl", ".ndjson", ".csv"].contains { lower.hasSuffix($0) })
                if pathLike {
                    Console.shared.error("stance: \(argument): no such file or directory")
                    throw ExitStatus.missingInput
                }
                texts.append(argument)
            }
            return (texts, files)
        }
    }
}

/// Who speaks a hit. Until the quotes stage attributes speakers, every hit is the narrator's:
/// this is the one place `stance explain` asks, so wiring quotes in means replacing it.
struct ExplainSpeaker {
    var name = "narrator"
    var type = "narrator"
    var mode = "narration"

    /// The speaker of a hit: the voice of most of its tokens after quote attribution.
    static func of(_ hit: Hit, voice: Voice) -> ExplainSpeaker {
        let speaker = voice.speaker(ofTokens: hit.tokens)
        guard speaker >= 0 else { return ExplainSpeaker(name: "", type: "caption", mode: "caption") }
        let info = voice.speakers[Int(speaker)]
        return ExplainSpeaker(name: info.name, type: info.type, mode: voice.tokenMode[hit.tokens.lowerBound].name)
    }
}

/// Prints the hits of one document after another in one of `stance explain`'s formats.
struct ExplainPrinter {
    let format: StanceCommand.Explain.Format
    let lexicon: LexiconSet
    let showRejected: Bool
    let colour: Bool
    var writer: RowWriter?

    init(format: StanceCommand.Explain.Format, lexicon: LexiconSet, showRejected: Bool) {
        self.format = format
        self.lexicon = lexicon
        self.showRejected = showRejected
        colour = format == .text && Console.useColour
        if format != .text {
            writer = RowWriter(format: RowFormat(rawValue: format.rawValue)!) { Console.shared.write($0) }
        }
    }

    mutating func explain(_ document: Document, session: LexiconSession, header: Bool) {
        let (analysis, rejected) = showRejected
            ? session.analyseWithRejections(document.text)
            : (session.analyse(document.text), [])
        if format == .text {
            printText(document, analysis, rejected, header: header)
        } else {
            let voice = Voice.attributed(analysis.segmentation, atoms: analysis.atoms, matcher: session.matcher)
            let rows = analysis.hits.map { row($0, document, analysis, voice) }
            for row in rows { writer?.add(row) }
        }
    }

    mutating func finish() { writer?.finish() }

    // MARK: Rows

    func row(_ hit: Hit, _ document: Document, _ analysis: LexicalAnalysis, _ voice: Voice) -> OutputRow {
        let text = analysis.segmentation.text
        let entry = lexicon.entries[hit.entry]
        let span = hit.scalarRange(in: text)
        let speaker = ExplainSpeaker.of(hit, voice: voice)
        var row = OutputRow()
        row["doc"] = .string(document.id)
        row["outlet"] = .string(document.metadata.outlet)
        row["date"] = .string(document.metadata.date)
        row["paragraph"] = .int(analysis.segmentation.sentences[hit.sentence].paragraph)
        row["sentence"] = .int(hit.sentence)
        row["start"] = .int(span.lowerBound)
        row["end"] = .int(span.upperBound)
        row["matched"] = .string(hit.matched(in: text))
        row["entry"] = .string(entry.pattern.source)
        row["entry_origin"] = .string(entry.origin.description)
        row["category"] = .string(entry.category)
        row["polarity"] = .string(entry.polarity.rawValue)
        row["weight"] = .double(hit.weight)
        row["base_weight"] = .double(hit.baseWeight)
        row["negated"] = .bool(hit.negated)
        row["intensified"] = .bool(hit.intensified)
        row["speaker"] = .string(speaker.name)
        row["speaker_type"] = .string(speaker.type)
        row["mode"] = .string(speaker.mode)
        row["lexicon_version"] = .string(lexicon.version)
        row["trace"] = .array(hit.trace.map { step in
            var object: [String: JSONValue] = ["rule": .string(step.name), "text": .string(step.text(in: analysis.segmentation))]
            let tokens = step.tokens
            if !tokens.isEmpty {
                let bytes = Int(analysis.segmentation.tokens.starts[tokens.lowerBound])..<Int(analysis.segmentation.tokens.ends[tokens.upperBound - 1])
                object["by"] = .string(text.string(bytes))
                object["start"] = .int(text.scalarOffset(ofByte: bytes.lowerBound))
                object["end"] = .int(text.scalarOffset(ofByte: bytes.upperBound))
            }
            if let factor = step.factor { object["factor"] = .double(factor) }
            return .object(object)
        })
        return row
    }

    // MARK: Text

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func weightText(_ value: Double) -> String {
        let text = (value > 0 ? "+" : "") + JSONValue.format(value)
        return value > 0 ? paint(text, "32") : value < 0 ? paint(text, "31") : text
    }

    func printText(_ document: Document, _ analysis: LexicalAnalysis, _ rejected: [RejectedHit], header: Bool) {
        let output = Console.shared
        let segmentation = analysis.segmentation
        if header { output.write(paint("==> \(document.id) <==", "1")) }
        if analysis.hits.isEmpty && rejected.isEmpty {
            output.write("(no lexicon hits)")
            return
        }
        var bySentence: [Int: [RejectedHit]] = [:]
        for candidate in rejected { bySentence[candidate.sentence, default: []].append(candidate) }
        let sentences = Set(analysis.hits.map(\.sentence)).union(bySentence.keys).sorted()
        for sentence in sentences {
            output.write(segmentation.string(segmentation.sentences[sentence].range))
            for hit in analysis.hits(inSentence: sentence) {
                let entry = lexicon.entries[hit.entry]
                var flags: [String] = []
                if hit.negated { flags.append("negated") }
                if hit.intensified { flags.append("intensified") }
                let weights = hit.baseWeight == hit.weight ? weightText(hit.weight) : "\(weightText(hit.baseWeight)) → \(weightText(hit.weight))"
                output.write("  \(paint("\"\(hit.matched(in: segmentation.text))\"", "1"))  \(paint(entry.category, "36"))  \(weights)"
                             + (flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"))
                output.write("      entry: \(entry.pattern.source) @ \(entry.origin)")
                for step in hit.trace { output.write("      " + paint("· " + step.text(in: segmentation), "33")) }
            }
            for candidate in bySentence[sentence] ?? [] {
                let entry = lexicon.entries[candidate.entry]
                let words = segmentation.string(Int(segmentation.tokens.starts[candidate.tokens.lowerBound])..<Int(segmentation.tokens.ends[candidate.tokens.upperBound - 1]))
                output.write(paint("  not counted: \"\(words)\"  \(entry.category)  \(entry.pattern.source) @ \(entry.origin): \(candidate.text(in: segmentation, lexicon: lexicon))", "2"))
            }
        }
    }
}
