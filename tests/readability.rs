//! Plain language (B1) on the record: the Flesch-Douma score of every Dutch material summary.
//! Reports each score (`cargo test --test readability -- --nocapture`) and fails when the median
//! drops below [`MEDIAN_FLOOR`] or any summary below [`FLOOR`].
//!
//! The counting rules are those of `tools/readability.py` (its docstring states them), ported one
//! to one so both give the same figures: score = 206.835 − 0.77 × syllables per 100 words − 0.93 ×
//! words per sentence; a syllable is a Dutch vowel unit (aai, ooi, oei, eeu, ieu; aa, ee, oo, uu,
//! ie, oe, eu, ui, ei, ij, au, ou; a single vowel), a diaeresis starts a new one; a sentence ends
//! at `.`, `!` or `?` followed by a capital, digit, quote or the end.

use std::path::Path;

/// No summary may score below this (the agreed floor).
const FLOOR: f64 = 45.0;
/// The median summary must score at least this (the target).
const MEDIAN_FLOOR: f64 = 60.0;

const UNITS: [&str; 17] = ["aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "au", "ou"];

fn is_vowel(c: char) -> bool {
    "aeiouyáàâéèêíìîóòôúùûýäëïöü".contains(c)
}

fn has_diaeresis(c: char) -> bool {
    "äëïöü".contains(c)
}

fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let starts_with = |i: usize, unit: &str| unit.chars().enumerate().all(|(k, u)| w.get(i + k) == Some(&u));
    let (mut count, mut i) = (0, 0);
    while i < w.len() {
        if is_vowel(w[i]) || starts_with(i, "ij") {
            let unit = UNITS.iter().find(|u| starts_with(i, u) && !u.chars().skip(1).any(has_diaeresis));
            i += unit.map_or(1, |u| u.chars().count());
            count += 1;
        } else {
            i += 1;
        }
    }
    count.max(1)
}

fn words(text: &str) -> Vec<String> {
    let in_word = |c: char| c.is_alphanumeric() || c == '_' || c == '\'' || c == '’' || c == '-';
    text.split(|c: char| !in_word(c))
        .filter(|run| run.chars().any(char::is_alphanumeric))
        .map(|run| {
            let trimmed = run.trim_matches(|c| c == '\'' || c == '’' || c == '-');
            if trimmed.is_empty() { run } else { trimmed }.to_string()
        })
        .collect()
}

fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    let opens = |c: char| {
        c.is_ascii_uppercase() || c.is_ascii_digit() || ('\u{C0}'..='\u{D6}').contains(&c) || ('\u{D8}'..='\u{DE}').contains(&c) || "\"'‘“(".contains(c)
    };
    let (mut count, mut i) = (0, 0);
    while i < chars.len() {
        if !matches!(chars[i], '.' | '!' | '?') {
            i += 1;
            continue;
        }
        while i < chars.len() && matches!(chars[i], '.' | '!' | '?') {
            i += 1;
        }
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if j == chars.len() || (j > i && opens(chars[j])) {
            count += 1;
        }
    }
    count.max(1)
}

fn flesch_douma(text: &str) -> f64 {
    let ws = words(text);
    let syl: usize = ws.iter().map(|w| syllables(w)).sum();
    let n = ws.len().max(1) as f64;
    206.835 - 0.77 * (100.0 * syl as f64 / n) - 0.93 * (n / sentences(text) as f64)
}

#[test]
fn syllables_follow_the_dutch_vowel_units() {
    assert_eq!(syllables("loverboy"), 4); // lo-ve-rbo-y: "oy" is no Dutch unit, so English words count high
    assert_eq!(syllables("ouders"), 2);
    assert_eq!(syllables("geïnteresseerd"), 5);
    assert_eq!(syllables("ideeën"), 3);
    assert_eq!(syllables("2019"), 1);
    assert_eq!(syllables("mooie"), 2); // ooi + e
}

#[test]
fn sentences_end_only_before_a_capital_a_digit_or_the_end() {
    assert_eq!(sentences("Dit is een zin. Dit ook."), 2);
    assert_eq!(sentences("Om 19.00 uur, o.a. op school."), 1);
    assert_eq!(sentences("Een vraag? Ja! 12 jaar."), 3);
    assert_eq!(words("t/m 12-18 jaar, 'zo'"), ["t", "m", "12-18", "jaar", "zo"]);
}

#[test]
fn every_dutch_summary_is_plain_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue/materials");
    let mut rows: Vec<(f64, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let record: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
            let summary = record["summary"].as_str().unwrap_or_default().to_string();
            (flesch_douma(&summary), path.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    assert!(rows.len() >= 100, "only {} materials found in {}", rows.len(), dir.display());
    rows.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    for (score, id) in &rows {
        println!("{score:6.1}  {id}");
    }
    let n = rows.len();
    let median = if n % 2 == 1 { rows[n / 2].0 } else { (rows[n / 2 - 1].0 + rows[n / 2].0) / 2.0 };
    let p10 = rows[(n * 10).div_ceil(100).max(1) - 1].0;
    println!("Flesch-Douma over {n} summaries: median {median:.1}, p10 {p10:.1}, lowest {:.1} ({})", rows[0].0, rows[0].1);
    let below: Vec<String> = rows.iter().filter(|r| r.0 < FLOOR).map(|r| format!("{} {:.1}", r.1, r.0)).collect();
    assert!(below.is_empty(), "summaries below the floor {FLOOR}: {below:?}");
    assert!(median >= MEDIAN_FLOOR, "median Flesch-Douma {median:.1} is below {MEDIAN_FLOOR}");
}
