// SlovoKeywords: see README, Architecture.
