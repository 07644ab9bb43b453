import ArgumentParser
import Foundation
import Lexicon
import Stance

extension StanceCommand {
    /// `stance score`: the main job — per article, speaker, quote, sentence or hit.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score articles: grievance, framing and sentiment per speaker, with evidence.",
            discussion: """
            Levels (--by): article (one row per document), speaker (document × speaker: tokens, \
            quotes, mean tone, C_hits and C_per_1k for every category, strongest grievance \
            evidence, T_mentions/T_stance/T_kind per stance target), quote, sentence (tone in \
            [-1, 1], polarity, pos, neg), hit (every lexicon hit with its trace), stance \
            (document × speaker × target). Every row carries doc, outlet, date and \
            lexicon_version. Output order is the input order whatever --jobs is.
            """
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var lexicon: LexiconOptions

        @Option(help: "Level: article, speaker, quote, sentence, hit or stance.")
        var by: Level = .speaker

        @Option(help: "Output format: table, json, jsonl, csv or tsv.")
        var format: Format = .table

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "Count captions as narration (they are left out by default).")
        var includeCaptions = false

        enum Level: String, ExpressibleByArgument, CaseIterable {
            case article, speaker, quote, sentence, hit, stance
            var level: ScoreLevel { ScoreLevel(rawValue: rawValue)! }
        }

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, jsonl, csv, tsv
            var rowFormat: RowFormat { RowFormat(rawValue: rawValue)! }
        }

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        }

        func run() throws {
            let lexiconSet = try lexicon.load()
            let matcher = Matcher(lexicon: lexiconSet)
            let rowsBuilder = ScoreRows(lexicon: lexiconSet)
            let run = DocumentRun(input)
            var writer = RowWriter(format: format.rowFormat, tableColumns: ScoreTable.columns(by.level)) { Console.shared.write($0) }
            // Speakers on a table get one readable block each instead of 100 columns.
            var profileView: SpeakerProfileView? = by == .speaker && format == .table
                ? SpeakerProfileView(categories: rowsBuilder.categories, targets: rowsBuilder.targets) : nil
            let colour = Console.useColour
            var progress = Progress(quiet: input.quiet)
            let level = by.level
            let includeCaptions = includeCaptions
            try CorpusRunner<Analyzer, [OutputRow]>(jobs: jobs).run(
                next: { run.reader.next() },
                makeWorker: { try Analyzer(matcher: matcher, includeCaptions: includeCaptions) },
                process: { analyzer, document in rowsBuilder.rows(level, analyzer.analyse(document)) },
                emit: { _, rows in
                    for row in rows {
                        if profileView != nil {
                            for line in profileView!.render(row, colour: colour) { Console.shared.write(line) }
                        } else {
                            writer.add(row)
                        }
                    }
                },
                progress: { documents, bytes in progress.update(documents: documents, bytes: bytes) }
            )
            progress.finish()
            writer.finish()
            try run.finish()
        }
    }
}

/// The columns a table shows per level (all columns go to CSV/JSON).
enum ScoreTable {
    static func columns(_ level: ScoreLevel) -> [String] {
        switch level {
        case .article: ["doc", "tokens", "sentences", "quotes", "speakers", "tone"]
        case .speaker: ["speaker", "speaker_type", "tokens", "quotes", "tone", "grievances", "stance"]
        case .quote: ["speaker", "mode", "tone", "text"]
        case .sentence: ["sentence", "speaker", "tone", "polarity", "text"]
        case .hit: ["sentence", "matched", "category", "weight", "speaker"]
        case .stance: ["speaker", "target", "mentions", "stance", "kind", "evidence"]
        }
    }
}
