import Lexicon
import Testing
@testable import Stance

@Suite struct CorpusRunnerTests {
    func documents(_ count: Int) -> [Document] {
        (0..<count).map { index in
            Document(id: "d\(index)", text: Text(String(repeating: "Setning nummer \(index). ", count: index % 7 + 1)))
        }
    }

    func run(jobs: Int, batch: Int) -> [String] {
        var pending = documents(103)
        pending.reverse()
        var out: [String] = []
        CorpusRunner<Int, String>(jobs: jobs, batchPerWorker: batch).run(
            next: { pending.popLast() },
            makeWorker: { 0 },
            process: { _, document in "\(document.id):\(document.text.byteCount)" },
            emit: { _, line in out.append(line) }
        )
        return out
    }

    @Test func outputOrderIsTheInputOrderWhateverTheJobs() {
        let single = run(jobs: 1, batch: 4)
        #expect(single.count == 103)
        #expect(single.first == "d0:18")
        #expect(run(jobs: 2, batch: 4) == single)
        #expect(run(jobs: 3, batch: 1) == single)
        #expect(run(jobs: 8, batch: 64) == single)
    }
}
