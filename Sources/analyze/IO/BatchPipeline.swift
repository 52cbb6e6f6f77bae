/// Runs ``UnitWork`` on several threads and hands the results back in input order.
///
/// A reader thread walks the input (``DocumentSource/forEachUnit(_:)``) and queues units;
/// `jobs` worker threads read, parse, analyse and render them; the calling thread writes the
/// results in order. The window of units in flight (queued, in work, or done but waiting for
/// an earlier one) is bounded in count and in bytes, so a 1 GB JSONL input never sits in
/// memory: the reader waits while the window is full.
final class BatchPipeline: @unchecked Sendable {
    let source: DocumentSource
    let work: UnitWork
    let jobs: Int
    /// Most units in flight.
    let maxUnits: Int
    /// Most input bytes in flight (a single larger unit is still let through alone).
    let maxBytes: Int

    private let monitor = Monitor()
    // State guarded by `monitor`.
    private var queue: [(Int, InputUnit)] = []
    private var queueHead = 0
    private var done: [Int: CompletedUnit] = [:]
    private var issued = 0
    private var inFlight = 0
    private var inFlightBytes = 0
    private var readerFinished = false
    private var readerError: CLIError?
    private var stopped = false

    init(source: DocumentSource, work: UnitWork, jobs: Int, maxUnits: Int? = nil, maxBytes: Int = 64 << 20) {
        self.source = source
        self.work = work
        self.jobs = jobs
        self.maxUnits = maxUnits ?? max(8, jobs * 4)
        self.maxBytes = maxBytes
    }

    /// Runs the batch; `write` is called on this thread with each result in input order.
    /// When `write` throws, the batch stops and the error is returned.
    func run(write: (CompletedUnit) throws(CLIError) -> Void, flush: () -> Void = {}) -> Result<Void, CLIError> {
        startThread { self.readInput() }
        for _ in 0..<jobs { startThread { self.workLoop() } }
        var next = 0
        while true {
            var unit: CompletedUnit?
            var finished = false
            var waited = false
            monitor.locked {
                while true {
                    if let ready = done.removeValue(forKey: next) {
                        unit = ready
                        return
                    }
                    if readerFinished && next == issued {
                        finished = true
                        return
                    }
                    if !waited {
                        // Nothing to write now: give what was written to the reader of our
                        // output before sleeping (line in, line out for streaming engines).
                        waited = true
                        monitor.unlockedDuring(flush)
                        continue
                    }
                    monitor.wait()
                }
            }
            if finished { break }
            guard let unit else { continue }
            do throws(CLIError) {
                try write(unit)
            } catch {
                stop()
                return .failure(error)
            }
            monitor.locked {
                inFlight -= 1
                inFlightBytes -= unit.heldBytes
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

    /// The reader thread: queues units, waiting while the window is full.
    private func readInput() {
        do throws(CLIError) {
            try source.forEachUnit { unit throws(CLIError) in
                let bytes = unit.heldBytes
                let stop: Bool = monitor.locked {
                    while !stopped && inFlight > 0 && (inFlight >= maxUnits || inFlightBytes + bytes > maxBytes) {
                        monitor.wait()
                    }
                    if stopped { return true }
                    queue.append((issued, unit))
                    issued += 1
                    inFlight += 1
                    inFlightBytes += bytes
                    monitor.broadcast()
                    return false
                }
                if stop { throw CLIError.input("stopped") }
            }
        } catch {
            monitor.locked { if !stopped { readerError = error } }
        }
        monitor.locked {
            readerFinished = true
            monitor.broadcast()
        }
    }

    /// A worker thread: takes units in order and completes them.
    private func workLoop() {
        while true {
            var taken: (Int, InputUnit)?
            monitor.locked {
                while queueHead == queue.count && !readerFinished && !stopped { monitor.wait() }
                guard !stopped, queueHead < queue.count else { return }
                taken = queue[queueHead]
                queueHead += 1
                if queueHead >= 1024 && queueHead * 2 >= queue.count {
                    queue.removeFirst(queueHead)
                    queueHead = 0
                }
            }
            guard let (sequence, unit) = taken else { return }
            var completed = work.complete(unit)
            completed.heldBytes = unit.heldBytes
            monitor.locked {
                done[sequence] = completed
                monitor.broadcast()
            }
        }
    }
}
