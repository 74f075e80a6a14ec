import ArgumentParser

/// A command's failure as the operator sees it: one actionable line on stderr and a sysexits
/// code (interfaces.md): 64 bad usage, 65 bad input data, 69 service unavailable, 75 lock held
/// or temporary failure, 1 anything else.
public struct CommandFailure: Error, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }

    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let unavailable: Int32 = 69
    public static let temporaryFailure: Int32 = 75
}
