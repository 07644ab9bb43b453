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
            whose parts field lists each part's [start, end]. The table (80 columns) shows the \
            paragraph, speaker, type, mode (dir|ind) and the words. Speech verbs, role nouns, source \
            nouns and outlet and party words come from the lexicon: --lexicon FILE adds yours.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

        @OptionGroup var input: InputOptions

        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "Output format: table, jsonl or csv.")
        var format: Format = .table

        func run() throws {
            let run = DocumentRun(input)
            let segmenter = try Segmenter()
            let matcher = Matcher(lexicon: try lexicon.load())
            let cache = AtomCache(matcher: matcher)
            var writer = RowWriter(format: format == .csv ? .csv : .jsonl) { Console.shared.write($0) }
            var table: [OutputRow] = []
            var documents = Set<String>()
            while let document = run.reader.next() {
                let segmentation = segmenter.segment(document.text)
                let atoms = cache.atoms(for: segmentation)
                let analysis = QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher)
                let rows = analysis.rows(document: document.id, text: document.text)
                if format == .table {
                    documents.insert(document.id)
                    table.append(contentsOf: rows.map(Quotes.tableRow))
                } else {
                    for row in rows { writer.add(row) }
                }
            }
            if format == .table {
                let columns = (documents.count > 1 ? ["doc"] : []) + ["par", "speaker", "type", "mode", "text"]
                for line in TextTable.render(table, columns: columns, width: 80) { Console.shared.write(line) }
            } else {
                writer.finish()
            }
            try run.finish()
        }

        /// A row for the 80-column table: short names, the speaker and document cut to a fixed
        /// width so that the words get the rest of the line.
        static func tableRow(_ row: OutputRow) -> OutputRow {
            func cut(_ text: String, _ width: Int) -> String {
                text.count <= width ? text : String(text.prefix(width - 1)) + "…"
            }
            var table = OutputRow()
            table["doc"] = .string(cut(row.text("doc"), 14))
            table["par"] = row["paragraph"]
            // (An unresolved speaker is "" in JSONL and CSV; the table says so in words.)
            let speaker = row.text("speaker")
            table["speaker"] = .string(speaker.isEmpty ? "(unresolved)" : cut(speaker, 20))
            table["type"] = .string(row.text("speaker_type"))
            table["mode"] = .string(row.text("mode") == "direct" ? "dir" : "ind")
            table["text"] = .string(row.text("text"))
            return table
        }
    }
}
