#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

// Entry point: parse, run, and map errors to the documented exit codes
// (0 success, 1 input or data error, 2 usage error).
ignoreWriteSignals()
do {
    var command = try AnalyzeCommand.parseAsRoot()
    try command.run()
    OutputStream.standardOutput.flush()
    if let failure = OutputStream.standardOutput.failure {
        printError(failure)
        exit(ExitStatus.inputError)
    }
} catch let error as CLIError {
    OutputStream.standardOutput.flush()
    printError(error.message)
    exit(error.exitCode)
} catch let error as ExitCode {
    OutputStream.standardOutput.flush()
    exit(error.rawValue)
} catch {
    OutputStream.standardOutput.flush()
    let code = AnalyzeCommand.exitCode(for: error)
    if code == .success {
        AnalyzeCommand.exit(withError: error)  // --help, --version
    }
    let message = AnalyzeCommand.message(for: error)
    printError("\(message.split(separator: "\n").first ?? "") (see 'analyze --help')")
    exit(code == .failure ? ExitStatus.inputError : ExitStatus.usageError)
}
