//! Vendor search as the visitor types: over names, aliases, category labels and domains,
//! ignoring case and accents, and forgiving typos and unfinished words.
//!
//! It runs on every keystroke in the browser, so the fields are folded and split into words once,
//! in a [`SearchIndex`] that the UI keeps, and the words and texts that many vendors share (every
//! category label, `api` in domains) are stored and compared once per query. A query then costs one pass
//! over the distinct words and texts, and one over the vendors' references to them.
//!
//! Ranking, best first: the whole query equals a field; a field starts with it; every query word
//! is a word of the vendor; every query word starts a word; every query word occurs inside one;
//! typos. Within a rank, fewer typos, then names before aliases before domains before category
//! labels; then the vendor's name, so equal queries always give equal lists.

use std::collections::HashMap;
use std::sync::OnceLock;

use vendorplan_data::vocabulary::label;
use vendorplan_data::{Category, Dataset, Vendor};

use crate::detect;

/// Queries are typed; anything longer is a paste, and only its start is searched.
const MAX_QUERY_BYTES: usize = 256;
const MAX_QUERY_WORDS: usize = 8;
/// Typos are forgiven in words people type; longer ones must match exactly or by prefix, which
/// also bounds the edit-distance tables below.
const MAX_FUZZY: usize = 32;

/// Which field of the vendor matched best.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedField<'a> {
    Name,
    Alias(&'a str),
    Category(Category),
    Domain(&'a str),
}

impl MatchedField<'_> {
    /// A match on the name says most about which vendor is meant; a category label least, as many
    /// vendors share it.
    fn weight(self) -> u32 {
        match self {
            MatchedField::Name => 3,
            MatchedField::Alias(_) => 2,
            MatchedField::Domain(_) => 1,
            MatchedField::Category(_) => 0,
        }
    }
}

/// One result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit<'a> {
    pub vendor: &'a Vendor,
    /// Higher is better; compare only scores of the same query.
    pub score: u32,
    pub matched: MatchedField<'a>,
}

/// The vendors of `data` that match `query`, best first, at most `limit`; every vendor by name if
/// the query has no letter or digit.
///
/// For the embedded catalog in any of its languages ([`crate::catalog::dataset_in`]) the index
/// is built once per language and kept; for any other dataset it is built on each call, so
/// callers that search one such dataset repeatedly should keep a [`SearchIndex`].
pub fn search<'a>(data: &'a Dataset, query: &str, limit: usize) -> Vec<Hit<'a>> {
    static INDEXES: OnceLock<Vec<OnceLock<SearchIndex<'static>>>> = OnceLock::new();
    let languages = crate::catalog::languages();
    if let Some(i) = languages.iter().position(|l| l.code == data.lang()) {
        // The embedded dataset of that language is made once; a hand-built one is not it.
        let embedded = crate::catalog::dataset_in(data.lang());
        if std::ptr::eq(data, embedded) {
            let indexes =
                INDEXES.get_or_init(|| languages.iter().map(|_| OnceLock::new()).collect());
            return indexes[i]
                .get_or_init(|| SearchIndex::new(embedded))
                .search(query, limit);
        }
    }
    SearchIndex::new(data).search(query, limit)
}

/// The searchable fields of a dataset, folded and split into words once.
pub struct SearchIndex<'a> {
    /// Distinct words of all fields.
    words: Vec<Term>,
    /// Distinct field texts.
    texts: Vec<Text>,
    /// Every vendor, in tie-break order: folded name, then id.
    entries: Vec<Entry<'a>>,
    /// Lowercased catalog domains, with the entries that list them, for pasted hosts and URLs.
    domains: HashMap<String, Vec<(u32, &'a str)>>,
}

struct Term {
    text: Box<str>,
    letters: u64,
}

