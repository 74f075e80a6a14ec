import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `gangway-bench` executable: `import` runs the import benchmark, `site` the storefront
/// benchmark, `reconcile` the reconciliation benchmark, `floor` is the import benchmark's internal child. Exit 0 when the import succeeded (goals met or not), 1 when it failed, 64 on bad usage.
@main
struct BenchMain {
    static func main() {
        do {
            let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
            switch options.command {
            case .importBenchmark: try ImportBenchmark(options: options).run()
            case .site: try SiteBenchmark(options: options).run()
            case .floor: try FloorBenchmark(options: options).run()
            case .reconcile: try ReconcileBenchmark(options: options).run()
            }
        } catch let error as BenchError {
            if case .help = error {
                print(error.description)
                exit(0)
            }
            FileHandle.standardError.write(Data("gangway-bench: \(error.description)\n".utf8))
            exit(error.exitCode)
        } catch {
            FileHandle.standardError.write(Data("gangway-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}
