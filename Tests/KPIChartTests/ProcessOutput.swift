import Foundation

/// Runs a program (pdftotext, pdfinfo, python3) and returns its standard output; throws unless
/// it exits 0.
func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    struct Failed: Error { let program: String, status: Int32 }
    guard process.terminationStatus == 0 else { throw Failed(program: program, status: process.terminationStatus) }
    return String(decoding: data, as: UTF8.self)
}
