//! The shape of `catalogue/situations.toml`: situations people describe in their own words
//! ("mijn kind heeft een veel oudere vriend"), each built from sourced signals, with the topics
//! they point to, the sourced advice, the helplines and the materials that fit.

use serde::{Deserialize, Serialize};

/// One situation: a group of signals that call for the same advice and help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Lowercase-kebab slug.
    pub id: String,
    /// Short Dutch label as a person would tap it ("Mijn kind heeft een veel oudere vriend").
    pub nl: String,
    pub en: String,
    /// Dutch phrases as people type them (the research's paraphrases); these drive matching.
    pub phrases: Vec<String>,
    /// English wording of the same signals (the UK sources' own words), for English queries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases_en: Vec<String>,
    /// `topics` ids the situation points to.
    pub topics: Vec<String>,
    /// `audiences` ids of the people who would type it.
    pub who: Vec<String>,
    /// Needs help now (blackmail, forced sex, violence, a disclosure, …): advice and helplines
    /// go above the results.
    #[serde(default)]
    pub acute: bool,
    /// Audiences for whom it is one of the few situations offered before anything is typed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub start: Vec<String>,
    /// What to do, in plain Dutch; every statement traces to a source below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_en: Option<String>,
    /// `helplines.toml` ids that fit, in order; the region decides which are shown.
    #[serde(default)]
    pub helplines: Vec<String>,
    /// Materials made for the people in this situation, best first: each with the words of its
    /// own record that say so. Ranking leans toward them when the situation is described.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<SituationMaterial>,
    /// Where the signals and the advice come from.
    pub sources: Vec<SituationSource>,
}

/// A material that fits a situation, by its own record's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationMaterial {
    /// A material id of `catalogue/materials/`.
    pub id: String,
    /// An exact span of that material's `summary`, `summary_en` or `source` that shows it is
    /// made for, or helps, the people in the situation. Validation checks that it occurs there,
    /// so a link adds no fact the record does not already state. Not sent to the browser: the
    /// engine needs only the id.
    #[serde(default, skip_serializing)]
    pub because: String,
}

impl Situation {
    /// The label a person taps, in `lang`: `nl` and `en` are in `situations.toml`; other
    /// languages translate it in `i18n/<lang>.toml`, table `[situations]`, keyed by id (the Dutch
    /// label when that file lacks it; `tests/i18n.rs` reports the gap). The advice is not
    /// translated: it stays as its sources say it.
    pub fn label(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Nl => &self.nl,
            crate::Lang::En => &self.en,
            _ => lang.catalogue_text(&format!("situations.{}", self.id)).unwrap_or(&self.nl),
        }
    }
}

/// One cited source of a situation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationSource {
    /// `https:` address of the page.
    pub url: String,
    /// The organisation behind the page (or the one it quotes).
    pub org: String,
    /// Reliability: `A` the organisation's own page or government, `B` other official source,
    /// `C` news quoting an organisation, `D` secondary copy. Show wording verbatim only for A and B.
    pub tier: String,
    /// The signal as the source words it, verbatim (absent for an advice source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signal: Option<String>,
    /// Verbatim quote from the page.
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situations {
    pub situations: Vec<Situation>,
}
