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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Where the facts in this file come from.
    pub source: String,
    /// ISO date (YYYY-MM-DD) the facts were last checked.
    pub last_checked: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A contact point for help (`catalogue/helplines.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub id: String,
    pub name: String,
    pub nl: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Audiences it serves; empty means everyone.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Shown whatever the audience (112, Veilig Thuis).
    #[serde(default)]
    pub always: bool,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helplines {
    pub helplines: Vec<Helpline>,
}
