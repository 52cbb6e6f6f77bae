// The umbrella module: `import Slovo` gives the whole public API.
@_exported import SlovoText
@_exported import SlovoMorphology
@_exported import SlovoEntities
@_exported import SlovoKeywords
