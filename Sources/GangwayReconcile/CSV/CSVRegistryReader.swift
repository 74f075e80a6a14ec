/// Streams a text registry: chunks from the file go through the encoding sniffer and the record
/// scanner into a ``RegistryInterpreter``; only the record in progress is ever held.
enum CSVRegistryReader {
    /// Reads the rest of `file`, starting with `head` (the bytes already read to detect the format).
    static func read(
        _ file: inout ChunkedFile, head: [UInt8], deliver: (ExportRow) throws -> Void
    ) throws -> (RegistryInterpreter, ExportEncoding) {
        var sniffer = TextEncodingSniffer()
        var scanner = CSVRecordScanner()
        var interpreter = RegistryInterpreter(format: .csv)
        var chunk: [UInt8]? = head
        while let bytes = chunk {
            let skip = sniffer.inspect(bytes)
            scanner.append(bytes, skipping: skip)
            let encoding = sniffer.encoding
            try scanner.drain(encoding: encoding, atEnd: false) { record in
                try interpreter.consume(record, number: record.line, deliver: deliver)
            }
            chunk = try file.next()
        }
        try scanner.drain(encoding: sniffer.encoding, atEnd: true) { record in
            try interpreter.consume(record, number: record.line, deliver: deliver)
        }
        try interpreter.finish()
        return (interpreter, sniffer.encoding)
    }
}
