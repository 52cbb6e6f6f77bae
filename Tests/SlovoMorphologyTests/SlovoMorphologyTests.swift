// Tests of the SlovoMorphology module (stemmer, lexicon) live in this folder.
