import ArgumentParser
import Foundation
import Lexicon
import Stance

#if canImport(Glibc)
import Glibc
#endif

/// `stance bench score`: the whole scoring pipeline (reading, segmentation, matching, quote
/// attribution, profiles, CSV rows) streamed over a corpus repeated to a size, on `--jobs`
/// workers; prints MB/s and peak resident memory.
struct BenchScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Full scoring throughput and peak memory (documents streamed, CSV rows counted, not printed)."
    )

    @OptionGroup var corpus: BenchCorpusOptions

    @Option(help: "Worker threads.")
    var jobs: Int = 2

    @Option(help: "Level of the rows produced: article, speaker, quote, sentence, hit or stance.")
    var by: StanceCommand.Score.Level = .speaker

    func run() throws {
        #if DEBUG
        Console.shared.error("stance: warning: this is a debug build; build with `swift build -c release` for meaningful numbers")
        #endif
        let file = corpus.file
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file), let size = attributes[.size] as? Int, size > 0 else {
            Console.shared.error("stance: \(file): no such file or empty")
            throw ExitStatus.missingInput
        }
        // The file is streamed `times` times (file bytes approximate text bytes).
        let times = corpus.repetitions(forBytes: size)
        let lexicon = try LexiconSet.standard()
        let matcher = Matcher(lexicon: lexicon)
        let rowsBuilder = ScoreRows(lexicon: lexicon)
        // Each run streams the whole corpus again; the best run is reported (with all of them:
        // on a shared machine one run can be slowed by someone else's work).
        var runs: [(seconds: Double, textBytes: Int, rows: Int, outputBytes: Int, documents: Int)] = []
        for _ in 0..<corpus.runs {
            let reader = DocumentReader(inputs: Array(repeating: file, count: times))
            var outputBytes = 0
            var rows = 0
            var textBytes = 0
            var writer = RowWriter(format: .csv) { line in outputBytes += line.utf8.count + 1 }
            let level = by.level
            let start = DispatchTime.now().uptimeNanoseconds
            try CorpusRunner<Analyzer, [OutputRow]>(jobs: jobs).run(
                next: { reader.next() },
                makeWorker: { try Analyzer(matcher: matcher) },
                process: { analyzer, document in rowsBuilder.rows(level, analyzer.analyse(document)) },
                emit: { document, output in
                    textBytes += document.text.byteCount
                    rows += output.count
                    for row in output { writer.add(row) }
                }
            )
            writer.finish()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            runs.append((seconds, textBytes, rows, outputBytes, reader.documentsRead))
        }
        let best = runs.min { $0.seconds < $1.seconds }!
        let rates = runs.map { String(format: "%.2f", Double($0.textBytes) / 1_000_000 / $0.seconds) }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        let output = Console.shared
        output.write(String(format: "input: %@ x %d = %.1f MB of text, %d documents, %d jobs; best of %d runs (MB/s: %@)", file, times,
                            Double(best.textBytes) / 1_000_000, best.documents, jobs, runs.count, rates.joined(separator: ", ")))
        output.write(String(format: "stance score --by %@ (read, segment, match, quotes, profiles, CSV): %.2f MB/s  [%d rows, %.1f MB CSV]",
                            by.rawValue, Double(best.textBytes) / 1_000_000 / best.seconds, best.rows, Double(best.outputBytes) / 1_000_000))
        output.write(String(format: "peak resident memory: %.0f MB (target < 200 MB)", peakMB))
        output.flush()
    }
}