struct Text {
    /// Words joined by one space.
    spaced: Box<str>,
    /// Words joined without space, so `hubspot` finds "Hub Spot" and `jumpcloud.com` finds
    /// `jumpcloud.com`.
    compact: Box<str>,
    letters: u64,
    words: Box<[u32]>,
    /// Compared with typos as a whole, not only word by word, so that `jump clod` finds
    /// "JumpCloud" and `hubspt` finds "Hub Spot". Only names and aliases are split in ways people
    /// do not type; category labels and domains are matched word by word, which keeps the
    /// costliest comparison off most texts.
    whole_with_typos: bool,
}

struct Entry<'a> {
    vendor: &'a Vendor,
    /// Each field with the index of its text in [`SearchIndex::texts`].
    fields: Vec<(MatchedField<'a>, u32)>,
}

impl<'a> SearchIndex<'a> {
    pub fn new(data: &'a Dataset) -> Self {
        let mut interner = Interner::default();
        let mut entries: Vec<(String, Entry<'a>)> = data
            .vendors
            .iter()
            .map(|v| {
                let mut fields = Vec::new();
                let mut add = |field: MatchedField<'a>, raw: &str| {
                    if let Some(t) = interner.text(raw, field) {
                        fields.push((field, t));
                    }
                };
                add(MatchedField::Name, &v.name);
                for a in &v.aliases {
                    add(MatchedField::Alias(a), a);
                }
                for d in &v.domains {
                    add(MatchedField::Domain(d), d);
                }
                for c in &v.categories {
                    add(
                        MatchedField::Category(*c),
                        label(&data.vocabulary.category, c),
                    );
                }
                let mut key = String::new();
                fold(&v.name, &mut key);
                (key, Entry { vendor: v, fields })
            })
            .collect();
        entries.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.vendor.id.cmp(&y.vendor.id)));
        let entries: Vec<Entry<'a>> = entries.into_iter().map(|(_, e)| e).collect();
        let mut domains: HashMap<String, Vec<(u32, &'a str)>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for d in &e.vendor.domains {
                let key = d.trim_matches('.').to_ascii_lowercase();
                domains.entry(key).or_default().push((index(i), d));
            }
        }
        SearchIndex {
            words: interner.words,
            texts: interner.texts,
            entries,
            domains,
        }
    }

    /// See [`search`].
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'a>> {
        let mut folded = String::new();
        fold(truncate(query, MAX_QUERY_BYTES), &mut folded);
        let q: Vec<&str> = folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .take(MAX_QUERY_WORDS)
            .collect();
        if q.is_empty() {
            return self
                .entries
                .iter()
                .take(limit)
                .map(|e| Hit {
                    vendor: e.vendor,
                    score: 0,
                    matched: MatchedField::Name,
                })
                .collect();
        }
        let spaced = q.join(" ");
        let compact = q.concat();

        let by_host = self.by_host(query);

        let phrase = Needle::new(&compact);
        let text_grades: Vec<Grade> = self
            .texts
            .iter()
            .map(|t| phrase.grade_text(&spaced, q.len() == 1, t))
            .collect();
        let n = self.words.len();
        let mut word_grades: Vec<Grade> = Vec::with_capacity(q.len() * n);
        let mut every_word_found = true;
        for w in &q {
            let needle = Needle::new(w);
            let before = word_grades.len();
            word_grades.extend(self.words.iter().map(|t| needle.grade_word(t)));
            // A word found nowhere rules out matching by words; the rest need not be graded.
            if word_grades[before..].iter().all(|g| *g == Grade::None) {
                every_word_found = false;
                break;
            }
        }
        let word_grades = every_word_found.then_some(word_grades.as_slice());

        let mut hits: Vec<Hit<'a>> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let by_field = self.best_field(e, &text_grades);
                let by_words = word_grades.and_then(|g| self.by_words(e, q.len(), g));
                let by_host = by_host.get(i).copied().flatten();
                let (score, matched) = [by_field, by_words, by_host]
                    .into_iter()
                    .flatten()
                    .max_by_key(|b| b.0)?;
                Some(Hit {
                    vendor: e.vendor,
                    score,
                    matched,
                })
            })
            .collect();
        // Stable: equal scores keep the entries' name order.
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits.truncate(limit);
        hits
    }

    /// For a query that holds a host name (a pasted URL, say), the entries whose domains it is
    /// or falls under, by entry index; empty otherwise.
    fn by_host(&self, query: &str) -> Vec<Option<(u32, MatchedField<'a>)>> {
        let mut by_host = Vec::new();
        if !query.contains('.') {
            return by_host;
        }
        let mut host = None;
        detect::for_each_host(truncate(query, MAX_QUERY_BYTES), |h| {
            host.get_or_insert_with(|| h.to_owned());
        });
        let Some(host) = host else {
            return by_host;
        };
        by_host.resize(self.entries.len(), None);
        let mut rest = host.as_str();
        loop {
            let class = if rest.len() == host.len() {
                Class::Exact
            } else {
                Class::Prefix
            };
            for &(i, domain) in self.domains.get(rest).into_iter().flatten() {
                let field = MatchedField::Domain(domain);
                let s = score(class, 0, field);
                if let Some(slot) = by_host.get_mut(i as usize) {
                    if slot.is_none_or(|(b, _)| s > b) {
                        *slot = Some((s, field));
                    }
                }
            }
            match rest.split_once('.') {
                Some((_, parent)) => rest = parent,
                None => return by_host,
            }
        }
    }

    /// The best match of the whole query against one field of `e`.
    fn best_field(&self, e: &Entry<'a>, text_grades: &[Grade]) -> Option<(u32, MatchedField<'a>)> {
        let mut best: Option<(u32, MatchedField<'a>)> = None;
        for &(field, t) in &e.fields {
            let Some((class, typos)) = text_grades.get(t as usize).and_then(|g| g.as_phrase())
            else {
                continue;
            };
            let s = score(class, typos, field);
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, field));
            }
        }
        best
    }

    /// Every query word matched somewhere in `e`'s fields; ranked by the weakest word.
    fn by_words(
        &self,
        e: &Entry<'a>,
        words: usize,
        grades: &[Grade],
    ) -> Option<(u32, MatchedField<'a>)> {
        let n = self.words.len();
        let mut class = Class::Words;
        let mut typos = 0;
        let mut matched = MatchedField::Name;
        for i in 0..words {
            let grades = grades.get(i * n..(i + 1) * n)?;
            let mut best: Option<(Grade, u32, MatchedField<'a>)> = None;
            for &(field, t) in &e.fields {
                let words = self.texts.get(t as usize).map_or(&[][..], |t| &t.words);
                for &w in words {
                    let g = grades.get(w as usize).copied().unwrap_or(Grade::None);
                    if g != Grade::None
                        && best.is_none_or(|(bg, bw, _)| (g, field.weight()) > (bg, bw))
                    {
                        best = Some((g, field.weight(), field));
                    }
                }
            }
            let (g, _, field) = best?;
            let (c, t) = g.as_word()?;
            class = class.min(c);
            typos += t;
            if i == 0 {
                matched = field;
            }
        }
        Some((score(class, typos, matched), matched))
    }
}

