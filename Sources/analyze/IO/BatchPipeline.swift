/// Runs ``UnitWork`` on several threads and hands the results back in input order.
///
/// A reader thread walks the input (``DocumentSource/forEachUnit(idle:_:)``) and queues units
/// in chunks; `jobs` worker threads read, parse, analyse and render them; the calling thread
/// writes the results in order. Units travel in chunks (up to 64 units or 256 KiB) so that
/// small documents do not pay a lock and a wake-up each; a chunk leaves early when the input
/// has nothing more ready, so a streaming caller gets each answer without waiting for the
/// chunk to fill. The window of chunks in flight (queued, in work, or done but waiting for an
/// earlier one) is bounded in count and in bytes, so a 1 GB JSONL input never sits in memory:
/// the reader waits while the window is full.
final class BatchPipeline: @unchecked Sendable {
    let source: DocumentSource
    let work: UnitWork
    let jobs: Int
    /// Most chunks in flight.
    let maxChunks: Int
    /// Most input bytes in flight (a single larger unit is still let through alone).
    let maxBytes: Int
    /// Largest chunk, in units and in input bytes.
    let chunkUnits = 64
    let chunkBytes = 256 << 10

    private let monitor = Monitor()
    // State guarded by `monitor`.
    private var queue: [(Int, [InputUnit])] = []
    private var queueHead = 0
    private var done: [Int: [CompletedUnit]] = [:]
    private var issued = 0
    private var inFlight = 0
    private var inFlightBytes = 0
    private var readerFinished = false
    private var readerError: CLIError?
    private var stopped = false

    init(source: DocumentSource, work: UnitWork, jobs: Int, maxChunks: Int? = nil, maxBytes: Int = 32 << 20) {
        self.source = source
        self.work = work
        self.jobs = jobs
        self.maxChunks = maxChunks ?? max(4, jobs * 3)
        self.maxBytes = maxBytes
    }

    /// Runs the batch; `write` is called on this thread with each result in input order, and
    /// `flush` whenever nothing is ready to write. When `write` throws, the batch stops and the
    /// error is returned.
    func run(write: (CompletedUnit) throws(CLIError) -> Void, flush: () -> Void = {}) -> Result<Void, CLIError> {
        startThread { self.readInput() }
        for _ in 0..<jobs { startThread { self.workLoop() } }
        var next = 0
        while true {
            var chunk: [CompletedUnit]?
            var waited = false
            monitor.locked {
                while true {
                    if let ready = done.removeValue(forKey: next) {
                        chunk = ready
                        return
                    }
                    if readerFinished && next == issued { return }
                    if !waited {
                        // Nothing to write now: hand over what was written before sleeping
                        // (line in, line out for streaming engines).
                        waited = true
                        monitor.unlockedDuring(flush)
                        continue
                    }
                    monitor.wait()
                }
            }
            guard let chunk else { break }
            do throws(CLIError) {
                for unit in chunk { try write(unit) }
            } catch {
                stop()
                return .failure(error)
            }
            let bytes = chunk.reduce(0) { $0 + $1.heldBytes }
            monitor.locked {
                inFlight -= 1
                inFlightBytes -= bytes
                monitor.broadcast()
            }
            next += 1
        }
        if let readerError = monitor.locked({ readerError }) { return .failure(readerError) }
        return .success(())
    }

    func stop() {
        monitor.locked {
            stopped = true
            monitor.broadcast()
        }
    }

    /// Queues a chunk, waiting while the window is full; false once the batch was stopped.
    private func enqueue(_ units: [InputUnit], bytes: Int) -> Bool {
        monitor.locked {
            while !stopped && inFlight > 0 && (inFlight >= maxChunks || inFlightBytes + bytes > maxBytes) {
                monitor.wait()
            }
            if stopped { return false }
            queue.append((issued, units))
            issued += 1
            inFlight += 1
            inFlightBytes += bytes
            monitor.broadcast()
            return true
        }
    }

    /// The reader thread: gathers units into chunks and queues them.
    private func readInput() {
        var pending: [InputUnit] = []
        var pendingBytes = 0
        func send() throws(CLIError) {
            guard !pending.isEmpty else { return }
            let units = pending
            pending = []
            defer { pendingBytes = 0 }
            if !enqueue(units, bytes: pendingBytes) { throw CLIError.input("stopped") }
        }
        do throws(CLIError) {
            try source.forEachUnit(idle: { () throws(CLIError) in try send() }) { unit throws(CLIError) in
                pending.append(unit)
                pendingBytes += unit.heldBytes
                if pending.count >= chunkUnits || pendingBytes >= chunkBytes { try send() }
            }
            try send()
        } catch {
            monitor.locked { if !stopped { readerError = error } }
        }
        monitor.locked {
            readerFinished = true
            monitor.broadcast()
        }
    }

    /// A worker thread: takes chunks in order and completes their units.
    private func workLoop() {
        while true {
            var taken: (Int, [InputUnit])?
            monitor.locked {
                while queueHead == queue.count && !readerFinished && !stopped { monitor.wait() }
                guard !stopped, queueHead < queue.count else { return }
                taken = queue[queueHead]
                // Let go of the units at once: a taken slot must not keep its input alive.
                queue[queueHead].1 = []
                queueHead += 1
                if queueHead >= 64 && queueHead * 2 >= queue.count {
                    queue.removeFirst(queueHead)
                    queueHead = 0
                }
            }
            guard let (sequence, units) = taken else { return }
            let completed = units.map { unit in
                var result = work.complete(unit)
                result.heldBytes = unit.heldBytes
                return result
            }
            monitor.locked {
                done[sequence] = completed
                monitor.broadcast()
            }
        }
    }
}
