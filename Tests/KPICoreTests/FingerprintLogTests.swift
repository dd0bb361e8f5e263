import Testing

@testable import KPICore

@Suite struct FingerprintLogTests {
    /// Fingerprints 1 ... n of a partition, as a splitmix sequence so that their top bits vary.
    private func fingerprint(_ index: Int, partition: Int) -> UInt64 {
        var random = SplitMix64(key: UInt64(index), UInt64(partition))
        return random.next()
    }

    @Test func findsRepeatsWithinAPartitionOnlyAcrossLogs() throws {
        let first = FingerprintLog()
        let second = FingerprintLog()
        for index in 0..<1_000 {
            first.add(fingerprint(index, partition: 7), partition: 7)
            second.add(fingerprint(index + 1_000, partition: 7), partition: 7)
        }
        // The same fingerprint in another partition is no duplicate.
        second.add(fingerprint(3, partition: 7), partition: 8)
        #expect(try FingerprintLog.duplicates(in: [first, second]) { _ in true }.isEmpty)

        second.add(fingerprint(5, partition: 7), partition: 7)
        #expect(try FingerprintLog.duplicates(in: [first, second]) { _ in true } == [fingerprint(5, partition: 7)])
        #expect(try FingerprintLog.duplicates(in: [first, second]) { $0 != 7 }.isEmpty, "partition 7 is left out")
    }

    @Test func spillsToATemporaryFileAndChecksInBuckets() throws {
        // A budget of 64 KiB: most of the 120,000 fingerprints go to the spill file, the months
        // interleaved so that blocks of several partitions are open in turn.
        let log = FingerprintLog(memoryBudget: 64 << 10)
        var planted: Set<UInt64> = []
        for index in 0..<120_000 {
            let partition = 100 + index % 3
            log.add(fingerprint(index, partition: partition), partition: partition)
            if index % 40_000 == 39_999 {
                // A repeat of a fingerprint added long before (and spilled), in the same partition.
                let repeated = fingerprint(index - 30_000, partition: partition)
                log.add(repeated, partition: partition)
                planted.insert(repeated)
            }
        }
        #expect(planted.count == 3)
        #expect(log.spilledCount > 100_000)
        for largestTable in [1 << 20, 1 << 13] {  // one table per partition, then 16 buckets each
            #expect(try FingerprintLog.duplicates(in: [log], largestTable: largestTable) { _ in true } == planted)
        }
    }

    @Test func manyPartitionsFilledAtOnceSpillInLongRuns() throws {
        // 24 partitions filled in turn (the 24 snapshots of a shuffled file) under a 1 MiB
        // budget: their open blocks together must leave room, or every new block spills them
        // all, a few fingerprints each, and the check then reads them back run by run.
        let log = FingerprintLog(memoryBudget: 1 << 20)
        let count = 600_000
        for index in 0..<count { log.add(fingerprint(index, partition: index % 24), partition: index % 24) }
        log.add(fingerprint(24 * 1_000 + 5, partition: 5), partition: 5)
        #expect(log.spilledCount > count / 2)
        #expect(log.spilledCount / max(1, log.spilledRunCount) >= 1_024, "runs of at least a small block")
        #expect(try FingerprintLog.duplicates(in: [log]) { _ in true } == [fingerprint(24 * 1_000 + 5, partition: 5)])
    }

    @Test func rowsAlternatingBetweenPartitionsKeepFillingTheirBlocks() throws {
        // 30,000 fingerprints, each in another partition than the last: each partition fills
        // its own blocks (about 80 KiB each), far below the 1 MiB budget, so nothing is spilled.
        let log = FingerprintLog(memoryBudget: 1 << 20)
        for index in 0..<30_000 { log.add(fingerprint(index, partition: index % 3), partition: index % 3) }
        log.add(fingerprint(17, partition: 2), partition: 2)
        #expect(log.spilledCount == 0)
        #expect(try FingerprintLog.duplicates(in: [log]) { _ in true } == [fingerprint(17, partition: 2)])
    }
}

@Suite struct SpillFileTests {
    @Test func unnamedFileReadsBackWhatWasWritten() throws {
        let spill = try #require(SpillFile())
        let first: [UInt8] = Array("first".utf8)
        let second: [UInt8] = Array("second".utf8)
        #expect(spill.append(first, count: first.count) == 0)
        #expect(spill.append(second, count: second.count) == first.count)
        var buffer = [UInt8](repeating: 0, count: second.count)
        try spill.read(into: &buffer, count: second.count, at: first.count)
        #expect(buffer == second)
    }

    @Test func unusableDirectoryGivesNoFile() {
        #expect(SpillFile(directory: "/nonexistent/kpi-spill") == nil)
    }
}
