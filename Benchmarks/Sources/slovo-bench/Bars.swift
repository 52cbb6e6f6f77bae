#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of the bars file: a metric of the summary, the bar it should reach (for the
/// report), and the floor that fails the run, set with a noise-proof margin.
struct Bar {
    enum Direction: String { case min, max }
    let metric: String
    let target: Double
    let floor: Double
    /// `min`: the value must be at least `floor`; `max`: at most.
    let direction: Direction
    let issue: String

    func passes(_ value: Double) -> Bool {
        direction == .min ? value >= floor : value <= floor
    }

    /// Reads a tab-separated file: metric, target, floor, min|max, issue; '#' starts a comment.
    static func load(_ path: String) -> Result<[Bar], UsageError> {
        guard let file = fopen(path, "r") else { return .failure(UsageError(message: "cannot read \(path)")) }
        defer { fclose(file) }
        var bars: [Bar] = []
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        var number = 0
        while getline(&line, &capacity, file) > 0 {
            number += 1
            let text = String(cString: line!).trimmingSuffix("\n")
            if text.isEmpty || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let target = Double(fields[1]), let floor = Double(fields[2]),
                  let direction = Direction(rawValue: fields[3]) else {
                return .failure(UsageError(message: "\(path):\(number): expected metric, target, floor, min|max, issue"))
            }
            bars.append(Bar(metric: fields[0], target: target, floor: floor, direction: direction,
                            issue: fields.count > 4 ? fields[4] : ""))
        }
        return .success(bars)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
