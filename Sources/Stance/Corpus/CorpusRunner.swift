import Dispatch

/// Fans per-document work out over `jobs` workers and hands results back in input order.
///
/// Documents are read in batches (so memory stays bounded by the batch, not the corpus); each
/// batch is split into contiguous slices, one per worker, processed with
/// `DispatchQueue.concurrentPerform`, and then emitted in order on the calling thread. Each worker
/// owns its state (ICU iterators, caches), created once by `makeWorker`. The output is therefore
/// the same bytes whatever `jobs` is.
public struct CorpusRunner<Worker, Output> {
    public var jobs: Int
    /// Documents per worker per batch.
    public var batchPerWorker: Int

    public init(jobs: Int, batchPerWorker: Int = 64) {
        self.jobs = max(1, jobs)
        self.batchPerWorker = max(1, batchPerWorker)
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
        let workers = try (0..<jobs).map { _ in UncheckedBox(try makeWorker()) }
        let batchSize = jobs * batchPerWorker
        var documentsDone = 0
        var bytesDone = 0
        while true {
            var batch: [Document] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let document = next() { batch.append(document) }
            if batch.isEmpty { break }
            let results = UncheckedBox([Output?](repeating: nil, count: batch.count))
            let documents = UncheckedBox(batch)
            if jobs == 1 || batch.count == 1 {
                for index in batch.indices { results.value[index] = process(workers[0].value, batch[index]) }
            } else {
                let slice = (batch.count + jobs - 1) / jobs
                let work = UncheckedBox(process)
                results.value.withUnsafeMutableBufferPointer { pointer in
                    let buffer = UncheckedBox(pointer)
                    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                        let start = worker * slice
                        let end = min(start + slice, documents.value.count)
                        guard start < end else { return }
                        for index in start..<end {
                            buffer.value[index] = work.value(workers[worker].value, documents.value[index])
                        }
                    }
                }
            }
            for index in batch.indices {
                emit(batch[index], results.value[index]!)
                bytesDone += batch[index].text.byteCount
            }
            documentsDone += batch.count
            progress?(documentsDone, bytesDone)
        }
    }
}

/// Carries a non-Sendable value into `concurrentPerform`; each worker touches only its own
/// value or its own slice of a buffer.
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
