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
        beforehand. The best of --runs is reported; the machine should be otherwise idle.
        """
    )

    @OptionGroup var corpus: BenchCorpusOptions
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let (documents, bytes) = try corpus.load()
        let matcher = Matcher(lexicon: try lexicon.load())
        #if DEBUG
        Console.shared.error("stance: warning: this is a debug build; build with `swift build -c release` for meaningful numbers")
        #endif
        let segmenter = try Segmenter()
        var tokens = 0
        let segmentOnly = bestSeconds(runs: corpus.runs) {
            tokens = 0
            for document in documents { tokens += segmenter.segment(document.text).tokens.count }
        }
        // Matching with a cache that starts empty (each run), and warm (the steady state of a
        // large corpus, where nearly every word type has been seen).
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
        let withAtoms = try bestTime { atomsPass(try LexiconSession(matcher: matcher)) }
        let withHits = try bestTime { hitsPass(try LexiconSession(matcher: matcher)) }
        let warm = try LexiconSession(matcher: matcher)
        hitsPass(warm)
        let withAtomsWarm = bestSeconds(runs: corpus.runs) { atomsPass(warm) }
        let withHitsWarm = bestSeconds(runs: corpus.runs) { hitsPass(warm) }
        // The stages alone, on segmentations made beforehand (less noise from segmentation).
        let segmentations = documents.map { warm.segmenter.segment($0.text) }
        var documentAtoms: [DocumentAtoms] = []
        let atomsAlone = bestSeconds(runs: corpus.runs) {
            documentAtoms = segmentations.map { warm.atomCache.atoms(for: $0) }
        }
        let atomsAloneCold = bestSeconds(runs: corpus.runs) {
            let cache = AtomCache(index: matcher.index)
            documentAtoms = segmentations.map { cache.atoms(for: $0) }
        }
        var aloneHits = 0
        let hitsAlone = bestSeconds(runs: corpus.runs) {
            aloneHits = 0
            for (segmentation, atoms) in zip(segmentations, documentAtoms) { aloneHits += matcher.hits(in: segmentation, atoms: atoms).count }
        }
        let output = Console.shared
        output.write(String(format: "input: %@, %d documents, %.2f MB, %d tokens", corpus.file, documents.count, Double(bytes) / 1_000_000, tokens))
        output.write("lexicon: \(matcher.lexicon.version), \(matcher.lexicon.entries.count) entries, \(matcher.index.count) patterns, \(matcher.index.atomCount) atoms")
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

    /// ``bestSeconds(runs:_:)`` for a throwing body.
    func bestTime(_ body: () throws -> Void) throws -> Double {
        var failure: Error?
        let seconds = bestSeconds(runs: corpus.runs) {
            do { try body() } catch { failure = error }
        }
        if let failure { throw failure }
        return seconds
    }
}
