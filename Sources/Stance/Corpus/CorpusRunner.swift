import Dispatch
import Foundation

/// Fans per-document work out over `jobs` workers and hands results back in input order.
///
/// Documents are read in batches (so memory stays bounded by the batch, not the corpus); the
/// workers of `DispatchQueue.concurrentPerform` take the documents of a batch one at a time from a
/// shared counter (so a worker that drew short documents does not wait idle for one that drew
/// long ones), and the results are then emitted in order on the calling thread. Each worker
/// owns its state (ICU iterators, caches), created once by `makeWorker`. The output is therefore
/// the same bytes whatever `jobs` is.
public struct CorpusRunner<Worker, Output> {
    public var jobs: Int
    /// Documents per worker per batch. Large enough that the end of a batch (one worker
    /// finishing the last document while the other waits) and the hand-over between the reading
    /// thread and the workers are rare: 64 left a fifth of two cores idle on nb-bench, 256 a
    /// tenth.
    public var batchPerWorker: Int
    /// A batch also ends once it holds this many bytes of text, so that memory stays bounded
    /// when documents are large (two batches are in memory at a time).
    public var batchBytes: Int

    public init(jobs: Int, batchPerWorker: Int = 256, batchBytes: Int = 16 << 20) {
        self.jobs = max(1, jobs)
        self.batchPerWorker = max(1, batchPerWorker)
        self.batchBytes = max(1, batchBytes)
    }

    /// Runs `process` on every document of `next` (until it returns nil), calling `emit` with each
    /// result in input order, and `progress` after each batch with the documents and bytes done.
    public func run(
        next: () -> Document?,
        makeWorker: () throws -> Worker,
        process: @escaping (Worker, Document) -> Output,
        emit: (Document, Output) -> Void,
        progress: ((Int, Int) -> Void)? = nil
    ) rethrows {
        let workers = UncheckedBox(try (0..<jobs).map { _ in try makeWorker() })
        let work = UncheckedBox(process)
        let batchSize = jobs * batchPerWorker
        let batchBytes = self.batchBytes
        let jobs = self.jobs
        var documentsDone = 0
        var bytesDone = 0

        func read() -> [Document] {
            var batch: [Document] = []
            batch.reserveCapacity(batchSize)
            var bytes = 0
            while batch.count < batchSize, bytes < batchBytes, let document = next() {
                batch.append(document)
                bytes += document.text.byteCount
            }
            return batch
        }

        /// Starts processing `batch` on the workers; the returned group is done when it is.
        func start(_ batch: [Document]) -> (DispatchGroup, UncheckedBox<[Output?]>) {
            let results = UncheckedBox([Output?](repeating: nil, count: batch.count))
            let documents = UncheckedBox(batch)
            let group = DispatchGroup()
            group.enter()
            DispatchQueue.global().async {
                let count = documents.value.count
                let nextIndex = SharedCounter()
                results.value.withUnsafeMutableBufferPointer { pointer in
                    let buffer = UncheckedBox(pointer)
                    DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { worker in
                        // Each index is taken by exactly one worker, so each slot of the buffer
                        // is written once, by one thread.
                        while case let index = nextIndex.take(), index < count {
                            buffer.value[index] = work.value(workers.value[worker], documents.value[index])
                        }
                    }
                }
                group.leave()
            }
            return (group, results)
        }

        // A two-stage pipeline: while the workers process batch k, this thread emits batch k−1
        // and reads batch k+1, so reading and writing do not leave the cores idle.
        var current = read()
        guard !current.isEmpty else { return }
        var running = start(current)
        while true {
            let following = read()
            running.0.wait()
            let finished = current
            let results = running.1
            if !following.isEmpty { running = start(following) }
            for index in finished.indices {
                emit(finished[index], results.value[index]!)
                bytesDone += finished[index].text.byteCount
            }
            documentsDone += finished.count
            progress?(documentsDone, bytesDone)
            if following.isEmpty { break }
            current = following
        }
    }
}

/// Hands out 0, 1, 2 … to concurrent workers.
final class SharedCounter: @unchecked Sendable {
    /// Guards `next` (a lock rather than `Atomic`, which needs macOS 15).
    private let lock = NSLock()
    private var next = 0

    /// The next number (each one is returned once).
    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        return next - 1
    }
}

/// Carries a non-Sendable value into `concurrentPerform`; each worker touches only its own
/// value or its own slice of a buffer.
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
