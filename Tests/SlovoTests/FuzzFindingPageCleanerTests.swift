import Testing
import Slovo
import SlovoInvariants

// Regression tests for what fuzzing found in the page cleaner (Tests/Fuzz, target "page-cleaner").

/// Removed ranges merged across white space (a tab line between two boilerplate lines, a
/// no-break space between two tags) kept that white space in the masked copy, though the
/// masked copy promises a space for every removed byte but line breaks.
@Test func whiteSpaceInsideMergedRemovedRangesIsBlankedToo() {
    for text in ["Текст статьи о Калуге.\nАрхив\n\t\nАрхив\nЕщё текст статьи.",
                 "Текст.\n<b>жирный</b>\u{A0}<i>курсив</i>\nТекст."] {
        let cleaned = PageCleaner().clean(text)
        #expect(!cleaned.removed.isEmpty)
        let violations = CleaningInvariants.check(text, cleaned)
        #expect(violations.isEmpty, "\(violations)")
    }
}
