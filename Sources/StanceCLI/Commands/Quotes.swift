import ArgumentParser

extension StanceCommand {
    struct Quotes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "(being built)", shouldDisplay: false)
        func run() throws { throw ExitStatus.failure }
    }
}
