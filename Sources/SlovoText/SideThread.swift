#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work started on a thread of its own and joined later: loading data in two halves at once
/// roughly halves the time a process needs before its first analysis.
///
/// ```swift
/// let model = SideThread { loadModel() }   // runs on a new thread
/// let index = buildIndex()                 // meanwhile, on this one
/// let loaded = model.join()                // waits for the other thread
/// ```
/// When no thread can be started, the work runs at once on the calling thread.
/// Join every `SideThread` exactly once.
package final class SideThread<Value: Sendable>: SideWork, @unchecked Sendable {
    private let work: @Sendable () -> Value
    private var value: Value?
    private var thread: pthread_t?
    private var joined = false

    /// Starts `work` on a new thread.
    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        thread = startSideThread(self)
        if thread == nil { value = work() }
    }

    func run() { value = work() }

    /// Waits for the work to finish and gives its result.
    package func join() -> Value {
        if let thread, !joined {
            pthread_join(thread, nil)
            joined = true
        }
        return value!
    }
}

/// What a side thread runs.
protocol SideWork: AnyObject {
    func run()
}

/// Holds the work while its thread starts.
private final class SideWorkBox {
    let work: SideWork
    init(_ work: SideWork) { self.work = work }
}

/// Starts a joinable thread that runs `work`; nil when none can be started.
private func startSideThread(_ work: SideWork) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 8 << 20)
    defer { pthread_attr_destroy(&attributes) }
    let context = Unmanaged.passRetained(SideWorkBox(work)).toOpaque()
#if canImport(Darwin)
    var started: pthread_t? = nil
    let status = pthread_create(&started, &attributes, { raw in
        Unmanaged<SideWorkBox>.fromOpaque(raw).takeRetainedValue().work.run()
        return nil
    }, context)
#else
    var started = pthread_t()
    let status = pthread_create(&started, &attributes, { raw in
        Unmanaged<SideWorkBox>.fromOpaque(raw!).takeRetainedValue().work.run()
        return nil
    }, context)
#endif
    guard status == 0 else {
        Unmanaged<SideWorkBox>.fromOpaque(context).release()
        return nil
    }
    return started
}
