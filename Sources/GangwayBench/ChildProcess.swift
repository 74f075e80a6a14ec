import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one program to its end with `posix_spawn`, its stdout and stderr sent to files, and
/// collects it with `wait4`, which gives that child's own resource usage: its peak resident
/// memory (`ru_maxrss`, KiB on Linux) and CPU time.
struct ChildProcess {
    struct Result {
        /// The exit status, or nil when a signal ended it.
        var exitStatus: Int32?
        var signal: Int32?
        /// Wall time from just before the spawn to the return of `wait4`.
        var seconds: Double
        var peakKiB: Int
        var userSeconds: Double
        var systemSeconds: Double
        var stdout: Data
        var stderr: String

        var succeeded: Bool { exitStatus == 0 }

        /// `exit 65` or `killed by signal 9`.
        var ending: String {
            if let exitStatus { return "exit \(exitStatus)" }
            return "killed by signal \(signal ?? 0)"
        }
    }

    let executable: URL
    let arguments: [String]
    let environment: [String: String]

    /// Runs the program; its output goes to `<label>.stdout` and `<label>.stderr` in `directory`.
    func run(label: String, outputIn directory: URL) throws -> Result {
        let outPath = directory.appendingPathComponent(label + ".stdout").path
        let errPath = directory.appendingPathComponent(label + ".stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let argv = [executable.path] + arguments
        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let argvC: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let envC: [UnsafeMutablePointer<CChar>?] = envp.map { strdup($0) } + [nil]
        defer { for pointer in argvC + envC { free(pointer) } }
        let start = clock.now
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argvC, envC)
        guard spawned == 0 else {
            throw BenchError.setup("cannot start \(executable.path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        var waited: pid_t
        repeat {
            waited = wait4(pid, &status, 0, &usage)
        } while waited == -1 && errno == EINTR
        let elapsed = clock.now - start
        guard waited == pid else {
            throw BenchError.setup(
                "wait4 for \(executable.lastPathComponent) failed: \(String(cString: strerror(errno)))")
        }
        let signal = status & 0x7f
        return Result(
            exitStatus: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
            seconds: Self.seconds(elapsed), peakKiB: Int(usage.ru_maxrss), userSeconds: Self.seconds(usage.ru_utime),
            systemSeconds: Self.seconds(usage.ru_stime),
            stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}
