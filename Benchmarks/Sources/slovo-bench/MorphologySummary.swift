import SlovoBenchKit

/// The summary's `morphology` object: the lexicon's load time and memory, and the cost of the
/// morphology stage alone, derived from two stages over the same documents.
enum MorphologySummary {
    /// Nil when the lexicon could not be loaded (the reason goes to standard error).
    static func make(_ inputs: StageInputs, _ results: [String: StageResult],
                     into metrics: inout [String: Double]) -> JSONObject? {
        let lexicon: LexiconInputs
        switch inputs.lexicon {
        case .success(let loaded): lexicon = loaded
        case .failure(let error):
            printError("no lexicon, the morphology stages are left out: \(error)")
            return nil
        }
        var object = JSONObject()
        object.add("lexicon", lexicon.lexicon.path)
        object.add("lexiconLoadMilliseconds", lexicon.loadSeconds * 1000, decimals: 2)
        metrics["lexicon_load_milliseconds"] = lexicon.loadSeconds * 1000
        if let growth = lexicon.loadResidentBytes {
            object.add("lexiconLoadResidentMegabytes", Double(growth) / 1_048_576, decimals: 1)
        }
        if let mapped = lexicon.mappedResidentBytes {
            // After every stage ran: the part of the file the corpus made resident.
            object.add("lexiconMappedResidentMegabytes", Double(mapped) / 1_048_576, decimals: 1)
            metrics["lexicon_mapped_resident_megabytes"] = Double(mapped) / 1_048_576
        }
        // Tokens + sentences + morphology, minus tokens + sentences, over the same documents:
        // the morphology stage's own time.
        for (stage, key, metric) in [("analyzer_morphology", "morphologyStage", "morphology_stage"),
                                     ("analyzer_morphology_warm", "morphologyStageWarm", "morphology_stage_warm"),
                                     ("analyzer_morphology_hits", "morphologyStageHits", "morphology_stage_hits")] {
            guard let with = results[stage], let without = results["analyzer_tokens"] else { continue }
            let seconds = with.bestSeconds - without.bestSeconds
            let rate = seconds > 0 ? Double(with.stage.inputBytes) / 1_000_000 / seconds : .infinity
            object.add("\(key)MegabytesPerSecond", rate, decimals: 1)
            object.add("\(key)NanosecondsPerToken", seconds * 1e9 / Double(max(1, with.stage.items)), decimals: 1)
            metrics["\(metric)_megabytes_per_second"] = rate
        }
        return object
    }
}
