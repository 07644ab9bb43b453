import ArgumentParser
import Lexicon
import Stance

extension StanceCommand {
    /// `stance quotes`: who says what — every quote with its speaker.
    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List quotes and who says them.",
            discussion: """
            Finds direct quotes (dash paragraphs, «quotation marks», a title's "Speaker: – …") and \
            reported speech ("X sier at …", "ifølge X …"), and resolves each speaker within the \
            article (full name, surname, pronouns, role nouns; groups; interviewer questions → \
            journalist). One row per quote paragraph: doc, paragraph, start, end, text, speaker, \
            speaker_type, role, mode (direct|indirect), cue, cue_start, cue_end, confidence, rule, \
            parts. Offsets are Unicode scalar offsets; text[start:end] is the quoted words, except \
            for a quote interrupted by its attribution, whose text joins its parts with " … " and \
            whose parts field lists each part's [start, end].
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: table, jsonl or csv.")
        var format: Format = .table

        func run() throws {
            let run = DocumentRun(input)
            let segmenter = try Segmenter()
            let matcher = Matcher(lexicon: try LexiconSet.standard())
            let cache = AtomCache(index: matcher.index)
            let rowFormat: RowFormat = switch format {
            case .table: .table
            case .jsonl: .jsonl
            case .csv: .csv
            }
            var writer = RowWriter(format: rowFormat, tableColumns: ["doc", "paragraph", "speaker", "speaker_type", "mode", "text"]) {
                Console.shared.write($0)
            }
            while let document = run.reader.next() {
                let segmentation = segmenter.segment(document.text)
                let atoms = cache.atoms(for: segmentation)
                let analysis = QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher)
                for row in analysis.rows(document: document.id, text: document.text) { writer.add(row) }
            }
            writer.finish()
            try run.finish()
        }
    }
}
