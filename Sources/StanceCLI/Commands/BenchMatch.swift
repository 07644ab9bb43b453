import ArgumentParser
import Foundation
import Lexicon
import Stance

/// `stance bench match`: what lexicon matching adds to segmentation.
struct BenchMatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Segmentation alone against segmentation + lexicon atoms + hits, single core (target: matching adds at most 30%).",
        discussion: """
        Cold: each run starts with an empty word-type cache, as a fresh worker does, so every new \
        word type of the corpus is classified once. Warm: the cache already knows the corpus, the \
        steady state of a large corpus. "alone" times each stage on segmentations made \
        beforehand. Each round times every stage once, in turn, so that a change in load touches \
        them alike; the best of max(--runs, 7) rounds is reported. The machine should be otherwise \
        idle; on a busy one, `--clock thread` counts only the CPU time of the measuring thread.
        """
    )

    @OptionGroup var corpus: BenchCorpusOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "wall: elapsed time; thread: CPU time of the measuring thread (steadier on a busy machine).")
    var clock: BenchClock = .wall

    @Option(help: ArgumentHelp("Time one stage alone, for a profiler: segment, atoms-cold, hits-cold, atoms-warm, hits-warm, atoms-alone, atoms-alone-cold, hits-alone.", valueName: "stage"))
    var only: String?

    /// Rounds: at least 7 (one round of this corpus takes about a third of a second, and the
    /// best of few rounds moves with the load of a shared machine).
    var rounds: Int { max(corpus.runs, 7) }

    func run() throws {
        let (documents, bytes) = try corpus.load()
        let matcher = Matcher(lexicon: try lexicon.load())
        #if DEBUG
        Console.shared.error("stance: warning: this is a debug build; build with `swift build -c release` for meaningful numbers")
        #endif
        let segmenter = try Segmenter()
        var tokens = 0
        func segmentPass() {
            tokens = 0
            for document in documents { tokens += segmenter.segment(document.text).tokens.count }
        }
        var atomCount = 0
        func atomsPass(_ session: LexiconSession) {
            atomCount = 0
            for document in documents {
                let segmentation = session.segmenter.segment(document.text)
                let atoms = session.atomCache.atoms(for: segmentation)
                if segmentation.tokens.count > 0 { atomCount += atoms.atoms(of: 0).count }
            }
        }
        var hits = 0, negated = 0
        func hitsPass(_ session: LexiconSession) {
            hits = 0
            negated = 0
            for document in documents {
                let analysis = session.analyse(document.text)
                hits += analysis.hits.count
                for hit in analysis.hits where hit.negated { negated += 1 }
            }
        }
        // Cold runs reuse the segmenter (opening ICU's iterators is segmentation's cost, not
        // matching's) but start with an empty word-type cache, as a fresh worker does. Warm: the
        // cache already knows the corpus, the steady state of a large corpus.
        let warm = LexiconSession(matcher: matcher, segmenter: segmenter)
        hitsPass(warm)
        // The stages alone, on segmentations made beforehand (less noise from segmentation).
        let segmentations = documents.map { warm.segmenter.segment($0.text) }
        var documentAtoms: [DocumentAtoms] = segmentations.map { warm.atomCache.atoms(for: $0) }
        var aloneHits = 0
        // Every round times every stage once, in turn, so that a change in the machine's load
        // touches all of them alike; each stage reports its best round.
        let stages: [(name: String, body: () -> Void)] = [
            ("segment", segmentPass),
            ("atoms cold", { atomsPass(LexiconSession(matcher: matcher, segmenter: segmenter)) }),
            ("hits cold", { hitsPass(LexiconSession(matcher: matcher, segmenter: segmenter)) }),
            ("atoms warm", { atomsPass(warm) }),
            ("hits warm", { hitsPass(warm) }),
            ("atoms alone", { documentAtoms = segmentations.map { warm.atomCache.atoms(for: $0) } }),
            ("atoms alone cold", {
                let cache = AtomCache(matcher: matcher)
                documentAtoms = segmentations.map { cache.atoms(for: $0) }
            }),
            ("hits alone", {
                aloneHits = 0
                for (segmentation, atoms) in zip(segmentations, documentAtoms) { aloneHits += matcher.hits(in: segmentation, atoms: atoms).count }
            }),
        ]
        var timer = RoundRobinTimer(clock: clock)
        if let only {
            // One stage alone, for a profiler or a counter (`perf stat`) to see nothing else.
            let name = only.replacingOccurrences(of: "-", with: " ")
            guard let stage = stages.first(where: { $0.name == name }) else {
                throw ValidationError("unknown stage '\(only)'; stages: \(stages.map { $0.name.replacingOccurrences(of: " ", with: "-") }.joined(separator: ", "))")
            }
            for _ in 0..<rounds { timer.time(stage.name, stage.body) }
            Console.shared.write(String(format: "%@: %.2f ms (best of %d rounds, %@ clock)", only, timer[stage.name] * 1000, rounds, clock == .wall ? "wall" : "thread CPU"))
            Console.shared.flush()
            return
        }
        for _ in 0..<rounds {
            for stage in stages { timer.time(stage.name, stage.body) }
        }
        let segmentOnly = timer["segment"], withAtoms = timer["atoms cold"], withHits = timer["hits cold"]
        let withAtomsWarm = timer["atoms warm"], withHitsWarm = timer["hits warm"]
        let atomsAlone = timer["atoms alone"], atomsAloneCold = timer["atoms alone cold"], hitsAlone = timer["hits alone"]
        let output = Console.shared
        output.write(String(format: "input: %@, %d documents, %.2f MB, %d tokens; best of %d rounds (%@ clock)", corpus.file, documents.count, Double(bytes) / 1_000_000, tokens, rounds, clock == .wall ? "wall" : "thread CPU"))
        output.write("lexicon: \(matcher.lexicon.version), \(matcher.lexicon.entries.count) entries, \(matcher.index.count) patterns, \(matcher.index.atomCount) atoms")
        output.write("word types: \(warm.atomCache.count) (a cold run classifies each once; a warm one looks each up)")
        output.write("segmentation:                              \(megabytesPerSecond(bytes, segmentOnly))")
        output.write("segmentation + atoms (cold cache):         \(megabytesPerSecond(bytes, withAtoms))")
        output.write("segmentation + atoms + hits (cold cache):  \(megabytesPerSecond(bytes, withHits))  [\(hits) hits, \(negated) negated]")
        output.write("segmentation + atoms (warm cache):         \(megabytesPerSecond(bytes, withAtomsWarm))")
        output.write("segmentation + atoms + hits (warm cache):  \(megabytesPerSecond(bytes, withHitsWarm))")
        output.write(String(format: "atoms alone: %.1f ms = %.1f%% of segmentation (cold cache: %.1f ms = %.1f%%); hits alone: %.1f ms = %.1f%%",
                            atomsAlone * 1000, atomsAlone / segmentOnly * 100, atomsAloneCold * 1000, atomsAloneCold / segmentOnly * 100,
                            hitsAlone * 1000, hitsAlone / segmentOnly * 100))
        output.write(String(format: "matching overhead: %.1f%% cold, %.1f%% warm (target <= 30%%)",
                            (withHits - segmentOnly) / segmentOnly * 100, (withHitsWarm - segmentOnly) / segmentOnly * 100))
        // (Reading the counters keeps the optimiser from dropping the work.)
        if atomCount == -1 || aloneHits == -1 { output.write("") }
        output.flush()
    }
}
