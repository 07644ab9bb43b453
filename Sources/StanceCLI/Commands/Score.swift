import ArgumentParser

extension StanceCommand {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "(being built)", shouldDisplay: false)
        func run() throws { throw ExitStatus.failure }
    }
}
