import ArgumentParser
import Foundation
import Lexicon
import Stance

extension StanceCommand {
    /// `stance kwic`: keyword in context, with the speaker of each line.
    struct Kwic: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Concordance of a pattern or a category, with the speaker of each line.",
            usage: """
            stance kwic PATTERN [FILE|DIR|-]... [--window N]
            stance kwic --category CATEGORY [FILE|DIR|-]... [--window N]
            """,
            discussion: """
            PATTERN uses the lexicon pattern language: a lemma (matches its inflections), =form, \
            prefix* or *suffix, word sequences, and … for gaps ("sende … som kjøtt"). With \
            --category, every counted hit of that category (or of its sub-categories: \
            --category grievance) is listed. Columns: doc, sentence, start, end, left, match, \
            right, speaker, speaker_type, mode.
            """
        )

        @Argument(help: ArgumentHelp("The pattern (unless --category), then inputs.", valueName: "PATTERN|FILE"))
        var arguments: [String] = []

        @Option(help: "List hits of this category id (or id prefix) instead of a pattern.")
        var category: String?

        @Option(help: "Tokens of context on each side.")
        var window: Int = 6

        @Option(help: "Output format: table, json, jsonl, csv or tsv.")
        var format: StanceCommand.Score.Format = .table

        @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of skipping the document.")
        var lossy = false

        @Flag(help: "No summary on standard error.")
        var quiet = false

        @OptionGroup var lexicon: LexiconOptions

        func validate() throws {
            if category == nil && arguments.isEmpty { throw ValidationError("Give a PATTERN or --category CATEGORY.") }
            guard window >= 0 && window <= 50 else { throw ValidationError("--window must be from 0 to 50.") }
        }

        func run() throws {
            let lexiconSet = try lexicon.load()
            let matcher = Matcher(lexicon: lexiconSet)
            var inputs = arguments
            var patternMatcher: Matcher?
            if category == nil {
                let pattern = inputs.removeFirst()
                do { _ = try Pattern(pattern) } catch {
                    throw ValidationError("PATTERN '\(pattern)': \(error)")
                }
                let file = "pattern\tcategory\tpolarity\tweight\tnote\n\(pattern)\tkwic\tneutral\t0\t\n"
                patternMatcher = Matcher(lexicon: try LexiconSet.load(userFiles: [("PATTERN", file)], includeDefault: false))
            }
            let run = DocumentRun(inputs: inputs, options: ReaderOptions(lossy: lossy), strict: false, quiet: quiet)
            let analyzer = try Analyzer(matcher: matcher)
            let patternCache = patternMatcher.map { AtomCache(matcher: $0) }
            var writer = RowWriter(format: format.rowFormat, tableColumns: ["left", "match", "right", "speaker"]) { Console.shared.write($0) }
            while let document = run.reader.next() {
                let analysis = analyzer.analyse(document)
                var spans: [(sentence: Int, tokens: Range<Int>)] = []
                if let patternMatcher, let patternCache {
                    let atoms = patternCache.atoms(for: analysis.segmentation)
                    for (index, sentence) in analysis.segmentation.sentences.enumerated() {
                        for match in patternMatcher.terms(.entry, in: sentence.tokens, atoms: atoms) { spans.append((index, match.tokens)) }
                    }
                } else if let category {
                    for index in analysis.hits.indices where analysis.counts(index) {
                        let id = analysis.hitCategories[index]
                        if id == category || id.hasPrefix(category + ".") { spans.append((analysis.hits[index].sentence, analysis.hits[index].tokens)) }
                    }
                }
                for span in spans { writer.add(row(analysis, span.sentence, span.tokens)) }
            }
            writer.finish()
            try run.finish()
        }

        func row(_ analysis: Analysis, _ sentenceIndex: Int, _ tokens: Range<Int>) -> OutputRow {
            let segmentation = analysis.segmentation
            let sentence = segmentation.sentences[sentenceIndex]
            let leftStart = max(sentence.tokens.lowerBound, tokens.lowerBound - window)
            let rightEnd = min(sentence.tokens.upperBound, tokens.upperBound + window)
            func text(_ range: Range<Int>) -> String {
                guard !range.isEmpty else { return "" }
                return segmentation.string(Int(segmentation.tokens.starts[range.lowerBound])..<Int(segmentation.tokens.ends[range.upperBound - 1]))
            }
            let start = Int(segmentation.tokens.starts[tokens.lowerBound]), end = Int(segmentation.tokens.ends[tokens.upperBound - 1])
            var row = OutputRow()
            row["doc"] = .string(analysis.document.id)
            row["sentence"] = .int(sentenceIndex)
            row["start"] = .int(segmentation.text.scalarOffset(ofByte: start))
            row["end"] = .int(segmentation.text.scalarOffset(ofByte: end))
            row["left"] = .string(text(leftStart..<tokens.lowerBound))
            row["match"] = .string(text(tokens))
            row["right"] = .string(text(tokens.upperBound..<rightEnd))
            let speaker = analysis.voice.speaker(ofTokens: tokens)
            let info = speaker >= 0 ? analysis.voice.speakers[Int(speaker)] : SpeakerInfo(name: "", type: "caption")
            row["speaker"] = .string(info.name)
            row["speaker_type"] = .string(info.type)
            row["mode"] = .string(analysis.voice.tokenMode[tokens.lowerBound].name)
            return row
        }
    }
}
