//! The one place that decides what a valid catalogue is. Every rule reports
//! `file:line: field: what is wrong (and what is allowed)`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

mod searches;
mod situations;

pub use searches::searches;
pub use situations::{situation_materials, situations};

use super::{CatalogueError, Helpline, Material};
use crate::vocabulary::{Facet, Vocabulary};

/// Rules for one material on its own.
pub fn material(path: &Path, text: &str, m: &Material, vocab: &Vocabulary) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    let mut err = |field: &str, message: String| {
        errors.push(CatalogueError::new(path, field_line(text, field), field, message));
    };
    if let Err(why) = check_id(&m.id) {
        err("id", why);
    }
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if m.id != stem {
        err("id", format!("`{}` must equal the file name `{stem}`", m.id));
    }
    for (field, value) in [("title", &m.title), ("summary", &m.summary), ("source", &m.source)] {
        if value.trim().is_empty() {
            err(field, "must not be empty".into());
        }
    }
    for (field, url) in [("url", &m.url), ("source_url", &m.source_url)] {
        if let Some(why) = url.as_ref().and_then(|u| check_url(u).err()) {
            err(field, why);
        }
    }
    let lists: [(Facet, &[String]); 8] = [
        (Facet::Audiences, &m.audiences),
        (Facet::Topics, &m.topics),
        (Facet::RiskGroups, &m.risk_groups),
        (Facet::Stages, &m.stages),
        (Facet::Settings, &m.settings),
        (Facet::Languages, &m.languages),
        (Facet::SchoolLevels, &m.school_levels),
        (Facet::Deliverers, &m.delivered_by),
    ];
    for (facet, values) in lists {
        if values.is_empty() && matches!(facet, Facet::Topics | Facet::Stages | Facet::Languages) {
            err(facet.field(), format!("needs at least one value (allowed: {})", vocab.ids(facet)));
        }
        for v in values {
            if let Some(why) = unknown_id(vocab, facet, v) {
                err(facet.field(), why);
            }
        }
        if let Some(dup) = first_duplicate(values) {
            err(facet.field(), format!("`{dup}` is listed twice"));
        }
    }
    let singles =
        [(Facet::Formats, Some(&m.format)), (Facet::Regions, Some(&m.region)), (Facet::Costs, Some(&m.cost)), (Facet::EvidenceLevels, m.evidence.as_ref())];
    for (facet, value) in singles {
        if let Some(why) = value.and_then(|v| unknown_id(vocab, facet, v)) {
            err(facet.field(), why);
        }
    }
    for (field, age) in [("age_min", m.age_min), ("age_max", m.age_max)] {
        if let Some(a) = age.filter(|a| *a > 99) {
            err(field, format!("{a} is outside the allowed ages 0–99"));
        }
    }
    if let (Some(lo), Some(hi)) = (m.age_min, m.age_max) {
        if lo > hi {
            err("age_min", format!("{lo} is greater than age_max {hi}"));
        }
    }
    for (field, date) in [("last_checked", Some(&m.last_checked)), ("evidence_date", m.evidence_date.as_ref())] {
        if let Some(why) = date.and_then(|d| check_date(d).err()) {
            err(field, why);
        }
    }
    errors
}

/// Rules across materials: unique ids and unique URLs.
pub fn across_materials(materials: &[(PathBuf, &str, Material)]) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    let mut ids: HashMap<&str, &Path> = HashMap::new();
    let mut urls: HashMap<&str, &Path> = HashMap::new();
    for (path, text, m) in materials {
        if let Some(first) = ids.insert(&m.id, path) {
            errors.push(CatalogueError::new(path, field_line(text, "id"), "id", format!("`{}` is already used by {}", m.id, first.display())));
        }
        if let Some(url) = &m.url {
            if let Some(first) = urls.insert(url, path) {
                errors.push(CatalogueError::new(path, field_line(text, "url"), "url", format!("`{url}` is already used by {}", first.display())));
            }
        }
    }
    errors
}

