import Testing
import Slovo

@Test(arguments: [
    ("20 августа 2013 г.", "2013-08-20"),
    ("опубликовано 1 мая 2020 года в 10:00", "2020-05-01"),
    ("5 дек. 2019", "2019-12-05"),
    ("29 февраля 2024", "2024-02-29"),
    ("Дата: 03.11.2015", "2015-11-03"),
    ("2013-08-20T10:00", "2013-08-20"),
])
func russianDatesAreFoundAndWrittenInISO8601(text: String, iso: String) {
    #expect(RussianDateFinder.firstDate(in: text)?.date.description == iso)
}

@Test(arguments: ["29 февраля 2023", "32 января 2020", "31.04.2020", "в 2013 году", "12 стульев 1928", "1,5 млн"])
func impossibleOrIncompleteDatesAreNotDates(text: String) {
    #expect(RussianDateFinder.firstDate(in: text) == nil)
}

@Test func authorLineGivesAuthorAndDate() {
    let text = "Вологодские представители посетили IT-центр в Калуге\nАвтор: Леонтьева Наталья 20 августа 2013 г.\nНа прошедшей неделе представители посетили Калугу."
    let metadata = DocumentMetadata.extract(from: text)
    #expect(metadata.title == "Вологодские представители посетили IT-центр в Калуге")
    #expect(metadata.author == "Леонтьева Наталья")
    #expect(metadata.date?.description == "2013-08-20")
}

@Test func datelineOfTheFirstParagraphGivesTheDate() {
    let text = "Вологодские IT-компании изучают опыт Калуги\n\nКалуга, 12 марта 2024 г. Делегация Клуба ИТ-директоров посетила IT-центр."
    let metadata = DocumentMetadata.extract(from: text)
    #expect(metadata.title == "Вологодские IT-компании изучают опыт Калуги")
    #expect(metadata.author == nil)
    #expect(metadata.date?.description == "2024-03-12")
}

@Test func proseWithoutAHeadingHasNoTitle() {
    #expect(DocumentMetadata.extract(from: "Делегация посетила IT-центр.\nОни обсудили льготы.").title == nil)
    #expect(DocumentMetadata.extract(from: "Одна строка без точки").title == nil)
    #expect(DocumentMetadata.extract(from: "").isEmpty)
}

@Test func authorLineWithNumericDateAndNoName() {
    let metadata = DocumentMetadata.extract(from: "Заголовок новости\nАвтор: 07.09.2021\nТекст.")
    #expect(metadata.author == nil)
    #expect(metadata.date?.description == "2021-09-07")
}

@Test func metadataSkipsBlankedBoilerplate() {
    let page = "Архив\nНастоящий заголовок статьи\nТекст статьи, первый абзац."
    let cleaned = PageCleaner().clean(page)
    #expect(DocumentMetadata.extract(from: cleaned.maskedText).title == "Настоящий заголовок статьи")
}
