/// An error that ends the run: a one-line message naming the input, and an exit code
/// (1 input or data error, 2 usage error).
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    static func input(_ message: String) -> CLIError { CLIError(message: message, exitCode: 1) }
    static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: 2) }

    var description: String { message }
}

/// Exit codes of `analyze`.
enum ExitStatus {
    static let success: Int32 = 0
    static let inputError: Int32 = 1
    static let usageError: Int32 = 2
}
