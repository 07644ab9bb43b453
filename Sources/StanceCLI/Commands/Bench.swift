import ArgumentParser
import Foundation
import Lexicon
import Stance

extension StanceCommand {
    /// `stance bench …`: release-mode throughput benchmarks (not tests: machines are noisy).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure throughput (build with -c release first).",
            subcommands: [BenchSegment.self, BenchMatch.self, BenchScore.self]
        )
    }
}

/// Options shared by every benchmark: the corpus and how large to make it.
struct BenchCorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A text, JSONL or CSV file (e.g. ../shared/bench/nb-bench.jsonl).", valueName: "FILE"))
    var file: String

    @Option(name: .customLong("repeat"), help: "Repeat the corpus N times.")
    var repetitions: Int = 1

    @Option(name: .customLong("target-mb"), help: "Repeat the corpus until it is at least this many MB (overrides --repeat).")
    var targetMB: Double?

    @Option(help: "Measure this many times and report the best run.")
    var runs: Int = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1.") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }

    /// How many times to repeat a corpus of `bytes`: `--repeat`, or enough for `--target-mb`.
    func repetitions(forBytes bytes: Int) -> Int {
        guard let targetMB, bytes > 0 else { return repetitions }
        return max(1, Int((targetMB * 1_000_000 / Double(bytes)).rounded(.up)))
    }

    /// The documents of `file`, repeated.
    func load() throws -> (documents: [Document], bytes: Int) {
        let reader = DocumentReader(inputs: [file])
        reader.onProblem = { Console.shared.error("stance: \($0)") }
        var documents: [Document] = []
        while let document = reader.next() { documents.append(document) }
        guard !documents.isEmpty else { throw ExitStatus.missingInput }
        let once = documents.reduce(0) { $0 + $1.text.byteCount }
        let times = repetitions(forBytes: once)
        var repeated: [Document] = []
        repeated.reserveCapacity(documents.count * times)
        for round in 0..<times {
            for document in documents {
                var copy = document
                copy.id = round == 0 ? document.id : "\(document.id)#\(round)"
                repeated.append(copy)
            }
        }
        return (repeated, once * times)
    }
}

/// Wall-clock timing of the best of `runs`.
func bestSeconds(runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed)
    }
    return best
}

/// The clock a benchmark reads.
enum BenchClock: String, ExpressibleByArgument, CaseIterable {
    /// Elapsed time (what a user waits for).
    case wall
    /// CPU time of the measuring thread (`CLOCK_THREAD_CPUTIME_ID`): on a shared machine, the
    /// time the core was taken away is not counted, though caches shared with other processes
    /// still are.
    case thread

    func nanoseconds() -> UInt64 {
        switch self {
        case .wall:
            return DispatchTime.now().uptimeNanoseconds
        case .thread:
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
        }
    }
}

/// Stages timed in turn, round after round; each stage keeps its best time.
struct RoundRobinTimer {
    private var best: [String: Double] = [:]
    /// What is measured: wall-clock time, or the CPU time of the calling thread (which does not
    /// count the time other processes of a busy machine take the core away).
    var clock: BenchClock

    init(clock: BenchClock = .wall) { self.clock = clock }

    mutating func time(_ stage: String, _ body: () -> Void) {
        let start = clock.nanoseconds()
        body()
        let elapsed = Double(clock.nanoseconds() - start) / 1e9
        best[stage] = min(best[stage] ?? .infinity, elapsed)
    }

    subscript(stage: String) -> Double { best[stage] ?? .nan }
}

func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> String {
    String(format: "%8.2f MB/s", Double(bytes) / 1_000_000 / seconds)
}

struct BenchSegment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Raw ICU sentence+word iteration against Stance's segmenter, single core."
    )

    @OptionGroup var corpus: BenchCorpusOptions

    func run() throws {
        let (documents, bytes) = try corpus.load()
        let segmenter = try Segmenter()
        #if DEBUG
        Console.shared.error("stance: warning: this is a debug build; build with `swift build -c release` for meaningful numbers")
        #endif
        var checksum = 0
        let raw = bestSeconds(runs: corpus.runs) {
            for document in documents {
                let counts = segmenter.rawICUIteration(document.text)
                checksum &+= counts.sentences &+ counts.words &+ counts.statusSum
            }
        }
        var sentences = 0, tokens = 0
        let ours = bestSeconds(runs: corpus.runs) {
            sentences = 0
            tokens = 0
            for document in documents {
                let segmentation = segmenter.segment(document.text)
                sentences += segmentation.sentences.count
                tokens += segmentation.tokens.count
            }
        }
        let output = Console.shared
        output.write(String(format: "input: %@, %d documents, %.2f MB", corpus.file, documents.count, Double(bytes) / 1_000_000))
        output.write("raw ICU sentence+word iteration: \(megabytesPerSecond(bytes, raw))")
        output.write("stance segment (paragraphs, sentences, tokens, folded forms): \(megabytesPerSecond(bytes, ours))  [\(sentences) sentences, \(tokens) tokens]")
        output.write(String(format: "ratio stance/raw ICU: %.2f (target >= 0.50)", raw / ours))
        if checksum == 42 { output.write("") }
        output.flush()
    }
}
