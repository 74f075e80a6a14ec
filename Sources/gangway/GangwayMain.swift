import GangwayCLI
import Logging

/// The `gangway` executable: bootstraps logging to stderr and runs the command tree.
@main
struct GangwayMain {
    static func main() async {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        await Gangway.main()
    }
}