/// Rules for the vocabulary itself: unique ids per facet, parents that exist.
pub fn vocabulary(path: &Path, vocab: &Vocabulary) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    for facet in Facet::ALL {
        let ids: Vec<String> = vocab.terms(facet).iter().map(|t| t.id.clone()).collect();
        if let Some(dup) = first_duplicate(&ids) {
            errors.push(CatalogueError::new(path, 0, facet.field(), format!("id `{dup}` is defined twice")));
        }
        if let Some(t) = vocab.terms(facet).iter().find(|t| t.local) {
            let why = "`local` is only for a local catalogue folder's regions (see `preventiewijzer pack --local`)";
            errors.push(CatalogueError::new(path, 0, "local", format!("`{}`: {why}", t.id)));
        }
    }
    for t in &vocab.audiences {
        if let Some(p) = &t.parent {
            if vocab.term(Facet::Audiences, p).is_none() {
                errors.push(CatalogueError::new(path, 0, "parent", format!("audience `{}` has unknown parent `{p}`", t.id)));
            }
        }
    }
    for t in &vocab.school_levels {
        if t.age_min.is_none() || t.age_max.is_none() {
            errors.push(CatalogueError::new(path, 0, "school_levels", format!("`{}` needs age_min and age_max", t.id)));
        }
    }
    errors
}

/// Rules for helplines: unique slug ids, `https:` links, phone numbers of digits, known
/// region, audiences and topics.
pub fn helplines(path: &Path, text: &str, lines: &[Helpline], vocab: &Vocabulary) -> Vec<CatalogueError> {
    let mut errors = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for h in lines {
        let (nth, id_errors) = entry_id(&mut seen, &h.id, "helplines");
        let mut err = |field: &str, message: String| {
            errors.push(CatalogueError::new(path, entry_field_line(text, &h.id, nth, field), field, message));
        };
        id_errors.into_iter().for_each(|why| err("id", why));
        for (field, value) in [("name", &h.name), ("nl", &h.nl), ("en", &h.en), ("source", &h.source)] {
            if value.trim().is_empty() {
                err(field, "must not be empty".into());
            }
        }
        for (field, url) in [("url", &h.url), ("chat_url", &h.chat_url)] {
            if let Some(why) = url.as_deref().and_then(|u| check_url(u).err()) {
                err(field, why);
            }
        }
        if let Some(phone) = &h.phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            if digits < 3 || !phone.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+')) {
                err("phone", format!("`{phone}` is not a phone number (digits, spaces, `-` and `+` only, like `0800-2000`)"));
            }
        }
        if h.phone.is_none() && h.url.is_none() && h.chat_url.is_none() {
            err("id", "needs a way to reach it: phone, url or chat_url".into());
        }
        if let Some(why) = unknown_id(vocab, Facet::Regions, &h.region) {
            err("region", why);
        }
        for (facet, values) in [(Facet::Audiences, &h.audiences), (Facet::Topics, &h.topics)] {
            for v in values {
                if let Some(why) = unknown_id(vocab, facet, v) {
                    err(facet.field(), why);
                }
            }
        }
    }
    errors
}

/// The rules every file of entries with an `id` shares (`kind`: "helplines", "situations",
/// "searches"): a slug id, used by one entry. Returns the entry's place among those with this
/// id (so a duplicate is reported at its own lines) and what is wrong with the id; `seen`
/// holds the ids before it.
fn entry_id<'a>(seen: &mut Vec<&'a str>, id: &'a str, kind: &str) -> (usize, Vec<String>) {
    let nth = seen.iter().filter(|x| **x == id).count();
    let mut wrong: Vec<String> = check_id(id).err().into_iter().collect();
    if nth > 0 {
        wrong.push(format!("`{id}` is used by two {kind}"));
    }
    seen.push(id);
    (nth, wrong)
}

/// The host part of an `https:` address as written (`https://www.x.nl/a?b` → `www.x.nl`);
/// `None` for any other scheme.
pub fn https_host(url: &str) -> Option<&str> {
    url.strip_prefix("https://").map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default())
}

/// Only absolute `https:` URLs with a host and no spaces.
pub fn check_url(url: &str) -> Result<(), String> {
    let host = https_host(url).ok_or_else(|| format!("`{url}` is not allowed: only https: links (like https://www.example.nl/page)"))?;
    if host.is_empty() || !host.contains('.') || url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>') {
        return Err(format!("`{url}` is not a valid https: address"));
    }
    Ok(())
}

fn unknown_id(vocab: &Vocabulary, facet: Facet, id: &str) -> Option<String> {
    if vocab.term(facet, id).is_some() {
        return None;
    }
    Some(match vocab.nearest(facet, id) {
        Some(near) => format!("unknown id `{id}`; did you mean `{near}`? (allowed: {})", vocab.ids(facet)),
        None => format!("unknown id `{id}` (allowed: {})", vocab.ids(facet)),
    })
}

