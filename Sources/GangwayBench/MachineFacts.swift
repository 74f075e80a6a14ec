import Foundation

/// What the numbers were measured on, and how busy it was: a benchmark figure means little
/// without the machine and its load.
struct MachineFacts {
    var cores: Int
    var memoryGiB: Double
    var cpuModel: String
    var loadAverage: String

    static func current() -> MachineFacts {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        return MachineFacts(
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, cpuModel: model,
            loadAverage: loadAverage())
    }

    /// The 1, 5 and 15 minute load averages (`0.52 0.61 0.40`): above the core count, something
    /// else was competing for the CPU.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    var line: String {
        "\(cores) cores, \(String(format: "%.1f", memoryGiB)) GiB, \(cpuModel); load average \(loadAverage)"
    }
}
