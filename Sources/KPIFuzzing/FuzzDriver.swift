import Foundation

/// The `main` of a fuzz executable. Built with `-D FUZZING` and `-sanitize=fuzzer` (as
/// scripts/fuzz.sh does), it hands the command line to libFuzzer, which calls the target with
/// each input it makes; a crash, trap, hang or a `FuzzCheck` violation is a finding. Built
/// normally, it runs the files named on the command line through the target once each and prints
/// their outcomes: a reproducer's replay without the sanitizer.
public enum FuzzDriver {
    /// Runs `target` as the command line says; never returns.
    public static func main(_ target: FuzzTarget) -> Never {
        #if FUZZING
            FuzzDriver.target = target
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    FuzzDriver.test(UnsafeRawBufferPointer(start: data, count: size), FuzzDriver.target)
                    return 0
                })
        #else
            var failed = false
            for path in CommandLine.arguments.dropFirst() {
                guard let bytes = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    failed = true
                    continue
                }
                let outcome = bytes.withUnsafeBytes { FuzzHarness.run($0, through: target) }
                let violations = bytes.withUnsafeBytes { FuzzCheck.violations(of: outcome, bytes: $0, target: target) }
                print("\(path): \(outcome.errors.count) errors, \(violations.count) violations")
                for line in outcome.errors.map(\.description) + violations { print("  \(line)") }
                failed = failed || !violations.isEmpty
            }
            exit(failed ? 1 : 0)
        #endif
    }

    #if FUZZING
        /// The target of this process (libFuzzer's callback is a C function, which captures nothing).
        nonisolated(unsafe) private static var target = FuzzTarget.csvReader

        /// One input: run, then stopped with the violations when it breaks `FuzzCheck`'s rules.
        private static func test(_ bytes: UnsafeRawBufferPointer, _ target: FuzzTarget) {
            let outcome = FuzzHarness.run(bytes, through: target)
            let violations = FuzzCheck.violations(of: outcome, bytes: bytes, target: target)
            if !violations.isEmpty { fatalError(violations.joined(separator: "\n")) }
        }
    #endif
}

#if FUZZING
    /// libFuzzer's entry for a program with its own `main`.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif
