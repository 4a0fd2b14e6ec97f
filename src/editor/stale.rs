//! `check --stale`: what an editor should look at again. Facts drift (a site moves, a price
//! changes), so a material whose `last_checked` is older than N months (default 12) is listed; and
//! the NJi re-assesses an intervention after five years, so a rating (`evidence_date`) older than
//! five years is listed too: it may have lapsed or changed.

use crate::catalogue::validate::{months_before, parse_date};
use crate::Catalogue;

/// How old a rating may be before it is listed: the NJi's re-assessment term (five years).
pub const RATING_MONTHS: u32 = 60;

/// The default age, in months, of a `last_checked` date before the material is listed.
pub const DEFAULT_MONTHS: u32 = 12;

/// One material to look at again, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// `last_checked` is before the cut-off.
    Unchecked { id: String, last_checked: String },
    /// `evidence_date` is more than five years ago.
    OldRating { id: String, evidence: String, evidence_date: String, evidence_by: Option<String> },
}

/// The materials to check again on `today`: first those not checked in `months` months (oldest
/// first), then the ratings older than five years (oldest first).
pub fn stale(c: &Catalogue, today: (i64, u32, u32), months: u32) -> Vec<Stale> {
    let before = |date: &str, cutoff| parse_date(date).is_some_and(|d| d < cutoff);
    let checked_cutoff = months_before(today, months);
    let mut unchecked: Vec<&crate::catalogue::Material> = c.materials.iter().filter(|m| before(&m.last_checked, checked_cutoff)).collect();
    unchecked.sort_by(|a, b| a.last_checked.cmp(&b.last_checked).then_with(|| a.id.cmp(&b.id)));
    let rating_cutoff = months_before(today, RATING_MONTHS);
    let mut old: Vec<&crate::catalogue::Material> =
        c.materials.iter().filter(|m| m.evidence_date.as_deref().is_some_and(|d| before(d, rating_cutoff))).collect();
    old.sort_by(|a, b| a.evidence_date.cmp(&b.evidence_date).then_with(|| a.id.cmp(&b.id)));
    let unchecked = unchecked.into_iter().map(|m| Stale::Unchecked { id: m.id.clone(), last_checked: m.last_checked.clone() });
    let old = old.into_iter().map(|m| Stale::OldRating {
        id: m.id.clone(),
        evidence: m.evidence.clone().unwrap_or_default(),
        evidence_date: m.evidence_date.clone().unwrap_or_default(),
        evidence_by: m.evidence_by.clone(),
    });
    unchecked.chain(old).collect()
}

/// The report `check --stale` prints: two headed lists, each line naming the material's file.
pub fn report(list: &[Stale], today: (i64, u32, u32), months: u32) -> String {
    let iso = |(y, m, d): (i64, u32, u32)| format!("{y:04}-{m:02}-{d:02}");
    let mut out = String::new();
    let unchecked: Vec<&Stale> = list.iter().filter(|s| matches!(s, Stale::Unchecked { .. })).collect();
    let old: Vec<&Stale> = list.iter().filter(|s| matches!(s, Stale::OldRating { .. })).collect();
    out.push_str(&format!("last_checked more than {months} months ago (before {}): {}\n", iso(months_before(today, months)), unchecked.len()));
    for s in unchecked {
        if let Stale::Unchecked { id, last_checked } = s {
            out.push_str(&format!("  materials/{id}.toml: last_checked {last_checked}\n"));
        }
    }
    out.push_str(&format!(
        "ratings older than five years (before {}; the NJi re-assesses after five years): {}\n",
        iso(months_before(today, RATING_MONTHS)),
        old.len()
    ));
    for s in old {
        if let Stale::OldRating { id, evidence, evidence_date, evidence_by } = s {
            let by = evidence_by.as_deref().map(|b| format!(" by {b}")).unwrap_or_default();
            out.push_str(&format!("  materials/{id}.toml: {evidence} on {evidence_date}{by}\n"));
        }
    }
    out
}
