#!/usr/bin/env python3
"""Builds Dictionaries/ru-lexicon.bin, Slovo's Russian lexicon, from OpenCorpora's dictionary as
shipped in the pip package pymorphy3-dicts-ru (read through pymorphy3), plus an optional
lexeme-frequency prior counted on a plain-text corpus.

    pip install pymorphy3 pymorphy3-dicts-ru
    python3 Dictionaries/generators/build_lexicon.py [--corpus ../shared/data/corpus/ru_corpus_48mb.txt] \
        [--out Dictionaries/ru-lexicon.bin]

Deterministic: the same dictionary and corpus give the same bytes (every table is sorted; no
set or dict iteration order reaches the output). The format is documented in
Sources/SlovoMorphology/Lexicon/LexiconFormat.swift, which reads it.
"""
import argparse, collections, math, re, struct, sys

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя-'.0123456789abcdefghijklmnopqrstuvwxyz"
CODE = {ch: i + 1 for i, ch in enumerate(ALPHABET)}
CODE['’'] = CODE["'"]
YO, YE = CODE['ё'], CODE['е']
FORMAT_VERSION = 3
PRODUCTIVE_EXCLUDED = {'NUMR', 'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'Apro'}
MAX_PREDICTION_SUFFIX = 5
MIN_ENDING_FREQ = 2
MIN_PARADIGM_POPULARITY = 3
PREDICTIONS_PER_CLASS = 1


def codes(s):
    return bytes(CODE[c] for c in s)


def norm(b):
    return bytes(YE if c == YO else c for c in b)


def fnv1a64(b):
    h = 14695981039346656037
    for c in b:
        h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def yo_mask(b):
    m = 0
    for i, c in enumerate(b):
        if c == YO:
            if i >= 32:
                raise ValueError('ё beyond position 32')
            m |= 1 << i
    return m


EMPTY = 0xFFFFFFFF


def hash_table(items):
    """items: sorted list of (key bytes, value u32). Open addressing with linear probing on the
    64-bit FNV-1a of the key: the low bits choose the slot, the high 32 bits are stored beside
    the value as a check. Slots are (u32 check, u32 value); an empty slot is (0, 0xFFFFFFFF)."""
    n = len(items)
    size = 1
    while size * 3 < n * 5:  # load factor at most 0.6
        size *= 2
    slots = [(0, EMPTY)] * size
    for key, value in items:
        assert value != EMPTY
        h = fnv1a64(key)
        i = h & (size - 1)
        while slots[i][1] != EMPTY:
            i = (i + 1) & (size - 1)
        slots[i] = (h >> 32, value)
    out = bytearray(struct.pack('<II', size, n))
    for check, value in slots:
        out += struct.pack('<II', check, value)
    return bytes(out)


BLOOM_BITS = 1 << 21


def bloom_filter(keys):
    """Bits (BLOOM_BITS of them) set at two positions per key, from bits 21-41 and 42-62 of the
    key's 64-bit FNV-1a: a lookup that finds either bit clear needs no table probe."""
    bits = bytearray(BLOOM_BITS // 8)
    for key in keys:
        h = fnv1a64(key)
        for b in ((h >> 21) & (BLOOM_BITS - 1), (h >> 42) & (BLOOM_BITS - 1)):
            bits[b >> 3] |= 1 << (b & 7)
    return struct.pack('<I', BLOOM_BITS) + bytes(bits)


def keyed_blob(entries, record):
    """entries: sorted list of (key bytes, list of records). Writes [u8 len][key][u8 n][records]
    per key; returns (blob, [(key, offset)])."""
    blob = bytearray()
    items = []
    for key, lst in entries:
        assert len(key) < 256 and len(lst) < 256
        items.append((key, len(blob)))
        blob += bytes([len(key)]) + key + bytes([len(lst)])
        for r in lst:
            blob += record(r)
    return bytes(blob), items


def corpus_counts(path):
    counts = collections.Counter()
    word = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            counts.update(word.findall(line.lower()))
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', help='plain-text corpus for the lexeme prior')
    ap.add_argument('--out', default='Dictionaries/ru-lexicon.bin')
    a = ap.parse_args()

    import pymorphy3
    morph = pymorphy3.MorphAnalyzer()
    d = morph.dictionary
    meta = dict(d.meta) if hasattr(d, 'meta') else {}

    # Grammemes and tags.
    tag_strings = [str(t) for t in d.gramtab]
    grammemes = sorted({g for t in tag_strings for g in t.replace(' ', ',').split(',')})
    assert len(grammemes) <= 128
    gbit = {g: i for i, g in enumerate(grammemes)}
    tags = bytearray()
    for t in tag_strings:
        bits = 0
        for g in t.replace(' ', ',').split(','):
            bits |= 1 << gbit[g]
        tags += struct.pack('<QQ', bits & 0xFFFFFFFFFFFFFFFF, bits >> 64)
    tag_pos = [t.split(',')[0].split(' ')[0] for t in tag_strings]

    # Endings: display ids are pymorphy's suffix list order; key ids number the distinct
    # normalized (ё -> е) endings in sorted order.
    disp = [codes(s) for s in d.suffixes]
    keys = sorted({norm(s) for s in disp})
    key_id = {k: i for i, k in enumerate(keys)}
    prefixes = [codes(p) for p in d.paradigm_prefixes]

    paradigms = []  # list of [(prefix id, display ending id, tag id)]
    for p in d.paradigms:
        n = len(p) // 3
        paradigms.append([(p[2 * n + i], p[i], p[n + i]) for i in range(n)])

    # Lexemes: (display stem, paradigm) recovered from every word form.
    lexemes = set()
    word_analyses = collections.defaultdict(list)
    counts = corpus_counts(a.corpus) if a.corpus else collections.Counter()
    for word, (para, idx) in d.words.iteritems():
        pre, end, _ = paradigms[para][idx]
        w = codes(word)
        stem = w[len(prefixes[pre]):len(w) - len(disp[end])]
        lexemes.add((stem, para))
        if counts and word in counts:
            word_analyses[word].append((stem, para))
    lexemes = sorted(lexemes)
    print('lexemes', len(lexemes), file=sys.stderr)

    # Lexeme prior: expectation-maximization of lexeme frequencies over the corpus words.
    prior = {}
    if counts:
        freq = {lx: 1.0 for lx in lexemes}
        items = sorted(word_analyses.items())
        for _ in range(5):
            new = collections.defaultdict(float)
            for word, lxs in items:
                lxs = sorted(set(lxs))
                total = sum(freq[lx] for lx in lxs)
                c = counts[word]
                for lx in lxs:
                    new[lx] += c * freq[lx] / total
            freq = {lx: new.get(lx, 0.0) + 0.1 for lx in lexemes}
        for lx in lexemes:
            prior[lx] = min(255, int(round(math.log2(1.0 + freq[lx] - 0.1) * 12)))

    # Stem groups (normalized stem -> lexemes); empty stems go to the whole-word table.
    groups = collections.defaultdict(list)
    whole = collections.defaultdict(list)
    for stem, para in lexemes:
        if len(stem) == 0:
            for idx, (pre, end, _) in enumerate(paradigms[para]):
                form = prefixes[pre] + disp[end]
                whole[norm(form)].append((para, idx, prior.get((stem, para), 0)))
        else:
            groups[norm(stem)].append((para, yo_mask(stem), prior.get((stem, para), 0)))
    group_blob, stem_items = keyed_blob([(k, sorted(groups[k])) for k in sorted(groups)],
                                        lambda r: struct.pack('<HIB', *r))
    whole_blob, whole_items = keyed_blob([(k, sorted(set(whole[k]))) for k in sorted(whole)],
                                         lambda r: struct.pack('<HHB', *r))
    print('stem groups', len(stem_items), 'whole-word forms', len(whole_items), file=sys.stderr)

    # Ending lookup: every suffix of every normalized ending, reversed; value = key id + 1
    # when the string is itself an ending, else 0.
    suffix_keys = {}
    for k in keys:
        for i in range(len(k) + 1):
            rk = k[i:][::-1]
            suffix_keys.setdefault(rk, 0)
    for k in keys:
        suffix_keys[k[::-1]] = key_id[k] + 1
    ending_items = sorted(suffix_keys.items())

    # Paradigm forms and their ending index.
    para_offsets = [0]
    forms = bytearray()
    index = bytearray()
    for p in paradigms:
        for pre, end, tag in p:
            forms += struct.pack('<BBHHH', pre, 0, end, key_id[norm(disp[end])], tag)
        for k, i in sorted((key_id[norm(disp[end])], i) for i, (pre, end, tag) in enumerate(p)):
            index += struct.pack('<HH', k, i)
        para_offsets.append(para_offsets[-1] + len(p))

    # P(t|w) from OpenCorpora's annotated corpus (word:tag -> probability * 1e6), keyed by the
    # word as written (ё kept: "все" and "всё" have different statistics).
    tag_id = {t: i for i, t in enumerate(tag_strings)}
    ptw = collections.defaultdict(dict)
    for key, value in morph.prob_estimator.p_t_given_w.iteritems():
        word, tag = key.split(':', 1)
        try:
            w = codes(word)
        except KeyError:
            continue
        if tag in tag_id:
            t = tag_id[tag]
            ptw[w][t] = max(ptw[w].get(t, 0), value)
    ptw_blob, ptw_items = keyed_blob(
        [(w, sorted(ptw[w].items())) for w in sorted(ptw) if len(ptw[w]) < 256],
        lambda r: struct.pack('<HH', r[0], min(65535, round(r[1] * 65535 / 1000000))))

    # Suffix predictions for unknown words (prefix "" only): for every word form of a
    # productive paradigm, its suffixes of 1..5 letters (never the whole word) vote for
    # (paradigm, form); per suffix and class (part of speech + proper-name grammeme + gender)
    # the most frequent few are kept.
    popularity = collections.Counter(para for _, para in lexemes)
    productive = {p for p, c in popularity.items() if c >= MIN_PARADIGM_POPULARITY}
    ending_count = collections.Counter()
    votes = collections.defaultdict(collections.Counter)
    special = ('Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr')
    for stem, para in lexemes:
        if para not in productive:
            continue
        for idx, (pre, end, tag) in enumerate(paradigms[para]):
            if pre != 0:
                continue
            ts = tag_strings[tag]
            gs = set(ts.replace(' ', ',').split(','))
            if gs & PRODUCTIVE_EXCLUDED:
                continue
            names = tuple(g for g in special if g in gs)
            genders = tuple(g for g in ('masc', 'femn', 'ms-f') if g in gs) if set(names) & {'Name', 'Surn', 'Patr'} else ()
            cls = (tag_pos[tag], names, genders)
            w = norm(stem + disp[end])
            for i in range(max(len(w) - MAX_PREDICTION_SUFFIX, 1), len(w)):
                s = w[i:]
                ending_count[s] += 1
                votes[(s, cls)][(para, idx)] += 1
    by_suffix = collections.defaultdict(list)
    for (s, cls), counter in votes.items():
        if ending_count[s] < MIN_ENDING_FREQ:
            continue
        best = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:PREDICTIONS_PER_CLASS]
        for (para, idx), c in best:
            by_suffix[s].append((c, para, idx))
    pred_blob, pred_items = keyed_blob(
        sorted((sfx[::-1], sorted(by_suffix[sfx], key=lambda e: (-e[0], e[1], e[2]))[:255]) for sfx in by_suffix),
        lambda r: struct.pack('<HHH', r[1], r[2], min(r[0], 65535)))
    print('prediction suffixes', len(pred_items), file=sys.stderr)

    def blob_list(items):
        out = struct.pack('<I', len(items))
        offs, acc = [], 0
        for it in items:
            offs.append(acc)
            acc += len(it)
        offs.append(acc)
        return out + struct.pack('<%dI' % len(offs), *offs) + b''.join(items)

    source = 'OpenCorpora %s rev %s via pymorphy3-dicts-ru' % (meta.get('source_version', '?'), meta.get('source_revision', '?'))
    sections = [
        (b'ALPH', ALPHABET.encode('utf-8')),
        (b'SRCE', source.encode('utf-8')),
        (b'GRAM', '\n'.join(grammemes).encode('utf-8')),
        (b'TAGS', struct.pack('<I', len(tag_strings)) + bytes(tags)),
        (b'ENDD', blob_list(disp)),
        (b'PREF', blob_list(prefixes)),
        (b'ENDF', blob_list(keys)),
        (b'ENDK', hash_table(ending_items)),
        (b'PARO', struct.pack('<%dI' % len(para_offsets), *para_offsets)),
        (b'FORM', bytes(forms)),
        (b'FIDX', bytes(index)),
        (b'STEM', hash_table(stem_items)),
        (b'GRPS', bytes(group_blob)),
        (b'STBF', bloom_filter(k for k, _ in stem_items)),
        (b'WHOL', hash_table(whole_items)),
        (b'WHLB', bytes(whole_blob)),
        (b'PTWT', hash_table(ptw_items)),
        (b'PTWB', bytes(ptw_blob)),
        (b'PRED', hash_table(pred_items)),
        (b'PRDB', bytes(pred_blob)),
    ]
    header_size = 16 + 12 * len(sections)
    out = bytearray(b'SLOVOLEX' + struct.pack('<II', FORMAT_VERSION, len(sections)))
    offset = (header_size + 7) & ~7
    body = bytearray()
    for name, data in sections:
        out += name + struct.pack('<II', offset + len(body), len(data))
        body += data
        while len(body) % 8:
            body += b'\0'
    out += b'\0' * (offset - len(out))
    out += body
    with open(a.out, 'wb') as f:
        f.write(out)
    print('wrote', a.out, len(out), 'bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
