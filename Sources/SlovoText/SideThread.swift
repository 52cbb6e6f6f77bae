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
package final class SideThread<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private var thread: pthread_t?
    private var joined = false

    /// Starts `work` on a new thread.
    package init(_ work: @escaping @Sendable () -> Value) {
        thread = try? startThread(stackSize: 8 << 20, detached: false) { [self] in value = work() }.get()
        if thread == nil { value = work() }
    }

    /// Waits for the work to finish and gives its result.
    package func join() -> Value {
        if let thread, !joined {
            pthread_join(thread, nil)
            joined = true
        }
        return value!
    }
}

/// The closure a new thread runs, passed through `pthread_create`'s context pointer.
private final class ThreadBody {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// Why a thread could not be started: `pthread_create`'s error number.
package struct ThreadStartError: Error {
    package let status: Int32
}

/// Starts a thread with a stack of `stackSize` bytes running `body`: detached, or joinable
/// (then join it with `pthread_join`).
package func startThread(stackSize: Int, detached: Bool,
                         _ body: @escaping @Sendable () -> Void) -> Result<pthread_t, ThreadStartError> {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
#if canImport(Darwin)
    var started: pthread_t? = nil
    let status = pthread_create(&started, &attributes, { raw in
        Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue().body()
        return nil
    }, context)
#else
    var started = pthread_t()
    let status = pthread_create(&started, &attributes, { raw in
        Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }, context)
#endif
    guard status == 0 else {
        Unmanaged<ThreadBody>.fromOpaque(context).release()
        return .failure(ThreadStartError(status: status))
    }
#if canImport(Darwin)
    return .success(started!)
#else
    return .success(started)
#endif
}
