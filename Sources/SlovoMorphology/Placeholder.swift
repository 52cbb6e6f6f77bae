// SlovoMorphology: see README, Architecture.
