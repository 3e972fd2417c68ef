/// The steps of replacing a file durably (`DurableFiles.replaceFile`), in order, for crash
/// tests to stop between: each must leave the old file or the new one.
public enum ReplaceStep: String, Sendable, CaseIterable {
    case tempWritten, tempSynced, renamed, folderSynced
}