/// Stores each distinct word and field text once.
#[derive(Default)]
struct Interner {
    words: Vec<Term>,
    texts: Vec<Text>,
    word_ids: HashMap<String, u32>,
    text_ids: HashMap<(bool, String), u32>,
}

impl Interner {
    /// The id of `raw`'s folded text, or `None` if it has no letter or digit.
    fn text(&mut self, raw: &str, field: MatchedField<'_>) -> Option<u32> {
        let mut folded = String::new();
        fold(raw, &mut folded);
        if folded.is_empty() {
            return None;
        }
        let domain = matches!(field, MatchedField::Domain(_));
        let named = matches!(field, MatchedField::Name | MatchedField::Alias(_));
        let key = (domain, folded);
        if let Some(&id) = self.text_ids.get(&key) {
            if let Some(t) = self.texts.get_mut(id as usize) {
                t.whole_with_typos |= named;
            }
            return Some(id);
        }
        let mut labels: Vec<&str> = key.1.split(' ').collect();
        // A top-level domain says nothing about the vendor: `.cloud` does not make one a cloud
        // provider, and `com` would match most vendors.
        if domain && labels.len() > 1 {
            labels.pop();
        }
        let words = labels.iter().map(|w| self.word(w)).collect();
        let compact: String = key.1.split(' ').collect();
        self.texts.push(Text {
            spaced: key.1.as_str().into(),
            letters: letters(&compact),
            compact: compact.into(),
            words,
            whole_with_typos: named,
        });
        let id = index(self.texts.len() - 1);
        self.text_ids.insert(key, id);
        Some(id)
    }

