import Foundation

/// Saving what a build produced: as changes beside the manifest file when they are few, else as
/// the whole manifest.
extension SiteWriter {
    /// Records this build as changes to the manifest file it started from (``SiteManifestChanges``),
    /// when it started from one, kept the templates, and the changes since that file stay small.
    /// `gone` are the previous build's paths that this one did not submit. Returns whether the
    /// changes were written; when not (or when writing them failed), the caller writes the whole
    /// manifest.
    func recordChanges(_ manifest: SiteManifest, _ changedPaths: [String], gone: [String]) -> Bool {
        guard mayReusePrevious, let previous, let origin = previous.origin else { return false }
        var changed = origin.changed
        var removed = origin.removed
        for path in changedPaths {
            changed[path] = manifest.files[path]
            removed.remove(path)
        }
        for path in gone where manifest.files[path] == nil {
            changed[path] = nil
            removed.insert(path)
        }
        guard !SiteManifestChanges.isLarge(changes: changed.count + removed.count, of: manifest.files.count) else {
            return false
        }
        let changes = SiteManifestChanges(
            base: origin.base, formatVersion: manifest.formatVersion, templateFingerprint: manifest.templateFingerprint,
            files: changed, removed: removed.sorted())
        do {
            _ = try SiteFileSystem.replace(
                directory: root, name: SiteManifestChanges.fileName, with: try changes.encoded(),
                sync: durability != .none)
        } catch {
            return false
        }
        if durability != .none { SiteFileSystem.syncDirectory(root) }
        return true
    }

    /// Writes the whole manifest, then deletes the changes file (changes to the old manifest).
    func writeManifest(_ manifest: SiteManifest) throws {
        let path = root + "/" + SiteManifest.fileName
        do {
            _ = try SiteFileSystem.replace(
                directory: root, name: SiteManifest.fileName, with: manifest.encoded(), sync: durability != .none)
        } catch let error as SiteOutputError {
            if case .writeFailed(_, let reason) = error {
                throw SiteOutputError.manifestWriteFailed(path: path, reason: reason)
            }
            throw error
        } catch {
            throw SiteOutputError.manifestWriteFailed(path: path, reason: SiteOutputError.oneLine(error))
        }
        // A crash before this leaves changes naming the old manifest's hash: ignored on load.
        _ = try? SiteFileSystem.removeFile(root + "/" + SiteManifestChanges.fileName)
        if durability != .none { SiteFileSystem.syncDirectory(root) }
    }
}