fn first_duplicate(values: &[String]) -> Option<&str> {
    values.iter().enumerate().find(|(i, v)| values[..*i].contains(v)).map(|(_, v)| v.as_str())
}

/// A material id: lowercase letters, digits and single hyphens (it is also the file name).
pub fn check_id(id: &str) -> Result<(), String> {
    if is_slug(id) {
        return Ok(());
    }
    Err(format!("`{id}` is not a valid id (allowed: lowercase letters, digits and single hyphens, like `lang-leve-de-liefde`)"))
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A real calendar date `YYYY-MM-DD` as `(year, month, day)`; `None` for anything else.
pub fn parse_date(date: &str) -> Option<(i64, u32, u32)> {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return None };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month[m as usize - 1] {
        return None;
    }
    Some((y, m, d))
}

/// The same day `months` calendar months earlier (the day may then not exist in that month,
/// which still compares correctly with real dates: 2026-02-31 lies between 02-28 and 03-01).
pub fn months_before(date: (i64, u32, u32), months: u32) -> (i64, u32, u32) {
    shift_months(date, -i64::from(months))
}

/// The same day `months` calendar months later (the inverse of [`months_before`]: a date lies
/// before `months_before(today, n)` exactly when `months_after(date, n)` lies before today).
pub fn months_after(date: (i64, u32, u32), months: u32) -> (i64, u32, u32) {
    shift_months(date, i64::from(months))
}

fn shift_months((y, m, d): (i64, u32, u32), months: i64) -> (i64, u32, u32) {
    let total = y * 12 + i64::from(m) - 1 + months;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1, d)
}

/// A real calendar date `YYYY-MM-DD`, not after today.
pub fn check_date(date: &str) -> Result<(), String> {
    let bad = || format!("`{date}` is not a date (write YYYY-MM-DD, like 2026-11-24)");
    let (y, m, d) = parse_date(date).ok_or_else(bad)?;
    if let Some(today) = today() {
        if (y, m, d) > today {
            return Err(format!("`{date}` is in the future (today is {:04}-{:02}-{:02})", today.0, today.1, today.2));
        }
    }
    Ok(())
}

/// Today's UTC date, where the platform has a clock (not in wasm, where validation does not run).
pub fn today() -> Option<(i64, u32, u32)> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(civil_from_days((secs / 86_400) as i64))
}

/// Days since 1970-01-01 → (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The line of `field = …` in a flat TOML file (0 when the field is absent).
pub fn field_line(text: &str, field: &str) -> usize {
    text.lines().position(|l| l.trim_start().strip_prefix(field).is_some_and(|rest| rest.trim_start().starts_with('='))).map_or(0, |i| i + 1)
}

/// The line of `field = …` inside the `nth` (0-based) `[[…]]` entry whose `id` is `id`, in a
/// file of many entries (the entry's `id` line when the field is absent, 0 when not found).
pub fn entry_field_line(text: &str, id: &str, nth: usize, field: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let is = |l: &str, f: &str| l.trim_start().strip_prefix(f).is_some_and(|r| r.trim_start().starts_with('='));
    let quoted = format!("\"{id}\"");
    let Some(start) = (0..lines.len()).filter(|&i| is(lines[i], "id") && lines[i].split_once('=').is_some_and(|(_, v)| v.trim() == quoted)).nth(nth) else {
        return 0;
    };
    let begin = lines[..start].iter().rposition(|l| l.trim_start().starts_with("[[")).unwrap_or(start);
    let end = lines[start..].iter().position(|l| l.trim_start().starts_with("[[")).map_or(lines.len(), |i| start + i);
    (begin..end).find(|&i| is(lines[i], field)).unwrap_or(start) + 1
}

/// The line in the `nth` entry `id` that holds the quoted `value` (a source address, a material id).
fn quoted_line(text: &str, id: &str, nth: usize, value: &str) -> usize {
    let from = entry_field_line(text, id, nth, "id").saturating_sub(1);
    let needle = format!("\"{value}\"");
    text.lines().enumerate().skip(from).find(|(_, l)| l.contains(&needle)).map_or(from + 1, |(i, _)| i + 1)
}