    fn word(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(w) {
            return id;
        }
        self.words.push(Term {
            text: w.into(),
            letters: letters(w),
        });
        let id = index(self.words.len() - 1);
        self.word_ids.insert(w.to_owned(), id);
        id
    }
}

/// How well a query matched a vendor, best last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Fuzzy = 1,
    /// Every query word occurs inside a word (or the query inside a field, ignoring spaces).
    Substring,
    /// Every query word starts a word of the vendor.
    WordPrefix,
    /// Every query word is a word of the vendor.
    Words,
    /// A field starts with the query.
    Prefix,
    /// A field is the query.
    Exact,
}

fn score(class: Class, typos: u32, field: MatchedField<'_>) -> u32 {
    (class as u32) << 8 | (15 - typos.min(15)) << 4 | field.weight()
}

/// How one query word (or the whole query) matched one distinct word (or text), best last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Grade {
    None,
    TwoTypos,
    OneTypo,
    Inside,
    Starts,
    Equal,
}

impl Grade {
    fn typos(self) -> u32 {
        match self {
            Grade::TwoTypos => 2,
            Grade::OneTypo => 1,
            _ => 0,
        }
    }

    fn as_phrase(self) -> Option<(Class, u32)> {
        let class = match self {
            Grade::None => return None,
            Grade::TwoTypos | Grade::OneTypo => Class::Fuzzy,
            Grade::Inside => Class::Substring,
            Grade::Starts => Class::Prefix,
            Grade::Equal => Class::Exact,
        };
        Some((class, self.typos()))
    }

    fn as_word(self) -> Option<(Class, u32)> {
        let class = match self {
            Grade::None => return None,
            Grade::TwoTypos | Grade::OneTypo => Class::Fuzzy,
            Grade::Inside => Class::Substring,
            Grade::Starts => Class::WordPrefix,
            Grade::Equal => Class::Words,
        };
        Some((class, self.typos()))
    }
}

/// A folded query word, or the whole query without spaces, ready to compare.
struct Needle<'q> {
    text: &'q str,
    letters: u64,
    typos: usize,
}

impl<'q> Needle<'q> {
    fn new(text: &'q str) -> Self {
        Needle {
            text,
            letters: letters(text),
            typos: typo_budget(text.len()),
        }
    }

    fn grade_word(&self, term: &Term) -> Grade {
        let t = &*term.text;
        if t == self.text {
            Grade::Equal
        } else if t.starts_with(self.text) {
            Grade::Starts
        } else {
            self.inside_or_fuzzy(t, term.letters, true)
        }
    }

    fn grade_text(&self, spaced: &str, single: bool, text: &Text) -> Grade {
        // Both forms of both sides start with the same letter; most texts differ right there.
        let first = text.compact.as_bytes().first() == self.text.as_bytes().first();
        if first && (&*text.spaced == spaced || *text.compact == *self.text) {
            Grade::Equal
        } else if first && (text.spaced.starts_with(spaced) || text.compact.starts_with(self.text))
        {
            Grade::Starts
        } else if single && text.spaced.len() == text.compact.len() {
            // One word against one word: the word grades say the same, at no extra cost.
            Grade::None
        } else {
            self.inside_or_fuzzy(&text.compact, text.letters, text.whole_with_typos)
        }
    }

