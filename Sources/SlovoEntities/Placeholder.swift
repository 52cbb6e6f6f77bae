// SlovoEntities: see README, Architecture.
