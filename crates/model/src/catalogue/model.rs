//! The shape of a material file and of `helplines.toml`. Field meanings follow DESIGN.md §2;
//! optional fields are unknown when absent, and stay unknown all the way to the screen.

use serde::{Deserialize, Serialize};

/// One prevention material (`catalogue/materials/<id>.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Lowercase-kebab slug, equal to the file name.
    pub id: String,
    pub title: String,
    /// Dutch summary in plain language.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_en: Option<String>,
    /// Absent when no source names the publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// `https:` only; absent when no trustworthy address is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub languages: Vec<String>,
    pub region: String,
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Ages of the young people the material is about; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub school_levels: Vec<String>,
    pub topics: Vec<String>,
    #[serde(default)]
    pub risk_groups: Vec<String>,
    pub stages: Vec<String>,
    pub format: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settings: Vec<String>,
    pub cost: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// Recognition level id (`goed-onderbouwd`, …); absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_by: Option<String>,
    /// Why an assessor gave this rating (for `niet-erkend`: the reason the source gives); absent
    /// when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_note: Option<String>,
    /// Who delivers it (`deliverers` ids: the school itself, a trained teacher, an outside
    /// trainer, …); empty when no source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delivered_by: Vec<String>,
    /// Whether parents take part, when a source says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents_involved: Option<bool>,
    /// For a material without `url`: how to get it, in plain Dutch, as a source states it
    /// ("te bestellen bij …"); absent when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_get: Option<String>,
    /// An `https:` page of the publisher or the source that describes the material, for a
    /// material without its own `url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Where the facts in this file come from.
    pub source: String,
    /// ISO date (YYYY-MM-DD) the facts were last checked.
    pub last_checked: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A contact point for help (`catalogue/helplines.toml`). Every channel, hour and region is as a
/// source states it; what no source states is left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Lowercase-kebab slug; situations refer to it.
    pub id: String,
    pub name: String,
    /// One plain Dutch line (B1): when to contact it and how.
    pub nl: String,
    pub en: String,
    /// Phone number as the source writes it (`0800-2000`, `116 000`); `tel:` links keep only its
    /// digits and `+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `https:` web address of the contact point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `https:` address where one can chat, when a source names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_url: Option<String>,
    /// When it can be reached, in Dutch, as the source states it (absent when no source says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_en: Option<String>,
    /// Where it serves (`regions` id: `nederland`, `vlaanderen`, `verenigd-koninkrijk`).
    pub region: String,
    /// A smaller area within `region` it only serves (a province), when it is regional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Audiences it serves; empty means everyone (the help block shows such a line only when it
    /// is `always`; others wait for topic- or situation-aware selection).
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Topics it helps with (`topics` ids); empty means it is general.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Shown whatever the audience (112, Veilig Thuis), within its region.
    #[serde(default)]
    pub always: bool,
    /// An emergency number for immediate danger (112, 999): shown first and always in its region.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub urgent: bool,
    /// The source URL(s) and the quote that state the facts above.
    pub source: String,
}

impl Helpline {
    /// The line that says what it is for, in `lang`: `nl` and `en` are in `helplines.toml`;
    /// other languages translate it in `i18n/<lang>.toml`, table `[helplines]`, keyed by id
    /// (the Dutch line when that file lacks it; `tests/i18n.rs` reports the gap).
    pub fn line(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Nl => &self.nl,
            crate::Lang::En => &self.en,
            _ => lang.catalogue_text(&format!("helplines.{}", self.id)).unwrap_or(&self.nl),
        }
    }

    /// The `tel:` address of its phone, keeping only the number's digits and `+`
    /// (`0800-2000` → `tel:08002000`), or `None` without a phone.
    pub fn tel(&self) -> Option<String> {
        self.phone.as_ref().map(|n| format!("tel:{}", n.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helplines {
    pub helplines: Vec<Helpline>,
}