    fn inside_or_fuzzy(&self, hay: &str, hay_letters: u64, typos: bool) -> Grade {
        let missing = (self.letters & !hay_letters).count_ones() as usize;
        // Shorter needles occur inside too many words to mean anything.
        if missing == 0 && self.text.len() >= 3 && hay.contains(self.text) {
            return Grade::Inside;
        }
        // Each letter of the needle that the haystack lacks costs at least one edit, and only the
        // haystack's first `len + typos` bytes can take part in a prefix match.
        if !typos || self.typos == 0 || missing > self.typos {
            return Grade::None;
        }
        let window = hay.get(..self.text.len() + self.typos).unwrap_or(hay);
        if (self.letters & !letters(window)).count_ones() as usize > self.typos {
            return Grade::None;
        }
        match prefix_distance(self.text.as_bytes(), hay.as_bytes(), self.typos) {
            Some(1) => Grade::OneTypo,
            Some(2) => Grade::TwoTypos,
            _ => Grade::None,
        }
    }
}

/// Typos forgiven in a word of `len` bytes: none in short words, where one edit turns a word into
/// many others.
fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The fewest edits (insert, delete, substitute, or swap two neighbours) that turn `query` into
/// some prefix of `word`, if at most `max`: the query may be a word still being typed.
///
/// Runs per distinct word on every keystroke, so it only fills the band of cells within `max` of
/// the diagonal (any other cell is more than `max` edits) and stops at the first row whose cells
/// all exceed `max`.
fn prefix_distance(query: &[u8], word: &[u8], max: usize) -> Option<usize> {
    const COLUMNS: usize = MAX_FUZZY + 4;
    // Stands for "more than `max`"; small enough that adding one cannot overflow.
    const FAR: u8 = 64;
    let n = query.len();
    if n == 0 || n > MAX_FUZZY || max > 2 || word.len() + max < n {
        return None;
    }
    // A prefix longer than `n + max` is more than `max` edits away.
    let m = word.len().min(n + max);
    let mut rows = [[FAR; COLUMNS]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(m.min(max) + 1) {
        *cell = j as u8;
    }
    let (mut prev2, mut prev, mut cur) = (1, 2, 0);
    for i in 1..n + 1 {
        (prev2, prev, cur) = (prev, cur, prev2);
        let (lo, hi) = (i.saturating_sub(max).max(1), (i + max).min(m));
        if lo > hi {
            return None;
        }
        // Cells just outside the band may hold values from three rows up.
        rows[cur][0] = if i <= max { i as u8 } else { FAR };
        rows[cur][lo - 1] = if lo == 1 { rows[cur][0] } else { FAR };
        rows[cur][hi + 1] = FAR;
        let mut row_min = rows[cur][0];
        for j in lo..hi + 1 {
            let cost = u8::from(query[i - 1] != word[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            let d = d.min(FAR);
            rows[cur][j] = d;
            row_min = row_min.min(d);
        }
        // Values never fall from one row to the next, so this row's minimum bounds the result.
        if usize::from(row_min) > max {
            return None;
        }
    }
    let best = usize::from(*rows[cur][n.saturating_sub(max)..m + 1].iter().min()?);
    (best <= max).then_some(best)
}

/// Which letters and digits occur, as bits, to rule out most fuzzy comparisons before running
/// them.
fn letters(s: &str) -> u64 {
    s.bytes().fold(0, |acc, b| {
        let bit = match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            _ => 36 + b % 28,
        };
        acc | 1 << bit
    })
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Appends `text` folded for matching: lowercase, Latin letters without accents, and one space
/// for each run of anything that is neither a letter nor a digit.
pub(crate) fn fold(text: &str, out: &mut String) {
    let mut space = false;
    let mut push = |c: Option<char>, base: Option<&str>, out: &mut String| match (c, base) {
        (None, None) => space = !out.is_empty(),
        (c, base) => {
            if space {
                out.push(' ');
                space = false;
            }
            out.extend(c);
            out.push_str(base.unwrap_or_default());
        }
    };
    for c in text.chars() {
        // Most text is ASCII; it needs no Unicode tables.
        if c.is_ascii() {
            let c = c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase());
            push(c, None, out);
            continue;
        }
        for c in c.to_lowercase() {
            if is_combining_mark(c) {
                continue;
            }
            match latin_base(c) {
                Some(base) => push(None, Some(base), out),
                None => push(c.is_alphanumeric().then_some(c), None, out),
            }
        }
    }
}

/// Combining diacritical marks, as in text written decomposed (`e` followed by U+0301).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Base letters of U+00E0..=U+00FF; `*` marks the ones that are not one letter.
const LATIN_1: &[u8; 32] = b"aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
/// Base letters of U+0100..=U+017F (Latin Extended-A), upper and lower case.
const LATIN_EXT_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// The ASCII letters of a lowercase accented Latin letter: `é` is `e`, `ß` is `ss`. `None` for
/// anything else, including ASCII, which is its own.
fn latin_base(c: char) -> Option<&'static str> {
    const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";
    let letter = |b: u8| {
        let i = usize::from(b.checked_sub(b'a')?);
        ALPHABET.get(i..i + 1)
    };
    match c {
        'ß' => Some("ss"),
        'æ' => Some("ae"),
        'þ' => Some("th"),
        'Œ' | 'œ' => Some("oe"),
        'Ĳ' | 'ĳ' => Some("ij"),
        '\u{e0}'..='\u{ff}' => letter(LATIN_1[c as usize - 0xe0]),
        '\u{100}'..='\u{17f}' => letter(LATIN_EXT_A[c as usize - 0x100]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        let mut out = String::new();
        fold(s, &mut out);
        out
    }

    #[test]
    fn folding() {
        assert_eq!(folded("  Société Générale, S.A. "), "societe generale s a");
        assert_eq!(folded("ÆRØ Straße"), "aero strasse");
        assert_eq!(folded("Łódź ŒUVRE Ĳssel ÿ"), "lodz oeuvre ijssel y");
        assert_eq!(folded("e\u{301}cole"), "ecole");
        assert_eq!(
            folded("console.JumpCloud.com:8443"),
            "console jumpcloud com 8443"
        );
        assert_eq!(folded("× ÷ “x”"), "x");
        assert_eq!(folded("Москва 東京"), "москва 東京");
        assert_eq!(folded("İstanbul"), "istanbul");
        assert_eq!(folded("!!!"), "");
    }

    #[test]
    fn latin_tables_cover_every_letter() {
        for c in '\u{e0}'..='\u{17f}' {
            if c == '÷' {
                assert_eq!(latin_base(c), None);
            } else {
                let base = latin_base(c).unwrap_or_else(|| panic!("{c}"));
                assert!(base.bytes().all(|b| b.is_ascii_lowercase()), "{c}");
            }
        }
        assert_eq!(latin_base('ž'), Some("z"));
        assert_eq!(latin_base('ő'), Some("o"));
        assert_eq!(latin_base('ſ'), Some("s"));
        assert_eq!(latin_base('ğ'), Some("g"));
        assert_eq!(latin_base('ł'), Some("l"));
        assert_eq!(latin_base('ñ'), Some("n"));
    }

    #[test]
    fn prefix_distances() {
        let d = |q: &str, w: &str, max| prefix_distance(q.as_bytes(), w.as_bytes(), max);
        assert_eq!(d("hubspt", "hubspot", 1), Some(1));
        assert_eq!(d("hubpsot", "hubspot", 1), Some(1));
        assert_eq!(d("jumpclod", "jumpcloud", 1), Some(1));
        assert_eq!(d("jumpclo", "jumpcloud", 1), Some(0));
        assert_eq!(d("jmpcloud", "jumpcloud", 1), Some(1));
        assert_eq!(d("xumpclod", "jumpcloud", 1), None);
        assert_eq!(d("xumpclod", "jumpcloud", 2), Some(2));
        assert_eq!(d("hubspot", "hub", 2), None);
        assert_eq!(d("", "hub", 2), None);
        let long = "a".repeat(MAX_FUZZY + 1);
        assert_eq!(d(&long, &long, 2), None);
        let max = "a".repeat(MAX_FUZZY);
        assert_eq!(d(&max, &format!("{max}bbbb"), 2), Some(0));
    }

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncate("ééé", 3), "é");
        assert_eq!(truncate("abc", 10), "abc");
    }
}
