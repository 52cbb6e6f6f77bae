import SlovoText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with one condition variable: the building block of the batch pipeline's queues.
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Runs `body` holding the lock.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Runs `body` with the lock released; call only holding the lock.
    func unlockedDuring(_ body: () -> Void) {
        pthread_mutex_unlock(mutex)
        body()
        pthread_mutex_lock(mutex)
    }

    /// Waits for a broadcast; call only holding the lock (inside ``locked(_:)``).
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes every waiting thread.
    func broadcast() { pthread_cond_broadcast(condition) }
}

/// Starts a detached thread with a large stack running `body` (``SlovoText/startThread(stackSize:detached:_:)``).
func startThread(stackSize: Int = 16 << 20, _ body: @escaping @Sendable () -> Void) {
    if case .failure(let error) = SlovoText.startThread(stackSize: stackSize, detached: true, body) {
        fatalError("cannot start a thread: \(String(cString: strerror(error.status)))")
    }
}
