import ArgumentParser

/// The exit codes of STYLE.md: 0 ok, 1 failure, 64 usage, 65 bad data, 66 missing input, 74 output I/O.
enum ExitStatus {
    static let failure = ExitCode(1)
    static let badData = ExitCode(65)
    static let missingInput = ExitCode(66)
    static let ioError = ExitCode(74)
}
