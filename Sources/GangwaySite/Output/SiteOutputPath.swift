import Foundation
import GangwayCore

/// The rule for paths of files inside the site folder: relative, `/`-separated, made only of
/// `A–Z a–z 0–9 . _ / -`, with no empty, `.` or `..` component, so a path can never leave the
/// folder. Names the writer uses for itself (the manifest, temporary files) are refused too.
enum SiteOutputPath {
    /// Longest accepted component; leaves room for the temporary-file prefix and suffix within
    /// the usual 255-byte limit on file names.
    static let maximumComponentLength = 200
    static let maximumLength = 1024
    /// The writer's own files in the root of the site folder, which no page may replace.
    static let reservedNames: Set<String> = [SiteManifest.fileName, SiteManifestChanges.fileName]

    /// Throws `SiteOutputError.invalidPath` unless `path` follows the rule. One pass over the
    /// bytes: this runs for every page of every build, tens of thousands of times.
    static func validate(_ path: String) throws {
        var bytes = path
        if bytes.withUTF8({ isValid($0) }) { return }
        _ = try diagnose(path)
        throw SiteOutputError.invalidPath(path, reason: "not a valid site path")  // diagnose always throws first
    }

    /// The components of a valid path (`ru/sailings/x/index.html` → `ru`, `sailings`, …).
    static func components(of path: String) throws -> [Substring] {
        try validate(path)
        return path.split(separator: "/")
    }

    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var start = 0
        for index in 0...bytes.count {
            if index < bytes.count && bytes[index] != UInt8(ascii: "/") {
                switch bytes[index] {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    continue
                default:
                    return false
                }
            }
            let length = index - start
            guard length > 0, length <= maximumComponentLength else { return false }
            if bytes[start] == UInt8(ascii: ".") {
                // ".", "..", the writer's temporary files and (at the root) its manifest.
                let component = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                if component == "." || component == ".." || component.contains(".tmp-") { return false }
                if start == 0 && index == bytes.count && reservedNames.contains(component) { return false }
            }
            start = index + 1
        }
        return true
    }

    /// Says what is wrong with an invalid path (slow, only for the error message).
    private static func diagnose(_ path: String) throws -> [Substring] {
        guard !path.isEmpty else { throw SiteOutputError.invalidPath(path, reason: "empty") }
        guard path.utf8.count <= maximumLength else {
            throw SiteOutputError.invalidPath(path, reason: "longer than \(maximumLength) characters")
        }
        guard !path.hasPrefix("/") else {
            throw SiteOutputError.invalidPath(path, reason: "absolute; must be relative to the site folder")
        }
        if let bad = path.unicodeScalars.first(where: { !isAllowed($0) }) {
            let shown = bad == " " ? "a space" : "\"\(bad.escaped(asASCII: true))\""
            throw SiteOutputError.invalidPath(path, reason: "contains \(shown); only A-Z a-z 0-9 . _ / - are allowed")
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts {
            if part.isEmpty {
                throw SiteOutputError.invalidPath(path, reason: "has an empty component (\"//\" or a trailing \"/\")")
            }
            if part == "." || part == ".." {
                throw SiteOutputError.invalidPath(path, reason: "contains \"\(part)\"")
            }
            if part.utf8.count > maximumComponentLength {
                throw SiteOutputError.invalidPath(
                    path, reason: "a component is longer than \(maximumComponentLength) characters")
            }
            if part.hasPrefix(".") && part.contains(".tmp-") {
                throw SiteOutputError.invalidPath(path, reason: "looks like one of the writer's temporary files")
            }
        }
        if parts.count == 1 && reservedNames.contains(String(parts[0])) {
            throw SiteOutputError.invalidPath(path, reason: "reserved for the build manifest")
        }
        return parts
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "/", "-": return true
        default: return false
        }
    }
}
