import ArgumentParser
import Stance

/// Reads documents for one command: reports bad records as `FILE:LINE: reason` on stderr, skips
/// them, and ends with a summary and the right exit status.
struct DocumentRun {
    let reader: DocumentReader
    let quiet: Bool

    init(_ options: InputOptions) {
        self.init(inputs: options.inputs, options: options.readerOptions, strict: options.strict, quiet: options.quiet)
    }

    init(inputs: [String], options: ReaderOptions, strict: Bool, quiet: Bool) {
        self.quiet = quiet
        reader = DocumentReader(inputs: inputs, options: options)
        reader.onProblem = { problem in
            Console.shared.error("stance: \(problem)")
            if strict {
                Console.shared.flush()
                Console.shared.error("stance: stopping (--strict)")
                Foundation.exit(65)
            }
        }
        reader.onWarning = { warning in Console.shared.error("stance: \(warning)") }
    }

    /// Flushes output, prints the summary of skipped records, and throws the exit status:
    /// 66 when an input was missing, 65 when nothing could be read because of bad data,
    /// 74 when standard output failed.
    func finish() throws {
        Console.shared.flush()
        if Console.shared.outputFailed { throw ExitStatus.ioError }
        let problems = reader.problems
        if !problems.isEmpty && !quiet {
            Console.shared.error("stance: \(reader.documentsRead) document(s) read, \(problems.count) skipped")
        }
        if problems.contains(where: { $0.kind == .missingInput }) { throw ExitStatus.missingInput }
        if reader.documentsRead == 0 && !problems.isEmpty { throw ExitStatus.badData }
    }
}

import Foundation
